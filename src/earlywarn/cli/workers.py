"""earlywarn deploy, worker: the served deployments on a Prefect process work pool, run by its workers."""

from __future__ import annotations

import signal
import time
from typing import Annotated

import typer

from earlywarn.adapters.work_pool import DEFAULT_POOL
from earlywarn.cli.common import console, current_app, fail


def deploy(pool: Annotated[str, typer.Option(help="process work pool (created if missing)")] = DEFAULT_POOL) -> None:
    """작업 풀에 배포 (register every deployment on a Prefect process work pool; `earlywarn worker` runs them)."""
    from earlywarn.cli.operations import ensure_server

    app = current_app()
    ensure_server(app)
    from flows.pool import deploy_to_pool

    ids = deploy_to_pool(pool)
    console.print(f"배포 {len(ids)}개를 작업 풀 '{pool}'에 등록했습니다 (deployments registered on the pool). "
                  f"작업자 시작 (start workers): earlywarn worker --pool {pool}")


def worker(
    pool: Annotated[str, typer.Option(help="process work pool to poll")] = DEFAULT_POOL,
    count: Annotated[int, typer.Option(min=1, help="workers on this machine")] = 1,
    limit: Annotated[int | None, typer.Option(min=1, help="flow runs at once per worker (default: no limit)")] = None,
) -> None:
    """작업자 시작 (start Prefect process workers on the pool until Ctrl-C; they stop with the runs they started)."""
    from earlywarn.adapters.work_pool import start_workers, stop_workers, worker_names

    current_app()  # Prefect's environment (API URL, home) for the workers and their flow runs
    processes = start_workers(pool, count, limit=limit)
    console.print(f"작업자 (workers) {', '.join(worker_names(pool, count))} → {pool}")

    def stop(signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(1)
    except KeyboardInterrupt:
        stop_workers(processes)
        return
    stop_workers(processes)
    fail(f"a worker exited with {[process.returncode for process in processes]}")


def register(app: typer.Typer) -> None:
    app.command("deploy")(deploy)
    app.command("worker")(worker)
