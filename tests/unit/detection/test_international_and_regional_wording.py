"""English from outside the US (British, Irish, Australian, Canadian, Indian, Singaporean, New Zealand wording:
redundancy, administration and liquidation, stand-downs, retrenchment, VRS) and Korean regional and supply-chain
reporting (fresh19's round). Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2024, 5, 14)


# --- people let go in the words of other Englishes ------------------------------------------------------------------


def test_staff_made_redundant_by_administrators_on_a_day_are_a_layoff_dated_that_day(classify):
    text = "Administrators for the furniture retailer made 96 staff redundant on 3 May, a week after their appointment."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 96, date(2024, 5, 3))


def test_workers_to_be_retrenched_are_a_layoff(classify):
    got = classify("The printing firm will retrench 140 workers at its Tuas site as orders dry up.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 140)
    got = classify("About 75 employees were retrenched by the port operator last week.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 75)


def test_a_public_programme_for_retrenched_workers_is_no_layoff(classify):
    text = "The territory has renewed its retrenched workers program, which has supported more than 2,000 people since 2021."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_governments_fiscal_retrenchment_is_no_layoff(classify):
    text = "Economists warned that fiscal retrenchment would slow growth next year."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_employees_terminated_together_are_a_layoff(classify):
    got = classify("All 38 employees were terminated when the joinery stopped trading.", "en", NOTICE_DAY)
    assert got.type is T.LAYOFF and got.headcount == 38


def test_jobs_set_to_go_are_a_layoff(classify):
    got = classify("Sixty jobs are set to go at the council's parks department after a review.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


def test_jobs_that_go_to_someone_are_no_layoff(classify):
    text = "Most of the new jobs are expected to go to local graduates, the developer said."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_workers_left_jobless_when_a_closure_is_declared_are_a_closure(classify):
    text = "Some 900 workers were left jobless after the owners of a jute mill near Kolkata declared a closure."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 900)


# --- a cut told as a share of the workforce -------------------------------------------------------------------------


def test_one_in_five_of_a_stated_staff_is_the_headcount(classify):
    got = classify("The engineering consultancy will axe one in five of its 250 staff.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 50)


def test_a_per_cent_of_a_strong_workforce_is_the_headcount(classify):
    got = classify("The shipping agent retrenched 20 per cent of its 600-strong workforce this quarter.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


# --- administration, liquidation, closures declared ----------------------------------------------------------------


def test_sites_closed_by_administrators_are_a_closure(classify):
    text = "The administrators have closed 12 of the bakery chain's shops, with 150 jobs lost."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 150)


def test_liquidators_ending_a_business_make_a_closure(classify):
    text = "There will be no reopening. Liquidators for the boat builder have confirmed it is finished, and all 52 employees were terminated on Friday 10 May."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 52, date(2024, 5, 10))


def test_a_reopening_still_under_way_is_no_closure(classify):
    assert not classify("The bakery will reopen next week after repairs.", "en", NOTICE_DAY).is_restructuring


# --- temporary stops ------------------------------------------------------------------------------------------------


def test_a_temporary_curtailment_of_a_mill_is_a_suspension(classify):
    text = "The pulp mill will take a temporary curtailment of three weeks from Monday, affecting 210 employees."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 210)


def test_staff_sent_home_on_part_pay_while_production_is_paused_are_a_suspension(classify):
    text = (
        "Around 400 assembly staff will be sent home on 70 per cent pay for two weeks while production is paused. "
        "The union welcomed a promise that no jobs would be lost."
    )
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 400)


# --- cues that read too much into a word ----------------------------------------------------------------------------


def test_a_companys_restructure_proposal_is_no_bill(classify):
    text = "Thirty roles will be cut at the radio network after it confirmed its restructure proposal on Monday."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_a_bill_proposal_is_still_policy(classify):
    text = "The senator's proposal would let employers cut jobs with less notice."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_universitys_senate_is_no_legislature(classify):
    text = "About 40 professors have taken the college's voluntary early-retirement incentive and will leave on June 30, the provost told the senate."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 40, date(2024, 6, 30))


def test_a_cut_done_and_reported_by_unnamed_sources_is_a_layoff(classify):
    text = "The fintech has let go of about 120 employees in its lending unit, people familiar with the matter said."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_cut_weighed_by_unnamed_sources_is_still_speculation(classify):
    text = "The fintech plans to lay off about 120 employees, people familiar with the matter said."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_cuts_whose_size_staff_have_not_been_told_are_a_restructuring_not_yet_a_layoff(classify):
    text = (
        "The health board has opened consultation on a restructure of its admin staff. Staff have not been told how many "
        "posts will go."
    )
    assert classify(text, "en", NOTICE_DAY).type is T.OTHER


# --- hard negatives: explainers and statistics ----------------------------------------------------------------------


def test_an_explained_heading_over_the_law_on_redundancy_is_no_event(classify):
    text = (
        "Explained: how redundancy pay works\n\nIf an employer makes 25 employees redundant, each one with two years' "
        "service is owed statutory redundancy pay."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_redundancy_figures_released_by_an_agency_are_statistics(classify):
    text = (
        "Redundancy notifications rose in the second quarter, with firms reporting 12,000 potential job losses, "
        "according to official figures."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


# --- separation dates as other Englishes write them -----------------------------------------------------------------


def test_a_plant_shut_by_end_of_a_month_written_with_a_hyphen_closes_that_day(classify):
    got = classify("The chipmaker will shut its Kallang plant by end-August, with 180 workers affected.", "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 8, 31))


def test_a_final_day_is_the_separation_date(classify):
    text = "Twenty jobs will go at the magazine. Affected staff were told their final day will be 28 June."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 6, 28)


def test_leavers_departing_by_the_end_of_a_month_leave_that_day(classify):
    text = "The insurer launched a voluntary exit scheme, hoping 300 staff will take it, with leavers departing by the end of September."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 9, 30)


def test_employees_relieved_from_service_leave_that_day(classify):
    text = "Some 900 employees opted for the voluntary retirement scheme and will be relieved from service on July 31."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 7, 31)


def test_production_that_ceases_on_a_day_closes_the_plant_that_day(classify):
    text = "The company confirmed it will close the dairy plant, with 85 jobs lost. Production will cease on 26 July."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 7, 26)


def test_departures_finalised_by_a_day_leave_that_day(classify):
    text = "The museum will seek 25 voluntary redundancies and wants departures finalised by 31 August."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 8, 31)


def test_jobs_lost_when_a_contract_at_a_site_ends_end_that_day(classify):
    text = "Forty cleaners will lose their jobs when their employer's contract at the city hospital ends on 30 September."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2024, 9, 30)


def test_a_korean_dismissal_by_the_end_of_a_month_leaves_that_day(classify):
    text = "하청업체 M사는 6월 말까지 직원 120명 가운데 4분의 1을 내보내기로 했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 30, date(2024, 6, 30))


def test_a_korean_application_deadline_is_no_separation_date(classify):
    text = "회사는 6월 말까지 신청을 받아 희망퇴직자 100명을 내보내기로 했다."
    assert classify(text, "ko", NOTICE_DAY).separation_date is None


# --- Korean regional and supply-chain reporting ---------------------------------------------------------------------


def test_a_summer_holiday_that_stops_the_lines_is_no_suspension(classify):
    text = "창원의 기계 공장이 다음 주부터 일주일간 여름휴가에 들어간다. 휴가 기간에는 생산라인이 멈춘다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_stop_over_with_none_expected_is_no_suspension(classify):
    text = "P사가 두 달간의 휴업을 마치고 공장을 정상 가동했다. 회사는 당분간 휴업은 없을 것이라고 말했다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_suppliers_stop_caused_by_a_customers_move_is_a_suspension(classify):
    text = "완성차 업체의 생산 설비 해외 이전 여파가 협력업체로 번지고 있다. 협력사 R사는 다음 달 1일부터 한 달간 휴업에 들어간다."
    assert classify(text, "ko", NOTICE_DAY).type is T.SUSPENSION


def test_a_voluntary_retirement_after_a_closure_announced_earlier_is_a_voluntary_retirement(classify):
    text = (
        "회사가 지난달 공장 폐쇄 방침을 밝힌 뒤 지역 분위기가 가라앉았다. 폐쇄를 앞두고 실시한 희망퇴직에는 직원 500여 명이 "
        "신청했다."
    )
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 500)


def test_a_closure_announced_alone_is_still_a_closure(classify):
    text = "회사가 연말 공장 폐쇄 방침을 밝힌 뒤 직원들의 동요가 커지고 있다."
    assert classify(text, "ko", NOTICE_DAY).type is T.CLOSURE


def test_cuts_whose_size_and_method_are_left_for_later_are_a_restructuring(classify):
    text = "S사는 인력 구조조정에 착수했다. 회사는 감원 규모와 방식은 추후 노사가 논의해 정하겠다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).type is T.OTHER


def test_a_restructuring_of_employment_named_as_such_is_a_restructuring(classify):
    text = "전자부품업체 B사가 사업부 매각을 앞두고 고용 구조 개편을 추진한다고 직원들에게 공지했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.OTHER


def test_contracts_of_a_counted_group_ended_are_a_layoff(classify):
    got = classify("제철소 협력업체, 지게차 운전원 25명 계약해지 통보", "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 25)


def test_a_consultation_that_closes_on_a_day_is_no_separation_date(classify):
    text = "The trust has begun consultation on a restructure of its admin staff. The consultation closes on 9 August."
    assert classify(text, "en", NOTICE_DAY).separation_date is None
