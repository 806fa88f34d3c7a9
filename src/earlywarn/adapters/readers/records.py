"""One table row -> one NoticeRecord (or a RejectedItem saying why not)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from urllib.parse import unquote

from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms, is_ignored, normalize_header
from earlywarn.adapters.readers.places import fill_city_and_county, place_suffix
from earlywarn.adapters.readers.withdrawals import (NOTICE_WORDS, WITHDRAWN_WORDS, names_withdrawal,
                                                    names_withdrawal_in_date, names_withdrawal_line,
                                                    names_withdrawal_note)
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RejectedItem
from earlywarn.domain.values import (in_notice_year, is_undecided, parse_count, parse_date, parse_date_text,
                                     parse_month_day, parse_month_part)

TEXT_FIELDS = ("company", "dba", "location", "city", "county", "region", "industry", "notice_ref")
DATE_FIELDS = ("notice_date", "received_date", "effective_date")
FLAG_FIELDS = ("is_closure", "is_temporary", "is_amendment", "is_withdrawn")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTERS = re.compile(r"[^\W\d_]")
_PLACEHOLDER_TEXT = frozenset({"n/a", "na", "none", "null", "unknown", "-", "?", "미상", "없음"})


def has_hangul(text: str | None) -> bool:
    return bool(text and not text.isascii() and _HANGUL.search(text))  # isascii: a flag of the str, no scan


def cell_text(value: object) -> str:
    if type(value) is str:
        return value.strip()
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
    return _clean_short_text(value) if len(value) <= 200 else _clean_text(value)


# a mark a tracker kept by hand puts beside a name, a space between ('★ Norvane Korea Ltd.', ★ = unionized in its
# legend): no part of it. Marks joined to a name are its letters hidden ('○○정밀㈜', '☆☆해운(주)' in a press release)
_MARK_BESIDE = re.compile(r"^[★☆●○◆◇■□▶▷✔✓]+ | [★☆●○◆◇■□▶▷✔✓]+$")


def _clean_text(value: str) -> str | None:
    text = " ".join(value.split()).strip("* ")
    if _MARK_BESIDE.search(text):
        text = _MARK_BESIDE.sub("", text).strip("* ")
    return None if not text or text.lower() in _PLACEHOLDER_TEXT else text


# a pure function of the cell: companies, cities, regions and types repeat row after row (short cells only: <= ~2 MB)
_clean_short_text = lru_cache(maxsize=8192)(_clean_text)


# a part of a split headcount written as a dash: none of that kind ('57 | -' is 57 permanent, no temporary)
_NONE_OF_THAT_KIND = frozenset({"-", "–", "—", "--"})
_LONE_YEAR = re.compile(r"(?<![\d/.-])(?:19[89]\d|20[0-9]\d)(?![\d/.-])")


def row_place(number: int) -> str:
    """Where a row is, said for people: 'row 12' (an XLSX reader puts the sheet's name before it)."""
    return f"row {number}"


@dataclass(frozen=True)
class RowReader:
    """Everything needed to normalise the rows of one table, decided once per file."""

    source: str
    headers: list[str]
    mapping: HeaderMapping
    synonyms: HeaderSynonyms
    place: Callable[[int], str] = row_place  # a row's number in the rows read -> its position ('page 2 row 5')

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

    @cached_property
    def _text_columns(self) -> list[tuple[str, int, float]]:
        """(field, column, confidence) of the text fields this table has, in TEXT_FIELDS order."""
        return [(f, self._field_columns[f], self._confidence(f)) for f in TEXT_FIELDS if f in self._field_columns]

    @cached_property
    def _turn_text_columns(self) -> list[tuple[str, int, float]]:
        """(field, column, confidence) of a text field's further columns, read when the first is empty in a row (a
        feed's 'company_name' renamed 'employer' one year: headers.py's columns that take turns); mostly none."""
        first = self._field_columns
        return [(f, self.headers.index(c), self._confidence(f)) for f in TEXT_FIELDS for c in self.mapping.columns_for(f)
                if self.headers.index(c) != first[f]]

    @cached_property
    def _place_has_county(self) -> dict[str, bool]:
        """Whether the city and the location column hold 'town, county' pairs: a 'City, County' or 'City/County'
        header says so where no column gives the county, or nearly all the column's sampled cells do
        (mapping.town_county), a county column beside it or not: a feed that gave 'city' and 'county' until 2022 and
        'location': 'Chandler, Maricopa' after (a row's own county cell, when filled, keeps its county)."""
        has = {}
        for field_name in ("city", "location"):
            index = self.column_of(field_name)
            header = self.headers[index] if index is not None else None
            has[field_name] = header is not None and (header in self.mapping.town_county or (
                field_name == "city" and self.column_of("county") is None
                and "county" in normalize_header(header).split()))
        return has

    @cached_property
    def _date_columns(self) -> list[tuple[str, int, float]]:
        # every column of a date field, the first first: a second effective-date column fills the rows the first
        # leaves empty ('Closing Date' | 'Layoff Date', one filled per row)
        columns = [(f, self.headers.index(c)) for f in DATE_FIELDS for c in self.mapping.columns_for(f)]
        return [(f, i, self.mapping.confidence.get(self.headers[i], 0.0)) for f, i in columns]

    @cached_property
    def _day_first(self) -> frozenset[int]:
        return frozenset(i for i, header in enumerate(self.headers) if header in self.mapping.day_first)

    @cached_property
    def _note_columns(self) -> list[int]:
        keys = self.synonyms.note_keys
        return [i for i, header in enumerate(self.headers) if normalize_header(header) in keys]

    @cached_property
    def _flag_columns(self) -> list[tuple[str, int]]:
        return [(f, self._field_columns[f]) for f in FLAG_FIELDS if f in self._field_columns]

    def read(self, number: int, row: Sequence[object]) -> NoticeRecord | RejectedItem:
        return self.verdict(self.normalize(number, row))

    def normalize(self, number: int, row: Sequence[object]) -> NoticeRecord:
        texts = [value.strip() if type(value) is str else cell_text(value) for value in row]
        raw = dict(zip(self.headers, texts))
        draft = _Draft()  # filled field by field, then one NoticeRecord
        marked = self._fill_text_fields(draft, texts)
        dated = self._fill_dates(draft, row, texts)
        self._fill_jobs(draft, texts)
        said = self._fill_kind_flags(draft, texts)
        if self._is_withdrawn(texts, marked or dated or said):
            draft.is_withdrawn = True
        self._fill_gaps_from_other_cells(draft, texts)
        draft.lang = "ko" if has_hangul(draft.company) or has_hangul(draft.location) else "en"
        _flag_implausible(draft, self._latest_plausible_date)
        return _typed_record(self.source, self.place(number), raw, draft.__dict__)

    @cached_property
    def _latest_plausible_date(self) -> date:
        """More than a year ahead is a typo, not a plan (decided once per file, like the columns)."""
        return date.today() + timedelta(days=366)

    @cached_property
    def _field_confidence(self) -> dict[str, float]:
        return {f: self.mapping.confidence.get(self.headers[i], 0.0) for f, i in self._field_columns.items()}

    @cached_property
    def _type_cache(self) -> dict[str, tuple[str | None, dict[str, bool | None]]]:
        return {}  # type cells repeat a handful of values across thousands of rows

    def _confidence(self, field_name: str) -> float:
        return self._field_confidence.get(field_name, 0.0)

    def _type_reading(self, type_text: str) -> tuple[str | None, dict[str, bool | None]]:
        """The notice type a row's type cells give and the flags it says (a copy: the row's own to change)."""
        cached = self._type_cache.get(type_text)
        if cached is None:
            flags = derive_kind_flags(normalize_header(type_text), self.synonyms)
            cached = self._type_cache[type_text] = (clean_text(type_text), flags)
        return cached[0], dict(cached[1])

    def _is_withdrawn(self, texts: list[str], found: bool) -> bool:
        """The one check of a row's withdrawal (readers/withdrawals.py): `found` where reading a cell took the mark out of
        it (the company's '(Rescinded)', a date cell's 'Rescinded 3/4/2024', a type or status of 'Withdrawn'), else a
        line of the company cell that only says so or a clause of a notes cell ('Notice rescinded')."""
        if found:
            return True
        company_index = self.column_of("company")
        if company_index is not None and "\n" in texts[company_index] and names_withdrawal_line(texts[company_index]):
            return True
        return any(texts[index] and names_withdrawal_note(texts[index]) for index in self._note_columns)

    def _fill_text_fields(self, record: NoticeRecord, texts: list[str]) -> bool:
        """The text fields; whether the company's name carried a withdrawal mark ('… (Rescinded)', dropped from it)."""
        withdrawn = False
        confidence = record.confidence
        for field_name, index, field_confidence in self._text_columns:
            if value := clean_text(texts[index]):
                setattr(record, field_name, value)
                confidence[field_name] = field_confidence
        company_index = self.column_of("company")
        for field_name, index, field_confidence in self._turn_text_columns:
            if getattr(record, field_name) is None and (value := clean_text(texts[index])):
                setattr(record, field_name, value)
                confidence[field_name] = field_confidence
                if field_name == "company":
                    company_index = index  # the cell the name came from: its further lines are the address
        if company_index is not None:
            _split_company_cell(record, texts[company_index])
            _split_place_suffix(record, self.headers[company_index] in self.mapping.name_place)
        _split_trade_name(record)
        withdrawn = _drop_status_mark(record)
        fill_city_and_county(record, city_has_county=self._place_has_county["city"],
                             location_has_county=self._place_has_county["location"])
        if self._url_column is not None and texts[self._url_column]:
            record.url = texts[self._url_column]
        return withdrawn

    def _fill_dates(self, record: NoticeRecord, row: Sequence[object], texts: list[str]) -> bool:
        """The dates; whether a date cell said the notice was withdrawn instead of giving a day."""
        withdrawn = False
        for field_name, index, confidence in self._date_columns:
            text = texts[index]
            if not text:
                continue
            if getattr(record, field_name) is not None:
                if field_name == "effective_date" and self.mapping.earliest_effective:
                    self._take_if_earlier(record, row, index)
                continue
            if not (text[0].isdigit() and text[-1].isdigit()) and names_withdrawal_in_date(text):
                # 'Rescinded 3/4/2024', 'Management Canceled': the notice's status; a day in it is the withdrawal's
                withdrawn = True
                record.flags.append(f"withdrawal_in:{field_name}")
                continue
            value = row[index]  # a CSV cell is text: its cached reading without parse_date's type tests
            dayfirst = index in self._day_first
            parsed = parse_date_text(value, dayfirst) if type(value) is str else parse_date(value, dayfirst=dayfirst)
            if parsed is None and (parsed := parse_month_part(texts[index], self.mapping.usual_year)
                                   or parse_month_day(texts[index], self.mapping.usual_year)):
                # '3월 말', '3.15': the year is the file's, the day the part's or the cell's
                record.flags.append(f"month_only:{field_name}")
            if parsed is None:
                record.flags.append(f"unparsed:{field_name}")
                continue
            setattr(record, field_name, parsed)
            record.confidence[field_name] = confidence
        if record.flags and "month_only:effective_date" in record.flags:
            record.effective_date = in_notice_year(record.effective_date, record.notice_date or record.received_date)
        if record.notice_date is None and record.received_date is not None:
            # Many publishers date a notice by when they received it.
            record.notice_date = record.received_date
            record.confidence["notice_date"] = round(0.8 * record.confidence["received_date"], 2)
        return withdrawn

    def _take_if_earlier(self, record: NoticeRecord, row: Sequence[object], index: int) -> None:
        """A closing date beside a layoff date, both given: the notice's separations begin on the earlier day."""
        value, dayfirst = row[index], index in self._day_first
        parsed = parse_date_text(value, dayfirst) if type(value) is str else parse_date(value, dayfirst=dayfirst)
        if parsed is not None and parsed < record.effective_date:
            record.effective_date = parsed

    @cached_property
    def _fallback_columns(self) -> list[int]:
        """Cells that may hold a document name: not ignored, not already a date column."""
        dated = {index for _, index, _ in self._date_columns}
        return [i for i, h in enumerate(self.headers) if i not in dated and not is_ignored(h, self.synonyms)]

    def _fill_gaps_from_other_cells(self, record: NoticeRecord, texts: list[str]) -> None:
        if not record.company:
            named = next(filter(None, (company_from_document_name(texts[i]) for i in self._fallback_columns)), None)
            if named:
                record.company = named
                record.flags.append("company_from_document_name")
                record.confidence["company"] = 0.3
        if record.notice_date or record.effective_date:
            return
        company_column = self.column_of("company")
        for index, text in enumerate(texts):
            if not text or not (index == company_column or _DOCUMENT.search(text)):
                continue  # only a document's name or the company cell may date a notice
            found = parse_date(_DOCUMENT.search(text).group(1) if index != company_column else text)
            if found:
                record.notice_date = found
                record.flags.append(f"notice_date_from:{self.headers[index]}")
                record.confidence["notice_date"] = 0.3
                return
        self._fill_year_only(record, texts)

    def _fill_year_only(self, record: NoticeRecord, texts: list[str]) -> None:
        """Some publishers give only the year ("Closure 2019 Wayne"). Keep it, at year precision.

        The date is 1 January of that year, flagged `year_only:notice_date` with low confidence, so
        a reader of the notice knows the day and month are unknown; deadlines never use notice_date.
        """
        jobs = self.column_of("jobs")
        for index, text in enumerate(texts):  # any cell: the year often sits in a notes column ("extras")
            if index == jobs:
                continue  # a subtotal of 2,014 workers is not the year 2014
            match = _LONE_YEAR.search(text) if not _DOCUMENT.search(text) and "://" not in text else None
            if match:
                record.notice_date = date(int(match.group(0)), 1, 1)
                record.flags.append("year_only:notice_date")
                record.confidence["notice_date"] = 0.1
                return

    @cached_property
    def _jobs_first(self) -> int | None:
        """The jobs column read before the others (a total beside its parts, a confirmed count): mostly none."""
        first = self.mapping.jobs_first
        return self.headers.index(first) if first is not None and first in self.headers else None

    @cached_property
    def _jobs_columns(self) -> list[int]:
        """The jobs columns but the one read first."""
        return [self.headers.index(c) for c in self.mapping.columns_for("jobs") if c != self.mapping.jobs_first]

    @cached_property
    def _jobs_parts(self) -> list[int]:
        """Columns that each count a part of the jobs ('Permanent' and 'Temporary Layoffs'); empty for one column."""
        columns = self._jobs_columns
        return columns if len(columns) > 1 else []

    @cached_property
    def _closure_parts(self) -> list[int]:
        """The parts of the jobs named for a closure ('Plant Closing' beside 'Permanent Layoff', no total)."""
        closure = self.synonyms.lexicon("closure")
        return [i for i in self._jobs_parts if closure.found_in(normalize_header(self.headers[i]))]

    def _fill_jobs(self, record: NoticeRecord, texts: list[str]) -> None:
        first = self._jobs_first
        if first is not None and texts[first] and self._fill_jobs_from(record, texts[first], quiet=True):
            return  # the total or the confirmed count, when the row gives it
        if self._jobs_parts:
            self._fill_jobs_from_parts(record, texts)
            return
        columns = self._jobs_columns
        if columns and texts[columns[0]]:
            self._fill_jobs_from(record, texts[columns[0]])

    def _fill_jobs_from(self, record: NoticeRecord, text: str, quiet: bool = False) -> bool:
        """The jobs a cell gives; whether it gave them (`quiet`: a cell that gives none is not flagged unparsed)."""
        count = parse_count(text)
        if not count.ok or count.low is None:
            if not quiet:
                record.flags.append("unparsed:jobs")
            return False
        record.jobs = count.low
        record.jobs_max = count.high if count.high is not None and count.high != count.low else None
        confidence = self._confidence("jobs")
        if count.approximate:
            record.flags.append("approximate:jobs")
            confidence *= 0.8
        record.confidence["jobs"] = round(confidence, 2)
        return True

    def _fill_jobs_from_parts(self, record: NoticeRecord, texts: list[str]) -> None:
        """The sum of the parts; a blank or dashed part is none of that kind (0), all blank is no count at all, and a
        part still to be decided ('TBD', '미정') leaves the whole unknown."""
        given = [texts[i] for i in self._jobs_parts if texts[i] and texts[i] not in _NONE_OF_THAT_KIND]
        if not given:
            return
        counts = [parse_count(text) for text in given]
        if not all(count.ok and count.low is not None for count in counts):
            record.flags.append("unparsed:jobs")
            return
        record.jobs = sum(count.low for count in counts)
        record.confidence["jobs"] = self._confidence("jobs")

    def _fill_kind_flags(self, record: NoticeRecord, texts: list[str]) -> bool:
        """The type and the kind flags; whether the type or status said the notice was withdrawn."""
        type_text = " ".join([texts[i] for i in self._type_columns])
        record.notice_type, derived = self._type_reading(type_text)
        if record.company and self._names_amendment(record.company):
            derived["is_amendment"] = True
        for field_name, index in self._flag_columns:
            if texts[index]:
                derived[field_name] = self._yes_no(field_name, normalize_header(texts[index]))
        if self._closure_parts and derived.get("is_closure") is None and any(
                texts[i].isdigit() and int(texts[i]) > 0 for i in self._closure_parts):
            derived["is_closure"] = True  # workers counted under 'Plant Closing': the notice is of a closure
        withdrawn = derived.pop("is_withdrawn", None) is True  # no column of its own: the type's word
        for field_name in FLAG_FIELDS:
            if derived.get(field_name) is not None:
                setattr(record, field_name, derived[field_name])
        return withdrawn

    @cached_property
    def _names_amendment(self) -> Callable[[str], bool]:
        """Whether a company cell names an amendment ("… - Revised"), remembered per file: names repeat across rows."""
        amendment = self.synonyms.lexicon("amendment")
        return lru_cache(maxsize=8192)(lambda company: amendment.found_in(normalize_header(company)))

    def _yes_no(self, field_name: str, text: str) -> bool | None:
        if text.isdigit():  # a flag column of counts ('Number of Workers Closure': 230): some workers say it is so
            return int(text) > 0
        if self.synonyms.lexicon("yes").found_in(text):
            return True
        if self.synonyms.lexicon("no").found_in(text):
            return False
        return derive_kind_flags(text, self.synonyms).get(field_name)

    def verdict(self, record: NoticeRecord) -> NoticeRecord | RejectedItem:
        reason = None
        if _is_totals_row(record):
            reason = "합계 행입니다 (a totals row, not a notice)"
        elif _is_page_footer(record):
            reason = "쪽 바닥글입니다 (a page footer, not a notice)"
        elif self._is_heading_row(record):
            reason = "표 안의 제목 행입니다 (a heading or note inside the table, not a notice)"
        elif not record.company:
            column = self.mapping.columns_for("company")
            where = f"column '{column[0]}' is empty" if column else "no column holds a company name"
            reason = f"회사명이 없습니다 (no company name: {where})"
        elif not (record.notice_date or record.effective_date or record.jobs is not None or self._says_undecided(record)):
            reason = "사용할 수 있는 날짜와 인원이 없습니다 (no usable date and no headcount)"
        if reason is None:
            return record
        raw = " | ".join(f"{k}: {v}" for k, v in record.raw.items() if v)
        return RejectedItem(source=record.source, position=record.position, reason=reason, raw=raw)

    def _says_undecided(self, record: NoticeRecord) -> bool:
        """A watch list's workplace whose headcount and date are both written '미정' or 'TBD' is a notice still being
        settled. A '미정' headcount beside blank dates stays a row with nothing to use (korean_cp949.csv)."""
        jobs = self.column_of("jobs")
        if jobs is None or not is_undecided(record.raw.get(self.headers[jobs])):
            return False
        return any(is_undecided(record.raw.get(self.headers[index])) for _, index, _ in self._date_columns)

    def _is_heading_row(self, record: NoticeRecord) -> bool:
        """A month heading ('September 2024') or a note spanning a wide table fills one cell only."""
        if len(self.headers) < 4:
            return False
        filled = 0
        for value in record.raw.values():  # stops at the second filled cell: most rows fill several
            if value:
                filled += 1
                if filled > 1:
                    return False
        return filled == 1


class _Draft:
    """A row's NoticeRecord fields while RowReader fills them in: plain attributes (pydantic's __setattr__
    costs about half a microsecond a field, ten fields a row). Unset fields read as the record's default."""

    company = dba = location = city = county = region = industry = notice_ref = url = lang = None
    notice_date = received_date = effective_date = jobs = jobs_max = notice_type = None
    is_closure = is_temporary = is_amendment = is_withdrawn = None

    def __init__(self) -> None:
        self.flags: list[str] = []
        self.confidence: dict[str, float] = {}


_FIELD_NAMES = frozenset(NoticeRecord.model_fields)
# every field in declared order with its default (the three default factories give new objects per record below)
_RECORD_DEFAULTS = {name: info.default for name, info in NoticeRecord.model_fields.items()}
_GIVEN = ("source", "kind", "position", "raw")  # what the validating constructor was given: set fields
_new_record = NoticeRecord.__new__
_set = object.__setattr__
# what _typed_record skips must stay nothing: no post-init hook, no private attributes, no extra fields; its
# defaults are None but for position and the factories
assert not NoticeRecord.__pydantic_post_init__ and not NoticeRecord.__private_attributes__
assert NoticeRecord.model_config.get("extra") == "forbid"
assert {name for name, value in _RECORD_DEFAULTS.items() if value is not None} == {"source", "kind", "position", "raw",
                                                                                      "flags", "confidence"}


def _typed_record(source: str, position: str, raw: dict[str, str], values: dict[str, object]) -> NoticeRecord:
    """NoticeRecord(source=, kind=TABULAR, position=, raw=) with `values` then set on it as its __setattr__ would,
    built without validation (~6 µs a row): source, position and every key and value of raw are str, and `values`
    are the _Draft's already-typed fields (str, date, int, bool or None; flags and confidence new objects). The
    instance, its fields set and its JSON are those of the validating path (tests/unit/test_ingest_shortcuts.py)."""
    assert _FIELD_NAMES.issuperset(values), set(values) - _FIELD_NAMES
    fields = _RECORD_DEFAULTS.copy()
    fields["source"], fields["kind"], fields["position"], fields["raw"] = source, NoticeKind.TABULAR, position, raw
    fields["flags"], fields["confidence"] = [], {}
    fields.update(values)
    record = _new_record(NoticeRecord)
    _set(record, "__dict__", fields)
    _set(record, "__pydantic_fields_set__", {*_GIVEN, *values})
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


# 'Northeast Region Subtotal' closes a section as 'Grand Total' closes the table (a company may begin 'Total …')
_TOTALS = re.compile(r"(?:.*\s)?(?:grand\s+|sub-?\s*)?totals?\b[\s:]*(?:for\b.*|\(.*\)|(?:19|20)\d\d)?",
                     re.IGNORECASE)


def _is_totals_row(record: NoticeRecord) -> bool:
    """'Total' / 'Grand Total:' / 'Region 2 Subtotal' / 'Total 2024' in the company cell of an undated row sums
    rows above it; so does a row with a cell of its own saying so in any column ('계' under 연번 beside
    '12개 사업장', '소계' under 관할지청 beside '4개소'). The year of 'Total 2024' dates nothing."""
    if record.effective_date or (record.notice_date and "year_only:notice_date" not in record.flags):
        return False
    if record.company and is_totals_text(record.company):
        return True
    return any(_TOTALS_CELL.fullmatch(value) for value in record.raw.values() if value and len(value) < _SHORT)


def is_totals_text(text: str) -> bool:
    return bool(_TOTALS.fullmatch(text) or _KOREAN_TOTALS.fullmatch(text))


# '1월 전반 소계', '부산 합계': the part summed, then the Korean word for a (sub)total
_KOREAN_TOTALS = re.compile(r"(?:.*\s)?[소합총]계(?:\s*\(.*\))?\s*")


_SHORT = 24
# a whole cell naming a sum: the English words, or 계 (total), 소계 (subtotal), 합계 / 총계 (grand total), the
# part it sums maybe in brackets after it ('소계 (부산청)', a merged cell across 연번 … 신고일); '계(주)' names a firm
_TOTALS_CELL = re.compile(r"\s*(?:(?:grand\s+|sub-?\s*)?totals?[\s:]*|[소합총]?\s*계)\s*"
                          r"(?:\((?![주유사재합]\))[^()]*\)\s*)?", re.IGNORECASE)


_PAGE_NUMBER = re.compile(r"(?:page|p\.)\s*\d+\s*(?:of|/)\s*\d+|-\s*\d+\s*-|\d+\s*쪽|\d+\s*/\s*\d+\s*(?:쪽|페이지)",
                          re.IGNORECASE)


# where a footer cell begins ('Page', 'p.', '-') after the cells' separator, or the 쪽 / 페이지 it holds
_FOOTER_START = re.compile(r"\x1f[p-]", re.IGNORECASE)


def _is_page_footer(record: NoticeRecord) -> bool:
    """'Printed: 01/06/2025 | Page 1 of 3': a report's page footer, repeated on every page of a PDF export."""
    cells = "\x1f" + "\x1f".join(record.raw.values())  # one search over the row rules out nearly every row
    if "쪽" not in cells and "페이지" not in cells and not _FOOTER_START.search(cells):
        return False
    return any(map(_PAGE_NUMBER.fullmatch, filter(None, record.raw.values())))  # the filled cells, looped in C


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
    if names_withdrawal(normalized_type, synonyms):
        flags["is_withdrawn"] = True
    return flags


_DOCUMENT = re.compile(r"([^/\\]+)\.(?:pdf|docx?|rtf|html?|xlsx?)(?:[?#].*)?$", re.IGNORECASE)
_DATE_IN_NAME = re.compile(r"\d{1,4}[-_./]\d{1,2}(?:[-_./]\d{1,4})?")
_NOISE_IN_NAME = re.compile(r"\b(?:warn|notice|notices|letter|final|amended|revised)\b|[_+]|%20", re.IGNORECASE)


def company_from_document_name(cell: str) -> str | None:
    """Publishers often name a notice's document after the company: 'Fairway (Stamford) 7-17-2020.pdf'."""
    found = _DOCUMENT.search(cell.strip())
    if not found:
        return None
    stem = _NOISE_IN_NAME.sub(" ", _DATE_IN_NAME.sub(" ", unquote(found.group(1))))
    name = " ".join(stem.replace("-", " - ").split()).strip(" -.,")
    return name if len(_LETTERS.findall(name)) >= 2 else None


def _split_company_cell(record: NoticeRecord, cell: str) -> None:
    """A company cell of several lines holds the name first and the address after it."""
    lines = cell.splitlines()
    if len(lines) < 2:  # one line (most cells): fewer than two filled lines
        return
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) < 2:
        return
    record.company = clean_text(lines[0])
    if not record.location:
        record.location = ", ".join(lines[1:])


def _split_place_suffix(record: NoticeRecord, column_is_name_place: bool) -> None:
    """'Tri-State Logistics - St. Louis' -> company 'Tri-State Logistics', city 'St. Louis', when the file supports
    the town: the company column ends so in nearly every row, or the row's own city cell names it."""
    split = place_suffix(record.company)
    if not split:
        return
    name, town = split
    if record.city and record.city.casefold() != town.casefold():
        return  # the row names another town: the dash is part of the name
    if column_is_name_place or record.city:
        record.company = clean_text(name)
        record.city = record.city or town


# '(Amended)', '- Revised', '-Revised (9/15/21)', '(Rescinded)', '- WARN CANCELLED', '– Transition Cancelled',
# '*notice rescinded', '"RESCINDED"', '[철회]' after the name: the notice's status, not the company's. A withdrawal
# mark needs its bracket, dash, star or quotes: a name that merely ends in such a word keeps it
_AMENDMENT_WORDS = r"amended|amendment|revised|revision|updated|corrected|correction"
_STATUS_MARK = re.compile(
    rf"\s*(?:\(\s*(?:({_AMENDMENT_WORDS})|({WITHDRAWN_WORDS}))\b[^)]*\)"
    rf"|[-–—]\s*({_AMENDMENT_WORDS})\b.*"
    rf"|(?:[-–—*]+\s*(?:(?:{NOTICE_WORDS})\s+){{0,2}}|\[\s*|\s*[\"“]\s*)({WITHDRAWN_WORDS})\b\s*[\]\"”]?"
    rf"(?:\s*\(.*\)|\s+(?:on\s+)?\d.*)?)$", re.IGNORECASE)
def _drop_status_mark(record: NoticeRecord) -> bool:
    """'Prairie Textiles Inc. (Amended)' -> company 'Prairie Textiles Inc.', an amendment; 'Raritan Bay Seafood Co.
    (Rescinded)', 'MAXIMUS, Inc. - WARN CANCELLED' -> the name alone, and True: the notice withdrawn, so that the
    company's name losing the word does not hide that the notice was withdrawn (the raw cell keeps the mark)."""
    found = _STATUS_MARK.search(record.company or "")
    if not found or found.start() == 0:
        return False
    record.company = clean_text(record.company[: found.start()])
    if found.group(1) or found.group(3):
        record.is_amendment = True
        return False
    return True


# 't/a' and 'trading as' are the British 'd/b/a' (HR1 lists); 'h/n/c', 'haciendo negocios como', Puerto Rico's
_TRADE_NAME = re.compile(r"\s*[,(]?\s*\b(?:d\s*/\s*b\s*/\s*a|d\.\s*b\.\s*a|dba|doing business as|t\s*/\s*a|trading as"
                         r"|h\s*/\s*n\s*/\s*c|haciendo negocios como)\b"
                         r"\.?:?\s+(.+)", re.IGNORECASE)
# where each of those words begins ('d/', 'd.b', 'dba', 'doing', 't/', 'trading', 'h/', 'haciendo'): a name without
# one has none of them, and this search costs a sixth of _TRADE_NAME's, which tries its every branch at every letter
_TRADE_NAME_START = re.compile(r"[dth](?:\s*/|\.\s*b|ba|oing|rading|aciendo)", re.IGNORECASE)


def _split_trade_name(record: NoticeRecord) -> None:
    """'Acme Holdings LLC d/b/a Acme Foods' -> company 'Acme Holdings LLC', dba 'Acme Foods'."""
    if record.dba or not record.company or not _TRADE_NAME_START.search(record.company):
        return
    found = _TRADE_NAME.search(record.company)
    if not found or found.start() == 0:
        return
    record.dba = clean_text(found.group(1).rstrip(")"))
    record.company = clean_text(record.company[: found.start()])


MAX_PLAUSIBLE_JOBS = 10_000
FIRST_PLAUSIBLE_YEAR = 1999  # WARN-era and 고용조정 records start here


def _flag_implausible(record: NoticeRecord, latest: date) -> None:
    """Absurd values are kept and flagged for staff, never rejected: a typo must not lose a notice."""
    if record.jobs is not None and not 0 <= record.jobs <= MAX_PLAUSIBLE_JOBS:
        record.flags.append("implausible:jobs")
    for field_name in DATE_FIELDS:
        value = getattr(record, field_name)
        if value is not None and (value.year < FIRST_PLAUSIBLE_YEAR or value > latest):
            record.flags.append(f"implausible:{field_name}")
