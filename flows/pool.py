"""The deployments of flows/deployments.py on a Prefect process work pool, for workers on one or many machines.

The same declarations `earlywarn serve` serves (names, schedules, triggers): either serve them from one
process, or deploy them here and run `earlywarn worker` wherever they should run, not both at once.
The entrypoints are module paths (flows.pipeline.pipeline_flow ...), so a worker needs earlywarn
installed, not this checkout at the same path.
"""

from __future__ import annotations

from uuid import UUID

from earlywarn.adapters.work_pool import ensure_process_pool
from flows.deployments import deployments


def deploy_to_pool(pool: str) -> list[UUID]:
    """Create the process pool if needed and register every deployment on it; returns their ids."""
    from prefect import deploy

    ensure_process_pool(pool)
    return deploy(*deployments(), work_pool_name=pool, build=False, push=False,
                  print_next_steps_message=False, ignore_warnings=True)
