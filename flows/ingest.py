"""Ingest flow: read every configured source (or the named ones) into notices and quarantine."""

from __future__ import annotations

import time

from prefect import flow, task
from prefect.artifacts import create_progress_artifact, update_progress_artifact

from flows.common import app, utcnow

PROGRESS_EVERY_SECONDS = 2.0  # staff watch a bar, not each chunk


@task(name="ingest-sources")
def ingest_sources_task(sources: list[str] | None = None) -> dict:
    """Read the sources in batches; raw inputs are stored before parsing. On a big input a second
    process detects what is stored while this one reads on (services.alongside): its counts come back
    as `detected_alongside`; what it did not reach stays pending for the detect step."""
    from earlywarn.services.pipeline import ingest_sources_detecting

    progress = ThrottledProgress(create_progress_artifact(progress=0.0, description="notices read"))
    totals, detected = ingest_sources_detecting(app(), sources, now=utcnow(), on_progress=progress.add_rows)
    progress.finish()
    alongside = {"examined": detected.examined, "restructuring": detected.restructuring, "failed": detected.failed}
    return totals.as_dict() | {"per_file": [_file_line(f) for f in totals.files], "detected_alongside": alongside}


class ThrottledProgress:
    """The run's progress artifact, updated at most every `every_seconds`: each update is a round trip to the
    Prefect server, and ingest reports every chunk of rows (a dozen a second on a quick input)."""

    def __init__(self, artifact_id, every_seconds: float = PROGRESS_EVERY_SECONDS):
        self.artifact_id = artifact_id
        self.every_seconds = every_seconds
        self.rows = 0
        self._last_update = time.monotonic()

    def add_rows(self, rows: int) -> None:
        self.rows += rows
        if time.monotonic() - self._last_update >= self.every_seconds:
            self._update(min(99.0, self.rows / 1000))

    def finish(self) -> None:
        self._update(100.0)

    def _update(self, percent: float) -> None:
        update_progress_artifact(self.artifact_id, progress=percent, description=f"{self.rows:,} rows read")
        self._last_update = time.monotonic()


def _file_line(result) -> dict:
    return {
        "source": result.source,
        "file": result.name,
        "format": result.format,
        "rows": result.rows_read,
        "stored": result.stored,
        "duplicates": result.duplicates,
        "amendments": result.amendments,
        "quarantined": result.quarantined,
        "already_read": result.already_read,
    }


@flow(name="ingest", log_prints=True)
def ingest_flow(sources: list[str] | None = None) -> dict:
    return ingest_sources_task(sources)
