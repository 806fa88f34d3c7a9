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


# --- a revised count, and sites shut with their staff kept ------------------------------------------------------------


def test_a_cut_raised_from_one_count_to_another_reports_the_new_count(classify):
    text = "편의점 체인 D스토어가 감원 규모를 처음 밝힌 120명에서 180명으로 늘렸다. 본사 영업 인력이 주 대상이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 180)


def test_a_shop_shut_for_weeks_whose_staff_work_at_a_nearby_shop_is_no_stop(classify):
    text = ("가온마트 안양점이 식품관 확장을 위해 다음 달 4일부터 2주간 문을 닫는다. 회사는 그동안 직원들이 인근 매장에서 "
            "근무하고 급여는 그대로 받는다고 밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_shop_shut_with_a_shutdown_allowance_paid_is_still_a_stop(classify):
    text = "가온마트 안양점이 다음 달 4일부터 2주간 휴업한다. 회사는 휴업 기간 직원들에게 휴업수당을 지급한다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.SUSPENSION


def test_bank_branches_closed_with_all_staff_offered_roles_at_other_branches_are_no_closure(classify):
    text = ("The bank will shut nine branches in the spring. All 45 staff at those branches will be offered roles at "
            "other branches, the bank said.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_branches_closed_with_no_job_losses_are_no_closure_and_no_layoff(classify):
    text = "Credit union to close five branches with no job losses\nThe credit union will close five branches in June."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_closure_whose_staff_are_offered_severance_is_still_a_closure(classify):
    text = "The bank will shut nine branches in the spring, and the 45 staff at those branches will be offered severance."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_a_parcel_terminal_whose_operation_ends_at_month_end_is_a_closure(classify):
    text = "물량 조정에 따라 S택배 대구 북구 서브터미널은 이달 말일자로 운영을 종료합니다. 배송 구역은 인근 터미널로 이관됩니다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.CLOSURE


def test_a_headline_saying_no_redundancies_planned_after_a_takeover_is_no_layoff(classify):
    text = ("Cinema group buys regional rival; no redundancies planned\nAll 640 staff will move to the new owner on their "
            "current contracts.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING
