"""Detection alongside ingest: on a big input a second process classifies what ingest has stored
while ingest reads on, so both cores work at once.

Ingest stays one ordered pass (a republished notice supersedes the one stored before it, so order
decides the links). Detecting a stored notice needs nothing of the rows still to come, and detections
are keyed by (notice, rules version), so the helper process and a later detection pass never do a
notice twice. The helper starts only after `Settings.detect_alongside_rows` rows (starting a process
costs about a second, more than a small input's whole detection); a re-run reads no rows and starts
nothing. If the helper fails, its notices are simply still pending: the caller's own detection pass
after ingest classifies them (nothing is lost, the failure is logged).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from datetime import datetime

from earlywarn.bootstrap import App, build_app
from earlywarn.services.detect import DetectResult
from earlywarn.settings import Settings

log = logging.getLogger(__name__)
IDLE_WAIT_SECONDS = 0.2  # nothing stored yet: how long the helper waits before looking again


class DetectAlongside:
    """Feed it the rows ingest reads (`on_rows`); `finish()` once ingest is over gives what it detected."""

    def __init__(self, app: App, *, now: datetime):
        self.app = app
        self.now = now
        self.start_after_rows = app.settings.detect_alongside_rows
        self.rows = 0
        self._process: multiprocessing.Process | None = None

    @property
    def started(self) -> bool:
        return self._process is not None

    @property
    def process(self) -> multiprocessing.Process | None:
        """The detection process, once started (operators and tests may need its pid)."""
        return self._process

    def on_rows(self, rows: int) -> None:
        self.rows += rows
        if not self.started and self.start_after_rows and self.rows >= self.start_after_rows:
            self._start()

    def _start(self) -> None:
        # "spawn": a fresh interpreter; forking a process with Prefect's threads and open connections is unsafe
        context = multiprocessing.get_context("spawn")
        self._ingest_over = context.Event()
        self._results, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_helper_main, args=(self.app.settings, self.now, self._ingest_over, child_end),
            name="earlywarn-detect-alongside", daemon=True,
        )
        self._process.start()
        child_end.close()

    def finish(self) -> DetectResult:
        """Tell the helper ingest is over and collect its result (an empty one if it never started or failed)."""
        if self._process is None:
            return DetectResult()
        self._ingest_over.set()
        try:
            outcome = self._results.recv()
        except EOFError:
            outcome = RuntimeError(f"the detection process ended with exit code {self._process.exitcode} and no result")
        self._process.join()
        self._results.close()
        if isinstance(outcome, BaseException):
            log.warning("detection alongside ingest failed (its notices stay pending for the next pass): %s", outcome)
            return DetectResult()
        return outcome


def _helper_main(settings: Settings, now: datetime, ingest_over, results) -> None:
    """The helper process: detect, send the result, then end without the interpreter's teardown. Freeing a
    detection process's objects took 0.3-0.8 s of wall time that `finish()` spent in `join`; nothing is left
    to flush (the result is sent, the database engine disposed)."""
    _detect_until_ingest_is_over(settings, now, ingest_over, results)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _detect_until_ingest_is_over(settings: Settings, now: datetime, ingest_over, results) -> None:
    from earlywarn.services.detect import detect_pending  # not services.pipeline: its imports cost ~26 MB here

    total = DetectResult()
    try:
        app = build_app(settings)
        while not ingest_over.is_set():
            found = detect_pending(app, now=now)
            total.add(found)
            if not found.examined:
                ingest_over.wait(IDLE_WAIT_SECONDS)
        app.engine.dispose()
        results.send(total)
    except Exception as error:  # noqa: BLE001 - reported to the parent, which detects the rest itself
        results.send(RuntimeError(f"{type(error).__name__}: {error}"))
    finally:
        results.close()


def with_rows_counted(on_progress: Callable[[int], None] | None, alongside: DetectAlongside) -> Callable[[int], None]:
    def progress(rows: int) -> None:
        alongside.on_rows(rows)
        if on_progress:
            on_progress(rows)

    return progress
