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
import os
import pickle
import select
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime

from earlywarn.bootstrap import App, connect_app
from earlywarn.services.children import child_env
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
        self._process: subprocess.Popen | None = None

    @property
    def started(self) -> bool:
        return self._process is not None

    @property
    def process(self) -> subprocess.Popen | None:
        """The detection process, once started (operators and tests may need its pid)."""
        return self._process

    def on_rows(self, rows: int) -> None:
        self.rows += rows
        if not self.started and self.start_after_rows and self.rows >= self.start_after_rows:
            self._start()

    def _start(self) -> None:
        # A plain child interpreter running this module, not multiprocessing's "spawn": that one also starts a
        # resource-tracker process (~13 MB resident) and re-imports the parent's __main__ in the child. Forking
        # a process with Prefect's threads and open connections is unsafe. Its input is the settings, then the
        # end of its stdin once ingest is over; its result comes back pickled through a pipe of its own.
        results, child_end = os.pipe()
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__, str(child_end)], stdin=subprocess.PIPE, pass_fds=(child_end,), env=child_env(),
        )
        os.close(child_end)
        self._results = os.fdopen(results, "rb")
        try:
            pickle.dump((self.app.settings, self.now), self._process.stdin)
            self._process.stdin.flush()
        except BrokenPipeError:
            pass  # the helper ended at once: finish() reports it, and ingest goes on

    def finish(self) -> DetectResult:
        """Tell the helper ingest is over and collect its result (an empty one if it never started or failed)."""
        if self._process is None:
            return DetectResult()
        try:
            self._process.stdin.close()
        except BrokenPipeError:
            pass  # the helper has ended already: its result (or its absence) says how
        try:
            outcome = pickle.load(self._results)
        except (EOFError, pickle.UnpicklingError):
            outcome = RuntimeError(f"the detection process ended with exit code {self._process.wait()} and no result")
        self._process.wait()
        self._results.close()
        if isinstance(outcome, BaseException):
            log.warning("detection alongside ingest failed (its notices stay pending for the next pass): %s", outcome)
            return DetectResult()
        return outcome


def _detect_until_ingest_is_over(settings: Settings, now: datetime, ingest_is_over: Callable[[float], bool]) -> DetectResult | Exception:
    from earlywarn.services.detect import Directory, detect_pending  # not services.pipeline: its imports cost ~26 MB here

    total = DetectResult()
    try:
        app = connect_app(settings)  # the parent has migrated the database already
        directory = Directory(app.config.companies_config)  # one for every pass, topped up with new companies
        while not ingest_is_over(0):
            # from past the last notice seen: a pass from the first id walked every stored notice again, each
            # time (quadratic in the input: ~44 passes at 100k, ~440 at 1M). Ids below it that were not pending
            # then stay detected; one committed late below it (concurrent writers on PostgreSQL) or one the
            # classifier failed on is left to the caller's pass from the first id, as any notice this process
            # does not reach
            found = detect_pending(app, now=now, first_id=total.last_id + 1, directory=directory)
            total.add(found)
            if not found.examined:
                ingest_is_over(IDLE_WAIT_SECONDS)
        # Ingest has committed its last chunk (it closes the pipe after storing): detect what the loop had not
        # reached yet, with the rules this process has compiled, so the caller's own pass after ingest finds
        # nothing pending and never compiles them (~2 s of its wall time)
        total.add(detect_pending(app, now=now, first_id=total.last_id + 1, directory=directory))
        app.engine.dispose()
        return total
    except Exception as error:  # noqa: BLE001 - reported to the parent, which detects the rest itself
        return RuntimeError(f"{type(error).__name__}: {error}")


def _end_of(stream) -> Callable[[float], bool]:
    """Whether the parent has closed `stream` (it writes nothing after the settings), waiting up to `seconds`."""
    def ended(seconds: float) -> bool:
        readable, _, _ = select.select([stream], [], [], seconds)
        return bool(readable)

    return ended


def with_rows_counted(on_progress: Callable[[int], None] | None, alongside: DetectAlongside) -> Callable[[int], None]:
    def progress(rows: int) -> None:
        alongside.on_rows(rows)
        if on_progress:
            on_progress(rows)

    return progress


def _main(results_fd: int) -> None:
    """The helper process: detect, send the result, then end without the interpreter's teardown. Freeing a
    detection process's objects took 0.3-0.8 s of wall time that `finish()` spent waiting; nothing is left
    to flush (the result is sent, the database engine disposed)."""
    settings, now = pickle.load(sys.stdin.buffer)
    outcome = _detect_until_ingest_is_over(settings, now, _end_of(sys.stdin))
    with os.fdopen(results_fd, "wb") as results:
        pickle.dump(outcome, results)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    _main(int(sys.argv[1]))
