"""Hard intake (fresh22's round): the fact buried in a long text, an earlier round's number beside this one's, a
rounded headline count and the exact one in the body, dates told as a month's end, a coming weekday or a filing's
"substantially complete by". Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 4, 9)  # a Wednesday


# --- separation dates -----------------------------------------------------------------------------------------------


def test_a_layoff_at_the_end_of_the_month_is_dated_to_the_notice_months_last_day(classify):
    text = "The Harbor Ledger will lay off nine reporters at the end of the month, the guild said."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 4, 30))


def test_the_end_of_next_month_is_the_next_months_last_day(classify):
    text = "Kestrel Tools will lay off 60 machinists at the end of next month."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 5, 31)


def test_cuts_substantially_complete_by_a_day_in_a_filing_date_the_separations(classify):
    text = ("On April 3, 2025, the Board approved a plan to streamline the Company's sales organization, including the "
            "elimination of approximately 95 positions. The Company expects the reductions to be substantially complete by June 30, 2025.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 95, date(2025, 6, 30))


def test_retirements_taking_effect_at_a_fiscal_years_end_on_a_day_are_dated_that_day(classify):
    text = ("Forty-one librarians accepted the county's early retirement incentive. The retirements take effect at "
            "the close of the fiscal year on June 30.")
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 6, 30)


def test_a_plant_that_closes_on_a_day_with_no_on_between_is_dated_that_day(classify):
    text = "Bramble Mills told the state that 140 workers will lose their jobs when the mill closes June 13th."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.headcount, got.separation_date) == (140, date(2025, 6, 13))


def test_the_last_group_separated_on_a_day_dates_the_layoff(classify):
    text = "Quarry Foods will lay off 220 workers in waves, with the last group separated on July 18."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 7, 18)


def test_a_coming_weekday_with_jaro_dates_the_dismissal(classify):
    text = "○○물류 노조는 9일 하청 기사 80여 명이 오는 월요일자로 해고된다고 밝혔다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 4, 14))


def test_a_coming_weekday_on_that_same_weekday_is_a_week_on(classify):
    text = "○○물류 노조는 하청 기사 80여 명이 오는 수요일자로 해고된다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 4, 16)


def test_the_day_production_is_to_stop_is_the_closures_date(classify):
    text = "○○화학은 울산 공장을 폐쇄하기로 했다고 공시했다. 가동 중단 예정일은 2025년 8월 31일이다. 공장 직원은 95명이다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 8, 31))


# --- headcounts -----------------------------------------------------------------------------------------------------


def test_last_years_cut_gives_way_to_this_rounds_count(classify):
    text = ("After shedding 700 jobs last year, Orchid Software is trimming again: another 85 engineers will be laid off "
            "this week as it drops a product line.")
    assert classify(text, "en", NOTICE_DAY).headcount == 85


def test_last_years_korean_retirements_give_way_to_this_years_applicants(classify):
    text = ("지난해 희망퇴직으로 4백명이 떠난 ○○카드가 올해도 희망퇴직을 실시했다. 이번 희망퇴직에는 "
            "1백2십 명이 신청한 것으로 집계됐다.")
    assert classify(text, "ko", NOTICE_DAY).headcount == 120


def test_a_rounded_headline_count_gives_way_to_the_exact_count_in_the_body(classify):
    text = ("Corbel Glass to cut about 300 jobs in Michigan\n\nCorbel Glass will lay off 287 workers at its Holland plant, "
            "the company said in a state notice.")
    assert classify(text, "en", NOTICE_DAY).headcount == 287


def test_a_korean_headline_of_some_sixty_gives_way_to_the_exact_sixty_three(classify):
    text = "○○저축은행 희망퇴직 60여명 신청\n\n○○저축은행이 실시한 희망퇴직에 모두 63명이 신청했다."
    assert classify(text, "ko", NOTICE_DAY).headcount == 63


def test_a_far_off_exact_count_is_not_taken_for_the_rounded_one(classify):
    text = ("Corbel Glass to cut about 300 jobs in Michigan\n\nCorbel Glass will lay off about 300 workers; "
            "its Holland plant will keep 150 workers.")
    assert classify(text, "en", NOTICE_DAY).headcount == 300


def test_new_hires_in_earnings_news_are_not_the_people_cut(classify):
    text = ("○○엔지니어링은 신입사원 300명을 공개 채용하고 있다고 9일 밝혔다. 다만 실적이 부진한 해외사업부는 "
            "인원 4백명의 10%를 연내 감축할 계획이다.")
    assert classify(text, "ko", NOTICE_DAY).headcount == 40


def test_the_honorific_counter_counts_the_staff_of_a_shop_that_closes(classify):
    text = "그동안 감사했습니다. 저희 빵집은 이달 30일 영업을 끝으로 폐업합니다. 함께 일한 직원 네 분께도 고맙습니다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 4)


def test_retirements_applied_for_late_last_year_are_this_rounds_count(classify):
    text = ("○○생명은 지난해 말 받은 희망퇴직 신청자 가운데 2백15명의 퇴직을 확정했다고 9일 밝혔다. "
            "1년 전(3백명)보다 줄었다. 이들은 이달 30일자로 회사를 떠난다.")
    assert classify(text, "ko", NOTICE_DAY).headcount == 215
