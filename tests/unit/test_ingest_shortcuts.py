"""The per-row shortcuts of ingest (tput10) give what the plain code gives: the reader's and the SQLite date binding."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from earlywarn.adapters.readers import records
from earlywarn.adapters.readers.records import _clean_text, clean_text

_CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["N/A", " none ", "*Acme*", "Acme  Foods\n LLC", "-", "미상", "", "   "]),
    st.text(min_size=195, max_size=260),  # both sides of the cached length
)


@settings(max_examples=300, deadline=None)
@given(_CELLS)
def test_clean_text_remembered_is_clean_text(cell):
    assert clean_text(cell) == _clean_text(cell)
    assert clean_text(cell) == _clean_text(cell)  # a second call: from the cache


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "x", "Acme", " "]), min_size=0, max_size=8))
def test_a_heading_row_is_a_row_of_one_filled_cell(values):
    class _Record:
        raw = {f"c{i}": v for i, v in enumerate(values)}

    reader = object.__new__(records.RowReader)
    object.__setattr__(reader, "headers", [f"c{i}" for i in range(len(values))])
    expected = len(values) >= 4 and sum(1 for v in values if v) == 1
    assert reader._is_heading_row(_Record) is expected


def test_an_amendment_in_the_company_name_is_found_once_and_remembered():
    from earlywarn.adapters.readers.headers import ValueLexicon, normalize_header
    import re

    class _Synonyms:
        values = {"amendment": ValueLexicon(re.compile(r"\b(?:amended|revised)\b"))}

        def lexicon(self, name):
            return self.values.get(name, ValueLexicon(None))

    reader = object.__new__(records.RowReader)
    object.__setattr__(reader, "synonyms", _Synonyms())
    for name in ["Acme Foods - Revised", "Acme Foods", "AcmeRevised Inc", "Acme Foods - Revised"] * 2:
        expected = _Synonyms().lexicon("amendment").found_in(normalize_header(name))
        assert reader._names_amendment(name) is expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.dates(), st.datetimes()))
def test_a_date_bound_for_sqlite_is_the_text_sqlalchemy_writes(value):
    from sqlalchemy.dialects import sqlite

    from earlywarn.adapters.db.orm import NoticeRow
    from earlywarn.adapters.db.unit_of_work import _processor

    table, dialect = NoticeRow.__table__, sqlite.dialect()
    fast = _processor(dialect, table, "notice_date")
    slow = table.c.notice_date.type._cached_bind_processor(dialect)
    assert fast is not slow  # the shortcut is in use
    assert fast(value) == slow(value)
