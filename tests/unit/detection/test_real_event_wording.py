"""Real events told as real sources tell them: wire news, WARN notices, ministry notes, trade press (fresh15's
round). Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

THURSDAY = date(2024, 3, 14)


# --- background that is not what the text reports ---------------------------------------------------------------


def test_a_past_hiring_spree_is_background_and_the_layoff_stands(classify):
    detection = classify("Northwind Software is laying off 1,200 employees after a hiring binge during the boom years.", "en")
    assert detection.type is T.LAYOFF and detection.headcount == 1200


def test_a_hiring_freeze_does_not_veto_the_cuts_announced_with_it(classify):
    detection = classify("Contoso will cut 300 jobs and has put a hiring freeze in place for the rest of the year.", "en")
    assert detection.type is T.LAYOFF


def test_a_chief_executive_named_bill_is_not_a_bill_before_lawmakers(classify):
    text = "Fabrikam said on Tuesday it would cut 400 jobs, as chief executive Bill Moreno seeks to lower costs."
    assert classify(text, "en").type is T.LAYOFF


def test_a_bill_before_lawmakers_still_is_policy_news(classify):
    assert not classify("The bill would require employers to give 90 days notice of layoffs.", "en").is_restructuring


def test_a_closure_cited_as_the_cause_of_a_past_slump_is_no_event(classify):
    text = "조선소 폐쇄로 침체됐던 상권이 최근 되살아나고 있다고 상인회는 전했다."
    assert not classify(text, notice_date=date(2024, 5, 2)).is_restructuring


# --- public schemes and cuts avoided ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government will extend its wage subsidy scheme to the end of June, which pays 70% of furloughed staff's wages.",
        "Ministers unveiled a new job support scheme for furloughed workers in hospitality.",
        "About two million jobs have been protected by the furlough scheme, officials said.",
    ],
)
def test_a_government_wage_scheme_told_as_policy_is_no_restructuring(classify, text):
    assert not classify(text, "en").is_restructuring


def test_a_company_putting_its_staff_on_furlough_is_still_a_suspension(classify):
    assert classify("Tailspin Toys will furlough 250 staff at its Leeds warehouse for six weeks.", "en").type is T.SUSPENSION


def test_layoffs_a_measure_is_meant_to_avoid_are_not_made(classify):
    text = "Managers agreed to a pay cut to avoid layoffs at the Dayton mill this winter."
    assert not classify(text, "en").is_restructuring


# --- the type of the event ----------------------------------------------------------------------------------------


def test_a_voluntary_layoff_programme_is_voluntary_retirement(classify):
    text = "About 900 machinists have signed up for the company's voluntary layoff program, which pays a week per year of service."
    assert classify(text, "en").type is T.VOLUNTARY_RETIREMENT


def test_involuntary_layoffs_are_layoffs(classify):
    assert classify("The airline said it will begin involuntary layoffs of 700 workers next month.", "en").type is T.LAYOFF


def test_cuts_whose_method_is_still_open_are_other_restructuring(classify):
    text = "Executives have not said whether the reductions will come through buyouts or layoffs."
    detection = classify(text, "en")
    assert detection.is_restructuring and detection.type is T.OTHER


def test_a_warn_notice_is_typed_by_the_event_it_states(classify):
    text = (
        "WARN notice received\n\nEmployer: Acme Castings, Peoria\nType of event: Temporary layoff (idling of the foundry)\n"
        "Number affected: 240"
    )
    assert classify(text, "en").type is T.SUSPENSION


def test_a_warn_notice_alone_is_still_a_layoff(classify):
    assert classify("Acme Castings filed a WARN notice covering 240 workers in Peoria.", "en").type is T.LAYOFF


def test_a_coming_closure_that_frames_a_workforce_restructuring_does_not_type_it(classify):
    text = "○○화학이 여수 공장 가동 종료를 앞두고 인력 구조조정에 들어갔다. 방식과 규모는 노조와 협의하기로 했다."
    detection = classify(text, notice_date=date(2024, 5, 2))
    assert detection.is_restructuring and detection.type is T.OTHER


def test_dismissals_ahead_of_a_closure_are_still_part_of_the_closure(classify):
    text = "○○섬유는 공장 폐쇄를 앞두고 생산직 80명을 정리해고했다."
    assert classify(text, notice_date=date(2024, 5, 2)).type is T.CLOSURE


# --- closures told as the end of production -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The last pickup rolled off the line at the Wentzville plant, and about 1,100 workers lost their jobs.",
        "The mill will pour its final steel this week, ending four decades of steelmaking in the valley for 600 workers.",
        "Riverside Hospital said it will close on or about June 30, affecting 900 employees.",
    ],
)
def test_the_end_of_production_told_in_the_news_is_a_closure(classify, text):
    assert classify(text, "en", notice_date=THURSDAY).type is T.CLOSURE


def test_a_deal_that_will_close_is_no_closure(classify):
    text = "Northwind said it will close the acquisition in the third quarter and keep all 400 staff."
    assert not classify(text, "en").is_restructuring


# --- dates --------------------------------------------------------------------------------------------------------


def test_the_effective_date_of_a_warn_form_is_the_separation_date(classify):
    text = "WARN Report\nCompany: Acme Corp\nNotice date: 03/01/2024\nEffective date: 05/03/2024\nLayoff: permanent\nNo. of employees affected: 180"
    assert classify(text, "en", notice_date=THURSDAY).separation_date == date(2024, 5, 3)


def test_jobs_cut_by_the_end_of_a_month_leave_on_its_last_day(classify):
    detection = classify("Contoso will cut 2,500 jobs by the end of September.", "en", notice_date=THURSDAY)
    assert detection.separation_date == date(2024, 9, 30)


def test_a_weekday_ahead_is_the_coming_one(classify):
    # The notice is a Thursday: "will close on Saturday" is two days later.
    detection = classify("The Bellevue store will close for good on Saturday, and its 45 staff will be let go.", "en", notice_date=THURSDAY)
    assert detection.separation_date == date(2024, 3, 16)


def test_a_weekday_told_in_the_past_is_the_last_one(classify):
    # The notice is a Thursday: "closed on Tuesday" was two days before.
    detection = classify("The last bus rolled off the line at the Orion plant on Tuesday, ending 30 years of assembly there.", "en", notice_date=THURSDAY)
    assert detection.separation_date == date(2024, 3, 12)


def test_a_weekday_before_a_full_date_is_read_with_the_date(classify):
    text = "The last sedan is due to roll off the line at the Lansing plant on Monday, April 8, and 700 workers will be laid off."
    assert classify(text, "en", notice_date=THURSDAY).separation_date == date(2024, 4, 8)


# --- Korean: people put on leave, stops ended, days off -----------------------------------------------------------


def test_the_people_a_rotating_stop_is_applied_to_are_the_headcount(classify):
    text = "○○조선은 다음 달부터 석 달간 생산직 4백여명을 대상으로 순환 휴업을 실시한다."
    detection = classify(text, notice_date=date(2024, 5, 2))
    assert detection.type is T.SUSPENSION and detection.headcount == 400


def test_the_pool_of_a_voluntary_retirement_still_is_no_headcount(classify):
    text = "○○은행은 근속 15년 이상 직원 2천명을 대상으로 희망퇴직 신청을 받는다."
    assert classify(text, notice_date=date(2024, 5, 2)).headcount is None


@pytest.mark.parametrize(
    "text",
    [
        "○○항공은 1년 넘게 이어 온 객실승무원 휴업을 이달 말로 종료한다.",
        "휴직을 마친 직원들은 다음 주부터 현업에 복귀한다.",
    ],
)
def test_a_stop_that_ends_is_no_suspension(classify, text):
    assert not classify(text, notice_date=date(2024, 5, 2)).is_restructuring


@pytest.mark.parametrize(
    "text",
    [
        "시내 대형마트 12곳은 이달부터 의무휴업을 수요일로 옮긴다.",
        "전통시장 인근 마트들은 둘째 주 일요일에 문을 닫는다.",
    ],
)
def test_a_stores_day_off_is_no_closure(classify, text):
    assert not classify(text, notice_date=date(2024, 5, 2)).is_restructuring


def test_a_store_that_closes_for_good_on_a_day_is_still_a_closure(classify):
    detection = classify("○○백화점 수원점이 오는 30일 영업을 끝으로 문을 닫는다.", notice_date=date(2024, 5, 2))
    assert detection.type is T.CLOSURE
