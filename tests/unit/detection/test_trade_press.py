"""The trade and business press (fresh60's round): a cut told as a percentage across a workforce sized with a tilde, a
share of its own staff cut while the business's figures are compared with a year earlier, and a 권고사직's 사직 시점.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


def test_a_percentage_reduction_in_force_across_a_sized_workforce_is_that_share(classify):
    text = "Analyst note: management guided to a 10% reduction in force across its ~2,000 employees. We reiterate Hold."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_a_workforce_reduction_across_its_employees_is_that_share(classify):
    text = "The insurer announced a 5% workforce reduction across its 12,000 employees worldwide."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_one_of_about_that_many_people_affected_stays_the_count(classify):
    text = "Today was my last day. I was one of the ~800 people affected by this morning's layoffs."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 800)


def test_a_share_of_its_own_staff_cut_is_no_statistic_beside_a_year_earlier_comparison(classify):
    text = "Acme Lending laid off a third of its 600 staff, as mortgage volumes fell 40% from a year earlier."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_employers_cuts_compared_with_a_year_earlier_stay_a_statistic(classify):
    text = "Employers cut 20,000 jobs in May, down 10% from a year earlier."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_the_sajik_sijeom_after_a_gwongo_sajik_is_the_leaving_day(classify):
    text = "한빛기계가 직원 20여명에게 권고사직을 통보했다. 사직 시점은 4월 10일이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 20, date(2024, 4, 10))


# --- sites merged, shifts stopped, names that hold a numeral ------------------------------------------------------------


def test_two_sites_merged_into_a_new_building_with_all_their_staff_moved_along_is_no_closure(classify):
    text = ("Acme Devices will consolidate its two Dallas-area plants into a single new facility in Irving by mid-2025. "
            "All 300 employees at the two plants will move to the new building, and the company said no positions will be eliminated.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_night_shift_stopped_with_no_cut_and_no_leave_is_no_suspension(classify):
    text = ("중견 철강사 한울스틸이 인천공장 전기로의 야간 조업을 이달부터 중단한다. 회사 관계자는 "
            "\"인력 감축이나 휴업은 없다\"며 \"야간조는 주간 정비 업무로 전환 배치한다\"고 말했다.")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_company_whose_name_begins_with_a_numeral_and_myeong_is_no_count(classify):
    text = "세명정밀이 창원공장의 가동을 다음 달부터 석 달간 중단하고 생산직을 휴업 처리한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_a_native_count_before_a_particle_stays_a_count(classify):
    text = "한울상사가 영업직 세명을 권고사직 처리했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 3)


# --- agencies closed, surveys of many companies -------------------------------------------------------------------------


def test_an_agency_named_by_its_kind_shuttered_on_a_day_is_a_dated_closure(classify):
    text = "Lakeside Health will shutter its home care agency effective Dec. 15, citing staffing shortages."
    got = classify(text, "en", date(2022, 10, 3))
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2022, 12, 15))


def test_a_surveys_share_of_companies_planning_to_reduce_headcount_is_no_event(classify):
    text = "A poll of finance chiefs found that 31% of U.S. firms plan to reduce headcount next year, up from 25% a year earlier."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_share_of_its_own_staff_laid_off_is_no_survey(classify):
    text = "Acme Robotics will lay off 31% of its staff, the company said on Tuesday."
    got = classify(text, "en", MONDAY)
    assert got.type == T.LAYOFF


def test_a_unit_sold_as_part_of_a_portfolio_restructuring_with_its_staff_transferred_is_no_event(classify):
    text = ("Acme Industries will sell its pumps unit to a private-equity buyer for $400 million as part of a portfolio "
            "restructuring. The unit's 900 employees will transfer to the new owner.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_q_and_a_on_when_the_warn_law_applies_is_no_event(classify):
    text = ("Q&A: When does the state mini-WARN law apply? Employers with 50 or more employees must give 90 days' notice "
            "before a plant closing or a mass layoff of 25 or more workers.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING
