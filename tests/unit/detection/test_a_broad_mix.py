"""A broad mix (fresh25's round): wire, regional, TV, filings, WARN notices, union and HR voices. Dates given as the end of
a year or by a day after the cuts are told; leavers of a voluntary scheme gone by a day; a filing's suspension date;
early retirements sought by count; a WARN notice filed with a labor department; furloughs rolled out while a strike
stops the work. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 3, 12)


# --- separation dates -----------------------------------------------------------------------------------------------


def test_a_plant_that_stops_building_cars_by_the_end_of_a_year_closes_on_its_last_day(classify):
    text = "The carmaker will end production at Luton. It will stop building vans at its plant in Luton, Beds., by the end of 2026, a move that will eliminate about 900 jobs."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 900, date(2026, 12, 31))


def test_the_end_of_a_year_named_alone_is_not_a_separation_date(classify):
    text = "The retailer expects sales to recover by the end of 2026, its chief executive said."
    assert classify(text, "en", NOTICE_DAY).separation_date is None


def test_cuts_told_first_and_completed_by_the_end_of_a_month_are_dated_that_months_last_day(classify):
    text = "The software maker will cut about 3,000 jobs. The reductions touch 4% of its staff and will be completed by the end of June, it said."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 3000, date(2025, 6, 30))


def test_leavers_of_a_voluntary_scheme_expected_to_go_by_a_day_leave_that_day(classify):
    text = "The county council will open a voluntary redundancy scheme to find 80 volunteers; leavers are expected to go by 30 September 2025."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 9, 30))


def test_staff_who_finish_up_by_a_day_leave_that_day(classify):
    text = "The college has opened a voluntary separation scheme for 60 staff. Those accepted will finish up by 13 June."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 6, 13))


def test_a_filings_suspension_date_dates_the_closure_of_the_business_line(classify):
    text = "[공시] ○○화학, 영업정지(필름 사업부문) 결정\n1. 영업정지 내역: 수익성 악화로 해당 사업 종료\n2. 영업정지일자: 2025년 9월 30일\n3. 기타: 해당 사업부 인력 70여명은 퇴직 처리 예정"
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 9, 30))


# --- triggers and vetoes --------------------------------------------------------------------------------------------


def test_a_company_seeking_early_retirements_by_count_runs_a_voluntary_programme(classify):
    text = "The camera maker will seek around 2,000 early retirements in its home market to cut costs, it said on Tuesday."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 2000)


def test_early_retirements_counted_as_a_trend_are_not_a_programme(classify):
    text = "Early retirements among teachers rose last year, the ministry's figures show."
    assert classify(text, "en", NOTICE_DAY).type == T.NOT_RESTRUCTURING


def test_a_warn_notice_filed_with_a_state_labor_department_is_a_closing_not_statistics(classify):
    text = "The candle factory will close on May 2, eliminating 48 jobs, according to a notice filed with the state labor department."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 48)


def test_the_labor_departments_own_figures_are_still_statistics(classify):
    text = "Layoffs rose 5% from a year earlier, the labor department said on Thursday."
    assert classify(text, "en", NOTICE_DAY).type == T.NOT_RESTRUCTURING


def test_furloughs_rolled_out_for_a_companys_own_staff_during_a_strike_are_a_suspension(classify):
    text = "The planemaker will put in place furloughs for thousands of salaried staff as the machinists' strike drags on."
    assert classify(text, "en", NOTICE_DAY).type == T.SUSPENSION


def test_a_strike_that_halts_production_is_still_not_a_suspension(classify):
    text = "Production at the plant is halted as workers strike over pay."
    assert classify(text, "en", NOTICE_DAY).type == T.NOT_RESTRUCTURING
