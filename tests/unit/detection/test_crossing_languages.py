"""Crossing languages (fresh31's round): English about Korean employers, Korean about foreign ones, code-switched HR
notices, machine-translated English and mixed-script numbers. A Korean programme translated word for word ("honor
retirement", "hope retirement", "special retirement program"), an English-speaking employer's "RIF" and "VRS" in a Korean
notice, a buyout transliterated (바이아웃) and a count told in a translated notice's "persons" or a chat's "FTEs" are the
same events and counts as in their own language. Sentences of our own (not the eval texts). The rules alone (see
conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- Korean programmes in translated English ---------------------------------------------------------------------------


def test_an_honor_retirement_result_notice_in_translated_english_reports_the_approved_count(classify):
    text = ("Notice of Honor Retirement Result\nThe company has carried out the honor retirement for staff born in 1970 "
            "and before. As result, number of the applicant approved was 96 persons.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 96)


def test_a_hope_retirement_notice_in_translated_english_is_a_voluntary_programme(classify):
    text = ("Notice of Hope Retirement Application\nThe company implements hope retirement for the organization "
            "slimming. Application period: 2024.3.11 ~ 2024.3.22")
    assert classify(text, "en", MONDAY).type is T.VOLUNTARY_RETIREMENT


def test_a_banks_special_retirement_program_with_its_leavers_is_a_voluntary_programme(classify):
    text = "Daesong Bank said 240 employees will leave under its special retirement program this month."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 240)


def test_a_special_retirement_account_is_no_programme(classify):
    text = "The bank launched a special retirement account with a higher rate for savers over 50."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_workforce_reduced_by_a_count_through_honorary_retirement_takes_that_count(classify):
    text = "Donghae Shipbuilding said it will reduce its workforce by 900 through honorary retirement this year."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 900)


def test_the_eligible_pool_in_a_translated_notices_subject_field_is_not_the_count(classify):
    text = ("Notice of Hope Retirement Application\n1. Subject: Employee whose working year is 15 years or more as of "
            "2024.6.30 (approximately 410 persons)\n2. Application period: 2024.3.11 ~ 2024.3.22")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


# --- code-switched HR notices and chats --------------------------------------------------------------------------------


def test_an_hr_chat_announcing_rif_notifications_is_a_layoff(classify):
    text = "heads up from HR: RIF notifications go out Thursday for the Denver team. Please keep this in the channel."
    assert classify(text, "en", MONDAY).type is T.LAYOFF


def test_a_korean_notice_about_the_global_rif_is_a_layoff(classify):
    text = "[공지] 본사 RIF 관련 안내\n글로벌 조직 개편에 따라 한국 오피스도 RIF 대상에 포함되었습니다. 대상자에게는 개별 통보됩니다."
    assert classify(text, "ko", MONDAY).type is T.LAYOFF


def test_a_korean_vrs_application_notice_is_a_voluntary_programme_and_its_eligible_pool_no_count(classify):
    text = ("[HR 공지] VRS(Voluntary Retirement Scheme) 신청 안내\n- 대상: 근속 15년 이상 정규직 (약 250명)\n"
            "- 신청 기간: 3/11 ~ 3/22")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_the_count_in_an_hr_chat_is_read_with_ftes_as_its_noun(classify):
    text = "FYI: RIF goes out next week. Impacted: 44 FTEs across the support org."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 44)


# --- foreign employers told in Korean ----------------------------------------------------------------------------------


def test_a_foreign_airlines_buyout_told_in_korean_with_its_applicants_is_a_voluntary_programme(classify):
    text = "미국 노스필드항공이 실시한 바이아웃(buyout)에 1천8백명이 신청해 회사를 떠나게 됐다고 5일(현지시간) 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 1800)


def test_a_private_equity_buyout_fund_is_no_programme(classify):
    text = "국내 사모펀드가 3조원 규모의 바이아웃 펀드를 조성해 제조업체 인수에 나선다고 밝혔다."
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_a_foreign_makers_layoff_transliterated_is_a_layoff(classify):
    text = "미국 전기차업체 볼트모터스가 생산직 대상 레이오프를 단행한다고 현지 언론이 2일(현지시간) 보도했다."
    assert classify(text, "ko", MONDAY).type is T.LAYOFF


def test_a_temporary_layoff_transliterated_is_a_suspension(classify):
    text = "미국 완성차업체가 오하이오 공장 생산직을 템포러리 레이오프(temporary layoff) 처리한다고 밝혔다."
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


def test_a_count_revised_upward_takes_the_final_one(classify):
    text = "외국계 소프트웨어사 한국법인은 지난달 40명을 줄이겠다고 밝혔으나 최종 감원 인원을 58명으로 확정했다고 4일 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 58)


# --- counts told in parts or by a notice's fields ----------------------------------------------------------------------


def test_a_code_switched_notice_counting_the_people_impacted_in_all_takes_that_count(classify):
    text = "[Korea Office] RIF 안내\n본사 결정에 따라 진행되며, 한국 오피스에서는 총 27명이 영향을 받습니다(impacted)."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 27)


def test_counts_listed_after_a_per_site_label_of_the_people_affected_are_summed(classify):
    text = ("외국계 타이어업체 한국법인이 연말까지 국내 공장 세 곳을 폐쇄한다. 공장별 영향 인원은 대전 70명, 울산 50명, "
            "여수 30명이다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 150)


def test_each_plants_staff_listed_by_a_plain_per_site_label_is_not_summed_into_the_cut(classify):
    text = "공장별 인원은 대전 300명, 울산 200명이다. 회사는 대전공장 80명을 감원한다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


def test_counts_added_up_by_place_in_an_english_chat_are_summed(classify):
    text = "FYI from HR: RIF notices go out Monday. Impacted: 35 FTEs in Austin + 15 in Dallas. Keep this in the channel."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 50)


# --- dates in the other language's form --------------------------------------------------------------------------------


def test_a_korean_notices_english_last_working_day_field_is_the_separation_date(classify):
    text = "[HR 공지] RIF 관련 안내\n대상자분들께는 오늘 개별 통보됩니다.\n- Last working day: 4/19(금)\n- 퇴직위로금: 근속 1년당 1개월분"
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2024, 4, 19))


def test_a_translated_notices_retire_date_field_is_the_separation_date(classify):
    text = "Notice of Hope Retirement Application\n1. Application period: 2024.3.11 ~ 2024.3.22\n2. Retire date: 2024.4.30"
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 4, 30))


def test_a_korean_month_end_glossed_in_english_still_dates_the_cut(classify):
    text = "미국 소프트웨어 기업이 직원 800명을 감원한다. 회사는 5월 말(end of May)까지 감원을 마무리할 예정이라고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 800, date(2024, 5, 31))


def test_an_english_month_end_after_a_korean_date_and_next_year_is_next_years(classify):
    text = ("Hanul Display will close its Paju plant. About 700 people (7백명) working there will leave the company by "
            "2월 말 (end of February) next year, a company official said.")
    got = classify(text, "en", date(2024, 9, 2))
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 2, 28))


# --- sites, stops and forms not yet chosen -----------------------------------------------------------------------------


def test_a_foreign_firm_closing_its_representative_office_on_a_day_is_a_closure(classify):
    text = ("Northgate Capital will close its Seoul Representative Office on March 29, 2024. All 9 local staff positions "
            "will end on that date.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 9, date(2024, 3, 29))


def test_an_airline_placing_a_share_of_its_staff_on_paid_leave_is_a_suspension(classify):
    text = "Hanbyul Air said it will place about half of its 8,000 employees on paid leave for three months from May 1."
    assert classify(text, "en", MONDAY).type is T.SUSPENSION


def test_paid_leave_as_a_benefit_is_no_stop(classify):
    text = "The company offers 16 weeks of paid leave to new parents and will expand the policy to adoptive parents."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_restructuring_whose_three_possible_ways_are_listed_is_of_no_form_yet(classify):
    text = ("Daeil Insurance said it would carry out a workforce restructuring, without saying whether it would take the "
            "form of voluntary retirement, dismissals or transfers to affiliates.")
    assert classify(text, "en", MONDAY).type is T.OTHER


# --- hard negatives in the same genre ----------------------------------------------------------------------------------


def test_a_korean_explainer_titled_as_a_question_about_a_foreign_law_is_no_event(classify):
    text = ("[해외 노동법 해설] 영국 집단해고 협의 제도(collective redundancy consultation)란?\n영국에서 한 사업장에서 "
            "20명 이상을 감원하려면 최소 30일 전에 노조와 협의해야 한다.")
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_involuntary_separations_as_a_category_of_the_figures_are_statistics(classify):
    text = "올해 상반기 권고사직·정리해고·폐업 등 비자발적 이직자가 도소매업을 중심으로 크게 늘었다."
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_a_cinema_chain_closing_a_share_of_its_theaters_is_a_closure(classify):
    text = ("Cinemax Korea, a multiplex chain, said it will close 20 percent of its 140 directly run theaters within two "
            "years as audiences shrink. It did not say how many employees would be affected.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, None)
