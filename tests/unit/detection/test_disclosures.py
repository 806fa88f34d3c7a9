"""Corporate disclosures and investor communications (fresh49's round): a filing's share of a workforce sized in another
clause or sentence, a voluntary retirement notice's numbered fields, a Korean disclosure's dated fields (해산일, 사업 종료일)
a cut with its deadline between the count and the verb; closures told as a wind-down, sites exited or a board's proposal;
rumour lines, filings counted, past plans and press speculation that tell no event. Sentences of our own (not the eval
texts). The rules alone (see conftest.py); a director's departure and a trading halt kept from the text model's rescue are
tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- a share of a workforce sized elsewhere --------------------------------------------------------------------------


def test_a_share_of_the_companys_workforce_takes_the_size_the_next_sentence_states(classify):
    text = ("On March 1, 2024, the Board approved a plan to reduce the Company's global workforce by approximately 5%. "
            "As of December 31, 2023, the Company had approximately 12,000 employees.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_a_workforce_sized_after_its_noun_and_cut_by_a_percentage_is_that_share(classify):
    text = "In connection with the reprioritization, the Company will reduce its workforce of approximately 2,400 employees by approximately 15%."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 360)


def test_a_staff_sized_after_its_noun_and_cut_by_a_percentage_is_that_share(classify):
    got = classify("Brightline Media will cut its staff of 900 by 10% this spring.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


# --- a voluntary retirement notice's numbered fields -----------------------------------------------------------------


def test_the_number_of_persons_to_be_solicited_is_the_count_beside_an_eligibility_line(classify):
    text = ("Notice Regarding Solicitation of Voluntary Retirement\n"
            "Hoshino Gear Co., Ltd. announces that its Board resolved to solicit voluntary retirement as follows.\n"
            "1. Eligible employees: employees aged 50 or older\n"
            "2. Number of persons to be solicited: approximately 150\n"
            "3. Retirement date: June 30, 2024")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 150, date(2024, 6, 30))


def test_the_number_of_applicants_in_a_results_notice_is_the_count(classify):
    text = ("Notice Regarding Results of Solicitation for Voluntary Retirement\n"
            "1. Number of applicants: 233\n"
            "2. Retirement date: September 30, 2024")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 233, date(2024, 9, 30))


def test_a_count_of_eligible_employees_alone_stays_a_pool(classify):
    text = ("Notice Regarding Solicitation of Voluntary Retirement\n"
            "1. Eligible employees: about 2,000 employees aged 45 or older\n"
            "2. Application period: May 7, 2024 to May 24, 2024")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


# --- a Korean disclosure's dated fields --------------------------------------------------------------------------------


def test_a_dissolution_reports_dissolution_day_dates_the_closure(classify):
    text = ("주요사항보고서(해산사유발생) — ㈜한빛소재\n"
            "1. 해산사유: 주주총회 해산 결의(필름 사업 종료)\n"
            "2. 해산일: 2024-06-30\n"
            "3. 기타: 당사는 사업을 종료함에 따라 직원 52명을 해산일자로 전원 퇴직 처리합니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 52, date(2024, 6, 30))


def test_a_business_end_days_field_dates_the_closure(classify):
    text = ("㈜누리넷 인터넷전화 사업 종료 결정\n"
            "사업 종료일: 2024-05-31\n"
            "기타: 소속 인력 40여명은 계열사 전환배치와 희망퇴직을 통해 정리할 계획임")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 40, date(2024, 5, 31))


def test_a_cut_with_its_deadline_between_the_count_and_the_verb_is_a_layoff_by_that_day(classify):
    got = classify("㈜한결콜은 상담 인력 600명 가운데 200명을 2024년 12월 31일까지 감축하기로 했다.", "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 200, date(2024, 12, 31))


# --- closures told in a filing's or a slide's words ------------------------------------------------------------------


def test_a_facility_wound_down_with_its_employees_terminated_is_a_closure(classify):
    text = ("In connection with the sale, the Company will wind down its Dayton, Ohio assembly facility, which will close on "
            "July 31, 2024. Approximately 60 employees at the facility will be terminated on that date.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 60, date(2024, 7, 31))


def test_a_business_line_wound_down_with_its_headcount_reduced_is_a_closure(classify):
    got = classify("We will wind down our mortgage servicing business by mid-2025 and reduce headcount in that segment accordingly.", "en", MONDAY)
    assert got.type == T.CLOSURE


def test_sites_exited_by_count_on_an_investor_slide_are_a_closure(classify):
    text = "Investor Day — Network plan\n• Exit 4 of our 14 regional distribution centers by FY2026\n• Savings: $40M"
    assert classify(text, "en", MONDAY).type == T.CLOSURE


def test_a_boards_proposal_to_close_a_site_put_to_consultation_is_a_closure(classify):
    text = ("The Board announces a proposal to close its Leeds packaging plant over the next year. Approximately 140 roles "
            "at the Leeds site are affected by the proposal.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 140)


def test_a_proposal_in_a_legislature_is_still_policy(classify):
    text = "Lawmakers debated a proposal to cut unemployment benefits for workers laid off by the plant closures."
    assert classify(text, "en", MONDAY).type == T.NOT_RESTRUCTURING


# --- Korean disclosures that tell no event ---------------------------------------------------------------------------


def test_filings_counted_by_the_exchange_are_statistics(classify):
    text = ("한국거래소에 따르면 지난해 유가증권시장 상장사의 영업정지 공시는 21건으로 늘었다. "
            "같은 기간 희망퇴직 관련 자율공시는 15건이었다.")
    assert classify(text, "ko", MONDAY).type == T.NOT_RESTRUCTURING


def test_an_inquirys_rumour_line_answered_as_undecided_is_no_event(classify):
    text = ("[조회공시요구(풍문또는보도)에 대한 답변(미확정)] ㈜세림정공\n"
            "조회공시 요구내용: 희망퇴직 실시설\n"
            "답변내용: 당사는 비용 절감 방안의 하나로 희망퇴직 실시 여부를 검토 중이나, 현재까지 구체적으로 확정된 바 없습니다.")
    assert classify(text, "ko", MONDAY).type == T.NOT_RESTRUCTURING


def test_an_inquirys_rumour_line_answered_with_a_denial_is_no_event(classify):
    text = ("[조회공시요구에 대한 답변] ㈜동진산업\n"
            "조회공시 요구내용: 구조조정 추진설\n"
            "답변내용: 당사는 인력 감축을 추진하거나 검토한 사실이 없으며, 관련 보도는 사실무근입니다.")
    assert classify(text, "ko", MONDAY).type == T.NOT_RESTRUCTURING


def test_an_inquirys_rumour_line_answered_with_a_decision_is_the_event(classify):
    text = ("[조회공시요구에 대한 답변(확정)] ㈜동진산업\n"
            "조회공시 요구내용: 희망퇴직 실시설\n"
            "답변내용: 당사는 2024년 3월 4일 이사회에서 근속 20년 이상 직원을 대상으로 희망퇴직을 실시하기로 결정하였습니다.")
    assert classify(text, "ko", MONDAY).type == T.VOLUNTARY_RETIREMENT


def test_a_past_rounds_cost_booked_two_years_before_is_history(classify):
    text = ("㈜한누리전자 2024년 1분기 잠정실적: 영업이익 1,200억원으로 흑자 전환했다. 2022년 1분기에 반영된 희망퇴직 비용 약 "
            "400억원의 기저효과가 컸다.")
    assert classify(text, "ko", MONDAY).type == T.NOT_RESTRUCTURING


def test_a_business_suspension_with_staff_on_paid_leave_until_it_resumes_is_a_suspension_without_a_date(classify):
    text = ("주요사항보고서(영업정지) — ㈜바다면세\n"
            "영업정지 분야: 김포공항 면세점\n"
            "영업정지일자: 2024-04-01\n"
            "기타: 영업 재개 시점은 수요 회복에 따라 결정하며, 해당 매장 직원은 재개 시까지 유급휴직에 들어감")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.SUSPENSION, None)


def test_production_resumed_is_still_a_reopening(classify):
    text = "한빛제지는 지난달 멈췄던 2공장 생산을 재개하고 휴직했던 직원 80명을 모두 복귀시켰다."
    assert classify(text, "ko", MONDAY).type == T.NOT_RESTRUCTURING


# --- English filings and letters: events missed and negatives read as events ------------------------------------------


def test_a_reduction_told_in_full_time_equivalents_is_a_layoff_of_that_count(classify):
    text = ("Halden Werke AG announces its intention to reduce up to 900 FTE in Austria and Switzerland as part of its "
            "efficiency program. Talks with the works councils start immediately.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 900)


def test_parting_ways_with_a_share_of_a_stated_staff_is_a_layoff_of_that_share(classify):
    text = ("A message from our CEO: Today we are making the difficult decision to part ways with approximately one third "
            "of our 960 employees. Everyone affected will receive 12 weeks of pay.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 320)


def test_a_board_answering_press_speculation_about_a_possible_closure_is_no_event(classify):
    text = ("RNS — Response to press speculation. The Board notes recent press speculation regarding the possible closure "
            "of the Group's Derby plant. The Board confirms that it has no plans to close the site.")
    assert classify(text, "en", MONDAY).type == T.NOT_RESTRUCTURING


def test_notices_filed_across_employers_rising_by_a_percentage_are_statistics(classify):
    text = ("WARN notices filed with state agencies rose 12% in the third quarter compared with a year earlier, according "
            "to a tally of public filings.")
    assert classify(text, "en", MONDAY).type == T.NOT_RESTRUCTURING


def test_a_plan_named_by_its_year_under_which_positions_were_eliminated_is_history(classify):
    text = ("Note 6. Restructuring\nThe 2022 Workforce Plan, under which approximately 800 positions were eliminated, was "
            "completed in 2023. During the quarter the Company paid $1.2 million of the remaining accrued liability.")
    assert classify(text, "en", MONDAY).type == T.NOT_RESTRUCTURING


def test_a_directors_departure_item_is_kept_from_the_text_models_rescue(with_model, directory):
    text = ("Item 5.02 Departure of Directors or Certain Officers.\nOn May 2, 2024, Thomas Reyes notified the Board of "
            "Directors of Linden Foods, Inc. of his decision to resign as a director, effective immediately. The Board has "
            "reduced its size from eleven to ten members.")
    assert detect_text(with_model, directory, text, "en", MONDAY).type == T.NOT_RESTRUCTURING


def test_a_trading_halt_is_kept_from_the_text_models_rescue(with_model, directory):
    text = ("ASX Announcement — Trading Halt / Voluntary Suspension\nThe securities of Redgum Minerals Limited will be "
            "placed in a trading halt at the request of the Company, pending an announcement regarding a proposed acquisition.")
    assert detect_text(with_model, directory, text, "en", MONDAY).type == T.NOT_RESTRUCTURING
