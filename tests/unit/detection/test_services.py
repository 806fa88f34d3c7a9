"""Retail, hospitality, logistics and services (fresh38's round): store and hotel closures, chain collapses, fulfilment
and call centres, parcel terminals. A cut told site by site is one cut, its sum, even where the kind of staff stands
between a site and its count or the second count drops its noun; a gym chain's clubs are sites it closes; a reopening
only hoped for vetoes nothing. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- counts told site by site --------------------------------------------------------------------------------------


def test_two_depots_with_the_kind_of_staff_before_each_count_are_one_sum(classify):
    text = ("배송업체 K익스프레스가 오산센터와 김해센터를 4월 말 폐쇄한다. 오산센터 계약직 120명과 김해센터 계약직 64명은 "
            "계약 만료로 일자리를 잃는다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 184)


def test_two_stores_listed_with_their_employees_are_one_sum(classify):
    text = "한결마트가 부평점과 동래점을 닫는다. 부평점 직원 48명, 동래점 직원 37명이 희망퇴직 대상이다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 85


def test_a_cut_at_one_named_site_and_a_bare_count_at_another_is_one_sum(classify):
    text = ("Northgate Support will eliminate 260 agent jobs at its Leeds site and 140 at its Glasgow centre after "
            "a bank took its customer service in-house.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 400)


def test_a_year_after_and_is_no_second_count(classify):
    text = "The retailer laid off 90 workers in Denver and 2021 in review was a hard year for the chain."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 90


# --- a chain's sites and a reopening only hoped for -------------------------------------------------------------------


def test_administrators_closing_all_of_a_gym_chains_clubs_report_a_closure(classify):
    text = ("Administrators to fitness chain PulseFit closed all 31 of its clubs and made 610 staff redundant, saying "
            "there was no realistic prospect of reopening.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 610)


def test_a_pub_group_that_shut_its_pubs_with_no_route_to_reopening_reports_a_closure(classify):
    text = "The pub group shut its 14 pubs and cut 230 jobs, with no route to reopening after the lender pulled out."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_a_club_that_will_reopen_after_a_refit_is_still_no_closure(classify):
    text = "The gym chain will close its Bristol club for a month-long refit and reopen it in May, with staff paid throughout."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING
