"""Replay a quarantined input: re-read the stored raw input (after a reader or config fix), or a corrected file."""

from __future__ import annotations

from datetime import datetime

from earlywarn.adapters.db.orm import QuarantineRow, RawInputRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.services.ingest import FileIngestResult, IngestOptions, ingest_bytes


class QuarantineItemNotFound(LookupError):
    pass


def replay_quarantined(
    uow: UnitOfWork, item_id: int, options: IngestOptions, *, now: datetime, data: bytes | None = None, name: str | None = None
) -> FileIngestResult:
    item = uow.session.get(QuarantineRow, item_id)
    if item is None:
        raise QuarantineItemNotFound(f"quarantine item {item_id} does not exist")
    raw = uow.session.get(RawInputRow, item.raw_input_id) if item.raw_input_id else None
    if data is None:
        if raw is None or raw.status == "too_large":
            raise QuarantineItemNotFound(f"quarantine item {item_id} has no stored input to re-read: give a corrected file")
        data, name = raw.content, raw.name
        raw.status = "received"  # read it again with today's readers and config
    result = ingest_bytes(uow, data, name=name or (raw.name if raw else "replay"), source=item.source, options=options, now=now)
    if result.stored or result.duplicates:
        item.status, item.resolved_at = "replayed", now
    uow.commit()
    return result
