"""Official and HR documents as running text, and the documents that only look like them (fresh17's round):
filings, minutes, notices, letters, forms and rulings. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2024, 3, 14)


# --- a plan cancelled, a notice rescinded, a report called wrong ---------------------------------------------------


def test_a_cancelled_stop_is_no_suspension(classify):
    text = "[공지] 3공장 휴업 계획 취소 안내\n\n다음 달로 예정했던 3공장 휴업은 추가 물량 확보로 취소되었습니다. 근무는 평소대로 합니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_stop_announced_is_still_a_suspension(classify):
    text = "회사는 물량 감소로 다음 달 1일부터 한 달간 3공장 휴업을 실시한다고 직원들에게 알렸다."
    assert classify(text, "ko", NOTICE_DAY).type is T.SUSPENSION


def test_a_rescinded_warn_notice_is_no_layoff(classify):
    text = (
        "Re: Rescission of our notice of layoff. In May the company notified the state of a layoff of 90 workers at its "
        "Fresno warehouse. A new customer contract means the layoff will not go ahead, and the notice has been rescinded."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_report_the_company_calls_untrue_is_no_event(classify):
    text = "[알림] 감원 관련 보도에 대한 당사 입장\n\n당사가 300명을 감원한다는 일부 보도는 사실이 아닙니다. 감원 계획은 없습니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_report_claiming_cuts_that_the_chief_calls_inaccurate_is_no_event(classify):
    text = "A report in a trade blog claims that we will lay off a fifth of our staff this winter. That is inaccurate."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring
    text = "You may have read a report this week claiming that we plan to lay off 200 people. It is not accurate."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


# --- minutes, memos and notices that keep every job -----------------------------------------------------------------


def test_a_question_put_in_a_meeting_is_not_the_cut_it_asks_about(classify):
    text = "근로자위원은 신규 설비 도입으로 포장 인력이 감축되는지 질의함. 사측은 해당 인원을 모두 다른 라인에 배치한다고 답함."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_planned_maintenance_that_stops_a_plant_is_no_suspension(classify):
    text = "2공장은 설비 정기보수를 위해 5월 2일부터 20일까지 생산을 멈춥니다. 직원들은 보수 작업에 투입됩니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_no_one_laid_off_during_a_shutdown_is_no_layoff(classify):
    text = "The press shop will be idle for its yearly maintenance in August. No one will be laid off while it is down."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_consultation_that_ends_without_redundancies_is_no_layoff(classify):
    text = "After six weeks of talks with the staff forum, the firm has decided not to proceed with any redundancies in its print unit."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring
    text = "All 40 drivers move to the new operator on their current terms. No redundancies are planned."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_redundancies_announced_still_are_a_layoff(classify):
    text = "40 drivers will be made redundant when the firm's depot contract ends in June."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_policy_memo_on_how_cuts_would_be_made_is_no_event(classify):
    text = (
        "Policy 7.2: Layoffs. This policy describes how the firm would select staff if a layoff ever became necessary. "
        "Publishing it does not mean that a layoff is planned."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_wage_subsidy_guide_that_speaks_of_any_employer_is_no_event(classify):
    text = "고용유지지원금 제도 안내: 사업주가 감원 대신 휴직을 실시하면 정부가 휴직수당의 일부를 지원합니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_workers_recalled_from_a_temporary_layoff_are_no_suspension(classify):
    text = "We are pleased to be recalling you from temporary layoff: please report to the Dayton shop on Monday."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


# --- one worker's case ------------------------------------------------------------------------------------------------


def test_a_dismissal_for_misconduct_is_one_persons_case(classify):
    text = "징계 해고 통지\n\n귀하는 회사 자금을 유용한 사실이 확인되어 징계위원회 의결에 따라 6월 30일자로 해고되었음을 알립니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_tribunals_decision_on_one_worker_is_no_layoff(classify):
    text = (
        "The applicant, a warehouse clerk, claimed unfair dismissal. The employer said her role was a genuine redundancy "
        "after it automated stock counts; the tribunal found the redundancy was not genuine."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


# --- forms and samples with placeholders ------------------------------------------------------------------------------


def test_a_forms_guide_with_placeholders_is_no_event(classify):
    text = "[기재 요령] '해고 예정 인원'란에는 ○○명처럼 적고, '해고 예정일'은 20○○. ○. ○. 형식으로 씁니다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_sample_warn_letter_with_placeholders_is_no_event(classify):
    text = "Dear [Employee Name]: [Company Name] will permanently close its plant at [Address]. Your job will end on [Date]."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_memo_signed_by_an_anonymised_chief_still_reports_its_cuts(classify):
    text = "대표 ○○○입니다. 투자 유치가 무산되어 전체 직원 가운데 30여 명과 권고사직 절차를 진행합니다."
    assert classify(text, "ko", NOTICE_DAY).type is T.LAYOFF


# --- separation dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("청주점은 2024. 8. 31.부로 영업을 종료하며 판매직 40명의 계약도 같은 날 끝납니다.", "ko", date(2024, 8, 31)),
        ("조직 개편은 9월 1일부로 시행됩니다. 물류센터 폐쇄로 직원 50명은 9월 30일자로 퇴직 처리됩니다.", "ko", date(2024, 9, 30)),
        ("희망퇴직을 신청한 생산직 80여명이 6월 30일까지 회사를 떠날 예정이다.", "ko", date(2024, 6, 30)),
        ("투자 무산으로 20명과 권고사직을 진행하며 마지막 근무일은 이달 말입니다.", "ko", date(2024, 3, 31)),
        ("We will close the Reno depot. Your employment with the company will end on May 31, 2024.", "en", date(2024, 5, 31)),
        ("The sawmill will stop operating on June 28, 2024, and its 90 workers will lose their jobs.", "en", date(2024, 6, 28)),
        (
            "We are opening a voluntary severance scheme. The window opens on 1 April and closes at noon on 19 April. "
            "Staff whose applications are approved will leave on 30 June 2024.",
            "en",
            date(2024, 6, 30),
        ),
    ],
)
def test_the_day_people_leave_is_the_separation_date(classify, text, lang, expected):
    assert classify(text, lang, NOTICE_DAY).separation_date == expected


# --- headcounts -------------------------------------------------------------------------------------------------------


def test_the_share_of_a_workforce_put_on_leave_is_its_headcount(classify):
    text = "회사는 전 직원 1,800명 중 절반을 대상으로 다음 달 한 달간 유급휴업을 실시한다."
    assert classify(text, "ko", NOTICE_DAY).headcount == 900


def test_a_programmes_target_is_its_headcount_not_the_eligible_pool(classify):
    text = (
        "The board approved a voluntary retirement program: about 900 staff would meet the eligibility criteria, "
        "and the company has set a target of about 300 participants."
    )
    assert classify(text, "en", NOTICE_DAY).headcount == 300


def test_posts_cut_are_people(classify):
    text = "The council will open a voluntary redundancy scheme aiming to cut up to 120 posts this year."
    assert classify(text, "en", NOTICE_DAY).headcount == 120


def test_help_for_the_people_a_cut_is_for_reports_the_cut(classify):
    text = "사측은 상담직 200명을 6월 말 감원하겠다고 밝혔다. 감원 대상자에게는 위로금과 전직 지원 서비스를 제공한다."
    detection = classify(text, "ko", NOTICE_DAY)
    assert detection.type is T.LAYOFF and detection.headcount == 200


def test_roles_reduced_by_a_count_is_the_headcount(classify):
    text = "We propose to reduce the number of night-shift picker roles at the Derby depot by 45, putting those roles at risk of redundancy."
    assert classify(text, "en", NOTICE_DAY).headcount == 45


def test_a_companys_faq_on_its_own_exit_programme_reports_it(classify):
    text = (
        "Voluntary Retirement Offer - Frequently Asked Questions\n\nWho can apply?\nStaff aged 58 or over.\n\n"
        "When would I leave?\nEveryone whose application is accepted will leave the company on June 28, 2024."
    )
    detection = classify(text, "en", NOTICE_DAY)
    assert detection.type is T.VOLUNTARY_RETIREMENT and detection.separation_date == date(2024, 6, 28)


def test_a_general_faq_about_exit_programmes_stays_an_explainer(classify):
    text = "Frequently asked questions: what is a voluntary separation program, and can my employer withdraw an offer?"
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_filings_reduction_of_the_workforce_by_a_count_is_a_layoff(classify):
    text = (
        "Item 2.05. On May 2, the Board approved a plan to lower costs. The plan includes a reduction of the "
        "Company's workforce by approximately 350 employees, or about 9% of its headcount."
    )
    detection = classify(text, "en", NOTICE_DAY)
    assert detection.type is T.LAYOFF and detection.headcount == 350
