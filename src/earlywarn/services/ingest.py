"""Ingest: store the raw input first, then read it into notices; what cannot be read is quarantined."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import case, select, update
from sqlalchemy.orm import defer

from earlywarn.adapters.db.orm import NoticeRow, QuarantineRow, RawInputRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.adapters.readers import ReadResult
from earlywarn.adapters.db.unit_of_work import dialect_placeholder
from earlywarn.domain.amendments import REPUBLICATION_WINDOW_DAYS, republishes
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from earlywarn.services import notice_rows
from earlywarn.services.bulk import fewer_collections
from earlywarn.services.notice_rows import (  # noqa: F401 - chunks, prepare_chunk: callers import them from here
    NOTICE_COLUMNS, Prepared, PreparedChunk, Reading, chunks, prepare_chunk, prepared_chunks,
)

if TYPE_CHECKING:
    from earlywarn.services.read_ahead import ReadAhead

EXCERPT_BYTES = 4096
REPUBLICATION_DAYS = timedelta(days=REPUBLICATION_WINDOW_DAYS)


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


@dataclass
class IngestOptions:
    synonyms: object
    override: dict[str, str] | None = None
    defaults: dict[str, str] = field(default_factory=dict)  # e.g. region when a notice has none
    batch_size: int = 2000
    max_bytes: int = 200 * 1024 * 1024
    read_ahead: ReadAhead | None = None  # reads big files in a second process while this one stores

    def reading(self) -> Reading:
        return Reading(synonyms=self.synonyms, override=self.override, defaults=self.defaults, batch_size=self.batch_size)


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
    read, prepared = read_prepared(data, name, source, options)
    result.format, result.encoding, result.mapping = read.format, read.encoding, dict(read.mapping)
    _store_items(uow, prepared, raw, result, now, on_progress)
    return result


def read_prepared(data: bytes, name: str, source: str, options: IngestOptions) -> tuple[ReadResult, Iterator[PreparedChunk]]:
    """The file read (format, encoding, mapping) and its items as prepared chunks: in a second process
    (options.read_ahead) while ingest stores the chunk before, or here, one chunk at a time."""
    if options.read_ahead is not None and options.read_ahead.wants(data):
        return options.read_ahead.read(data, name, source, options.reading())
    return notice_rows.read_prepared(data, name, source, options.reading())


def ingest_record(uow: UnitOfWork, record: NoticeRecord, *, now: datetime) -> FileIngestResult:
    """An already normalized notice (pushed by an event): its JSON is the raw input, stored first."""
    data = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=True).encode("utf-8")
    raw = _store_raw(uow, data, name=f"{record.source}.json", source=record.source, now=now, max_bytes=len(data) + 1)
    result = FileIngestResult(source=record.source, name=raw.name, raw_input_id=raw.id, format="json")
    if raw.status == "read":
        result.already_read = True
        return result
    _store_items(uow, prepared_chunks([record], Reading(synonyms=None)), raw, result, now, None)
    return result


def _store_items(uow, prepared: Iterator[PreparedChunk], raw: RawInputRow, result: FileIngestResult, now, on_progress) -> None:
    try:
        with fewer_collections():
            for chunk in prepared:
                _store_chunk(uow, chunk, raw, result, now)
                uow.commit()
                if on_progress:
                    on_progress(chunk.rows_read)
    finally:
        prepared.close()  # a read-ahead process left mid-file (storage failed) is stopped
    _mark_read(uow, raw, result)
    uow.commit()


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
    # the content is not read back: it would be a second copy of the whole file in memory
    query = select(RawInputRow).options(defer(RawInputRow.content)).where(RawInputRow.source == source, RawInputRow.sha256 == sha)
    return uow.session.scalars(query).one()


def _store_chunk(uow, chunk: PreparedChunk, raw: RawInputRow, result: FileIngestResult, now) -> None:
    result.rows_read += chunk.rows_read
    by_hash = _unique_by_hash(chunk.notices)
    rows = [row for row, _ in by_hash.values()]
    # RETURNING gives the ids of the rows really inserted: no read-back query per chunk
    inserted = uow.insert_rows(
        NoticeRow.__table__, NOTICE_COLUMNS, rows, unique=("source", "content_hash"), returning=("id", "content_hash"),
        constants={"raw_input_id": raw.id, "status": "current", "received_at": now}, as_is=("record",),
    )
    new = sorted(inserted)
    result.stored += len(new)
    result.duplicates += len(chunk.notices) - len(new)
    result.amendments += _link_amendments(uow, new, by_hash)
    result.quarantined += _quarantine_rows(uow, chunk.rejects, raw.id, now)


def _unique_by_hash(pairs: list[Prepared]) -> dict[str, Prepared]:
    """content hash -> (row, received date), the first of each hash (a chunk may repeat a row)."""
    seen: dict[str, Prepared] = {}
    for pair in pairs:
        seen.setdefault(pair[0][_HASH], pair)
    return seen


_HASH, _SITE = NOTICE_COLUMNS.index("content_hash"), NOTICE_COLUMNS.index("site_key")
_DATE, _AMENDMENT = NOTICE_COLUMNS.index("notice_date"), NOTICE_COLUMNS.index("is_amendment")


@dataclass(frozen=True, slots=True)
class _Stored:
    """The columns of a stored notice that amendment linking compares (no JSON re-validation)."""

    id: int
    content_hash: str
    notice_date: date | None
    received_date: str | None  # ISO text from the stored record; only read when notice_date is missing


def _link_amendments(uow: UnitOfWork, new: list[tuple[int, str]], by_hash: dict[str, Prepared]) -> int:
    """A changed re-publication supersedes its ancestor: the ancestor is kept, marked superseded.

    The new notices are compared in memory; their candidate ancestors are read as a few columns
    in one query for the whole chunk.
    """
    fresh = [(notice_id, *by_hash[content_hash]) for notice_id, content_hash in new if by_hash[content_hash][0][_SITE]]
    if not fresh:
        return 0
    by_key = _current_by_site_key(uow, _date_windows(fresh), {notice_id for notice_id, _ in new})
    links: list[tuple[int, int]] = []
    for notice_id, row, received_date in fresh:  # in id order: the first new notice of a site claims its ancestor
        candidates = by_key.setdefault(row[_SITE], [])
        ancestor = _find_ancestor(row, received_date, candidates) if candidates else None  # most sites have none
        if ancestor is not None:
            candidates.remove(ancestor)  # superseded now: no longer current
            links.append((notice_id, ancestor.id))
        # a later row of the same chunk may republish this one: chunk boundaries must not change links
        received = received_date.isoformat() if received_date and row[_DATE] is None else None  # read only then
        candidates.insert(0, _Stored(notice_id, row[_HASH], row[_DATE], received))
    _supersede(uow, links)
    return len(links)


Window = tuple[date, date] | None  # the notice dates a site's stored notices need to be candidates; None: any


def _date_windows(fresh: list[tuple[int, tuple, date | None]]) -> dict[str, Window]:
    """site key -> the dates within REPUBLICATION_WINDOW_DAYS of one of the chunk's new notices of that site.

    A dated stored notice outside them republishes nothing new (`republishes`), so it need not be read: every
    stored notice of a site stays current until republished, and a site's list grew with the database (at 100k
    notices, reading them was most of ingest's growth). A new notice without a date may supersede any."""
    dates: dict[str, list[date | None]] = {}
    for _, row, received_date in fresh:
        dates.setdefault(row[_SITE], []).append(row[_DATE] or received_date)
    return {key: _window(found) for key, found in dates.items()}


def _window(dates: list[date | None]) -> Window:
    if None in dates:
        return None
    try:
        return min(dates) - REPUBLICATION_DAYS, max(dates) + REPUBLICATION_DAYS
    except OverflowError:  # a date at the ends of the calendar: no window
        return None


def _current_by_site_key(uow: UnitOfWork, windows: dict[str, Window], excluded: set[int]) -> dict[str, list[_Stored]]:
    """The current notices of these sites (in their date windows), latest first. The chunk's own new rows are
    current too: left out in SQL rather than fetched and skipped."""
    # Through the driver: SQLAlchemy's expansion of the IN list (~2,000 values a chunk) and its date processing
    # of each candidate cost as much as the database's own work. The sites and their windows go as one JSON
    # parameter (a VALUES list of 1,000 rows took SQLite 10x longer to plan and run)
    sites = json.dumps([{"site_key": key, "earliest": window and window[0].isoformat(), "latest": window and window[1].isoformat()}
                        for key, window in windows.items()], ensure_ascii=False)
    sql = _candidates_sql(uow.engine.dialect).format(excluded=", ".join([dialect_placeholder(uow.engine.dialect)] * len(excluded)))
    by_key: dict[str, list[_Stored]] = {}
    for notice_id, key, content_hash, notice_date, received in uow.fetch_rows(sql, [sites, *excluded]):
        by_key.setdefault(key, []).append(_Stored(notice_id, content_hash, _as_date(notice_date), received))
    for candidates in by_key.values():
        candidates.sort(key=lambda c: c.id, reverse=True)  # the latest current notice first
    return by_key


# The sites of a chunk as rows (site_key, earliest, latest) of its JSON parameter, per database; both are joined
# through the (site_key, notice_date) index, whose date column is compared before a notice's row is read. On SQLite
# each site's values are extracted once, in a subquery kept apart (LIMIT -1: not flattened) and scanned first (CROSS
# JOIN), not once per index entry the date test reads
_SITES_TABLE = {
    "sqlite": ("(SELECT json_extract(value, '$.site_key') AS site_key, json_extract(value, '$.earliest') AS earliest, "
               "json_extract(value, '$.latest') AS latest FROM json_each({mark}) LIMIT -1) AS s CROSS JOIN",
               "s.site_key", "s.earliest", "s.latest"),
    "postgresql": ("jsonb_to_recordset(CAST({mark} AS JSONB)) AS s (site_key TEXT, earliest DATE, latest DATE) JOIN",
                   "s.site_key", "s.earliest", "s.latest"),
}


@lru_cache(maxsize=4)
def _candidates_sql(dialect) -> str:
    """The candidate ancestors' query, with {excluded} left for the placeholders of the chunk's new ids."""
    mark = dialect_placeholder(dialect)
    table, key, earliest, latest = _SITES_TABLE[dialect.name]
    # the received date is read from the record only where the notice date is missing (JSON extraction per row)
    received = case((NoticeRow.notice_date.is_(None), NoticeRow.record["received_date"].as_string()))
    received_sql = str(received.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    sql = (f"SELECT notices.id, notices.site_key, notices.content_hash, notices.notice_date, {received_sql} "
           f"FROM {table.format(mark=mark)} notices ON notices.site_key = {key} "
           f"WHERE ({earliest} IS NULL OR notices.notice_date IS NULL OR notices.notice_date BETWEEN {earliest} AND {latest}) "
           "AND notices.status = 'current' AND notices.id NOT IN (")
    return sql.replace("{", "{{").replace("}", "}}") + "{excluded})"


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _find_ancestor(row: tuple, received_date: date | None, candidates: list[_Stored]) -> _Stored | None:
    return next((old for old in candidates if _republishes(row, received_date, old)), None)


def _republishes(row: tuple, received_date: date | None, old: _Stored) -> bool:
    """domain.amendments.republishes on stored columns; the query already matched the site key."""
    if row[_SITE].startswith("|"):
        return False  # no company key: nothing to be a republication of
    old_date = old.notice_date or (date.fromisoformat(old.received_date) if old.received_date else None)
    return republishes(new_hash=row[_HASH], new_date=row[_DATE] or received_date,
                       new_is_amendment=row[_AMENDMENT], old_hash=old.content_hash, old_date=old_date)


def _supersede(uow: UnitOfWork, links: list[tuple[int, int]]) -> None:
    """links: (new id, ancestor id); the ancestor is marked superseded, the new notice points at it."""
    table = NoticeRow.__table__
    uow.update_rows(table, ("status",), "id", [("superseded", ancestor_id) for _, ancestor_id in links])
    uow.update_rows(table, ("supersedes_id",), "id", [(ancestor_id, new_id) for new_id, ancestor_id in links])


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
