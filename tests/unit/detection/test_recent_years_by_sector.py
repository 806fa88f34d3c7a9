"""The latest two years by sector (fresh27's round): airlines closing crew bases, magazines ceasing publication, builders
declared bankrupt, carmakers laying off for a while, banks' leavers, public broadcasters losing funding, agencies and
boards reorganizing a workforce of no form yet, holiday and weather closings, headlines that give a count with no noun.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 5, 14)


# --- types ------------------------------------------------------------------------------------------------------------


def test_a_company_that_will_temporarily_lay_off_workers_stops_work_for_a_while(classify):
    text = "The truck maker will temporarily lay off 1,200 workers at its Ohio plant while it retools the line for a new model."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 1200)


def test_a_company_that_has_temporarily_laid_off_workers_has_stopped_work_for_a_while(classify):
    text = "The axle maker has temporarily laid off 480 workers at its Michigan plant while a parts shortage lasts."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 480)


def test_a_company_that_will_lay_off_workers_with_no_word_of_a_while_cuts_jobs(classify):
    text = "The truck maker will lay off 1,200 workers at its Ohio plant as demand for diesel engines falls."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_magazine_that_ceases_publication_closes_and_its_staff_of_a_stated_size_loses_their_jobs(classify):
    text = "The quarterly Coastal Angler will cease publication after its summer issue. The title's staff of 23 will be laid off."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 23)


def test_a_workplace_described_with_a_staff_of_a_stated_size_is_not_the_count_of_a_cut(classify):
    text = "The clinic, with a staff of 140, will lay off some nurses this summer, its director said."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_an_airline_closing_a_crew_base_closes_a_site_even_when_its_people_are_laid_off(classify):
    text = "Northwind Air will close its pilot base in Boise, the pilots' union said. About 85 pilots based there will be laid off on September 1."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2025, 9, 1))


def test_funding_rescinded_by_a_legislature_does_not_cancel_the_layoffs_it_causes(classify):
    text = "After the legislature's rescission of state arts grants, the city orchestra will lay off 30 employees, its board said."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_a_layoff_notice_rescinded_still_cancels_the_event(classify):
    text = "Re: Rescission of layoff notice. The company will not lay off the 60 warehouse employees named in its March letter."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_builder_declared_bankrupt_closes_and_the_court_is_no_ruling_on_a_dismissal(classify):
    text = "법원이 중견 건설사 □□종합건설에 파산을 선고했다. 이에 따라 남아 있던 직원 64명은 다음 달 말일자로 모두 회사를 떠난다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 64, date(2025, 6, 30))


def test_a_company_that_went_bankrupt_at_last_closes(classify):
    text = "기업회생을 신청했던 지역 제과업체 결국 파산…남은 직원 40여명 일자리 잃어"
    assert classify(text, "ko", NOTICE_DAY).type is T.CLOSURE


def test_bankruptcy_feared_or_a_persons_bankruptcy_is_no_closure(classify):
    assert not classify("고금리가 이어지면서 지방 중소 건설사들이 줄줄이 파산 위기에 몰렸다.", "ko", NOTICE_DAY).is_restructuring
    assert not classify("개인 파산을 신청한 자영업자가 올해 들어 크게 늘었다.", "ko", NOTICE_DAY).is_restructuring


# --- restructurings of no form yet ------------------------------------------------------------------------------------


def test_a_cut_a_union_opposes_is_the_restructuring_whose_method_is_said_undecided_elsewhere(classify):
    text = ("지역 민영방송사가 광고 매출 급감으로 조직 개편과 함께 인력 구조조정을 추진한다. 사측은 \"감축 방식은 아직 정해지지 않았다\"고 밝혔다. "
            "노조는 일방적인 인력 감축에 반대한다고 밝혔다.")
    got = classify(text, "ko", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_a_cut_whose_size_and_method_are_still_under_discussion_has_no_form_yet(classify):
    text = "두 제철소를 통합하는 철강사가 인력 재편 계획을 연내 내놓기로 했다. 회사 관계자는 \"감축 규모와 방식은 노조와 협의 중\"이라고 말했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_a_dismissal_told_with_no_undecided_method_stays_a_layoff(classify):
    text = "부품업체 □□정밀이 생산직 52명을 정리해고하기로 했다. 노조는 일방적인 인력 감축에 반대한다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).type is T.LAYOFF


def test_an_agency_that_will_reorganize_its_workforce_restructures_of_no_form_yet(classify):
    text = ("The state parks department will reorganize its workforce after a hiring surge in 2021, its director told lawmakers on Monday. "
            "Which jobs would be affected has not been settled.")
    got = classify(text, "en", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_a_board_that_approved_a_workforce_restructuring_plan_has_decided_a_restructuring(classify):
    text = ("Item 2.05. On May 12, 2025, the Board of Directors of Lumen Harbor Corp. approved a workforce restructuring plan "
            "intended to sharpen its focus on cloud products. The number of affected positions has not yet been determined.")
    got = classify(text, "en", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_lawmakers_who_pass_a_bill_are_still_policy(classify):
    text = "Lawmakers passed a bill on Monday that would require 90 days' notice before any mass layoff."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


# --- stops that are not restructurings --------------------------------------------------------------------------------


def test_a_stores_mandatory_day_off_given_with_its_weekday_in_brackets_is_no_suspension(classify):
    text = "설 연휴 대형마트 쉬는 날은? 대부분 구는 이달 26일(일요일) 휴업하고, 일부 구는 평일로 바꿔 문을 닫는다."
    assert not classify(text, "ko", date(2025, 1, 20)).is_restructuring


def test_plants_stopped_for_a_day_by_a_snowstorm_are_no_suspension(classify):
    text = "Two appliance plants in Kentucky halted production Monday as a snowstorm closed roads; both expected to run normal shifts Tuesday."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_plant_idled_for_weeks_for_lack_of_parts_is_still_a_suspension(classify):
    text = "The automaker will halt production at its Kansas plant for three weeks because of a shortage of chips."
    assert classify(text, "en", NOTICE_DAY).type is T.SUSPENSION


def test_closures_counted_across_builders_are_statistics(classify):
    text = ("올해 1분기 폐업을 신고한 전문건설업체가 10년 만에 가장 많았다. 건설산업정보원에 따르면 1분기 폐업 신고 건수는 "
            "지난해 같은 기간보다 크게 늘었다.")
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_one_company_that_closes_and_reports_it_is_still_a_closure(classify):
    text = "□□건설은 다음 달 30일 폐업하기로 하고 직원 35명에게 해고를 통보했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.CLOSURE


# --- separation dates -------------------------------------------------------------------------------------------------


def test_people_told_to_leave_by_the_end_of_this_month_leave_on_its_last_day(classify):
    text = "팀장이 우리 팀 여덟 명 다 권고사직이래. 이번 달 말일까지 나가 달라고 함. 위로금은 석 달치."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 8, date(2025, 5, 31))


def test_leavers_of_a_banks_programme_who_leave_the_bank_on_a_day_leave_that_day(classify):
    text = "□□은행에서 희망퇴직을 신청한 320명이 오는 28일 정든 은행을 떠난다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 320, date(2025, 5, 28))


def test_a_filings_last_day_of_work_of_a_date_is_the_separation_date(classify):
    text = "The grocery chain will close its 12 stores in Maine, according to a notice. The notice lists 380 workers, with a last day of work of July 19."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 380, date(2025, 7, 19))


def test_a_plant_that_ends_production_there_on_a_day_closes_that_day(classify):
    text = "The battery startup will shutter its only cell plant, in Georgia, ending production there on Aug. 29. About 300 workers will be let go."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 8, 29))


# --- counts -----------------------------------------------------------------------------------------------------------


def test_a_headlines_count_right_after_its_layoff_verb_is_the_headcount(classify):
    text = ("Streaming service lays off about 320 more in marketing\n\n"
            "The cuts, announced in a staff memo, come weeks after the company eliminated about 1,100 jobs in its studio arm.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 320)


def test_a_cut_told_as_what_came_years_before_gives_way_to_this_rounds_count(classify):
    text = "The game studio laid off 140 workers on Tuesday, two years after it cut about 900 jobs during a merger."
    assert classify(text, "en", NOTICE_DAY).headcount == 140


def test_a_year_after_a_bare_count_is_not_a_headcount(classify):
    text = "The chipmaker laid off 2024."
    assert classify(text, "en", NOTICE_DAY).headcount is None


def test_the_bankruptcy_statutes_name_or_a_bankruptcy_avoided_is_no_closure(classify):
    text = "「채무자 회생 및 파산에 관한 법률」 개정으로 중소기업의 회생 절차가 간소화된다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring
    assert not classify("□□해운은 채권단의 추가 지원으로 파산을 면했다.", "ko", NOTICE_DAY).is_restructuring


def test_a_supplier_that_will_temporarily_lay_off_workers_because_of_a_strike_at_its_customer_stops_work(classify):
    text = "A glass supplier will temporarily lay off 650 workers at its Ohio plant because the strike at the carmakers has cut orders for windshields."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 650)


def test_a_supplier_that_has_temporarily_laid_off_workers_because_of_a_strike_at_its_customer_stops_work(classify):
    text = "A seat maker has temporarily laid off 300 employees at two plants because of the strike at the automakers it supplies."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 300)
