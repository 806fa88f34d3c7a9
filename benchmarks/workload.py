"""What every benchmark shares: an app on a fresh state folder whose sources are the generated folders."""

from __future__ import annotations

import os
import re
import resource
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

from benchmarks.generate import TABULAR_SOURCES, TEXT_SOURCES
from earlywarn.adapters.config_files import SourceConfig
from earlywarn.bootstrap import App, build_app
from earlywarn.settings import PROJECT_ROOT, Settings

NOW = datetime(2024, 1, 15, 9, 0, tzinfo=timezone.utc)
_REGIONS = {"warn-a": None, "warn-b": None, "kr": "전북"}


def bench_sources(folder: Path) -> list[SourceConfig]:
    return [
        SourceConfig(name=name, kind="folder", path=str(folder / name), region=_REGIONS.get(name))
        for name in (*TABULAR_SOURCES, *TEXT_SOURCES)
        if (folder / name).is_dir()
    ]


def bench_app(folder: Path, state_dir: Path, database_url: str | None, **settings: object) -> App:
    settings = Settings(environment="test", home=PROJECT_ROOT, state_dir=state_dir, database_url=database_url, **settings)
    app = build_app(settings)
    use_sources(app, folder)
    return app


def use_sources(app: App, folder: Path) -> None:
    """Point the app's configured sources at the generated folders (the real config stays untouched)."""
    app.config.sources = bench_sources(folder)  # overrides the cached_property for this process only


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


class ProcessTreeRss:
    """The largest resident set of this process and its children together (detection alongside ingest runs
    in a child), sampled every `every` seconds in a thread while the block runs, in MB."""

    def __init__(self, every: float = 0.2):
        self.every = every
        self.peak_mb = 0.0
        self._stop = threading.Event()

    def __enter__(self) -> "ProcessTreeRss":
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.every):
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass  # a child that just ended
            self.peak_mb = max(self.peak_mb, total / 2**20)


def children_peak_rss_mb() -> float:
    """The largest peak resident set of this process's finished children (0 when there were none), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (detection alongside ingest runs in one)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def machine() -> dict[str, str]:
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = os.popen("free -h").read().strip()
    return {"nproc": str(len(os.sched_getaffinity(0))), "cpu": cpu.group(1) if cpu else "?", "free -h": memory}
