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
