"""What every flow shares: the process's app, the clock, the notifier, and the task runner."""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime, timezone
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from earlywarn.adapters.notifier import Notifier
from earlywarn.bootstrap import App, get_app
from earlywarn.settings import Settings, get_settings


def app() -> App:
    return get_app()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def notifier(current: App) -> Notifier:
    return Notifier(
        current.settings.apprise_config,
        timeout_seconds=current.settings.notify_timeout_seconds,
        inbox_dir=current.settings.inbox_dir,
    )


def task_runner(settings: Settings) -> TaskRunner:
    """EARLYWARN_TASK_RUNNER: `thread` (threads of the flow run's process) or `dask` (worker processes:
    the scheduler at EARLYWARN_DASK_ADDRESS, else a local cluster of EARLYWARN_TASK_WORKERS processes)."""
    if settings.task_runner == "thread":
        return ThreadPoolTaskRunner(max_workers=settings.task_workers)
    # Dask logs each worker's start and stop at INFO; like Prefect here, warnings only unless configured
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")  # read by the worker processes it starts
    logging.getLogger("distributed").setLevel(os.environ["DASK_LOGGING__DISTRIBUTED"].upper())
    from prefect_dask import DaskTaskRunner

    if settings.database_url.startswith("sqlite"):
        logging.getLogger(__name__).warning(
            "EARLYWARN_TASK_RUNNER=dask on SQLite: the workers classify in parallel but write one at a time")
    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    # one thread per process: detection is pure Python, threads would share one GIL
    return DaskTaskRunner(cluster_kwargs={"n_workers": settings.task_workers, "threads_per_worker": 1,
                                         "processes": True, "dashboard_address": ":0"})


class SettingsTaskRunner(TaskRunner):
    """The runner `task_runner` chooses, from the settings of the process that runs the flow (`earlywarn run`,
    `earlywarn serve`, a work-pool worker), not of the one that imported it. Chosen at the first submit:
    a flow run that fans nothing out (or a task's copy of the context in a Dask worker) starts no cluster."""

    def __init__(self) -> None:
        super().__init__()
        self.chosen: TaskRunner | None = None
        self._lock = threading.Lock()

    def duplicate(self) -> "SettingsTaskRunner":
        return type(self)()

    def __reduce__(self):  # the flow travels to Dask workers inside the task's context: a fresh one there
        return type(self), ()

    def _runner(self) -> TaskRunner:
        if not self._started:
            raise RuntimeError("The task runner must be started before submitting work.")
        with self._lock:
            if self.chosen is None:
                self.chosen = task_runner(get_settings()).__enter__()
            return self.chosen

    def submit(self, task, parameters, wait_for=None, dependencies=None):
        return self._runner().submit(task, parameters, wait_for, dependencies)

    def map(self, task, parameters, wait_for=None):
        return self._runner().map(task, parameters, wait_for)

    def cancel_all(self) -> None:
        if self.chosen is not None and hasattr(self.chosen, "cancel_all"):
            self.chosen.cancel_all()

    def __exit__(self, *exc_info: Any) -> None:
        try:
            if self.chosen is not None:
                self.chosen.__exit__(*exc_info)
        finally:
            self.chosen = None
            super().__exit__(*exc_info)
