"""One table row -> one NoticeRecord (or a RejectedItem saying why not)."""

from __future__ import annotations

import re
from functools import cached_property
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms, normalize_header
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RejectedItem
from earlywarn.domain.values import parse_count, parse_date

TEXT_FIELDS = ("company", "dba", "location", "city", "county", "region", "industry", "notice_ref")
DATE_FIELDS = ("notice_date", "received_date", "effective_date")
FLAG_FIELDS = ("is_closure", "is_temporary", "is_amendment")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PLACEHOLDER_TEXT = frozenset({"n/a", "na", "none", "null", "unknown", "-", "?", "미상", "없음"})


def has_hangul(text: str | None) -> bool:
    return bool(text and _HANGUL.search(text))


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def clean_text(value: str) -> str | None:
    text = " ".join(value.split())
    return None if not text or text.lower() in _PLACEHOLDER_TEXT else text


@dataclass(frozen=True)
class RowReader:
    """Everything needed to normalise the rows of one table, decided once per file."""

    source: str
    headers: list[str]
    mapping: HeaderMapping
    synonyms: HeaderSynonyms

    @cached_property
    def _field_columns(self) -> dict[str, int]:
        first: dict[str, int] = {}
        for column, field_name in self.mapping.mapping.items():
            first.setdefault(field_name, self.headers.index(column))
        return first

    @cached_property
    def _type_columns(self) -> list[int]:
        return [self.headers.index(c) for c in self.mapping.columns_for("notice_type")]

    @cached_property
    def _url_column(self) -> int | None:
        keys = self.synonyms.url_keys
        return next((i for i, h in enumerate(self.headers) if normalize_header(h) in keys), None)

    def column_of(self, field_name: str) -> int | None:
        return self._field_columns.get(field_name)

    def read(self, number: int, row: Sequence[object]) -> NoticeRecord | RejectedItem:
        texts = [cell_text(value) for value in row]
        raw = dict(zip(self.headers, texts))
        record = NoticeRecord(source=self.source, kind=NoticeKind.TABULAR, position=f"row {number}", raw=raw)
        self._fill_text_fields(record, texts)
        self._fill_dates(record, row, texts)
        self._fill_jobs(record, texts)
        self._fill_kind_flags(record, texts)
        record.lang = "ko" if has_hangul(record.company) or has_hangul(record.location) else "en"
        return self._accepted_or_rejected(record)

    def _confidence(self, field_name: str) -> float:
        columns = self.mapping.columns_for(field_name)
        return self.mapping.confidence.get(columns[0], 0.0) if columns else 0.0

    def _fill_text_fields(self, record: NoticeRecord, texts: list[str]) -> None:
        for field_name in TEXT_FIELDS:
            index = self.column_of(field_name)
            if index is not None and (value := clean_text(texts[index])):
                setattr(record, field_name, value)
                record.confidence[field_name] = self._confidence(field_name)
        company_index = self.column_of("company")
        if company_index is not None:
            _split_company_cell(record, texts[company_index])
        if self._url_column is not None and texts[self._url_column]:
            record.url = texts[self._url_column]

    def _fill_dates(self, record: NoticeRecord, row: Sequence[object], texts: list[str]) -> None:
        for field_name in DATE_FIELDS:
            index = self.column_of(field_name)
            if index is None or not texts[index]:
                continue
            parsed = parse_date(row[index])
            if parsed is None:
                record.flags.append(f"unparsed:{field_name}")
                continue
            setattr(record, field_name, parsed)
            record.confidence[field_name] = self._confidence(field_name)
        if record.notice_date is None and record.received_date is not None:
            # Many publishers date a notice by when they received it.
            record.notice_date = record.received_date
            record.confidence["notice_date"] = round(0.8 * record.confidence["received_date"], 2)

    def _fill_jobs(self, record: NoticeRecord, texts: list[str]) -> None:
        index = self.column_of("jobs")
        if index is None or not texts[index]:
            return
        count = parse_count(texts[index])
        if not count.ok or count.low is None:
            record.flags.append("unparsed:jobs")
            return
        record.jobs = count.low
        record.jobs_max = count.high if count.high is not None and count.high != count.low else None
        confidence = self._confidence("jobs")
        if count.approximate:
            record.flags.append("approximate:jobs")
            confidence *= 0.8
        record.confidence["jobs"] = round(confidence, 2)

    def _fill_kind_flags(self, record: NoticeRecord, texts: list[str]) -> None:
        type_text = " ".join(texts[i] for i in self._type_columns)
        derived = derive_kind_flags(normalize_header(type_text), self.synonyms)
        if record.company and self.synonyms.lexicon("amendment").found_in(normalize_header(record.company)):
            derived["is_amendment"] = True
        for field_name in FLAG_FIELDS:
            index = self.column_of(field_name)
            if index is not None and texts[index]:
                derived[field_name] = self._yes_no(field_name, normalize_header(texts[index]))
            if derived.get(field_name) is not None:
                setattr(record, field_name, derived[field_name])

    def _yes_no(self, field_name: str, text: str) -> bool | None:
        if self.synonyms.lexicon("yes").found_in(text):
            return True
        if self.synonyms.lexicon("no").found_in(text):
            return False
        return derive_kind_flags(text, self.synonyms).get(field_name)

    def _accepted_or_rejected(self, record: NoticeRecord) -> NoticeRecord | RejectedItem:
        reason = None
        if not record.company:
            column = self.mapping.columns_for("company")
            where = f"column '{column[0]}' is empty" if column else "no column holds a company name"
            reason = f"회사명이 없습니다 (no company name: {where})"
        elif not (record.notice_date or record.effective_date or record.jobs is not None):
            reason = "사용할 수 있는 날짜와 인원이 없습니다 (no usable date and no headcount)"
        if reason is None:
            return record
        raw = " | ".join(f"{k}: {v}" for k, v in record.raw.items() if v)
        return RejectedItem(source=record.source, position=record.position, reason=reason, raw=raw)


def derive_kind_flags(normalized_type: str, synonyms: HeaderSynonyms) -> dict[str, bool | None]:
    """'Closure Temporary' -> closure, temporary; 'Layoff Permanent' -> not closure, permanent."""
    if not normalized_type:
        return {}
    found = {name: synonyms.lexicon(name).found_in(normalized_type)
             for name in ("closure", "layoff", "temporary", "permanent", "amendment")}
    flags: dict[str, bool | None] = {}
    if found["closure"] or found["layoff"]:
        flags["is_closure"] = found["closure"]
    if found["temporary"] or found["permanent"]:
        flags["is_temporary"] = found["temporary"] and not found["permanent"]
    if found["amendment"]:
        flags["is_amendment"] = True
    return flags


def _split_company_cell(record: NoticeRecord, cell: str) -> None:
    """A company cell of several lines holds the name first and the address after it."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if len(lines) < 2:
        return
    record.company = clean_text(lines[0])
    if not record.location:
        record.location = ", ".join(lines[1:])
