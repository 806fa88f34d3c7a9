"""The peer: the naive Prefect design (one task run per notice) against the batched flows, same harness.

One child process starts Prefect's test harness (a real temporary API server, excluded from the
timings), then on fresh SQLite state each:
  naive     a flow that reads the file and calls one task per notice (store it, detect it, commit);
  batched   the project's ingest and detect flows (a few task runs for the whole input),
first on the same N notices as the naive run, then on the whole generated set.

The server records a run's task runs and events after the flow has returned (the naive run leaves it ~10 CPU s
of work): before each timed design the child waits until the server is quiet, so no design pays for the one
before it, and the server's CPU seconds from the design's start until it is quiet again are reported beside it.

Run: python -m benchmarks.naive [--notices 300] [--size 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import TABULAR_SOURCES, generate

HARNESS_STARTUP_TIMEOUT = 120
QUIET_CORE_SHARE = 0.05  # the server is quiet below 5% of a core (its loop services poll every few seconds)
QUIET_WINDOW_S = 1.0
QUIET_WAIT_MOST_S = 120


def naive_flow_factory():
    """Built inside the child, after the Prefect environment is set."""
    from prefect import flow, task

    from earlywarn.adapters.readers import read_path
    from earlywarn.domain.notices import NoticeRecord
    from earlywarn.services.detect import detect_batch, pending_notices
    from earlywarn.services.ingest import FileIngestResult, _store_chunk, _store_raw, prepare_chunk
    from flows.common import app
    from benchmarks.workload import NOW

    @task(name="store-and-detect-one")
    def store_and_detect_one(record: dict, raw_input_id: int) -> int:
        """One notice: store it, classify it, commit (what a per-notice design does)."""
        current = app()
        notice = NoticeRecord.model_validate(record)
        with current.uow() as uow:
            raw = uow.session.get(_raw_row(), raw_input_id)
            result = FileIngestResult(source=notice.source, name=raw.name)
            _store_chunk(uow, prepare_chunk([notice], {}), raw, result, NOW)
            rules = current.config.detection_rules
            stored = _stored_id(uow, notice) if result.stored else None
            pending = pending_notices(uow, rules.version, 1, stored - 1, stored) if stored else []
            detect_batch(uow, pending, rules=rules, company_config=current.config.companies_config, now=NOW)
            uow.commit()
        return result.stored

    @flow(name="naive-per-notice")
    def naive_flow(path: str, source: str, limit: int) -> int:
        current = app()
        data = Path(path).read_bytes()
        with current.uow() as uow:
            raw = _store_raw(uow, data, name=Path(path).name, source=source, now=NOW, max_bytes=len(data) + 1)
        items = read_path(Path(path), source, synonyms=current.config.header_synonyms).items
        stored = 0
        for count, item in enumerate(items):
            if count >= limit:
                break
            if isinstance(item, NoticeRecord):
                stored += store_and_detect_one(item.model_dump(mode="json"), raw.id)
        return stored

    return naive_flow


def _raw_row():
    from earlywarn.adapters.db.orm import RawInputRow

    return RawInputRow


def _stored_id(uow, notice) -> int:
    """The id of the notice just stored (a notice is identified by its source and content hash)."""
    from sqlalchemy import select

    from earlywarn.adapters.db.orm import NoticeRow

    query = select(NoticeRow.id).where(NoticeRow.source == notice.source, NoticeRow.content_hash == notice.content_hash())
    return uow.session.scalars(query).one()


def first_rows_file(folder: Path, limit: int) -> Path:
    """The first `limit` rows of the first warn-a file, as its own folder (the shared input)."""
    source = folder / "warn-a"
    lines = next(iter(sorted(source.iterdir()))).read_text(encoding="utf-8").splitlines(keepends=True)
    target = folder.parent / f"first-{limit}" / "warn-a"
    target.mkdir(parents=True, exist_ok=True)
    (target / "warn-a-first.csv").write_text("".join(lines[: limit + 1]), encoding="utf-8")
    return target.parent


def fresh_app(folder: Path):
    """The flows' process-wide app, re-pointed at a fresh state folder and the generated sources."""
    from earlywarn import bootstrap, settings
    from benchmarks.workload import use_sources

    os.environ["EARLYWARN_STATE_DIR"] = tempfile.mkdtemp(prefix="earlywarn-bench-naive-")
    settings.get_settings.cache_clear()
    bootstrap.get_app.cache_clear()
    app = bootstrap.get_app()
    use_sources(app, folder)
    return app


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - started, value


class HarnessServer:
    """The test harness's API server, a uvicorn process under this one: its CPU time, and a wait until it is quiet."""

    def __init__(self) -> None:
        import psutil

        family = psutil.Process().children(recursive=True)
        self.processes = [p for p in family if any("uvicorn" in part for part in p.cmdline())]

    def cpu_seconds(self) -> float:
        return sum(sum(p.cpu_times()[:2]) for p in self.processes)

    def wait_until_quiet(self) -> None:
        deadline = time.monotonic() + QUIET_WAIT_MOST_S
        while time.monotonic() < deadline:
            before = self.cpu_seconds()
            time.sleep(QUIET_WINDOW_S)
            if self.cpu_seconds() - before < QUIET_CORE_SHARE * QUIET_WINDOW_S:
                return


def measured(server: HarnessServer, function, *args) -> tuple[float, float, object]:
    """Seconds of the call on a quiet server, and the server's CPU seconds until it is quiet again."""
    server.wait_until_quiet()
    cpu = server.cpu_seconds()
    seconds, value = timed(function, *args)
    server.wait_until_quiet()
    return seconds, server.cpu_seconds() - cpu, value


def _warm_up(naive_flow, ingest_flow, detect_flow, folder: Path) -> None:
    fresh_app(folder)
    naive_flow(str(folder / "warn-a" / "warn-a-first.csv"), "warn-a", 2)
    fresh_app(folder)
    ingest_flow(list(TABULAR_SOURCES))
    detect_flow()


def run_child(folder: Path, limit: int) -> dict:
    from prefect.testing.utilities import prefect_test_harness

    from flows.detect import detect_flow
    from flows.ingest import ingest_flow

    small = first_rows_file(folder, limit)
    with prefect_test_harness(server_startup_timeout=HARNESS_STARTUP_TIMEOUT):
        server = HarnessServer()
        naive_flow = naive_flow_factory()
        _warm_up(naive_flow, ingest_flow, detect_flow, small)  # first runs register flows and tasks: untimed
        fresh_app(small)
        naive_s, naive_server, naive_stored = measured(server, naive_flow, str(small / "warn-a" / "warn-a-first.csv"), "warn-a", limit)
        results = {"naive": {"notices": limit, "stored": naive_stored, "seconds": naive_s, "server_cpu_s": naive_server}}
        for name, source_folder in (("batched_same", small), ("batched_all", folder)):
            fresh_app(source_folder)
            seconds, server_cpu, ingested = measured(server, ingest_and_detect, ingest_flow, detect_flow)
            results[name] = {"notices": ingested["rows_read"], "stored": ingested["stored"], "seconds": seconds,
                             "server_cpu_s": server_cpu}
    return results


def ingest_and_detect(ingest_flow, detect_flow) -> dict:
    ingested = ingest_flow(list(TABULAR_SOURCES))
    detect_flow()
    return ingested


def measure(size: int, limit: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="earlywarn-bench-naive-data-") as data:
        folder = Path(data) / "set"
        generate(folder, size)
        env = os.environ | {"PREFECT_HOME": str(Path(data) / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                            "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "ERROR"}
        env.pop("PREFECT_API_URL", None)
        command = [sys.executable, "-m", "benchmarks.naive", "--child", str(folder), "--notices", str(limit)]
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"naive child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: dict) -> list[str]:
    naive = results["naive"]["notices"] / results["naive"]["seconds"]
    lines = [f"{'design':>34} {'notices':>8} {'seconds':>8} {'notices/s':>10} {'vs naive':>9} {'server cpu s':>13}"]
    labels = {"naive": "naive: one task run per notice", "batched_same": "batched flows, same input",
              "batched_all": "batched flows, whole generated set"}
    for key, label in labels.items():
        part = results[key]
        rate = part["notices"] / part["seconds"]
        server = f"{part['server_cpu_s']:>13.1f}" if "server_cpu_s" in part else f"{'-':>13}"
        lines.append(f"{label:>34} {part['notices']:>8,} {part['seconds']:>8.1f} {rate:>10,.0f} {rate / naive:>8.0f}x {server}")
    return lines + ["server cpu s: the Prefect server's CPU from the design's start until it is quiet again (it records",
                    "task runs and events after the flow returns); each design starts on a quiet server."]


def main() -> None:
    parser = argparse.ArgumentParser(description="naive per-notice Prefect design vs batched flows")
    parser.add_argument("--notices", type=int, default=300, help="notices the naive design processes")
    parser.add_argument("--size", type=int, default=10_000, help="the generated set the batched flows process")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.notices)))
        return
    for line in report(measure(args.size, args.notices)):
        print(line)


if __name__ == "__main__":
    main()
