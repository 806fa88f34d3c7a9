"""Ingest flow: read every configured source (or the named ones) into notices and quarantine."""

from __future__ import annotations

from prefect import flow, task
from prefect.artifacts import create_progress_artifact, update_progress_artifact

from flows.common import app, utcnow


@task(name="ingest-sources")
def ingest_sources_task(sources: list[str] | None = None) -> dict:
    """Read the sources in batches; raw inputs are stored before parsing. On a big input a second
    process detects what is stored while this one reads on (services.alongside): its counts come back
    as `detected_alongside`; what it did not reach stays pending for the detect step."""
    from earlywarn.services.pipeline import ingest_sources_detecting

    progress_id = create_progress_artifact(progress=0.0, description="notices read")
    seen = {"rows": 0}

    def progress(rows: int) -> None:
        seen["rows"] += rows
        update_progress_artifact(progress_id, progress=min(99.0, seen["rows"] / 1000), description=f"{seen['rows']:,} rows read")

    totals, detected = ingest_sources_detecting(app(), sources, now=utcnow(), on_progress=progress)
    update_progress_artifact(progress_id, progress=100.0, description=f"{seen['rows']:,} rows read")
    alongside = {"examined": detected.examined, "restructuring": detected.restructuring, "failed": detected.failed}
    return totals.as_dict() | {"per_file": [_file_line(f) for f in totals.files], "detected_alongside": alongside}


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
