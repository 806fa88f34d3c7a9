"""SIGKILL at random points of a real pipeline process, then run again to completion.

The child process runs the services (ingest → detect → respond → dispatch) over the demo plus
generated WARN rows, with state in a temporary SQLite file and alerts to an HTTP receiver in this
process. Each trial aims at one stage (round robin, so every stage gets killed) and kills at a
random delay after that stage began (every other round of stages reads each input file ahead in a second
process: `read_ahead_bytes` 1). A second run then finishes the work. Afterwards:

- every input notice is stored or quarantined, exactly as in an uninterrupted reference run;
- the database invariants hold (unique business keys, every detection handled, every case planned);
- no alert is lost, and none shows twice at a receiver that honours the Idempotency-Key every send
  carries. The one message a kill can catch between the receiver's 200 and the commit that records
  it is sent again with the same key: such repeats on the wire are counted and reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from earlywarn.bootstrap import build_app
from earlywarn.settings import PROJECT_ROOT
from tests.reliability.workload import (
    STAGES,
    deliveries,
    http_notifier,
    invariant_violations,
    run_stage,
    settings_for,
    snapshot,
    write_workload,
)
from tests.support.receivers import HttpReceiver

TRIALS = int(os.environ.get("EARLYWARN_CRASH_TRIALS", "20"))
SEED = int(os.environ.get("EARLYWARN_CRASH_SEED", str(random.randrange(1_000_000))))


class Child:
    """The workload in its own process; stdout lines are collected by a thread."""

    def __init__(self, state, config, url, *, read_ahead: bool = False):
        self.lines: list[str] = []
        self.changed = threading.Condition()
        env = os.environ | {"PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT / "src")]),
                            "EARLYWARN_READ_AHEAD_BYTES": "1" if read_ahead else "0"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.workload", str(state), str(config), url],
            cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            with self.changed:
                self.lines.append(line.strip())
                self.changed.notify_all()
        with self.changed:
            self.lines.append("EOF")
            self.changed.notify_all()

    def wait_for_line(self, wanted: str, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: wanted in self.lines or "EOF" in self.lines, timeout) and wanted in self.lines

    def last_stage(self) -> str:
        with self.changed:
            stages = [line.split()[1] for line in self.lines if line.startswith("STAGE")]
            done = any(line.startswith("DONE") for line in self.lines)
        return "finished" if done else (stages[-1] if stages else "startup")


@pytest.fixture(scope="module")
def workload(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash-workload")
    return write_workload(root, planned=6, generated=150)


@pytest.fixture(scope="module")
def reference(workload, tmp_path_factory):
    """An uninterrupted run: what every recovered run must end with, and how long each stage takes."""
    state = tmp_path_factory.mktemp("reference")
    app = build_app(settings_for(state, workload))
    with HttpReceiver() as receiver:
        notifier = http_notifier(receiver.url)
        durations = {}
        for stage in STAGES:
            started = time.monotonic()
            run_stage(app, stage, notifier)
            durations[stage] = time.monotonic() - started
        per_alert, lost = deliveries(app, receiver.received)
    assert invariant_violations(app) == [] and lost == []
    assert set(per_alert.values()) == {1} and "<unknown>" not in per_alert  # title+body tell every alert apart
    result = snapshot(app), durations, len(receiver.received)
    app.engine.dispose()
    return result


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_a_pipeline_killed_at_random_points_and_run_again_loses_nothing_and_repeats_nothing(
    workload, reference, tmp_path, reliability_report
):
    expected, durations, expected_messages = reference
    rng = random.Random(SEED)
    killed_in: Counter = Counter()
    failures: list[str] = []
    duplicates = losses = repeats_on_wire = 0

    for trial in range(TRIALS):
        stage = STAGES[trial % len(STAGES)]
        read_ahead = (trial // len(STAGES)) % 2 == 1
        state = tmp_path / f"trial-{trial}"
        with HttpReceiver() as receiver:
            child = Child(state, workload, receiver.url, read_ahead=read_ahead)
            reached = child.wait_for_line(f"STAGE {stage}", timeout=60)
            assert reached, f"trial {trial}: the child never reached {stage}: {child.lines[-3:]}"
            time.sleep(rng.uniform(0, durations[stage] * 0.9))
            child.process.send_signal(signal.SIGKILL)
            child.process.wait(timeout=30)
            at = child.last_stage()
            killed_in[at] += 1
            where = f"trial {trial} (killed in {at}{', files read ahead' if read_ahead else ''})"

            app = build_app(settings_for(state, workload))  # the same state, a fresh process's view
            notifier = http_notifier(receiver.url)
            for each in STAGES:
                run_stage(app, each, notifier)
            per_alert, lost = deliveries(app, receiver.shown())
            on_wire, _ = deliveries(app, receiver.received)
            problems = invariant_violations(app)
            got = snapshot(app)
            app.engine.dispose()

        extra = sum(count - 1 for count in per_alert.values() if count > 1)
        repeated = sum(count - 1 for count in on_wire.values() if count > 1)
        repeats_on_wire += repeated
        duplicates += extra
        losses += len(lost)
        for field in ("notices", "quarantine", "cases", "sessions", "enrollments", "alerts"):
            if getattr(got, field) != getattr(expected, field):
                mine, theirs = getattr(got, field), getattr(expected, field)
                failures.append(f"{where}: {field} differ from the reference run: "
                                f"extra {sorted(mine - theirs, key=str)[:3]}, missing {sorted(theirs - mine, key=str)[:3]}")
        failures += [f"{where}: {p}" for p in problems]
        if lost:
            failures.append(f"{where}: alerts never delivered: {lost[:3]}")
        if extra:
            failures.append(f"{where}: {extra} alerts shown twice")
        if repeated > 1 or (repeated and at != "dispatch"):
            failures.append(f"{where}: {repeated} alerts sent again, not only the one in flight")

    faults = TRIALS - killed_in["finished"]
    note = (f"seed {SEED}; stage s {', '.join(f'{k} {v:.1f}' for k, v in durations.items())}; killed in " + ", ".join(f"{k} {v}" for k, v in sorted(killed_in.items()))
            + f"; in-flight repeats on the wire {repeats_on_wire} (same key, dropped by the receiver;"
            + f" dispatch kills {killed_in['dispatch']})")
    reliability_report.add("SIGKILL at random points, then run again (SQLite)", trials=TRIALS, faults=faults,
                           duplicates=duplicates, losses=losses, note=note)
    print(note)
    assert failures == []
    assert all(killed_in[stage] for stage in STAGES), f"every stage must be hit at least once: {killed_in}"
