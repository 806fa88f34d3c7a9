"""Pull from configured sources: folders remember what they have read (by content), files and feeds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from earlywarn.adapters.config_files import SourceConfig
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.services.ingest import FileIngestResult, IngestOptions, ingest_bytes


@dataclass(frozen=True)
class SourceFile:
    name: str
    read: Callable[[], bytes]


def source_files(source: SourceConfig, path: Path) -> Iterator[SourceFile]:
    if source.kind == "feed" and "://" in source.path:
        yield SourceFile(source.path, lambda: _fetch(source.path))
        return
    if path.is_file():
        yield SourceFile(path.name, path.read_bytes)
        return
    if not path.is_dir():
        raise FileNotFoundError(f"source {source.name!r}: {path} does not exist")
    for pattern in source.patterns:
        for file in sorted(path.rglob(pattern)):
            if file.is_file() and not file.name.startswith("."):
                yield SourceFile(str(file.relative_to(path)), file.read_bytes)


def _fetch(url: str, limit: int = 50 * 1024 * 1024) -> bytes:
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - configured feed URL
        return response.read(limit)


def ingest_source(
    uow: UnitOfWork,
    source: SourceConfig,
    path: Path,
    options: IngestOptions,
    *,
    now: datetime,
    on_progress: Callable[[int], None] | None = None,
) -> list[FileIngestResult]:
    return [
        ingest_bytes(uow, file.read(), name=file.name, source=source.name, options=options, now=now, on_progress=on_progress)
        for file in source_files(source, path)
    ]


def options_for(source: SourceConfig, synonyms: object, *, batch_size: int, max_bytes: int) -> IngestOptions:
    defaults = {"region": source.region} if source.region else {}
    return IngestOptions(
        synonyms=synonyms, override=source.override or None, defaults=defaults, batch_size=batch_size, max_bytes=max_bytes
    )
