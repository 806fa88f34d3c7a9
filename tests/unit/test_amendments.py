from datetime import date

from earlywarn.domain.amendments import company_key, is_republication, site_key
from earlywarn.domain.notices import NoticeKind, NoticeRecord


def notice(company, city="Springfield", notice_date=date(2022, 3, 1), jobs="10", **extra):
    return NoticeRecord(source="s", kind=NoticeKind.TABULAR, company=company, city=city, notice_date=notice_date,
                        raw={"company": company, "jobs": jobs}, **extra)


def test_company_keys_ignore_suffixes_punctuation_and_revision_marks():
    assert company_key("DFA Dairy Brands, LLC-Revised (9/15/21)") == company_key("DFA Dairy Brands LLC")
    assert company_key("Acme, Inc.") == company_key("ACME Corp")
    assert company_key("(주)타타대우상용차") == company_key("타타대우상용차 주식회사") == "타타대우상용차"


def test_a_company_named_like_a_revision_keeps_its_name():
    assert company_key("Revision Military") == "revision military"


def test_site_key_combines_company_and_place():
    assert site_key(notice("Acme Inc", city="Springfield")) != site_key(notice("Acme Inc", city="Shelbyville"))


def test_a_changed_notice_for_the_same_site_within_the_window_is_a_republication():
    old = notice("Acme Inc", jobs="100")
    new = notice("Acme, Inc. - Amended", notice_date=date(2022, 3, 20), jobs="140")
    assert is_republication(new, old)


def test_an_identical_row_is_a_duplicate_not_a_republication():
    assert not is_republication(notice("Acme Inc"), notice("Acme Inc"))


def test_notices_far_apart_in_time_are_separate_events():
    old = notice("Acme Inc", jobs="100")
    assert not is_republication(notice("Acme Inc", notice_date=date(2022, 9, 1), jobs="50"), old)
    assert is_republication(notice("Acme Inc", notice_date=date(2022, 4, 10), jobs="50"), old, window_days=60)
