"""The cell rules of readers/withdrawals.py, each on its own: which cells say their notice was withdrawn."""

import pytest

from earlywarn.adapters.readers.withdrawals import (names_withdrawal, names_withdrawal_in_date, names_withdrawal_line,
                                                    names_withdrawal_note)
from earlywarn.adapters.readers.headers import normalize_header


@pytest.mark.parametrize(("cell", "withdrawn"), [
    ('Interactive\nResponse\n"RESCINDED"\n2989 N. Commerce Parkway', True),
    ("Acme Co\nNotice rescinded on 5/2/2024", True),
    ("Acme Co\n12 Cancelled Road", False),
    ("Rescinded", False),  # one line: the company's name, not a line of its own
])
def test_a_company_cell_line_counts_only_when_it_is_the_mark_alone(cell, withdrawn):
    assert names_withdrawal_line(cell) is withdrawn


@pytest.mark.parametrize(("cell", "withdrawn"), [
    ("Rescinded", True), ("Closure - Cancelled", True), ("신고 취소", True),
    ("Contract cancelled", False), ("계약 취소", False), ("Closure Permanent", False),
])
def test_a_status_cell_counts_only_with_the_notices_own_words_beside_the_withdrawal(synonyms, cell, withdrawn):
    assert names_withdrawal(normalize_header(cell), synonyms) is withdrawn


@pytest.mark.parametrize(("cell", "withdrawn"), [
    ("Rescinded 3/4/2024", True), ("3/4/2024 (cancelled)", True), ("Management Canceled", True),
    ("3/4/2024", False), ("March 4, 2024", False), ("TBD", False), ("", False),
])
def test_a_date_cell_holding_the_word_anywhere_is_a_withdrawal(cell, withdrawn):
    assert names_withdrawal_in_date(cell) is withdrawn


@pytest.mark.parametrize(("cell", "withdrawn"), [
    ("Notice rescinded", True), ("Plant sold. Layoff cancelled.", True), ("Rescinded on 9/5/2025", True),
    ("Contract cancelled", False), ("Rescinds 1/16/2024 notice", False), ("Partially rescinded", False),
    ("Notice of 1/11/2024 rescinded - contract renewed", False),  # the notice's status column says so, not this
])
def test_a_notes_cell_counts_only_when_a_clause_of_its_own_says_so(cell, withdrawn):
    assert names_withdrawal_note(cell) is withdrawn
