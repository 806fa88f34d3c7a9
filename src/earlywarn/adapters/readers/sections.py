"""A header met again below the data: a second block (another year, another page) under its own header.

Publishers append a new year's block to the same sheet under a header of its own, its columns renamed and
reordered (or.csv: 'Company Name … Notice Date' over 2025, 'Employer, City, Date Received, # Affected' over
2024). Rows under such a header are read by that header's columns, not the first one's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from earlywarn.adapters.readers.headers import HeaderSynonyms, strong_fields
from earlywarn.domain.notices import NoticeRecord

Numbered = tuple[int, Sequence[object]]
Start = Callable[[Sequence[object], list[Numbered]], Callable[[int, Sequence[object]], NoticeRecord | None]]

SECTION_SAMPLE_ROWS = 50
_FEWEST_NAMED_FIELDS = 3
_DIGIT = re.compile(r"\d")
_WIDEST_HEADER = 64


def is_header_again(row: Sequence[object], synonyms: HeaderSynonyms) -> bool:
    """Text cells only, no digit in them (a data row has a date or a count), naming three notice fields
    outright. The digit test comes first and runs in C on a CSV row of strings: it leaves out nearly every
    data row. Only the first cells are looked at: a header's names are there (tx.csv has 16,376 columns)."""
    cells = row[:_WIDEST_HEADER]
    try:
        joined = "".join(cells)  # type: ignore[arg-type]
    except TypeError:  # a number, a date or a blank (XLSX): a data row unless its filled cells are all text
        texts = [cell for cell in cells if cell is not None]
        if not all(isinstance(cell, str) for cell in texts):
            return False
        joined = "".join(texts)  # type: ignore[arg-type]
    if _DIGIT.search(joined) or not joined.strip():
        return False
    return len(strong_fields(cells, synonyms)) >= _FEWEST_NAMED_FIELDS


def sectioned_records(rows: Iterator[Numbered], normalize: Callable[[int, Sequence[object]], NoticeRecord | None],
                      start: Start, synonyms: HeaderSynonyms, is_blank_row: Callable[[Sequence[object]], bool],
                      header_lines: Sequence[Sequence[object]] = ()) -> Iterator[NoticeRecord]:
    """Rows normalised by the current header's reader; a header met again starts a reader of its own, its
    mapping inferred from the rows under it (up to the next header). The same header repeated on every
    printed page changes nothing, both lines of a wrapped one too: they are left out, neither notices
    nor rejected rows (a 200-page PDF would otherwise quarantine 199 headers)."""
    pending: list[Numbered] = []
    current = [_names(line) for line in header_lines]
    while True:
        if pending:
            number, row = pending.pop(0)
        else:
            taken = next(rows, None)
            if taken is None:
                return
            number, row = taken
        if is_blank_row(row):
            continue
        if is_header_again(row, synonyms):
            if _names(row) in current:  # the same header printed again on the next page: no row, no rejection
                continue
            current = [_names(row)]
            pending += _section_sample(rows, synonyms, is_blank_row, SECTION_SAMPLE_ROWS - len(pending))
            normalize = start(row, until_header(pending, synonyms))
            continue
        if len(current) > 1 and _names(row) in current:  # a wrapped header's second line, printed again
            continue
        record = normalize(number, row)
        if record is not None:
            yield record


def _section_sample(rows: Iterator[Numbered], synonyms, is_blank_row, size: int) -> list[Numbered]:
    sample: list[Numbered] = []
    for number, row in rows:
        if not is_blank_row(row):
            sample.append((number, row))
        if len(sample) >= size or is_header_again(row, synonyms):
            break
    return sample


def until_header(sample: list[Numbered], synonyms: HeaderSynonyms) -> list[Numbered]:
    for i, (_, row) in enumerate(sample):
        if is_header_again(row, synonyms):
            return sample[:i]
    return sample


def _names(cells: Sequence[object]) -> list[str]:
    return [" ".join(str(cell).split()).casefold() for cell in cells if cell is not None and str(cell).strip()]
