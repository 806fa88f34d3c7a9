"""Employers beyond the news (fresh24's round): hospitals, care homes, universities, franchises, call centres, local
papers and public agencies, told in their own channels. Dates named by a relative year or a half-year,
"this Friday", a last day of trading; a share of the workforce named as it is now; people a closure leaves without
work; restructurings whose form is still open; hard negatives (storm closures, closure statistics, metaphors, a
reopening). Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 4, 9)  # a Wednesday


# --- separation dates -----------------------------------------------------------------------------------------------


def test_a_last_day_given_in_next_year_is_dated_in_next_year(classify):
    text = "○○병원은 행정직 희망퇴직을 받는다고 9일 밝혔다. 대상자 20명의 퇴직일은 내년 3월 31일이다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2026, 3, 31))


def test_a_dismissal_day_given_in_next_year_is_dated_in_next_year_even_when_the_month_is_still_ahead(classify):
    text = "○○제과는 생산직 60명을 경영상 이유로 해고하기로 했다. 해고 예정일은 내년 5월 10일이다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2026, 5, 10)


def test_a_plant_wound_up_by_the_end_of_next_years_first_half_closes_on_june_30(classify):
    text = "○○식품은 생산 설비를 해외 공장으로 옮기고 김해공장을 내년 상반기 말까지 순차적으로 정리한다. 생산직 90명이 일자리를 잃는다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 90, date(2026, 6, 30))


def test_stores_closed_by_the_end_of_this_years_second_half_close_on_december_31(classify):
    text = "○○마트는 지방 점포 5곳을 올 하반기 말까지 폐점하기로 했다. 직원 140명은 다른 점포로 옮긴다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 12, 31))


def test_cutting_staff_at_the_end_of_this_month_dates_the_cut_to_the_months_last_day(classify):
    text = "○○택배는 분류센터 단기 계약직 70명을 이달 말 감원한다고 밝혔다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 4, 30))


def test_the_last_day_of_business_before_ending_operations_is_the_closing_day(classify):
    text = "○○서점은 6월 30일 영업을 끝으로 본점 운영을 종료하고, 직원 25명은 모두 회사를 떠난다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 6, 30)


def test_a_final_day_of_trading_on_a_day_dates_the_closure(classify):
    text = "A building society will close nine branches; their final day of trading will be 20 June, and 31 staff will be made redundant."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 6, 20))


def test_branches_that_have_their_final_day_of_trading_on_a_weekday_and_date_are_dated_that_day(classify):
    text = "The bank will close six branches. They will have their final day of trading on Thursday, 12 June."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 6, 12)


def test_a_separation_date_for_a_group_of_participants_is_the_separation_date(classify):
    text = ("The hospital's voluntary separation program is open to eligible staff.\n"
            "Separation date for accepted applicants: Monday, June 2, 2025.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 6, 2))


def test_departures_that_take_effect_by_a_day_are_dated_that_day(classify):
    text = "The state agency will offer voluntary departure packages, aiming for 250 departures, to take effect by September 30."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 250, date(2025, 9, 30))


def test_a_plant_that_stops_by_the_end_of_a_calendar_quarter_is_dated_to_the_quarters_last_day(classify):
    text = "Millbrook Foods will close its cannery, cutting 310 jobs. The plant is expected to stop operating by the end of the second quarter."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 6, 30))


def test_a_last_working_day_this_friday_is_the_coming_friday(classify):
    text = "Staff at the contact centre were told their last working day will be this Friday as 120 agents are laid off."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 4, 11)


# --- headcounts -----------------------------------------------------------------------------------------------------


def test_a_share_cut_from_a_workforce_named_as_it_is_now_is_the_headcount(classify):
    text = "○○신문은 현재 60명인 취재기자를 4분의 1 줄이겠다고 노조에 통보했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 15)


def test_reporters_are_not_a_comeback_that_vetoes_their_cut(classify):
    text = "○○일보는 취재기자 12명을 이달 말 감원한다."
    assert (classify(text, "ko", NOTICE_DAY).type, classify(text, "ko", NOTICE_DAY).headcount) == (T.LAYOFF, 12)


def test_a_workforce_cut_to_a_share_is_not_cut_by_that_share(classify):
    text = "○○신문은 현재 60명인 취재기자를 4분의 1로 줄이겠다고 노조에 통보했다."
    assert classify(text, "ko", NOTICE_DAY).headcount != 15


def test_the_staff_left_after_buyouts_are_not_the_people_who_took_them(classify):
    text = ("Twelve reporters at the Valley Sentinel have taken buyouts, leaving the newsroom with fewer than 30 journalists. "
            "Their last day is May 2.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 12)


def test_a_share_of_staff_made_redundant_is_a_layoff_of_that_share(classify):
    text = "A regional theatre company is to make a third of its 90 backstage staff redundant after losing its arts council grant."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


# --- what happened ----------------------------------------------------------------------------------------------------


def test_sites_closed_as_all_of_them_leaving_people_without_jobs_is_a_closure(classify):
    text = ("The operator of 14 pizza restaurants closed all of them on Sunday without warning, leaving roughly 300 workers "
            "without jobs.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 300, date(2025, 4, 6))


def test_closing_all_of_them_is_no_closure_when_them_are_not_sites(classify):
    text = "She had four credit cards with high fees and closed all of them last month."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_people_left_without_work_by_a_company_are_a_layoff(classify):
    text = "The collapse of the staffing agency left 85 warehouse workers without work overnight."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_care_home_that_is_to_close_is_a_closure_even_with_its_staff_at_risk_of_redundancy(classify):
    text = "A nursing home in Cumbria is to close on 30 June. All 38 staff are at risk of redundancy."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 38, date(2025, 6, 30))


def test_a_hospital_ward_that_will_close_is_a_closure(classify):
    text = "The county hospital's maternity ward will close in July, and 26 midwives and nurses will lose their jobs."
    assert classify(text, "en", NOTICE_DAY).type is T.CLOSURE


def test_falling_student_recruitment_is_not_hiring_that_vetoes_a_severance_scheme(classify):
    text = "A university facing falling student recruitment has opened a voluntary severance scheme for 150 staff."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.is_restructuring, got.type) == (True, T.VOLUNTARY_RETIREMENT)


def test_a_supplier_placing_workers_on_temporary_layoff_because_of_a_customers_strike_is_a_suspension(classify):
    text = "A glass supplier is placing 250 workers on temporary layoff because a strike has shut the carmaker's assembly plant."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 250)


def test_strikers_whose_strike_halts_production_are_still_no_suspension(classify):
    text = "Production at the assembly plant was halted on Monday as 3,000 workers went on strike."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_korean_factory_wound_up_with_words_between_is_a_closure(classify):
    text = "○○전자는 구미공장을 올해 말까지 단계적으로 정리하기로 했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.CLOSURE


def test_a_shop_clearing_its_stock_is_no_closure(classify):
    text = "○○마트는 매장을 찾은 손님들에게 할인 행사를 열고 재고를 정리했다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_cuts_whose_size_method_and_timing_are_left_for_later_are_other(classify):
    text = "○○공사는 조직 통합에 따라 인력 구조조정을 하겠다고 밝혔다. 다만 감축 규모나 방식, 시점은 내년 용역 결과를 보고 정하겠다고 했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.is_restructuring, got.type) == (True, T.OTHER)


def test_cuts_that_may_be_dismissals_or_transfers_are_other(classify):
    text = "○○재단은 인력 구조조정을 추진한다. 재단 관계자는 감원이 될지 전보가 될지는 아직 말할 단계가 아니라고 했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.is_restructuring, got.type) == (True, T.OTHER)


# --- hard negatives -------------------------------------------------------------------------------------------------


def test_shops_closed_for_a_day_while_a_storm_passes_are_not_a_suspension(classify):
    text = "태풍이 상륙하면서 남해안 일대 상가 상당수가 하루 임시 휴업에 들어간다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_plant_stopped_by_storm_damage_is_still_a_suspension(classify):
    text = "○○제철은 태풍 침수 피해를 입은 압연공장의 가동을 일시 중단했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.SUSPENSION


def test_a_count_of_closure_filings_is_a_statistic(classify):
    text = "올해 상반기 폐업 신고 41만 건, 작년 같은 기간보다 12% 늘어"
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_closures_of_the_self_employed_as_a_class_are_a_statistic(classify):
    text = "자영업 폐업이 늘면서 상가 공실률도 높아지고 있다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_restructuring_a_wardrobe_is_no_restructuring(classify):
    text = "계절이 바뀌어 주말에 옷장 구조조정을 했다. 목 늘어난 티셔츠는 '권고사직', 낡은 코트는 '정리해고'다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_laying_off_words_in_ones_writing_is_no_layoff_or_buyout(classify):
    text = "Style notes: lay off the jargon. Every adverb in this draft is offered a buyout, and most clichés are laid off."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_ward_that_opens_again_after_a_closure_is_not_a_closure_or_suspension(classify):
    text = "의사 부족으로 6개월간 문을 닫았던 ○○병원 소아과 병동이 다시 문을 열었다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring
