"""Detect flow: classify every notice the current rules version has not seen, in task runs over id ranges.

The ranges are submitted together, so the flow's task runner (EARLYWARN_TASK_RUNNER: threads, or Dask
worker processes) classifies them side by side; they never overlap, so no two write the same detection.
"""

from __future__ import annotations

from prefect import flow, task

from flows.common import SettingsTaskRunner, app, utcnow

BATCHES_PER_TASK = 10  # tens of task runs for a million notices, not a million; one per worker for a few


@task(name="detect-range")
def detect_range_task(first_id: int, last_id: int) -> dict:
    """Classify the pending notices with ids first_id..last_id (up to BATCHES_PER_TASK batches)."""
    from earlywarn.services.pipeline import detect_pending

    result = detect_pending(app(), now=utcnow(), first_id=first_id, last_id=last_id)
    return {"examined": result.examined, "restructuring": result.restructuring,
            "not_restructuring": result.not_restructuring, "signals": result.signals, "failed": result.failed, "by_type": dict(result.by_type)}


def detect_all() -> dict:
    """Every pending notice; a round again for notices stored meanwhile, until a round finds nothing."""
    from earlywarn.services.pipeline import detection_ranges

    current = app()
    totals = {"examined": 0, "restructuring": 0, "not_restructuring": 0, "signals": 0, "failed": 0}
    while ranges := detection_ranges(current, batches_per_range=BATCHES_PER_TASK, parts=current.settings.task_workers):
        futures = [detect_range_task.submit(first, last) for first, last in ranges]
        before = totals["examined"]
        for future in futures:
            part = future.result()
            for key in totals:
                totals[key] += part[key]
        if totals["examined"] == before:  # everything pending was being classified by another run: it has them
            break
    return totals


@flow(name="detect", log_prints=True, task_runner=SettingsTaskRunner())
def detect_flow() -> dict:
    return detect_all()
