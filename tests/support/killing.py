"""Running ingest with its detection process alongside killed mid-run (SIGKILL), for the crash tests."""

from __future__ import annotations

import os
import signal
from datetime import datetime
from typing import Callable

from earlywarn.services import pipeline


def ingest_killing_the_helper(app, now: datetime, when: Callable[[object], bool]) -> tuple[object, object, list[int]]:
    """`ingest_sources_detecting` whose detection process is killed the first time `when(alongside)` holds at a chunk's
    progress; returns its totals, the alongside handle and the pids killed (empty if the condition never held)."""
    killed: list[int] = []

    def killing(alongside):
        def progress(rows: int) -> None:
            if alongside.process is not None and not killed and when(alongside):
                os.kill(alongside.process.pid, signal.SIGKILL)
                killed.append(alongside.process.pid)
        return progress

    original = pipeline.with_rows_counted
    pipeline.with_rows_counted = lambda on_progress, alongside: original(killing(alongside), alongside)
    try:
        totals, alongside = pipeline.ingest_sources_detecting(app, None, now=now)
    finally:
        pipeline.with_rows_counted = original
    return totals, alongside, killed
