"""Rows of any table (CSV, XLSX, HTML, JSON) -> header, mapping and a lazy stream of items.

The header row is found among the first rows (title lines above it are skipped), empty columns
are dropped once, and the mapping is inferred once from a sample; the rest streams.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from operator import itemgetter

from earlywarn.adapters.readers.cards import card_table, is_card_start
from earlywarn.adapters.readers.continuations import joined_continuations, joined_site_rows
from earlywarn.adapters.readers.headers import (HeaderMapping, HeaderSynonyms, header_row_score, infer_mapping,
                                                strong_fields)
from earlywarn.adapters.readers.records import RowReader, row_place
from earlywarn.adapters.readers.sections import is_header_again, sectioned_records, until_header
from earlywarn.domain.amendments import company_key
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from earlywarn.domain.values import parse_count, parse_date

HEADER_SEARCH_ROWS = 12
SAMPLE_ROWS = 200

Numbered = tuple[int, Sequence[object]]  # (1-based row number in the sheet, cells)


@dataclass
class Table:
    headers: list[str]
    mapping: HeaderMapping
    items: Iterator[NoticeRecord | RejectedItem]


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def open_table(
    rows: Iterable[Sequence[object]], source: str, synonyms: HeaderSynonyms, override: dict | None = None,
    place: Callable[[int], str] = row_place,
) -> Table | None:
    """None when there is no header row with data under it. `place` names a row's position from its number in
    `rows` (1-based): 'row 12', or a PDF's 'page 2 row 5'."""
    enumerated = enumerate(rows, start=1)
    # the header search and the sample take the non-empty rows; the rest is read from `enumerated` where they
    # stopped (a generator pulls no row past the last one taken), its empty rows left out below
    numbered = ((number, row) for number, row in enumerated if not _all_blank(row))
    head = list(islice(numbered, HEADER_SEARCH_ROWS))
    if not head:
        return None
    if is_card_start([row for _, row in head], synonyms):  # a notice per block of 'label | value' lines
        cards = card_table([row for _, row in chain(head, enumerated)], synonyms)
        return open_table(cards, source, synonyms, override) if cards else None
    if _reads_across(head, synonyms):  # one column a notice: its field names run down the first column
        return open_table(_transposed(chain(head, numbered)), source, synonyms, override)
    header_at = _header_position(head, synonyms)
    if header_at > 0 and _wraps_header(head[header_at - 1][1], head[header_at][1], synonyms):
        header_at -= 1  # the wrapped line alone may outscore the line it continues ('Received' under 'Date')
    titles = [row for _, row in head[:header_at]]
    header_cells = head[header_at][1]
    header_lines = [header_cells]
    below = head[header_at + 1][1] if header_at + 1 < len(head) else ()
    if _continues_header(header_cells, below) or _wraps_header(header_cells, below, synonyms):
        header_cells, header_at = _two_row_names(header_cells, below), header_at + 1
        header_lines.append(below)
    sample = head[header_at + 1 :] + list(islice(numbered, SAMPLE_ROWS))
    kept = _kept_columns(header_cells, sample)
    headers = _column_names(header_cells, kept)
    trimmed_sample = [(n, _pick(row, kept)) for n, row in sample]
    # the mapping is inferred from the rows under this header: a block under a header of its own is not its
    mapping = infer_mapping(headers, [row for _, row in until_header(trimmed_sample, synonyms)], synonyms, override)
    if (year := title_year(titles)) is not None:
        mapping.usual_year = year  # '2024년 대량고용변동 신고 현황' over dates written '3.15'
    reader = RowReader(source, headers, mapping, synonyms, place)
    records = sectioned_records(chain(sample, enumerated), _normalizer(reader, kept),
                                lambda cells, rows: _section_normalizer(cells, rows, source, synonyms, override, place),
                                synonyms, _all_blank, header_lines)
    records = joined_site_rows(joined_continuations(records, mapping), mapping)
    return Table(headers, mapping, _with_amendment_dates(records, reader))


_SHEET_DATE_FIELDS = ("notice_date", "received_date", "effective_date")


def without_summary_sheets(found: list[tuple[str, Table]]) -> list[tuple[str, Table]]:
    """A sheet with no date column beside sheets with one ('총괄': 관할청 | 신고 사업장 수 | 이직예정인원, before a sheet
    of notices per 관할청) sums the notices up: its rows are no notices."""
    dated = [(title, table) for title, table in found
             if any(table.mapping.columns_for(field_name) for field_name in _SHEET_DATE_FIELDS)]
    return dated if dated and len(dated) < len(found) else found


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def title_year(titles: Iterable[Sequence[object]]) -> int | None:
    """The one year the lines above a table's header name ('2024년 대량고용변동 신고 현황', 'WARN Notices 2024'): the
    year of its dates written without one. None when they name none, or several ('2019-2023')."""
    years = {int(found) for row in titles for cell in row if isinstance(cell, str) for found in _YEAR.findall(cell)}
    return years.pop() if len(years) == 1 else None


def _normalizer(reader: RowReader, kept: list[int]) -> Callable[[int, Sequence[object]], NoticeRecord | None]:
    pick = _picker(kept)

    def normalize(number: int, row: Sequence[object]) -> NoticeRecord | None:
        picked = pick(row)
        # a row blank in every named or sampled column is left out like a blank one
        return None if _all_blank(picked) else reader.normalize(number, picked)
    return normalize


def _section_normalizer(header_cells: Sequence[object], sample: list[Numbered], source: str,
                        synonyms: HeaderSynonyms, override: dict | None, place: Callable[[int], str]):
    """The reader of a block under a header met again: its own columns and mapping (sections.py)."""
    kept = _kept_columns(header_cells, sample)
    headers = _column_names(header_cells, kept)
    mapping = infer_mapping(headers, [_pick(row, kept) for _, row in sample], synonyms, override)
    return _normalizer(RowReader(source, headers, mapping, synonyms, place), kept)


def _with_amendment_dates(records: Iterator[NoticeRecord], reader: RowReader) -> Iterator[NoticeRecord | RejectedItem]:
    """An amendment row with no date of its own takes the dates of the notice it amends.

    Rows stream through; only undated amendments wait for the end of the file, because the
    notice they amend may come after them (files are often sorted newest first).
    """
    latest_by_company: dict[str, _Dates] = {}  # the dates alone: a whole record per company held ~20 MB at 8k companies
    waiting: list[NoticeRecord] = []
    for record in records:
        if record.company and not (record.notice_date or record.effective_date) and (record.is_amendment or record.is_withdrawn):
            waiting.append(record)
            continue
        key = company_key(record.company)
        if key and (record.notice_date or record.effective_date):
            known = latest_by_company.get(key)
            if known is None or _sort_date(record) > _sort_date(known):
                latest_by_company[key] = _Dates(record.notice_date, record.effective_date, record.position)
        yield reader.verdict(record)
    for record in waiting:
        ancestor = latest_by_company.get(company_key(record.company))
        if ancestor is not None:
            record.notice_date, record.effective_date = ancestor.notice_date, ancestor.effective_date
            record.flags.append(f"dates_from_amended_notice:{ancestor.position}")
            record.confidence["notice_date"] = 0.3
        yield reader.verdict(record)


@dataclass(frozen=True, slots=True)
class _Dates:
    """What an undated amendment takes from the latest dated notice of its company."""

    notice_date: date | None
    effective_date: date | None
    position: str


def _sort_date(record: NoticeRecord | _Dates) -> date:
    return record.notice_date or record.effective_date or date.min


_FEWEST_LABELS = 3


def _reads_across(head: list[Numbered], synonyms: HeaderSynonyms) -> bool:
    """The first cells of the rows name more notice fields (by their very names, not a keyword) than any row
    does: the sheet is transposed, as when a state lays each notice out in a column with a TOTAL column at the
    end. A column of company names never qualifies: names hold keywords at most."""
    labels = strong_fields([row[0] for _, row in head if row and _filled(row) > 1], synonyms)
    return len(labels) >= _FEWEST_LABELS and len(labels) > max(len(strong_fields(row, synonyms)) for _, row in head)


def _filled(row: Sequence[object]) -> int:
    return sum(1 for cell in row if not is_blank(cell))


def _transposed(numbered: Iterable[Numbered]) -> list[list[object]]:
    """Rows of the columns (a title or note line filling one cell is left out): a transposed sheet is small."""
    rows = [list(row) for _, row in numbered if _filled(row) > 1]
    width = max(map(len, rows), default=0)
    return [[row[i] if i < len(row) else None for row in rows] for i in range(width)]


def _header_position(head: list[Numbered], synonyms: HeaderSynonyms) -> int:
    scores = [header_row_score(row, synonyms) for _, row in head]
    best = max(range(len(head)), key=lambda i: (scores[i], -i))
    if scores[best] <= 0:
        return 0
    # blocks each under a header of their own (one table a month, a County column from May on): the first
    # block's header heads the file even when a later one, wider, scores higher; sections.py re-maps at each
    return next(i for i in range(best + 1) if i == best or (
        scores[i] >= _NEAR_BEST * scores[best] and is_header_again(head[i][1], synonyms)))


_NEAR_BEST = 0.75


def _continues_header(header: Sequence[object], below: Sequence[object]) -> bool:
    """A second header row: words only (no dates, no numbers), some of them under blank header cells,
    as when 'Number of Workers' is merged over 'Layoff | Closure | Total'."""
    filled = [(i, cell) for i, cell in enumerate(below) if not is_blank(cell)]
    if not filled or _is_title(header):
        return False
    if any(not isinstance(cell, str) or parse_date(cell) or parse_count(cell).low is not None for _, cell in filled):
        return False
    return any(i >= len(header) or is_blank(header[i]) for i, _ in filled)


def _wraps_header(header: Sequence[object], below: Sequence[object], synonyms: HeaderSynonyms) -> bool:
    """A header wrapped onto a second line, as PDF exports print it ('Date' over 'Received', 'Employees' over
    'Affected'): words only, which together read as a header better than either line alone (a title joined
    to the header under it reads worse than that header)."""
    filled = [cell for cell in below if not is_blank(cell)]
    if _is_title(header):
        return False
    # one word wrapped under its own header cell ('Affected' under 'Employees') wraps as two do
    lone_wrap = len(filled) == 1 and all(i < len(header) and not is_blank(header[i])
                                         for i, cell in enumerate(below) if not is_blank(cell))
    if len(filled) < 2 and not lone_wrap:
        return False
    if any(not isinstance(cell, str) or parse_date(cell) or parse_count(cell).low is not None for cell in filled):
        return False
    joined = header_row_score(_two_row_names(header, below), synonyms)
    alone = header_row_score(below, synonyms)
    top = header_row_score(header, synonyms)
    if lone_wrap:  # a header word of its own ('Affected'), joined no worse: a name already whole scores no higher
        return alone > 0 and joined >= max(top, alone)
    # a second line that names fields itself ('Received | Date | Affected | Type' under 'Date | Layoff | Employees |
    # Event'), joined better than either line: header words both, though the top line alone reads well already
    return joined >= max(top, alone) + 0.5 or (alone >= _OWN_HEADER_SCORE and joined > max(top, alone))


_OWN_HEADER_SCORE = 2.0  # two fields named outright


def _is_title(row: Sequence[object]) -> bool:
    """One filled cell over a header of several ('… Notificaciones WARN / WARN Notices 2024' merged across the sheet):
    a title, not the first line of the header under it."""
    return _filled(row) < 2


def _two_row_names(top: Sequence[object], below: Sequence[object]) -> list[object]:
    """'Number of Workers' over 'Layoff', 'Closure', 'Total' -> 'Number of Workers Layoff', ... ."""
    names: list[object] = []
    owner: object = None  # the top cell spanning this column: merged cells leave the rest blank
    for i in range(max(len(top), len(below))):
        upper = top[i] if i < len(top) else None
        lower = below[i] if i < len(below) else None
        if not is_blank(upper):
            owner = upper
        elif is_blank(lower):
            owner = None
        parts = [str(part).strip() for part in (upper if not is_blank(upper) else owner, lower) if not is_blank(part)]
        if len(parts) == 2 and parts[0] == parts[1]:
            del parts[1]  # a name merged down both header rows ('연번' over its blank) names its column once
        names.append(" ".join(parts) or None)
    return names


def _kept_columns(header: Sequence[object], sample: list[Numbered]) -> list[int]:
    """Columns with a name or with data in the sample; tx.csv has 16,376 nameless empty ones."""
    width = max([len(header)] + [len(row) for _, row in sample])
    used = {i for i, cell in enumerate(header) if not is_blank(cell)}
    for _, row in sample:
        used.update(i for i, cell in enumerate(row) if i not in used and not is_blank(cell))
    return sorted(i for i in used if i < width)


def _column_names(header: Sequence[object], kept: list[int]) -> list[str]:
    names: list[str] = []
    for i in kept:
        cell = header[i] if i < len(header) else None
        name = " ".join(str(cell).split()) if not is_blank(cell) else f"column {i + 1}"
        while name in names:
            name = f"{name} ({i + 1})"
        names.append(name)
    return names


def _pick(row: Sequence[object], kept: list[int]) -> list[object]:
    size = len(row)
    return [row[i] if i < size else None for i in kept]


def _picker(kept: list[int]) -> Callable[[Sequence[object]], Sequence[object]]:
    """_pick for this table's kept columns, decided once: the row itself when every column is kept and the row
    is as wide as the table (most rows), one C getter when the row is wide enough, else _pick."""
    width = kept[-1] + 1 if kept else 0
    if kept == list(range(width)):
        def pick(row: Sequence[object]) -> Sequence[object]:
            return row if len(row) == width else _pick(row, kept)
        return pick
    if len(kept) < 2:
        return lambda row: _pick(row, kept)
    getter = itemgetter(*kept)

    def pick_kept(row: Sequence[object]) -> Sequence[object]:
        return list(getter(row)) if len(row) >= width else _pick(row, kept)
    return pick_kept


def _all_blank(row: Sequence[object]) -> bool:
    """all(is_blank(cell) for cell in row), without a call a cell (asked of every row)."""
    for cell in row:
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            return False
    return True
