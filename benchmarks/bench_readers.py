"""Reading speed over the real WARN folder: rows/s overall and per format.

Run: .venv/bin/python benchmarks/bench_readers.py [folder]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from earlywarn.adapters.readers import load_header_synonyms, read_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / ".." / "shared" / "data" / "warn"


def main(folder: Path) -> None:
    synonyms = load_header_synonyms(yaml.safe_load((ROOT / "config" / "headers.yaml").read_text(encoding="utf-8")))
    rows: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)
    for path in sorted(p for p in folder.iterdir() if p.suffix != ".md"):
        started = time.perf_counter()
        result = read_path(path, f"bench-{path.stem}", synonyms=synonyms)
        count = sum(1 for _ in result.items)
        elapsed = time.perf_counter() - started
        rows[result.format] += count
        seconds[result.format] += elapsed
        print(f"{path.name:28}{result.format:>6}{count:>8} rows{elapsed * 1000:>9.1f} ms{count / elapsed:>10.0f} rows/s")
    print("-" * 70)
    for file_format in sorted(rows):
        print(f"{file_format:>10}: {rows[file_format]:>7} rows in {seconds[file_format]:6.2f} s = "
              f"{rows[file_format] / seconds[file_format]:8.0f} rows/s")
    total_rows, total_seconds = sum(rows.values()), sum(seconds.values())
    print(f"{'all':>10}: {total_rows:>7} rows in {total_seconds:6.2f} s = {total_rows / total_seconds:8.0f} rows/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER)
