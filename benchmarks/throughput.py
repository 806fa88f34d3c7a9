"""Ingest + detect + persist at scale, on SQLite and PostgreSQL, one child process per size and database.

Each child runs the pipeline's path (services.pipeline.ingest_sources_detecting: ingest, with detection
alongside in a second process once 10,000 rows are read; then detect_pending for what is left) on a
fresh state folder: first the tabular sources (the target: official notices), then the text sources,
then the whole batch again (the re-run, which must change nothing). It prints one JSON line: its peak
RSS (VmHWM), its detection process's, and both together (sampled), so growth with size is visible.
`/cpu-s` counts the detection process's CPU too; `its cpu` is the ingest process's own CPU during the tabular
ingest, so `ingest s` minus it is the time ingest was not running (waiting for SQLite or for a core).
`--modes both` also runs each size with detection in the same process after ingest, for the ratio.

Run: python -m benchmarks.throughput [--sizes 10000,100000] [--databases sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.generate import TABULAR_SOURCES, TEXT_SOURCES, generate
from benchmarks.workload import NOW, ProcessTreeRss, bench_app, children_peak_rss_mb, cpu_seconds, peak_rss_mb

ALONGSIDE_ROWS = 10_000  # the default of Settings.detect_alongside_rows
MODES = {"alongside": ALONGSIDE_ROWS, "one": 0}  # detection alongside ingest, or in the same process after it


def run_child(folder: Path, database_url: str | None, state_dir: Path, alongside_rows: int) -> dict:
    """The measured work, inside the child process: the pipeline's path (ingest, with detection alongside
    in a second process once `alongside_rows` rows are read; 0: never), then detection of what is left."""
    from earlywarn.adapters.db.orm import DetectionRow, NoticeRow, QuarantineRow
    from earlywarn.services.pipeline import detect_pending, ingest_sources_detecting

    app = bench_app(folder, state_dir, database_url, detect_alongside_rows=alongside_rows)

    def stage(sources: tuple[str, ...]) -> dict:
        started, cpu, own = time.perf_counter(), cpu_seconds(), time.process_time()
        ingested, alongside = ingest_sources_detecting(app, list(sources), now=NOW)
        middle, own = time.perf_counter(), time.process_time() - own  # this process only: is ingest waiting?
        detected = detect_pending(app, now=NOW)
        ended = time.perf_counter()
        return {"read": ingested.total("rows_read"), "stored": ingested.total("stored"),
                "ingest_s": middle - started, "ingest_cpu_s": own, "detect_s": ended - middle, "examined": detected.examined + alongside.examined,
                "alongside": alongside.examined, "cpu_s": cpu_seconds() - cpu}

    def counts() -> dict:
        with app.uow() as uow:
            return {name: uow.session.scalar(select(func.count()).select_from(row))
                    for name, row in (("notices", NoticeRow), ("detections", DetectionRow), ("quarantine", QuarantineRow))}

    with ProcessTreeRss() as tree:
        tabular = stage(TABULAR_SOURCES)
        text = stage(TEXT_SOURCES)
        first = counts()
        rerun = stage(TABULAR_SOURCES + TEXT_SOURCES)
        second = counts()
    app.engine.dispose()
    return {"tabular": tabular, "text": text, "rerun": rerun, "counts": first, "counts_after_rerun": second,
            "peak_rss_mb": round(peak_rss_mb(), 1), "helper_peak_rss_mb": round(children_peak_rss_mb(), 1),
            "tree_peak_rss_mb": round(tree.peak_mb, 1)}


def measure(folder: Path, database: str, database_url: str | None, alongside_rows: int = ALONGSIDE_ROWS) -> dict:
    """One child process: fresh state, the measured work, its JSON line back."""
    with tempfile.TemporaryDirectory(prefix="earlywarn-bench-state-") as state:
        command = [sys.executable, "-m", "benchmarks.throughput", "--child", str(folder), "--state", state,
                   "--alongside-rows", str(alongside_rows)]
        if database_url:
            command += ["--database-url", database_url]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{database} child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@contextmanager
def databases(names: list[str]):
    """database name -> URL (None for the embedded SQLite default); PostgreSQL is a throwaway server."""
    server = None
    try:
        urls: dict[str, object] = {}
        for name in names:
            if name == "sqlite":
                urls[name] = lambda: None
            elif name == "postgresql":
                from tests.support.postgres import PostgresServer, _bin_dir, _wait_accepting

                bin_dir = _bin_dir()
                if bin_dir is None:
                    print("PostgreSQL is not installed: skipped")
                    continue
                server = PostgresServer(bin_dir).start()
                _wait_accepting(server.port)
                counter = iter(range(1000))
                urls[name] = lambda: server.create_database(f"bench_{next(counter)}")
        yield urls
    finally:
        if server is not None:
            server.stop()


def row(size: int, database: str, generated, result: dict, mode: str = "alongside") -> dict:
    tab, text, rerun = result["tabular"], result["text"], result["rerun"]
    tab_s = tab["ingest_s"] + tab["detect_s"]
    text_s = text["ingest_s"] + text["detect_s"]
    total_s = tab_s + text_s
    rerun_s = rerun["ingest_s"] + rerun["detect_s"]
    return {
        "size": size, "database": database, "mode": mode, "alongside": tab["alongside"], "notices": tab["read"] + text["read"],
        "tabular": tab["read"], "tabular_per_s": tab["read"] / tab_s, "tabular_per_cpu_s": tab["read"] / tab["cpu_s"], "ingest_s": tab["ingest_s"],
        "ingest_cpu_s": tab.get("ingest_cpu_s", 0.0), "detect_s": tab["detect_s"],
        "text": text["read"], "text_per_s": text["read"] / text_s if text_s else 0.0,
        "all_per_s": (tab["read"] + text["read"]) / total_s, "total_s": total_s,
        "rerun_share": rerun_s / total_s, "rerun_changed": result["counts"] != result["counts_after_rerun"],
        "stored": result["counts"]["notices"], "detections": result["counts"]["detections"],
        "peak_rss_mb": result["peak_rss_mb"], "helper_peak_rss_mb": result["helper_peak_rss_mb"],
        "tree_peak_rss_mb": result["tree_peak_rss_mb"],
    }


HEADER = (f"{'size':>9} {'db':>10} {'mode':>9} {'tabular/s':>10} {'/cpu-s':>7} {'ingest s':>9} {'its cpu':>8} {'detect s':>9} {'text/s':>8} {'all/s':>8} "
          f"{'stored':>9} {'re-run':>7} {'changed':>8} {'peak RSS':>9} {'helper':>9} {'together':>9}")


def format_row(r: dict) -> str:
    return (f"{r['size']:>9,} {r['database']:>10} {r['mode']:>9} {r['tabular_per_s']:>10,.0f} {r['tabular_per_cpu_s']:>7,.0f} {r['ingest_s']:>9.1f} {r['ingest_cpu_s']:>8.1f} {r['detect_s']:>9.1f} "
            f"{r['text_per_s']:>8,.0f} {r['all_per_s']:>8,.0f} {r['stored']:>9,} {r['rerun_share']:>6.1%} "
            f"{'yes' if r['rerun_changed'] else 'no':>8} {r['peak_rss_mb']:>6.0f} MB {r['helper_peak_rss_mb']:>6.0f} MB {r['tree_peak_rss_mb']:>6.0f} MB")


MAX_TEXT = 10_000  # text detection scans every known company name per text (see latest.md): bounded here


def run(plan: list[tuple[int, str]], *, seed: int = 7, max_text: int = MAX_TEXT, modes: list[str] = ("alongside",)) -> list[dict]:
    """Measure each (size, database) of the plan; each size is generated once, in a temp folder."""
    rows = []
    print(HEADER, flush=True)
    with databases(sorted({database for _, database in plan})) as urls, \
            tempfile.TemporaryDirectory(prefix="earlywarn-bench-data-") as data:
        for size in sorted({size for size, _ in plan}):
            folder = Path(data) / str(size)
            generated = generate(folder, size, seed=seed, max_text=max_text)
            for database, url in urls.items():
                for mode in modes if (size, database) in plan else ():
                    rows.append(row(size, database, generated, measure(folder, database, url(), MODES[mode]), mode))
                    print(format_row(rows[-1]), flush=True)
            shutil.rmtree(folder)
    return rows


def cross(sizes: list[int], database_names: list[str]) -> list[tuple[int, str]]:
    return [(size, database) for size in sizes for database in database_names]


def parse_list(text: str, convert=str) -> list:
    return [convert(part.strip()) for part in text.split(",") if part.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description="ingest + detect + persist throughput")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--databases", default="sqlite")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-text", type=int, default=MAX_TEXT, help="cap on text notices per size")
    parser.add_argument("--modes", default="alongside",
                        help="alongside (the default pipeline: detection in a second process on big inputs), one (one process), or both")
    parser.add_argument("--alongside-rows", type=int, default=ALONGSIDE_ROWS, help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--state", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.database_url, args.state, args.alongside_rows)))
        return
    modes = list(MODES) if args.modes == "both" else parse_list(args.modes)
    run(cross(parse_list(args.sizes, int), parse_list(args.databases)), seed=args.seed, max_text=args.max_text, modes=modes)


if __name__ == "__main__":
    main()
