"""The cheap tests in front of the reader's costly regexes (tput15) rule out only texts the costly ones reject: each
function gives what it gave before them, and each cheap test finds something wherever its regex does."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from earlywarn.adapters.readers import headers, places, records
from earlywarn.domain import amendments

_FRAGMENTS = [
    "Acme", "Foods", " ", "  ", "\t", "\n", ",", ".", "(", ")", "-", " - ", "–", "—", "/", "#", "_", ":", "\x1f",
    "Inc.", "LLC", "Corp", "(주)", "㈜", "St. Louis", "Kansas City", "WA",
    "d/b/a", "D / B / A", "d.b.a", "D. B. A", "dba", "DBA", "Doing Business As", "t/a", "T / A", "trading as",
    "h/n/c", "Haciendo Negocios Como", "d", "t", "h", "b", "a",
    "Amended", "amendment", "REVISED", "revision", "Updated", "update", "errata", "Correction", "correction to ",
    "Update of ", "정정", "변경 신고", "수정 공고", "정", "변",
    "Page 3 of 4", "p. 2/5", "PAGE 1 / 2", "- 3 -", "-12-", "3쪽", "1 / 2 페이지", "2/3페이지", "p", "P",
    "ſ", "K", "ı", "İ", "ß", "Ｄｂａ", "ｐａｇｅ", "AbCd", "aB", "사 업 장 명", "가", "한", "é", "١٢",
]
_TEXTS = st.one_of(st.lists(st.sampled_from(_FRAGMENTS), max_size=8).map("".join), st.text(max_size=30))


def _company_key_before(name: str | None) -> str:
    """company_key as it was before its cheap tests."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    text = amendments._LEADING_CORRECTION.sub("", text)
    text = amendments._AMENDMENT_MARK.sub("", text)
    text = amendments._CORPORATE_SUFFIX.sub(" ", text)
    text = amendments._PARENTHESES.sub(" ", text)
    return " ".join(amendments._NOT_WORD.sub(" ", text.lower()).replace("_", " ").split())


def _normalize_header_before(name: str) -> str:
    text = unicodedata.normalize("NFKC", str(name))
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower().replace("#", " # ")
    return " ".join(headers._unspread(re.sub(r"[^\w#]+|_", " ", text).split()))


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_each_cheap_test_finds_something_where_its_regex_does(text):
    if records._TRADE_NAME.search(text):
        assert records._TRADE_NAME_START.search(text)
    if amendments._AMENDMENT_MARK.search(text):
        assert amendments._AMENDMENT_STEM.search(text)
    if places._PLACE_SUFFIX.fullmatch(text.strip()):
        assert places._has_dash(text)
    assert records.has_hangul(text) is bool(text and records._HANGUL.search(text))


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_company_key_and_header_names_are_what_they_were(text):
    assert amendments.company_key.__wrapped__(text) == _company_key_before(text)
    assert headers.normalize_header.__wrapped__(text) == _normalize_header_before(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TEXTS, max_size=8))
def test_a_page_footer_is_found_as_before(cells):
    class _Record:
        raw = {f"c{i}": cell.strip() for i, cell in enumerate(cells)}

    before = any(records._PAGE_NUMBER.fullmatch(value) for value in _Record.raw.values() if value)
    assert records._is_page_footer(_Record) is before


def test_the_trade_name_is_split_as_before():
    for company, dba in [("Acme Holdings LLC d/b/a Acme Foods", "Acme Foods"), ("Acme (DBA Acme Foods)", "Acme Foods"),
                         ("Acme Inc. T/A Acme Foods", "Acme Foods"), ("Dbase Holdings", None)]:
        draft = records._Draft()
        draft.company = company
        records._split_trade_name(draft)
        assert draft.dba == dba
