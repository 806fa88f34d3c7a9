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


_READER_FIXTURES = __import__("pathlib").Path(__file__).parents[1] / "fixtures" / "readers"
_TRICKY_CSV = (
    "Company,Address,City,County,State,Notice Date,Received,Effective,Jobs,Type,Closure,Temporary,Notes\n"
    "\"Acme Holdings LLC d/b/a Acme Foods\",1 Main St,\"Seattle, King County\",,WA,2024-03-01,,2024-05-01,10-20,"
    "Closure Temporary,yes,no,\n"
    "\"Acme Foods - Revised\",,Tacoma,,WA,,,,,Amendment,,,\n"
    "\"Multi Line Co\n12 Side Rd\nAustin TX\",,,,TX,,3/4/2025,,~50,Layoff Permanent,,,\n"
    "(주)타타대우,군산,,,전북,2023.01.05,,,1.5,정리해고,,,\n"
    "Total,,,,,,,,300,,,,\n"
    "Fairway,,,,,,,,,,,,notice 2019\n"
    "Gone Corp,,,,NY,1887-01-01,,2099-01-01,999999,,maybe,,\n"
    "N/A,,,,,,,,,,,,\n"
)


def _validated_record(record):
    """The record as the reader built it before tput11: the validating constructor, then each field set on it."""
    from earlywarn.domain.notices import NoticeKind, NoticeRecord

    given = ("source", "kind", "position", "raw")
    built = NoticeRecord(source=record.source, kind=NoticeKind.TABULAR, position=record.position, raw=record.raw)
    for name in record.model_fields_set - set(given):
        setattr(built, name, getattr(record, name))
    return built


def test_a_row_built_without_validation_is_the_validated_record():
    import yaml

    from earlywarn.adapters.readers import load_header_synonyms, read_path, read_bytes
    from earlywarn.domain.notices import NoticeRecord

    config = _READER_FIXTURES.parents[2] / "config" / "headers.yaml"
    synonyms = load_header_synonyms(yaml.safe_load(config.read_text(encoding="utf-8")))
    reads = [read_bytes(_TRICKY_CSV.encode(), "tricky.csv", "tricky", synonyms=synonyms)]
    for path in sorted([*_READER_FIXTURES.glob("*"), *(_READER_FIXTURES / "unseen_states").glob("*")]):
        if path.is_file() and not path.name.endswith(".expect.json"):
            reads.append(read_path(path, path.stem, synonyms=synonyms))
    checked = 0
    for read in reads:
        for record in read.items:
            if not isinstance(record, NoticeRecord) or record.kind != "tabular":
                continue
            validated = _validated_record(record)
            assert record == validated
            assert all(type(key) is str and type(value) is str for key, value in record.raw.items())
            assert list(record.__dict__) == list(validated.__dict__)
            assert record.model_fields_set == validated.model_fields_set
            assert record.model_dump_json() == validated.model_dump_json()
            assert record.__pydantic_extra__ == validated.__pydantic_extra__
            assert record.__pydantic_private__ == validated.__pydantic_private__
            for name, value in record.__dict__.items():
                assert type(value) is type(validated.__dict__[name]), name
            checked += 1
    assert checked > 100


_TABLE_CELLS = st.one_of(st.none(), st.text(max_size=4), st.sampled_from(["", " ", "\t", "x"]), st.integers(), st.floats())


@settings(max_examples=300, deadline=None)
@given(st.lists(_TABLE_CELLS, max_size=8))
def test_a_blank_row_is_a_row_of_blank_cells(row):
    from earlywarn.adapters.readers.tabular import _all_blank, is_blank

    assert _all_blank(row) is all(is_blank(cell) for cell in row)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 7), max_size=8, unique=True), st.lists(_TABLE_CELLS, max_size=10))
def test_a_table_picks_its_kept_columns_as_pick_does(kept, row):
    from earlywarn.adapters.readers.tabular import _pick, _picker

    kept = sorted(kept)
    assert list(_picker(kept)(row)) == _pick(row, kept)
    assert list(_picker(list(range(len(row))))(row)) == _pick(row, list(range(len(row))))
