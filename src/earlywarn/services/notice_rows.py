"""A file's items as ingest stores them: each notice as its table row, in chunks, with what could not be read.

Pure reading (no database): a read-ahead process (services.read_ahead) runs it for the next chunk while
ingest stores this one, so it imports no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from earlywarn.adapters.readers import ReadResult, read_bytes
from earlywarn.domain.amendments import site_key
from earlywarn.domain.notices import NoticeRecord, RejectedItem

# A notice row as inserted (UnitOfWork.insert_rows): these columns in this order; raw_input_id, status and
# received_at are the same for a whole chunk
NOTICE_COLUMNS = ("source", "content_hash", "position", "kind", "lang", "company", "site_key", "location", "city",
                  "region", "notice_date", "effective_date", "jobs", "is_closure", "is_amendment", "title", "record")

Prepared = tuple[tuple, date | None]  # a notice's row and its received date (amendment linking compares it)


@dataclass(slots=True)
class PreparedChunk:
    """One chunk of a file's items: each notice as (row, received date), in the file's order, and the rejects."""

    rows_read: int
    notices: list[Prepared]
    rejects: list[RejectedItem]


@dataclass(frozen=True, slots=True)
class Reading:
    """How a source's files are read into prepared chunks (what a read-ahead process is sent with each file)."""

    synonyms: object
    override: dict[str, str] | None = None
    defaults: dict[str, str] | None = None  # e.g. region when a notice has none
    batch_size: int = 2000


def read_prepared(data: bytes, name: str, source: str, reading: Reading) -> tuple[ReadResult, Iterator[PreparedChunk]]:
    read = read_bytes(data, name, source, synonyms=reading.synonyms, override=reading.override)
    return read, prepared_chunks(read.items, reading)


def prepared_chunks(items: Iterable[NoticeRecord | RejectedItem], reading: Reading) -> Iterator[PreparedChunk]:
    for chunk in chunks(items, reading.batch_size):
        yield prepare_chunk(chunk, reading.defaults or {})


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def prepare_chunk(chunk: list[NoticeRecord | RejectedItem], defaults: dict[str, str]) -> PreparedChunk:
    notices, rejects = [], []
    for item in chunk:
        if isinstance(item, NoticeRecord):
            for key, value in defaults.items():
                if getattr(item, key, None) is None:
                    setattr(item, key, value)
            notices.append((notice_row(item), item.received_date))
        else:
            rejects.append(item)
    return PreparedChunk(len(chunk), notices, rejects)


def notice_row(notice: NoticeRecord) -> tuple:
    return (
        notice.source,
        notice.content_hash(),
        notice.position[:40],
        notice.kind._value_,  # .value: the same str through enum's property (~0.5 µs)
        notice.lang,
        notice.company,
        site_key(notice) if notice.company else None,
        notice.location,
        notice.city,
        notice.region,
        notice.notice_date,
        notice.effective_date,
        notice.jobs,
        notice.is_closure,
        notice.is_amendment,
        notice.title,
        notice.model_dump_json(),  # JSON text, stored as is
    )
