"""A withdrawn official notice (rescinded, cancelled, 철회) is no live restructuring: its detection says it was
withdrawn and keeps what the notice named, so that staff see what was withdrawn."""

from datetime import date

from earlywarn.domain.detection import detect
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RestructuringType

TODAY = date(2024, 6, 1)


def _row(**fields) -> NoticeRecord:
    return NoticeRecord(source="warn-nj", kind=NoticeKind.TABULAR, position="row 4", raw={"Company": "x"}, **fields)


def test_a_withdrawn_filing_is_not_a_restructuring_and_says_it_was_withdrawn(rules, directory):
    found = detect(_row(company="Raritan Bay Seafood Co.", jobs=41, is_closure=True, region="NJ",
                        effective_date=date(2024, 3, 18), is_withdrawn=True), rules, directory, today=TODAY)
    assert found.is_restructuring is False
    assert found.signals == ["warn_withdrawn"]
    assert ("is_withdrawn", "true") in [(e.field, e.text) for e in found.evidence]


def test_a_withdrawn_filing_keeps_the_type_company_count_and_date_it_named(rules, directory):
    found = detect(_row(company="Raritan Bay Seafood Co.", jobs=41, is_closure=True, region="NJ",
                        effective_date=date(2024, 3, 18), is_withdrawn=True), rules, directory, today=TODAY)
    assert (found.type, found.company_raw, found.headcount, found.separation_date, found.jurisdiction) == (
        RestructuringType.CLOSURE, "Raritan Bay Seafood Co.", 41, date(2024, 3, 18), "US")
    assert found.company  # resolved as for any filing: the response finds the case of its company


def test_a_korean_filing_withdrawn_keeps_its_named_type(rules, directory):
    found = detect(_row(company="(주)한빛정밀", jobs=120, notice_type="희망퇴직", region="경기", is_withdrawn=True),
                   rules, directory, today=TODAY)
    assert not found.is_restructuring and found.type is RestructuringType.VOLUNTARY_RETIREMENT
    assert found.jurisdiction == "KR"


def test_a_filing_not_withdrawn_is_a_restructuring_as_before(rules, directory):
    for withdrawn in (None, False):
        found = detect(_row(company="Raritan Bay Seafood Co.", jobs=41, is_withdrawn=withdrawn), rules, directory,
                       today=TODAY)
        assert found.is_restructuring and found.signals == ["warn_filing"]
        assert "is_withdrawn" not in [e.field for e in found.evidence]
