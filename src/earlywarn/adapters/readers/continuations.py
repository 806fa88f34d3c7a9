"""Rows that only continue the row above: a company name wrapped onto a second line of its own.

PDF exports and fixed-width reports print a long name over two lines, and converted to a table the second
line becomes a row holding only the rest of the name (sometimes a second address line beside it). Read
as a row it is no notice; read with the row above it completes that notice's company.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from earlywarn.adapters.readers.headers import HeaderMapping
from earlywarn.adapters.readers.records import is_totals_text
from earlywarn.domain.notices import NoticeRecord

_ROW_NUMBER = re.compile(r"(?:page (\d+) )?row (\d+)$")
_DIGIT = re.compile(r"\d")


def joined_continuations(records: Iterator[NoticeRecord], mapping: HeaderMapping) -> Iterator[NoticeRecord]:
    """Each record, with a next-row continuation folded into it rather than yielded on its own."""
    name_columns = frozenset(mapping.columns_for("company") + mapping.columns_for("location"))
    if not mapping.columns_for("company"):
        yield from records
        return
    held: NoticeRecord | None = None
    for record in records:
        if held is not None and _continues(held, record) and _only_in(record, name_columns):
            held.company = f"{held.company} {record.company}"
            if record.location:
                held.location = f"{held.location}, {record.location}" if held.location else record.location
            held.flags.append(f"continued_on:{record.position}")
            continue
        if held is not None:
            yield held
        held = record
    if held is not None:
        yield held


def _only_in(row: NoticeRecord, columns: frozenset[str]) -> bool:
    """Whether the row fills the name (and address) cells only: an amendment row beside its city, a document's
    link or a notes cell is a row of its own."""
    return all(column in columns for column, value in row.raw.items() if value)


def _continues(above: NoticeRecord, row: NoticeRecord) -> bool:
    """The very next row, with a company cell and nothing a notice has of its own (no date, count or type),
    below a row that is a notice. Section headings are kept out: they are in capitals or numbered
    ('NORTHEAST REGION', 'Region 2'), and come after a blank or a subtotal row, not straight under a notice."""
    # most rows are dated or counted: the cheap tests first, each row is asked
    if row.notice_date or row.effective_date or row.received_date or row.jobs is not None or row.notice_type:
        return False
    if not (row.company and above.company and _next_row(above.position, row.position)):
        return False
    if row.is_amendment or row.is_withdrawn or row.flags:  # '… -Revised', '… (Rescinded)' below its notice; a name
        # taken from a document's file name
        return False
    if not (above.notice_date or above.effective_date or above.jobs is not None):
        return False
    # a 'Total' row whose sum is a formula with no value saved (openpyxl reads None) sums, it does not continue
    return (not _DIGIT.search(row.company) and not row.company.isupper() and not is_totals_text(row.company)
            and not _TO_DO.match(row.company))


# a to-do line kept in the company column under a notice ('TODO ask the press office re …'): a note, no name's rest
_TO_DO = re.compile(r"\s*(?:to\s*-?\s*do|할\s*일)\b", re.IGNORECASE)


def _next_row(above: str, below: str) -> bool:
    """'row 7' after 'row 6'; in a PDF 'page 2 row 7' after 'page 2 row 6', and a page's first row after the
    last row read on the page before (a name wrapped over a page break)."""
    upper, lower = _ROW_NUMBER.search(above or ""), _ROW_NUMBER.search(below or "")
    if not (upper and lower):
        return False
    if upper.group(1) == lower.group(1):  # the same page, or no pages
        return int(lower.group(2)) == int(upper.group(2)) + 1
    turned = upper.group(1) and lower.group(1) and int(lower.group(1)) == int(upper.group(1)) + 1
    return bool(turned) and lower.group(2) == "1"


def joined_site_rows(records: Iterator[NoticeRecord], mapping: HeaderMapping) -> Iterator[NoticeRecord]:
    """Each record, with the rows that only add a site to it folded in (California's detailed report).

    A notice of several sites is printed as its first row (company, dates, the first site and its count) and one row
    a further site under it: company and notice date blank, the site's address, effective date and count given.
    Read as rows they are notices with no company; read with the rows above they are one notice whose jobs is the
    sum of its sites' counts and whose effective date is the earliest of theirs."""
    dated = mapping.columns_for("notice_date") or mapping.columns_for("received_date")
    if not mapping.columns_for("company") or not dated:
        yield from records
        return
    held: NoticeRecord | None = None
    last = ""  # the position of the last row folded into `held` (or held's own)
    for record in records:
        if held is not None and _adds_a_site(held, record) and _next_row(last, record.position):
            held.jobs += record.jobs
            if record.effective_date and (held.effective_date is None or record.effective_date < held.effective_date):
                held.effective_date = record.effective_date
            held.flags.append(f"site_row:{record.position}")
            last = record.position
            continue
        if held is not None:
            yield held
        held, last = record, record.position
    if held is not None:
        yield held


def _adds_a_site(notice: NoticeRecord, row: NoticeRecord) -> bool:
    """A row with a site and a count of its own but no company and none of a notice's own dates, under a notice that
    has its company, a notice date and a count."""
    return (not row.company and row.jobs is not None and bool(row.location or row.city)
            and not (row.notice_date or row.received_date or (row.notice_type and not notice.notice_type))
            and bool(notice.company) and notice.notice_date is not None and notice.jobs is not None)
