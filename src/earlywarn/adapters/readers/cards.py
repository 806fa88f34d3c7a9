"""Key/value cards: one notice per block of 'label | value' lines, as people keep a tracker by hand.

    Report #5 - UPDATE            [카드 3]                 CARD 04
    Employer,Hoosier Axle Corp.   사업장명 | 마산항운      Employer:      Sandusky Bay Logistics LLC
    Date of notice,2/10/25        통보일   | 1월 23일(목)  Notice date:   01/29/2025
    No. affected,420              대상 인원 | 75명          Affected:      210

A card is a run of lines, each a label and its value (maybe a comment beside it), between blank lines, separator
lines and one-cell headings. Cards become the rows of a table whose header is their labels, so the labels are
matched with the header synonyms, and amendments, withdrawals and counts are read as in any table. A card's heading
('Report #5 - UPDATE', '[카드 11] 부산신발산업 철회') is kept in a column of its own: it may say what the card is. A block
naming no company (a weekly roundup, a to-do list, phone numbers) is no notice and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from earlywarn.adapters.readers.headers import HeaderSynonyms, best_field

_STRONG = 0.7  # a label naming a field by a synonym (headers.py's keyword score is 0.7: a keyword is not enough)
_FEWEST_CARD_FIELDS = 3  # a card names its company, a date and a count at least: fewer is a note
_WIDEST_CARD_LINE = 3  # label, value, comment
HEADING_COLUMN = "note"  # a note column: searched for a withdrawal ('Report #9 - WITHDRAWN'), no field
_TEXT_LABEL = re.compile(r"^\s*([^\s:][^:]{0,40}?)\s*:\s*(.*?)\s*$")
_BULLET = re.compile(r"\s*[-*•]")


def is_card_start(rows: Sequence[Sequence[object]], synonyms: HeaderSynonyms) -> bool:
    """Whether rows hold a card: label lines in a run naming a company and at least two more fields, each line a
    label and a value, at most half of them with a comment beside. A table's rows are wider; a transposed sheet of
    two notices carries a second value on every line (tabular.py reads it across)."""
    run: list[str] = []
    beside = 0  # the run's lines with a third cell: a comment now and then, or a second notice's values throughout
    for row in rows:
        line = _card_line(row) or (_empty_field_line(row, synonyms) if run else None)
        if line is None:
            run, beside = [], 0
            continue
        run.append(line[0])
        beside += _has_third_cell(row)
        if _names_a_card(run, synonyms) and 2 * beside <= len(run):
            return True
    return False


def card_table(rows: Sequence[Sequence[object]], synonyms: HeaderSynonyms) -> list[list[object]] | None:
    """The cards as a table: the one-cell lines above the first card (titles: the year of dates written without
    one), a header of every label in the order met, then a row per card. None when no card names a company."""
    titles: list[list[object]] = []
    cards: list[tuple[object, list[tuple[str, object]]]] = []
    heading: object = None
    run: list[tuple[str, object]] = []

    def close_run() -> None:
        nonlocal run
        if _names_a_card([label for label, _ in run], synonyms):
            if not cards and titles and titles[-1][0] is heading:
                titles.pop()  # the first card's heading ('[카드 1]') is no title of the file
            cards.append((heading, run))
        run = []

    for row in rows:
        line = _card_line(row) or (_empty_field_line(row, synonyms) if run else None)
        if line is not None and any(label == line[0] for label, _ in run):
            close_run()  # a label met again: the next card, with no blank line or heading between
            heading = None
        if line is not None:
            run.append(line)
            continue
        close_run()
        filled = [cell for cell in row if _has_text(cell)]
        heading = filled[0] if len(filled) == 1 and not _is_rule(filled[0]) else None
        if not cards and heading is not None:
            titles.append([heading])
    close_run()
    if not cards:
        return None
    labels: list[str] = []
    for _, card in cards:
        labels.extend(label for label, _ in card if label not in labels)
    header: list[object] = [HEADING_COLUMN, *labels]
    table: list[list[object]] = [*titles, header]
    for card_heading, card in cards:
        values = dict(card)  # no label twice: a label met again began the next card
        table.append([card_heading, *(values.get(label) for label in labels)])
    return table


def text_card_rows(text: str) -> list[list[object]]:
    """A text's lines as rows: 'Label:   value' as a label and its value, any other line as one cell."""
    rows: list[list[object]] = []
    for line in text.splitlines():
        found = _TEXT_LABEL.match(line)
        if found and not _BULLET.match(line):  # '  - call the county: heard a rumor' is a to-do, no label
            rows.append([found.group(1), found.group(2) or None])
        else:
            rows.append([line.strip()] if line.strip() else [])
    return rows


def _card_line(row: Sequence[object]) -> tuple[str, object] | None:
    """(label, value) of a card's line: a text label in the first cell, a value beside it, nothing past a comment
    (a comment beside the value is not read: 'range is in the WARN letter')."""
    filled = [i for i, cell in enumerate(row) if _has_text(cell)]
    if not filled or filled[0] != 0 or filled[-1] >= _WIDEST_CARD_LINE or not isinstance(row[0], str):
        return None
    if len(filled) == 1:
        return None  # a heading, a title, a rule (a field's label left empty: _empty_field_line)
    return " ".join(row[0].split()), row[1]


def _empty_field_line(row: Sequence[object], synonyms: HeaderSynonyms) -> tuple[str, object] | None:
    """A card's line whose value was left empty ('First layoffs,,'): a label naming a field, alone in its line."""
    if len(row) and isinstance(row[0], str) and not any(_has_text(cell) for cell in row[1:]):
        label = " ".join(row[0].split())
        if _strong_field(label, synonyms):
            return label, None
    return None


def _names_a_card(labels: list[str], synonyms: HeaderSynonyms) -> bool:
    fields = [field for field in (_strong_field(label, synonyms) for label in labels) if field]
    return "company" in fields and len(set(fields)) >= _FEWEST_CARD_FIELDS


def _strong_field(label: str, synonyms: HeaderSynonyms) -> str | None:
    score, field_name = best_field(label, synonyms)
    return field_name if score >= _STRONG else None


def _has_third_cell(row: Sequence[object]) -> bool:
    return len(row) >= _WIDEST_CARD_LINE and _has_text(row[_WIDEST_CARD_LINE - 1])


def _has_text(cell: object) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _is_rule(cell: object) -> bool:
    """A separator line ('-----', '=====', '*****'): no letters or digits."""
    return isinstance(cell, str) and not any(ch.isalnum() for ch in cell)
