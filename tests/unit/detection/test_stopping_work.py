"""Stopping work without ending jobs, and what only looks like it (fresh52's round): 휴업, 휴직, idled lines, temporary
layoffs and furloughs, and the furloughs that became layoffs or closures. Sentences of our own (not the eval texts). The
rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


def test_a_business_that_ceased_trading_today_closed_on_the_notices_day(classify):
    text = "Retailer Homewise, in administration since Jan. 15, ceased trading today with 1,100 staff losing their jobs."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 1100, MONDAY)


# --- a stop that became an end -----------------------------------------------------------------------------------------


def test_a_hotel_that_had_been_idle_and_now_closes_for_good_is_a_closure(classify):
    text = "작년 여름부터 휴업 중이던 강릉의 바다호텔이 끝내 폐업한다. 남은 직원 60명은 다음 달 말 퇴직한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 60)


def test_furloughed_staff_now_permanently_laid_off_are_a_layoff(classify):
    text = (
        "Bluewave Ferries, which furloughed most of its terminal staff in January, said 300 of those furloughed employees "
        "will be permanently laid off effective May 31."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_furlough_told_with_its_cause_is_still_a_suspension(classify):
    text = "Harmon Steel will furlough 400 workers for six weeks after a customer closed its plant."
    got = classify(text, "en", MONDAY)
    assert got.type is T.SUSPENSION


def test_branches_stopped_for_a_while_with_staff_on_unpaid_leave_are_a_suspension(classify):
    text = "볼링장 체인 스트라이크원이 매장 12곳의 영업을 임시 중단한다. 직원 200명은 이달부터 돌아가며 무급휴직에 들어간다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 200)


def test_a_share_of_the_staff_an_employer_is_said_to_have_is_a_count(classify):
    text = "A restaurant group with 2,000 staff has furloughed 40% of them while its dining rooms stay shut."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 800)


def test_a_wafer_fab_closed_with_jobs_lost_is_a_closure(classify):
    text = (
        "Norvale Semiconductor will close its older 150mm wafer fab in Texas by the end of March, with the loss of 210 "
        "jobs."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 210)


def test_a_countrys_furlough_figures_in_millions_are_statistics(classify):
    text = "Treasury figures show 1.9 million jobs were still on furlough at the end of May, down from 2.4 million in April."
    got = classify(text, "en", MONDAY)
    assert got.is_restructuring is False


def test_staff_on_leave_for_the_span_of_a_parks_closing_are_a_suspension(classify):
    text = "테마파크 해오름랜드가 휴장 기간을 다음 달 말까지 늘렸다. 해오름랜드는 직원 250여명이 휴장 기간 휴직에 들어간다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 250)
