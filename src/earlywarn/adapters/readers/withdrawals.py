"""Whether a cell says its notice was withdrawn by the employer (rescinded, cancelled, 철회, 취소).

A withdrawal counts only where the word is the notice's own status: a type or status cell of that word and the
notice's own words ('Closure - Cancelled', '신고 취소'), a line of a company cell that only says so ('"RESCINDED"'), a
notes cell's clause 'Notice rescinded' or 'Rescinded on 9/5/2025', a date cell 'Rescinded 3/4/2024' or 'Management
Canceled' (the mark after a company's name, which the name loses, is records.py's _STATUS_MARK, of these words). A
reason that names something else cancelled ('Contract cancelled', 'Rescinds 1/16/2024 notice', '계약 취소') is no
withdrawal. RowReader._is_withdrawn is the one place a row's withdrawal is decided.
"""

from __future__ import annotations

import re

from earlywarn.adapters.readers.headers import HeaderSynonyms

WITHDRAWN_WORDS = r"rescinded|rescission|withdrawn|cancell?ed|철회|취소"
NOTICE_WORDS = r"warn|notice|filing|layoff|closure|closing|transition|신고"
# the cheap test every notes or date cell meets first: most hold none of these letters
_ANY_WITHDRAWAL = re.compile(r"rescind|withdr|cancel|철회|취소", re.IGNORECASE)
_WITHDRAWN = re.compile(rf"\b(?:{WITHDRAWN_WORDS})\b", re.IGNORECASE)
_DAY = r"(?:\d[\d/.-]*\d|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
# a clause of a notes cell that is the notice's status: at the cell's start or after a clause's end ('.', ';', ')',
# a dash between spaces), maybe the notice's own words and 'was' before the word, maybe its day, a bracket or
# 'by the employer' after it, then the clause's end (a dash between spaces ends one too: 'Notice withdrawn - letter
# to the state'), and a bracket after a space opens one ('Report 10 (WITHDRAWN - see report 4)')
_WITHDRAWN_CLAUSE = re.compile(
    rf"(?:^|[.;:)\]\n]|\s[-–—]\s|\s(?=[(\[]))[\s\"“(\[*-]*(?:(?:{NOTICE_WORDS})\s+){{0,2}}"
    rf"(?:(?:was|is|has\s+been|been)\s+)?(?:{WITHDRAWN_WORDS})\b[\"”)\]*]*"
    rf"(?:\s*(?:(?:on|as\s+of|effective)\s+)?{_DAY})?(?:\s*\([^)]*\))?"
    rf"(?:\s+by\s+(?:the\s+)?(?:employer|company|management))?\s*(?:$|[.;,\n]|\s[-–—]\s)", re.IGNORECASE)

# a line of its own in a company cell of several lines ('Interactive⏎Response⏎"RESCINDED"⏎2989 N. Commerce…')
_WITHDRAWN_LINE = re.compile(
    rf"[\s\"“(\[*-]*(?:(?:{NOTICE_WORDS})\s+){{0,2}}(?:{WITHDRAWN_WORDS})\b[\s\"”)\].*]*"
    rf"(?:(?:on\s+)?\d[\d/.-]*)?\s*", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
_STATUS_LEXICONS = ("withdrawn", "closure", "layoff", "temporary", "permanent", "amendment", "notice")


def names_withdrawal(normalized_type: str, synonyms: HeaderSynonyms) -> bool:
    """A type or status cell saying the notice was withdrawn: 'Rescinded', 'Closure - Withdrawn', 'WARN Cancelled',
    '철회', '신고 취소'. The withdrawal word with only a notice's own words beside it (its kind, 'notice', 'WARN'): a
    reason that names something else cancelled ('Contract cancelled', '계약 취소') is no withdrawal."""
    withdrawn = synonyms.lexicon("withdrawn")
    if not withdrawn.found_in(normalized_type):
        return False
    rest = normalized_type
    for name in _STATUS_LEXICONS:
        if (pattern := synonyms.lexicon(name).pattern) is not None:
            rest = pattern.sub(" ", rest)
    return not _LETTERS.search(rest)


def names_withdrawal_line(cell: str) -> bool:
    """Whether a line after the first of a company cell of several lines is only a withdrawal mark."""
    lines = cell.splitlines()
    return len(lines) > 1 and any(_WITHDRAWN_LINE.fullmatch(line) for line in lines[1:])


def names_withdrawal_note(cell: str) -> bool:
    """Whether a notes or comments cell says, in a clause of its own, that the notice was withdrawn."""
    return bool(cell and _ANY_WITHDRAWAL.search(cell) and _WITHDRAWN_CLAUSE.search(cell))


def names_withdrawal_in_date(cell: str) -> bool:
    """Whether a date cell says the notice was withdrawn: a date column holds no reasons, so the word anywhere in
    it ('Rescinded 3/4/2024', '3/4/2024 (cancelled)', 'Management Canceled'). A cell that begins and ends with a
    digit is a date and is not searched (nearly every date cell)."""
    if not cell or (cell[0].isdigit() and cell[-1].isdigit()):
        return False
    return bool(_ANY_WITHDRAWAL.search(cell) and _WITHDRAWN.search(cell))
