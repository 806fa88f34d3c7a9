"""CPU seconds per stage of the tabular path, in one process, and a dump of the stored tables.

For the tabular sources of a generated set (detection in the same process, after ingest):
  read      the readers' share of ingest (CSV read + normalise: read_bytes and each item drawn from it)
  ingest    ingest_sources (reading included): ingest - read = rows, insert, ids, amendment linking
  pending   detection's pending query and record decoding
  classify  detect() on each notice
  store     the rest of detection: companies, detection and signal inserts
Rules, company and header config are loaded first (setup, once per process, not counted in the total). Nothing is read
ahead in a second process here (read_ahead_bytes=0); `--dump` follows the settings (EARLYWARN_READ_AHEAD_BYTES=1: every file).
`--dump FILE` then ingests and detects the text sources too (`--respond`: runs the response, cases) and writes every
stored table ordered by id, without timestamps, so a change can be checked to store the same rows.

Run: python -m benchmarks.stages [--size 20000] [--repeat 1] [--dump FILE [--respond]] [--database-url URL]
(each repeat in the same process finds the readers' caches warm: compare first runs, or runs of one command)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.generate import TABULAR_SOURCES, TEXT_SOURCES, generate
from benchmarks.workload import NOW, bench_app, peak_rss_mb

TIMESTAMPS = {"received_at", "created_at", "opened_at", "updated_at", "at", "resolved_at", "sent_at",
              "acknowledged_at", "last_polled_at", "next_attempt_at", "due_at", "escalated_at"}


def data_folder(size: int, seed: int) -> Path:
    folder = Path(tempfile.gettempdir()) / f"earlywarn-stages-{size}-{seed}"
    if not (folder / "done").exists():
        generate(folder, size, seed=seed, max_text=10_000)
        (folder / "done").write_text("ok")
    return folder


class Clock:
    """Accumulated CPU seconds of the wrapped calls."""

    def __init__(self):
        self.seconds = 0.0

    def wrap(self, function):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - started
        return timed


def timed_items(clock: Clock, read_bytes):
    """read_bytes whose lazy items count their CPU time on `clock` (the reader's share of ingest)."""

    def read(*args, **kwargs):
        result = clock.wrap(read_bytes)(*args, **kwargs)
        result.items = _timed_iterator(clock, result.items)
        return result
    return read


def _timed_iterator(clock: Clock, items):
    iterator = iter(items)
    while True:
        started = time.process_time()
        try:
            item = next(iterator)
        except StopIteration:
            clock.seconds += time.process_time() - started
            return
        clock.seconds += time.process_time() - started
        yield item


def measure(folder: Path, database_url: str | None) -> dict:
    import earlywarn.services.detect as detect_module
    import earlywarn.services.notice_rows as notice_rows
    import earlywarn.services.pipeline as pipeline

    clock_read, clock_pending, clock_classify = Clock(), Clock(), Clock()
    notice_rows.read_bytes = timed_items(clock_read, notice_rows.read_bytes)
    detect_module.pending_notices = clock_pending.wrap(detect_module.pending_notices)
    detect_module.detect = clock_classify.wrap(detect_module.detect)
    with tempfile.TemporaryDirectory(prefix="earlywarn-stages-") as state:
        # one process: no detection alongside, no reading ahead
        app = bench_app(folder, Path(state), database_url, detect_alongside_rows=0, read_ahead_bytes=0)
        started = time.process_time()
        app.config.detection_rules, app.config.companies_config, app.config.header_synonyms  # loaded once per process
        setup_s = time.process_time() - started
        started = time.process_time()
        ingested = pipeline.ingest_sources(app, list(TABULAR_SOURCES), now=NOW)
        ingest_s = time.process_time() - started
        started = time.process_time()
        detected = pipeline.detect_pending(app, now=NOW)
        detect_s = time.process_time() - started
        app.engine.dispose()
    rows, read_s = ingested.total("rows_read"), clock_read.seconds
    return {"setup": setup_s, "rows": rows, "stored": ingested.total("stored"), "detected": detected.examined, "read": read_s,
            "ingest": ingest_s, "storage": ingest_s - read_s, "pending": clock_pending.seconds,
            "classify": clock_classify.seconds, "store": detect_s - clock_pending.seconds - clock_classify.seconds,
            "detect": detect_s, "total": ingest_s + detect_s, "per_cpu_s": rows / (ingest_s + detect_s)}


def dump(folder: Path, database_url: str | None, out: Path, respond: bool) -> str:
    from earlywarn.services.pipeline import detect_pending, ingest_sources, respond_pending

    with tempfile.TemporaryDirectory(prefix="earlywarn-stages-") as state:
        app = bench_app(folder, Path(state), database_url, detect_alongside_rows=0)
        ingest_sources(app, list(TABULAR_SOURCES), now=NOW)
        detect_pending(app, now=NOW)
        ingest_sources(app, list(TEXT_SOURCES), now=NOW)
        detect_pending(app, now=NOW)
        if respond:
            respond_pending(app, now=NOW, clock="notice_date")
        digest = hashlib.sha256()
        with app.engine.connect() as connection, out.open("w") as handle:
            tables = [name for name in sorted(app.engine.dialect.get_table_names(connection)) if name != "alembic_version"]
            for table in tables:
                columns = [c["name"] for c in app.engine.dialect.get_columns(connection, table) if c["name"] not in TIMESTAMPS]
                if table == "raw_inputs":
                    columns = [c for c in columns if c != "content"]
                selected = ", ".join(f"CAST({c} AS TEXT)" for c in columns)
                for row in connection.execute(text(f"SELECT {selected} FROM {table} ORDER BY {table}.id")):
                    line = json.dumps([table, *row], ensure_ascii=False)
                    handle.write(line + "\n")
                    digest.update(line.encode())
        app.engine.dispose()
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description="CPU seconds per stage of the tabular path")
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--database-url")
    parser.add_argument("--dump", type=Path, help="also write the stored tables (ordered, no timestamps) here")
    parser.add_argument("--respond", action="store_true", help="with --dump: run the response (cases) before dumping (slow)")
    args = parser.parse_args()
    folder = data_folder(args.size, args.seed)
    for _ in range(args.repeat):
        result = measure(folder, args.database_url)
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}), flush=True)
    if args.dump:
        print("dump", dump(folder, args.database_url, args.dump, args.respond), flush=True)
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
