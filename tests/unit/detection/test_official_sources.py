"""Official and public sources (fresh51's round): events reported inside an official text — a labor office's release, a
hearing's quoted question, a ministry's support plan for the people a closure makes leave — kept as events; the words of
the official setting (a 국회 committee named 환경노동위원회, the 금감원's head) not read as a ruling or a cut; a council's
look back at a closure years ago read as history; statistics (a research firm's tally, an agency's monthly figures) not read
as events; an amended filing's count, counts told store by store or after 각각, the end of a month years ahead. Sentences of
our own (not the eval texts). The rules alone (see conftest.py); the monthly figures kept from the text model's rescue are
tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- an event reported inside an official text -------------------------------------------------------------------------


def test_a_cut_filed_with_the_labor_office_is_an_event_not_help_after_it(classify):
    text = "경북 구미의 전선업체 한빛케이블이 수주 감소로 생산직 60명을 감원하기로 하고 구미고용센터에 고용조정 계획을 신고했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


def test_a_job_centers_help_for_people_already_gone_is_still_no_event(classify):
    text = "지난해 공장 폐쇄로 일자리를 잃은 근로자들을 위해 고용센터가 재취업 상담을 연다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_a_support_plan_for_the_workers_a_mine_closing_makes_leave_reports_the_closing(classify):
    text = ("정부는 ○○탄광이 9월 말 폐광하면서 근로자 180여명이 퇴직하게 됨에 따라 재취업 지원 대책을 마련했다고 "
            "밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 180)


def test_a_lawmakers_quote_of_a_plant_closing_at_a_hearing_is_an_event(classify):
    text = ("국회 산업통상자원위원회 국정감사에서 한 의원은 \"○○화학이 여수 2공장을 내년 6월 말 폐쇄하기로 했다\"며 "
            "대책을 요구했다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.CLOSURE


def test_a_lawmakers_debate_on_a_bill_is_still_policy(classify):
    text = "국회 환경노동위원회에서 의원들은 정리해고 요건을 강화하는 법안을 두고 토론했다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_the_labor_committee_of_the_national_assembly_is_no_labor_commission(classify):
    text = ("환경노동위원회 국정감사에서 한 의원은 \"○○조선 협력사가 이달 말 생산직 45명에게 정리해고를 통보했다\"고 "
            "밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 45)


def test_a_labor_commissions_ruling_is_still_no_event(classify):
    text = "지방노동위원회는 ○○운수가 기사 2명을 정리해고한 것은 부당해고라고 판정했다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_the_financial_supervisors_head_abbreviated_is_no_cut(classify):
    text = ("국정감사에서 한 의원은 \"○○보험이 희망퇴직 신청을 받아 90명이 이달 말 회사를 떠난다\"고 지적했다. 금감원장은 "
            "\"점검하겠다\"고 답했다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 90)


def test_the_financial_supervisors_head_alone_is_no_cut(classify):
    text = "금감원장은 이날 카드사들의 인력 운용 실태를 점검하겠다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


# --- a council's look back ---------------------------------------------------------------------------------------------


def test_a_councils_question_years_after_a_closure_is_history(classify):
    text = ("시의회 회의록 — 의원: 2016년 제련소 폐쇄 이후 7년이 지났지만 인구는 계속 줄고 있습니다. 시장: 기업 유치에 "
            "힘쓰겠습니다.")
    got = classify(text, "ko", date(2023, 5, 2))
    assert not got.is_restructuring


def test_a_new_closure_told_after_years_have_passed_since_an_old_one_still_counts(classify):
    text = ("2016년 제련소 폐쇄 이후 7년이 지난 이 도시에서 ○○금속이 2공장도 12월 말 폐쇄하기로 했다.")
    got = classify(text, "ko", date(2023, 5, 2))
    assert got.type is T.CLOSURE


# --- an official's account of a cut, help beside it -------------------------------------------------------------------


def test_a_ministers_account_of_a_cut_with_retraining_for_the_affected_workers_is_an_event(classify):
    text = ("Answering an urgent question, the minister said the company had confirmed a proposal to cut up to 900 jobs at "
            "its Redcar works, and that the government would fund retraining for affected workers.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 900)


def test_retraining_for_workers_who_already_lost_their_jobs_is_still_no_event(classify):
    text = "The county will fund retraining for workers who were laid off from local mills over the past decade."
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


# --- statistics read as events -----------------------------------------------------------------------------------------


def test_a_research_firms_tally_of_companies_buyout_programs_is_statistics(classify):
    text = ("According to a credit research firm, 41 listed companies in Japan announced early retirement programs last "
            "year, covering 8,200 people.")
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


def test_one_company_announcing_a_buyout_program_is_still_an_event(classify):
    text = "Hoshino Electric announced an early retirement program for 300 employees at its Osaka plant."
    got = classify(text, "en", MONDAY)
    assert got.type is T.VOLUNTARY_RETIREMENT


def test_an_agencys_monthly_short_time_work_figures_are_not_rescued_by_the_model(with_model, directory):
    text = ("The employment agency said notices of short-time work covered about 45,000 people in May, down from April. "
            "Actual short-time work in February, the latest month with full data, affected about 150,000 employees.")
    got = detect_text(with_model, directory, text, "en", MONDAY)
    assert not got.is_restructuring


# --- which count: an amended filing, counts told place by place -------------------------------------------------------


def test_the_count_an_amended_warn_notice_gives_is_the_count_now(classify):
    text = ("Harbor Steel's amended WARN notice lowers the layoffs at its Mobile yard. The original notice listed 300 "
            "workers; the amended notice says 240 will be laid off, as some took transfers.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 240)


def test_counts_at_stores_listed_with_semicolons_are_summed(classify):
    text = ("The state's Rapid Response team said Lakeside Hardware will close three stores on March 30: Erie, with 30 "
            "employees; Warren, with 25; and Meadville, with 20.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 75)


def test_counts_listed_after_each_respectively_are_summed(classify):
    text = "대구시는 ○○마트가 두 점포의 영업을 4월 30일 종료해 두 점포 직원 각각 35명과 27명이 일자리를 잃게 됐다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 62)


# --- a date ------------------------------------------------------------------------------------------------------------


def test_the_end_of_a_month_years_ahead_dates_the_end_of_a_named_production(classify):
    text = ("A carmaker told the prefecture it will end engine production at its plant in the city by the end of March "
            "2028, affecting about 1,100 employees.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 1100, date(2028, 3, 31))


# --- a programme's name beside a closure -------------------------------------------------------------------------------


def test_a_citys_transition_program_for_the_staff_of_a_business_that_ends_is_a_closure(classify):
    text = ("부산시는 ○○콜센터가 상담 사업을 9월 30일 종료함에 따라 상담원 150명을 위한 전직 지원 프로그램을 운영한다고 "
            "밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 150)


def test_a_companys_own_transition_program_told_alone_is_still_a_buyout(classify):
    text = "○○전자는 사무직 직원 120명을 대상으로 전직 지원 프로그램 신청을 받기로 했다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.VOLUNTARY_RETIREMENT
