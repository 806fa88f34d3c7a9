"""A crisis center's week, a second author (fresh54's round): forwarded requests, anonymous posts, local news and
notices as they reach the inbox. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the day people leave --------------------------------------------------------------------------------------------


def test_staff_lost_through_voluntary_redundancy_by_a_deadline_leave_by_that_day(classify):
    text = "Northfield Council will lose 60 of its parks staff through voluntary redundancy by the end of July, councillors heard."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 7, 31))


def test_a_sites_final_day_of_operation_is_its_closing_day(classify):
    text = "Brightline Logistics will close its Leeds depot, and 85 drivers will lose their jobs. The depot's final day of operation is May 17."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2024, 5, 17))


def test_jobs_ended_by_a_month_and_year_end_on_that_months_last_day(classify):
    text = "Calloway Pumps will move its assembly line from Dayton to Mexico, ending 150 jobs in Ohio by February 2025."
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (150, date(2025, 2, 28))


def test_a_month_and_year_without_by_is_no_day(classify):
    text = "Calloway Pumps, founded in March 1961, will lay off 150 workers in Dayton, it said."
    got = classify(text, "en", MONDAY)
    assert got.separation_date is None


def test_a_worker_told_to_come_in_only_until_month_end_leaves_then(classify):
    text = "오늘 팀장이 권고사직 얘기를 했어요. 저 포함 6명이 대상이고 이번 달까지만 나오래요. 실업급여는 어떻게 받나요?"
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2024, 3, 31))


# --- cuts the rules alone missed in English ----------------------------------------------------------------------------


def test_a_whole_shift_eliminated_at_a_plant_is_a_layoff_of_the_people_counted(classify):
    text = "Heads up - Marlow Dairy is eliminating the entire night shift at its Toledo plant, about 90 people. Their last day is Friday, March 22."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 90, date(2024, 3, 22))


def test_an_alert_of_a_shop_closing_with_all_staff_let_go_is_a_closure_on_that_day(classify):
    text = "ALERT: Pine Street Bakery (Akron) closing; all staff let go effective March 29."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 3, 29))


def test_the_number_of_jobs_it_will_cut_raised_to_a_count_is_that_count(classify):
    text = "Chipmaker Delto has raised the number of jobs it will cut to 700, up from the 450 it announced in January."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 700)


def test_a_shift_added_is_no_cut(classify):
    text = "Marlow Dairy is adding a second shift at its Toledo plant and will hire about 90 people."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- stops for a while, help asked for people still to leave ------------------------------------------------------------


def test_a_hotel_closing_for_a_months_long_renovation_with_staff_laid_off_for_it_is_a_suspension(classify):
    text = "The Lakeside Hotel in Duluth will close for a four-month renovation starting in May, and its 85 employees will be temporarily laid off."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 85)


def test_a_hotel_closing_for_good_is_still_a_closure(classify):
    text = "The Lakeside Hotel in Duluth will close for good in May, and its 85 employees will lose their jobs."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_counseling_asked_for_staff_who_leave_on_a_day_after_a_recommended_resignation_reports_their_leaving(classify):
    text = "[전달] ○○상사 인사팀 요청입니다. 권고사직으로 이달 말일자로 퇴사하는 직원 21명에 대해 재취업 상담을 부탁드린다고 합니다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 21, date(2024, 3, 31))


def test_a_job_fair_for_people_who_already_left_is_no_new_cut(classify):
    text = "고용센터는 지난해 폐업으로 실직한 근로자들을 위한 재취업 박람회를 다음 달 연다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- the count: a part of a team, a list by place after a colon ---------------------------------------------------------


def test_a_part_of_a_team_told_with_jung_e_is_the_part(classify):
    text = "오늘 팀장이 권고사직 얘기를 했어요. 우리 팀 15명 중에 6명이 대상이래요."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 6)


def test_a_cut_listed_by_town_and_state_after_a_colon_is_the_sum(classify):
    text = (
        "Appliance maker Corbin will lay off workers at three plants: 120 in Dalton, Georgia, 75 in Florence, Alabama, and "
        "40 in Tupelo, Mississippi, state filings show."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 235)


def test_a_cut_listed_by_town_after_a_colon_is_the_sum(classify):
    text = "Corbin will cut jobs at its plants: 120 in Dalton, 75 in Florence and 40 in Tupelo."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 235
