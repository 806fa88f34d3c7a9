"""Stories that change (fresh53's round): corrections, amended notices, second-day stories, revised counts, waves and
rounds, plans scaled back or withdrawn, dates moved. The latest count and the latest day are the ones a crisis center
plans for. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the day people leave, told the way follow-up stories tell it -----------------------------------------------------


def test_a_plants_last_production_day_named_in_a_second_day_story_is_its_date(classify):
    text = (
        "A day after saying it would close its Erie foundry, Northway Castings said Tuesday that the foundry's last production "
        "day will be April 26 and that 140 workers will lose their jobs."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2024, 4, 26))


def test_people_who_will_depart_on_a_day_with_no_on_leave_that_day(classify):
    text = (
        "Pinecrest Mutual said 310 employees accepted the buyout offer it widened on Feb. 20. They will depart "
        "May 31, it said."
    )
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2024, 5, 31)


def test_staff_who_will_be_laid_off_on_a_day_with_no_on_leave_that_day(classify):
    text = (
        "Correction: a March 1 story said Harlow Clinic's sleep lab would close for a while. The closure is for good, and 22 "
        "technicians will be laid off April 12."
    )
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (22, date(2024, 4, 12))


def test_an_amended_notice_that_moves_a_closure_dates_it_by_the_new_day(classify):
    text = (
        "An amended WARN notice from Brightline Support moves the closure of its Tucson service center to May 17, from "
        "April 30 in the original filing. The notice lists 96 affected employees."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 96, date(2024, 5, 17))


def test_jobs_that_will_go_by_the_end_of_a_month_go_then(classify):
    text = (
        "Sterling Mills said on Monday it will stop spinning at its Carrow site. About 180 jobs will go by the end of June, the "
        "company said."
    )
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2024, 6, 30)


# --- the latest count ----------------------------------------------------------------------------------------------


def test_an_amended_notice_raising_the_people_to_be_laid_off_from_one_count_to_another_gives_the_new_count(classify):
    text = (
        "Brixton Freight filed an amended WARN notice raising the number of employees to be laid off at its Reno "
        "warehouse from 64 to 81."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 81)


def test_years_from_one_to_another_are_not_a_revised_count(classify):
    text = "Workers to be laid off at the mill from 2019 to 2021 numbered in the hundreds, a state report said."
    got = classify(text, "en", MONDAY)
    assert got.headcount not in (2021, 2019)


def test_the_count_a_company_now_gives_wins_over_the_one_it_had_given(classify):
    text = (
        "Delmar Plastics had said in January it would lay off 120 workers at its Akron plant; it now says 165 employees "
        "will lose their jobs as orders keep falling."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 165)


def test_applications_for_a_buyout_that_reached_a_count_are_those_who_leave(classify):
    text = (
        "Orchid Bank said applications for its voluntary retirement program reached 640, above the 600 it had hoped for. "
        "Those employees leave on April 30."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 640)


def test_sites_whose_counts_are_glossed_in_parentheses_add_up(classify):
    text = "한들제지가 노후 설비를 이유로 청주공장(120명)과 여수공장(45명)의 가동을 9월 30일 종료한다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 165)


def test_a_widened_buyout_with_no_target_set_has_no_count_of_those_who_leave(classify):
    text = (
        "누리생명이 희망퇴직 신청 대상을 넓혔다. 지난달엔 만 55세 이상이었지만 이번 공지에서 근속 10년 이상 전 직원, 약 900명으로 "
        "늘렸다. "
        "회사는 목표 인원을 따로 정하지 않았다고 밝혔다."
    )
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_buyouts_count_stands_when_only_a_further_rounds_target_is_unset(classify):
    text = "누리생명이 직원 70명을 희망퇴직으로 내보낸다. 회사는 추가 감원 목표를 정하지 않았다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 70


# --- plans dropped, cuts left out ------------------------------------------------------------------------------------


def test_a_council_that_dropped_a_proposal_to_close_branches_reports_no_event(classify):
    text = "The Marston town council dropped a proposal to close two library branches after the state raised its grant."
    got = classify(text, "en", MONDAY)
    assert got.is_restructuring is False


def test_a_debt_plan_said_to_leave_out_job_cuts_reports_no_event(classify):
    text = (
        "한마루건설이 사업 구조조정안을 확정했다. 적자 사업부를 자회사로 분리하는 내용이다. 회사 측은 \"이번 안에 인력 감축은 "
        "포함되지 않았다\"고 밝혔다."
    )
    got = classify(text, "ko", MONDAY)
    assert got.is_restructuring is False


def test_a_correction_that_calls_a_units_closure_permanent_makes_it_a_closure(classify):
    text = (
        "Correction: an earlier story described the shutdown of Lakeview Hospital's cardiac rehab unit as temporary. The "
        "hospital says the closure is permanent, and 19 staff will be laid off May 3."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 19, date(2024, 5, 3))


def test_roles_eliminated_versus_relocated_undecided_is_no_closure(classify):
    text = (
        "Harbor Mutual announced a restructuring that will affect about 250 positions. It has not decided how many roles "
        "would be eliminated versus relocated."
    )
    got = classify(text, "en", MONDAY)
    assert got.type is T.OTHER


# --- timelines -------------------------------------------------------------------------------------------------------


def test_a_timelines_latest_dated_entry_gives_this_rounds_count(classify):
    text = (
        "Layoffs at Brightpath Media, so far:\n"
        "- Oct. 2: 120 jobs cut in the newsroom.\n"
        "- Dec. 5: Second round, 80 roles in sales.\n"
        "- March 1: A third round: 45 more employees in the video unit will be laid off effective April 15."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 45, date(2024, 4, 15))


def test_a_timelines_counts_stand_when_no_later_entry_counts_people(classify):
    text = (
        "Layoffs at Brightpath Media:\n"
        "- Oct. 2: The company lays off 120 newsroom employees.\n"
        "- Dec. 5: The union files a grievance over the cuts."
    )
    got = classify(text, "en", MONDAY)
    assert got.headcount == 120
