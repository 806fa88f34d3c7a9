"""Corporate disclosures and investor communications (fresh49's round): a filing's share of a workforce sized in another
clause or sentence, a voluntary retirement notice's numbered fields, a Korean disclosure's dated fields (해산일, 사업 종료일)
and a cut with its deadline between the count and the verb. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

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
