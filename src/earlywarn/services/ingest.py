"""Ingest: store the raw input first, then read it into notices; what cannot be read is quarantined."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from sqlalchemy import select, update

from earlywarn.adapters.db.orm import NoticeRow, QuarantineRow, RawInputRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.adapters.readers import read_bytes
from earlywarn.domain.amendments import is_republication, site_key
from earlywarn.domain.notices import NoticeRecord, RejectedItem

EXCERPT_BYTES = 4096


@dataclass
class FileIngestResult:
    source: str
    name: str
    raw_input_id: int | None = None
    format: str | None = None
    encoding: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    rows_read: int = 0
    stored: int = 0
    duplicates: int = 0
    amendments: int = 0
    quarantined: int = 0
    already_read: bool = False
    new_notice_ids: list[int] = field(default_factory=list)


@dataclass
class IngestOptions:
    synonyms: object
    override: dict[str, str] | None = None
    defaults: dict[str, str] = field(default_factory=dict)  # e.g. region when a notice has none
    batch_size: int = 2000
    max_bytes: int = 200 * 1024 * 1024


def ingest_bytes(
    uow: UnitOfWork,
    data: bytes,
    *,
    name: str,
    source: str,
    options: IngestOptions,
    now: datetime,
    on_progress: Callable[[int], None] | None = None,
) -> FileIngestResult:
    result = FileIngestResult(source=source, name=name)
    raw = _store_raw(uow, data, name=name, source=source, now=now, max_bytes=options.max_bytes)
    result.raw_input_id = raw.id
    if raw.status == "read":
        result.already_read = True
        return result
    if raw.status == "too_large":
        _quarantine_file(uow, raw, f"file is {len(data):,} bytes, over the limit of {options.max_bytes:,}", data, now)
        result.quarantined = 1
        return result
    read = read_bytes(data, name, source, synonyms=options.synonyms, override=options.override)
    result.format, result.encoding, result.mapping = read.format, read.encoding, dict(read.mapping)
    for chunk in _chunks(read.items, options.batch_size):
        _store_chunk(uow, chunk, raw, result, options, now)
        uow.commit()
        if on_progress:
            on_progress(len(chunk))
    _mark_read(uow, raw, result)
    uow.commit()
    return result


def _store_raw(uow: UnitOfWork, data: bytes, *, name: str, source: str, now: datetime, max_bytes: int) -> RawInputRow:
    """Keep the input exactly as received before anything parses it (committed on its own)."""
    sha = hashlib.sha256(data).hexdigest()
    too_large = len(data) > max_bytes
    uow.insert_ignoring_duplicates(
        RawInputRow,
        [
            dict(
                source=source,
                name=name,
                sha256=sha,
                size=len(data),
                content=data[:EXCERPT_BYTES] if too_large else data,
                received_at=now,
                status="too_large" if too_large else "received",
            )
        ],
        unique=("source", "sha256"),
    )
    uow.commit()
    return uow.session.scalars(select(RawInputRow).where(RawInputRow.source == source, RawInputRow.sha256 == sha)).one()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _store_chunk(uow, chunk, raw: RawInputRow, result: FileIngestResult, options: IngestOptions, now) -> None:
    notices = [item for item in chunk if isinstance(item, NoticeRecord)]
    rejects = [item for item in chunk if isinstance(item, RejectedItem)]
    result.rows_read += len(chunk)
    for notice in notices:
        for key, value in options.defaults.items():
            if getattr(notice, key, None) is None:
                setattr(notice, key, value)
    rows = _unique_by_hash([_notice_row(n, raw.id, now) for n in notices])
    inserted = uow.insert_ignoring_duplicates(NoticeRow, rows, unique=("source", "content_hash"))
    new_ids = _new_notice_ids(uow, raw.id, [r["content_hash"] for r in rows])
    result.stored += len(new_ids)
    result.duplicates += len(notices) - len(new_ids)
    result.new_notice_ids.extend(new_ids)
    result.amendments += _link_amendments(uow, new_ids)
    result.quarantined += _quarantine_rows(uow, rejects, raw.id, now)
    del inserted  # rowcount is not reliable for multi-row inserts on every driver


def _unique_by_hash(rows: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for row in rows:
        seen.setdefault(row["content_hash"], row)
    return list(seen.values())


def _notice_row(notice: NoticeRecord, raw_input_id: int, now: datetime) -> dict:
    return dict(
        source=notice.source,
        content_hash=notice.content_hash(),
        raw_input_id=raw_input_id,
        position=notice.position[:40],
        kind=notice.kind.value,
        lang=notice.lang,
        company=notice.company,
        site_key=site_key(notice) if notice.company else None,
        location=notice.location,
        city=notice.city,
        region=notice.region,
        notice_date=notice.notice_date,
        effective_date=notice.effective_date,
        jobs=notice.jobs,
        is_closure=notice.is_closure,
        is_amendment=notice.is_amendment,
        title=notice.title,
        record=notice.model_dump(mode="json"),
        status="current",
        received_at=now,
    )


def _new_notice_ids(uow: UnitOfWork, raw_input_id: int, hashes: list[str]) -> list[int]:
    if not hashes:
        return []
    query = select(NoticeRow.id).where(NoticeRow.raw_input_id == raw_input_id, NoticeRow.content_hash.in_(hashes))
    return list(uow.session.scalars(query))


def _link_amendments(uow: UnitOfWork, new_ids: list[int]) -> int:
    """A changed re-publication supersedes its ancestor: the ancestor is kept, marked superseded."""
    if not new_ids:
        return 0
    new_rows = uow.session.scalars(select(NoticeRow).where(NoticeRow.id.in_(new_ids), NoticeRow.site_key.is_not(None))).all()
    keys = {row.site_key for row in new_rows}
    candidates = uow.session.scalars(
        select(NoticeRow).where(NoticeRow.site_key.in_(keys), NoticeRow.status == "current", NoticeRow.id.not_in(new_ids))
    ).all() if keys else []
    by_key: dict[str, list[NoticeRow]] = {}
    for row in candidates:
        by_key.setdefault(row.site_key, []).append(row)
    linked = 0
    for row in new_rows:
        ancestor = _find_ancestor(row, by_key.get(row.site_key, []))
        if ancestor is not None:
            row.supersedes_id = ancestor.id
            ancestor.status = "superseded"
            linked += 1
    return linked


def _find_ancestor(row: NoticeRow, candidates: list[NoticeRow]) -> NoticeRow | None:
    new = NoticeRecord.model_validate(row.record)
    for candidate in sorted(candidates, key=lambda c: c.id, reverse=True):
        if candidate.status == "current" and is_republication(new, NoticeRecord.model_validate(candidate.record)):
            return candidate
    return None


def _quarantine_rows(uow: UnitOfWork, rejects: list[RejectedItem], raw_input_id: int, now) -> int:
    rows = [
        dict(source=r.source, raw_input_id=raw_input_id, position=r.position[:40], reason=r.reason, raw=r.raw, created_at=now)
        for r in rejects
    ]
    uow.insert_ignoring_duplicates(QuarantineRow, rows, unique=("source", "raw_input_id", "position"))
    return len(rows)


def _quarantine_file(uow: UnitOfWork, raw: RawInputRow, reason: str, data: bytes, now) -> None:
    excerpt = data[:EXCERPT_BYTES].decode("utf-8", errors="replace")
    _quarantine_rows(uow, [RejectedItem(source=raw.source, position="file", reason=reason, raw=excerpt)], raw.id, now)
    uow.session.execute(update(RawInputRow).where(RawInputRow.id == raw.id).values(status="failed"))
    uow.commit()


def _mark_read(uow: UnitOfWork, raw: RawInputRow, result: FileIngestResult) -> None:
    status = "read" if result.stored or result.duplicates or not result.quarantined else "failed"
    uow.session.execute(
        update(RawInputRow)
        .where(RawInputRow.id == raw.id)
        .values(status=status, format=result.format, encoding=result.encoding, mapping=result.mapping)
    )
