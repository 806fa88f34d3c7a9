"""Timelines and dates (fresh35's round): texts where several dates compete — notice days, application windows,
notification days, production ends, closures, amended and relative days. Sentences of our own (not the eval texts).
The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.detection.dates import find_dates
from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2025, 3, 10)


# --- the day people leave among a notice's other days ----------------------------------------------------------------


def test_a_form_with_one_field_a_line_dates_the_leaving_by_its_own_field_not_the_next(classify):
    text = (
        "특별퇴직 시행 안내\n구분 | 내용\n신청 기간 | 2025-03-17 ~ 2025-03-28\n합격자 발표 | 2025-04-04\n"
        "퇴직 일자 | 2025-04-30\n지급 기준 | 기본급 24개월분"
    )
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 4, 30))


def test_an_english_form_field_after_a_bar_dates_the_leaving(classify):
    text = "Voluntary separation programme\nWindow | March 17 - March 28\nLast day | April 30, 2025\nPayment | 20 weeks"
    assert classify(text, "en", MONDAY).separation_date == date(2025, 4, 30)


def test_a_month_and_day_with_a_dot_and_a_weekday_before_jaro_is_the_leaving_day(classify):
    text = "희망퇴직 신청은 3월 17일부터 21일까지 받으며, 대상자는 4.30(수)자로 퇴직 처리됩니다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 4, 30)


def test_a_decimal_is_no_month_and_day():
    spans = find_dates("매출이 2.5% 줄고 부채비율이 1.25배로 늘었다.", MONDAY, 60, "ko")
    assert spans == []


def test_a_weekday_in_parentheses_after_a_korean_date_keeps_the_tie_after_it(classify):
    text = "희망퇴직 신청자는 2025년 4월 30일(수)자로 퇴직한다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 4, 30)


def test_the_leaving_date_a_proposal_gives_is_the_separation_date(classify):
    text = (
        "Staff were told on Monday that the firm proposes 90 redundancies. Consultation runs until 11 April, and the "
        "proposed leaving date for those affected is 2 May 2025."
    )
    assert classify(text, "en", MONDAY).separation_date == date(2025, 5, 2)


def test_approved_applicants_leaving_no_later_than_a_day_leave_that_day(classify):
    text = (
        "The council is opening a voluntary redundancy scheme. Applications close on 28 March. Successful applicants "
        "will leave the council no later than 30 June 2025."
    )
    assert classify(text, "en", MONDAY).separation_date == date(2025, 6, 30)


def test_layoffs_a_notice_expects_to_begin_on_a_day_begin_that_day(classify):
    text = (
        "This letter is notice under the WARN Act that Pine Logistics will lay off employees at its Reno warehouse. "
        "We expect the layoffs to begin on May 12, 2025, and 140 employees will be affected."
    )
    assert classify(text, "en", MONDAY).separation_date == date(2025, 5, 12)


# --- the day of the telling is not the day of the closing --------------------------------------------------------------


def test_the_day_a_company_said_it_will_close_a_plant_is_not_the_closing_day(classify):
    text = (
        "Birch Mills to close Dayton plant\nBirch Mills said on Monday it will close its Dayton cereal plant. Most of "
        "the 230 workers will leave when the plant closes on July 31, 2025."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 7, 31))


# --- production ends, then the site closes ----------------------------------------------------------------------------


def test_production_ending_before_the_closure_gives_way_to_the_closing_day(classify):
    text = "대한섬유는 구미공장의 원사 생산을 2025년 5월 31일 종료하고, 6월 30일자로 공장을 폐쇄한다고 10일 밝혔다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 6, 30)


def test_a_production_end_alone_still_dates_the_closure(classify):
    text = "대한섬유는 구미공장의 원사 생산을 2025년 5월 31일 종료하고 공장을 폐쇄한다고 10일 밝혔다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 5, 31)


def test_english_production_ending_before_the_plant_closes_gives_way_to_the_closing_day(classify):
    text = (
        "Lakeview Foods will close its Toledo plant. Production will end on May 30, and the plant will close on "
        "June 27, 2025, when its 160 workers leave."
    )
    assert classify(text, "en", MONDAY).separation_date == date(2025, 6, 27)


def test_a_closing_by_a_months_end_told_before_a_long_clause_is_that_day(classify):
    text = "한성자동차는 4월 말까지 경기 평택 부품공장의 엔진 조립 라인 생산을 멈추고 공장을 폐쇄하기로 했다고 10일 밝혔다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 4, 30)


# --- a year's end, and sites retired ----------------------------------------------------------------------------------


def test_a_plant_retired_by_a_years_end_closes_on_its_last_day(classify):
    text = "남부발전은 석탄발전소 2호기를 2028년 말까지 폐지하고 인력 일부를 다른 사업소로 재배치한다고 밝혔다."
    assert classify(text, "ko", MONDAY).separation_date == date(2028, 12, 31)


def test_a_rule_abolished_by_a_years_end_dates_no_leaving(classify):
    text = "회사는 희망퇴직을 시행한다. 한편 연공서열 호봉제를 2026년 말까지 폐지한다."
    assert classify(text, "ko", MONDAY).separation_date is None


# --- amended days -----------------------------------------------------------------------------------------------------


def test_a_separation_date_moved_from_one_day_to_another_is_the_new_day(classify):
    text = (
        "To the 40 employees whose positions are being eliminated: your separation date has been moved from "
        "April 30 to May 30 so that the handover can finish."
    )
    assert classify(text, "en", MONDAY).separation_date == date(2025, 5, 30)


def test_a_closure_pushed_back_to_a_day_is_that_day(classify):
    text = "Harbor Clinic will close its Eastside office, affecting 25 staff. The closure was pushed back to June 13."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 6, 13)


# --- days told from the notice's own ----------------------------------------------------------------------------------


def test_two_weeks_from_friday_is_the_friday_after_next_weeks(classify):
    text = "HR just told us the whole support team is being laid off. Our last day will be two weeks from Friday."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 3, 28)


def test_sixty_days_from_the_date_of_the_notice_counts_from_the_notices_day(classify):
    text = "Management told us the Elm Street depot will close and all 70 drivers will be laid off 60 days from the date of the notice."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 5, 9)


def test_a_team_laid_off_this_friday_leaves_on_the_coming_friday(classify):
    text = "Our agency is laying off the whole design team this Friday. Nobody saw it coming."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 3, 14)


def test_a_site_shut_at_the_end_of_next_month_closes_on_its_last_day(classify):
    text = "Bay Supply will shut its warehouse in Macon at the end of next month, the company said."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 4, 30)


def test_a_hiring_window_counted_in_days_is_no_leaving_day(classify):
    text = "Applications for the new plant's 300 jobs open today and close 30 days from today."
    assert classify(text, "en", MONDAY).separation_date is None


# --- schedules of waves, and what the rules read as the event ----------------------------------------------------------


def test_a_schedule_of_phases_is_a_layoff_of_their_sum_dated_by_the_first_phase(classify):
    text = (
        "Transition schedule – Fresno billing office\nPhase 1: 35 employees (data entry) – last day May 9, 2025\n"
        "Phase 2: 20 employees (collections) – last day July 18, 2025\nThe office will keep a small team for audits."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 55, date(2025, 5, 9))


def test_a_single_phase_line_keeps_its_own_count(classify):
    text = "Phase 1: 35 employees (data entry) – last day May 9, 2025. Later phases will be announced."
    assert classify(text, "en", MONDAY).headcount == 35


def test_a_last_day_to_enroll_for_a_counted_group_is_no_layoff(classify):
    text = "Benefits reminder: 300 employees have not yet chosen a plan – last day to enroll is March 31."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_writers_whole_group_being_eliminated_is_a_layoff(classify):
    text = "Got the news this morning: our whole data team is being eliminated. Severance is two months."
    assert classify(text, "en", MONDAY).type is T.LAYOFF


def test_a_teams_budget_being_eliminated_is_no_layoff(classify):
    text = "Our team's travel budget has been eliminated for the rest of the year."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_hospital_that_stops_admitting_and_then_closes_on_a_day_is_a_closure(classify):
    text = "Riverside Hospital will stop taking new patients on April 1 and close on May 30, 2025, its board said."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 5, 30))


def test_a_layoffs_rate_in_a_labor_survey_is_a_statistic(classify):
    text = "Hires were little changed in January, the government's survey showed. The layoffs rate was 1.0%."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_funds_closed_to_new_investment_and_liquidated_are_no_closure(classify):
    text = (
        "The asset manager will merge two equity funds, and its small-cap bond fund will be closed to new investment "
        "on April 1 and liquidated on May 15."
    )
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_company_liquidated_by_its_administrators_is_still_a_closure(classify):
    text = "The retailer was liquidated on Friday and all 80 shops closed, with 600 staff losing their jobs."
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_year_after_the_half_of_is_no_count(classify):
    text = "Cole Paper will close its Dover mill in the second half of 2026 as it exits the newsprint business."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, None)


# --- days restated, notified and listed ---------------------------------------------------------------------------------


def test_a_closing_date_restated_as_now_another_day_is_the_new_day(classify):
    text = "Acme will close its Reno plant. The closing date, originally March 31, is now April 30."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 4, 30)


def test_an_update_that_the_closure_will_now_take_place_on_a_later_day_replaces_the_first(classify):
    text = "Acme will close its Reno plant on March 31. Update: the closure will now take place on April 30."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 4, 30)


def test_a_later_day_for_a_crew_that_stays_does_not_replace_the_closing_day(classify):
    text = "Acme will close its Reno plant on March 31, and a crew of 12 will stay on until May 30 to clear the site."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 3, 31)


def test_the_day_workers_were_notified_is_not_the_closing_day(classify):
    text = "Acme is closing its Reno plant. Workers were notified on March 3 and will be told their last days later."
    assert classify(text, "en", MONDAY).separation_date is None


def test_separations_occurring_between_two_days_begin_on_the_first(classify):
    text = "Acme will lay off 60 workers. Notices went out March 3; separations will occur between May 2 and May 16."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 5, 2)


def test_cuts_in_waves_listed_by_day_are_dated_by_the_first_wave(classify):
    text = "Acme will lay off 200 workers in three waves: March 31, April 30 and May 30."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 3, 31)


def test_korean_waves_each_with_a_day_and_a_count_are_dated_by_the_first(classify):
    text = "B사는 1차로 4월 30일 60명, 2차로 6월 30일 40명을 감원한다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 4, 30)


def test_a_layoff_fourteen_days_after_the_notice_counts_from_the_notices_day(classify):
    text = "All 30 staff of the depot will be laid off 14 days after the notice, the union said."
    assert classify(text, "en", MONDAY).separation_date == date(2025, 3, 24)


def test_the_day_a_korean_story_tells_of_a_counted_cut_is_not_its_leaving_day(classify):
    text = "한국전자는 10일 300명을 감원한다고 밝혔다."
    assert classify(text, "ko", MONDAY).separation_date is None
