"""The near miss again (fresh46's round): negatives that use every restructuring word (an analyst's expected
announcement, a review headed with its title, a plan scrapped and then retold, a counterfactual, a pledge that a named
lender's staff keep their jobs, a category's share of the filings counted), types (an office closed with its work moved, a
method still to be told, leave named as an effort to avoid dismissals), events the rules missed (a mill's last shift,
"of us are being let go", a past-tense 내보냈다, a door closed "for good"), and counts and dates. Sentences of our own
(not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- negatives: what is said, expected or called off, not done ------------------------------------------------------------


def test_analysts_at_a_named_bank_expecting_job_cuts_is_no_event(classify):
    text = ("Analysts at a Chicago investment bank wrote on Monday that they expect Harlow Chemicals to announce job cuts "
            "of up to 8% of its staff with its results next week. Harlow did not respond.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_traders_expecting_a_company_to_announce_layoffs_is_no_event(classify):
    text = "Traders expect Nolan Freight to announce layoffs at its investor day, a trading desk note said."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_company_that_says_it_will_announce_its_own_job_cuts_is_still_an_event(classify):
    text = "Nolan Freight said it will cut 400 jobs and expects to announce the sites affected next week."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 400)


def test_a_review_headed_with_its_quoted_title_is_no_event(classify):
    text = ("Review: 'The Last Payroll' turns a round of layoffs at a cannery into a quiet tragedy\n"
            "The plant is closing, the foreman has a list of 40 names, and the film never looks away. Four stars.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_plan_to_close_scrapped_and_then_retold_in_its_own_sentence_is_no_event(classify):
    text = ("Wexford Dairy has scrapped its plan to close its bottling plant in Elgin, keeping about 180 jobs, after a new "
            "retail contract. The company had said in May that the plant would close in the autumn.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_plan_scrapped_for_one_plant_with_cuts_elsewhere_is_still_an_event(classify):
    text = ("Wexford Dairy has scrapped its plan to close its bottling plant in Elgin. It will instead cut 90 jobs at its "
            "Perth site.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_a_pledge_that_a_named_lenders_employees_keep_their_jobs_is_no_layoff(classify):
    text = ("Under the merger agreement, no Oakridge Savings employees will lose their jobs, and all 310 staff will keep "
            "their current roles, the banks said.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_closings_as_a_share_of_the_notices_counted_is_a_statistic(classify):
    text = ("Employers filed 140 WARN notices in the state last year, up 9% from the year before. Store closings made up nearly half of the notices, "
            "with the rest layoffs at warehouses.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_counterfactual_of_jobs_that_could_have_been_lost_is_no_event(classify):
    text = ("한빛섬유가 공장을 해외로 옮기려던 계획을 접었다. 이전이 진행됐다면 직원 200여명이 일자리를 잃을 수 있었다. "
            "회사는 대신 설비 투자를 늘린다.")
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_an_observers_forecast_of_a_retirement_programme_is_no_event(classify):
    text = "업계에서는 한결생명이 연말께 대규모 희망퇴직을 실시할 것이라는 관측이 나온다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


# --- the type ------------------------------------------------------------------------------------------------------------


def test_an_office_closed_with_its_work_moved_elsewhere_is_a_closure(classify):
    text = ("Posting from a burner. Management said today they're closing the Tampa office and moving the work to "
            "Atlanta. All 30 of us are gone by December.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_restructuring_whose_roles_to_be_cut_or_moved_are_still_to_be_told_is_other(classify):
    text = ("Brant Mutual said it will restructure its underwriting unit, affecting about 200 employees, and will say "
            "next month which jobs will be eliminated, relocated or redesigned.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 200)


def test_leave_named_as_an_effort_to_avoid_dismissals_does_not_type_a_dismissal_a_stop(classify):
    text = ("법원은 회사가 무급휴직 등 해고 회피 노력을 다했다고 판단했다. 이에 따라 회사가 통보한 사무직 30명에 대한 "
            "정리해고는 예정대로 시행된다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_rotating_leave_announced_on_its_own_is_still_a_stop(classify):
    text = "대성기계는 다음 달부터 생산직 80명을 대상으로 순환휴직을 실시한다."
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


# --- events the rules missed ---------------------------------------------------------------------------------------------


def test_a_mills_final_shift_run_is_its_closure(classify):
    text = ("After 90 years the Riverton sawmill is done. The final shift will run on Thursday, and its 75 workers will "
            "clock out for the last time.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_count_of_us_being_let_go_is_a_layoff(classify):
    text = "They called the night crew in and told us 120 of us are being let go at the end of the month."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_half_of_a_stated_staff_let_go_in_the_past_tense_is_a_layoff(classify):
    text = "\"맞습니다. 지난달 전체 직원 80명의 절반을 내보냈습니다.\""
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_a_factory_door_closed_for_good_is_a_closure(classify):
    text = "대구의 한 양말공장이 다음 달 말을 끝으로 공장 문을 완전히 닫기로 했다. 남은 직원 25명은 모두 퇴사한다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_an_office_shutting_down_in_a_posts_title_types_the_cut_a_closure(classify):
    text = "r/layoffs -- Boise office shutting down\nWe heard it at the all-hands today. All 25 of us are out in March."
    assert classify(text, "en", MONDAY).type is T.CLOSURE


# --- counts ----------------------------------------------------------------------------------------------------------------


def test_a_share_named_as_those_who_may_apply_is_a_pool_and_no_count(classify):
    text = "한성제약이 희망퇴직을 실시한다. 근속 15년 이상 영업직 300명 가운데 30%가 신청 대상이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_share_of_a_stated_staff_that_is_let_go_is_still_a_count(classify):
    text = "한성제약이 영업직 300명 가운데 30%를 정리해고한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_a_cap_on_childrens_tuition_in_brackets_is_no_count(classify):
    text = ("[공지] 2024년 명예퇴직 실시\n1. 대상: 근속 25년 이상 직원\n2. 퇴직일: 2024년 6월 30일\n"
            "3. 지원: 특별위로금, 자녀 학비(최대 3명), 전직 지원")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_year_ending_a_rows_date_is_not_the_count_on_the_next_line(classify):
    text = ("WARN notice received\nCompany: Redfield Packaging Inc.\nEffective date: 09/20/2024\n"
            "No. of employees affected: 88\nLayoff/Closure: Layoff Permanent")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 88)


def test_a_year_at_a_lines_end_is_not_a_count_of_the_field_below(classify):
    text = ("WARN notice received\nCompany: Redfield Packaging Inc.\nEffective date: September 20, 2024\n"
            "No. of employees affected: 88\nLayoff/Closure: Layoff Permanent")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 88)


def test_the_buyouts_accepted_count_over_the_target_the_company_had_sought(classify):
    text = ("Twenty-two teachers at Westbrook Academy have accepted buyouts and will leave in June. The school had sought "
            "30 departures.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 22)


def test_a_correction_counts_the_corrected_figure_not_the_one_reported(classify):
    text = ("[정정] 본지 3일자 '한강물류, 인력 감축' 기사에서 감축 인원을 '800명'으로 보도했으나, 회사 확인 결과 '680명'이기에 "
            "바로잡습니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 680)


# --- dates -------------------------------------------------------------------------------------------------------------------


def test_a_mills_final_shift_run_this_friday_dates_the_closing_and_counts_the_workers_clocking_out(classify):
    text = ("The Dunmore mill has run for a century. The final shift will run this Friday, and the mill's remaining 90 "
            "workers will clock out for the last time.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 90, date(2024, 3, 8))


def test_staff_told_they_are_done_as_of_the_end_of_next_month_dates_the_leaving(classify):
    text = "They're closing the Tampa office and moving the work to Atlanta. All 30 of us are done as of the end of next month."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 4, 30))


def test_a_dismissal_named_as_the_topic_and_carried_out_on_a_day_dates_the_leaving(classify):
    text = ("법원이 노조의 가처분 신청을 기각했다. 이에 따라 회사가 통보한 사무직 30명에 대한 정리해고는 예정대로 다음 달 "
            "20일자로 시행된다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 30, date(2024, 4, 20))


def test_a_rule_carried_out_from_a_day_is_still_no_leaving_day(classify):
    text = "회사는 생산직 40명을 정리해고한다고 밝혔다. 새 취업규칙은 다음 달 1일자로 시행된다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, None)


# --- guards: what the new rules leave alone ----------------------------------------------------------------------------------


def test_a_schedules_last_shift_of_the_day_is_no_closure(classify):
    text = "At the Kelso depot the last shift runs until midnight, and drivers are paid a night premium."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_plan_retold_in_the_past_perfect_without_being_scrapped_is_still_an_event(classify):
    text = ("The Elgin bottling plant closed on Friday. Wexford Dairy had said in May that the plant would close in the "
            "autumn, putting 180 jobs at risk.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_sought_count_told_alone_is_still_the_count(classify):
    text = "The Ledger will seek 25 buyouts from its newsroom staff before the end of the year."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 25)
