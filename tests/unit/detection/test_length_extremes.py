"""Length extremes (fresh30's round): push alerts, tickers, memos and headlines that drop the verb and write dates with a
slash ("퇴직일 5/31", "3/31자", "last day Dec 31", "85 roles eliminated eff. 3/15"); long features, minutes and analyst
notes in which the cut is one thread and its last day is told far from it ("퇴직일은 오는 12월 31일로", "the last day of
February", "all closures completed by the end of June"). Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

TUESDAY = date(2024, 5, 7)


# --- dates as alerts and tickers write them ---------------------------------------------------------------------------


def test_a_korean_alert_s_leaving_day_written_with_a_slash_is_the_separation_date(classify):
    got = classify("[공지] 희망퇴직 신청 마감 5/20(월) 17시 / 퇴직일 6/28 / 문의 인사팀", "ko", TUESDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 6, 28))


def test_a_store_s_last_day_of_business_written_with_a_slash_before_the_closing_word_dates_the_closure(classify):
    got = classify("○○백화점 수원점 7/31 영업종료…직원 90여 명 거취 불투명", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 90, date(2024, 7, 31))


def test_a_ticker_s_slash_date_with_ja_at_the_end_of_the_line_dates_the_dismissal(classify):
    got = classify("[속보] ○○물산 영업직 60명 정리해고 통보…6/30자", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 60, date(2024, 6, 30))


def test_a_share_written_with_a_slash_is_no_date(classify):
    got = classify("○○전자는 생산직의 1/3 수준을 감원하기로 했다.", "ko", TUESDAY)
    assert got.separation_date is None


def test_a_headline_s_cut_and_the_month_s_end_it_is_done_by_date_the_cut(classify):
    got = classify("[속보] ○○조선, 사무직 400명 감원…다음 달 말까지 마무리", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 400, date(2024, 6, 30))


def test_an_application_window_completed_by_a_day_is_no_leaving_day(classify):
    got = classify("희망퇴직 접수를 이달 말까지 완료할 예정이다.", "ko", TUESDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_leaving_day_told_as_the_coming_month_and_day_is_the_separation_date(classify):
    text = "회사는 근속 20년 이상 직원을 대상으로 희망퇴직을 받는다. 퇴직일은 오는 8월 30일로 정해졌다."
    assert classify(text, "ko", TUESDAY).separation_date == date(2024, 8, 30)


def test_a_headline_s_last_day_with_its_verb_dropped_dates_the_buyouts(classify):
    got = classify("Northfield Rail: 220 conductors take buyouts, last day Sept 30", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 220, date(2024, 9, 30))


def test_a_memo_line_dated_before_last_day_with_a_dash_dates_the_layoff(classify):
    got = classify("Thu 5/30 - last day for 22 billing staff laid off in the merger", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 22, date(2024, 5, 30))


def test_the_last_day_of_a_named_month_is_that_month_s_last_day(classify):
    got = classify("The owner said it will close the paper mill on the last day of September, affecting 140 workers.", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2024, 9, 30))


def test_closures_all_completed_by_the_end_of_a_month_date_the_closure(classify):
    text = "Management will close 40 of its 300 stores, affecting about 1,100 employees, with all closures completed by the end of August."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 1100, date(2024, 8, 31))


def test_a_target_of_exits_by_a_day_is_the_count_and_the_day_of_a_voluntary_round(classify):
    got = classify("Insurer opens voluntary redundancy scheme; target 350 exits by June 30", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 350, date(2024, 6, 30))


def test_lease_exits_by_a_day_are_no_leaving_day(classify):
    text = "The retailer will cut 200 jobs. It expects lease exits by March 31 to save $40m."
    assert classify(text, "en", TUESDAY).separation_date is None


# --- counts with their participle and no verb -------------------------------------------------------------------------


def test_a_count_of_roles_eliminated_with_no_verb_is_a_layoff(classify):
    got = classify("Reduction notice: 64 roles eliminated eff. 6/14 - People Ops", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 64, date(2024, 6, 14))


def test_a_count_of_staff_let_go_with_no_verb_is_a_layoff(classify):
    got = classify("Regional desk: 18 newsroom staff let go after the merger", "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 18)


def test_jobs_cut_in_a_past_year_are_no_event(classify):
    assert not classify("The 3,000 jobs cut in 2009 never came back to the valley.", "en", TUESDAY).is_restructuring


def test_a_headline_s_bare_count_after_the_verb_with_a_clause_of_why_is_the_headcount(classify):
    got = classify("Foundry furloughs 260 as truck orders dry up", "en", TUESDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 260)


# --- the thread of a long text ----------------------------------------------------------------------------------------


def test_the_closure_named_again_as_the_subject_of_a_cut_keeps_the_event_a_closure(classify):
    text = ("The health system said Riverside Memorial will close on Sept. 30 after years of losses. "
            "The closure will eliminate 240 jobs, the county's largest loss in a decade.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 240, date(2024, 9, 30))


def test_a_plant_s_operation_stopped_for_good_on_a_day_is_a_closure_on_that_day(classify):
    text = "공사는 이 발전소 3호기의 가동을 11월 30일 영구 중단한다고 밝혔다. 협력업체 직원 150명이 일자리를 잃는다."
    got = classify(text, "ko", TUESDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 11, 30))


def test_a_plant_s_operation_stopped_for_a_while_stays_a_suspension(classify):
    text = "회사는 부품 수급 차질로 공장 가동을 다음 주까지 중단하고 생산직 300명을 휴업 조치한다."
    assert classify(text, "ko", TUESDAY).type is T.SUSPENSION


def test_funded_projects_counted_by_geon_ending_are_no_closure(classify):
    text = ("의원: 국비 매칭 사업 두 건이 종료되면서 예산이 줄었습니다. "
            "과장: 해당 업체는 생산직 90명을 정리해고하겠다며 해고계획을 신고했습니다.")
    got = classify(text, "ko", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_an_earnings_call_s_margin_guide_is_no_explainer_and_a_restructuring_of_no_numbers_yet_is_other(classify):
    text = ("Analyst: On the gross margin guide for Q4, how much is the plant transfer? You also mentioned a workforce restructuring.\n"
            "CEO: We told employees today that we will be restructuring our workforce next year. We haven't determined numbers "
            "or timing yet.")
    assert classify(text, "en", TUESDAY).type is T.OTHER


def test_a_memo_s_workforce_restructuring_coming_with_details_to_be_decided_is_other(classify):
    assert classify("Staff memo: 'workforce restructuring' coming this autumn; details TBD", "en", TUESDAY).type is T.OTHER


def test_a_workforce_redesign_of_no_stated_form_is_other_and_another_employer_s_cut_told_in_comparison_is_not_its_event(classify):
    text = ("The county health system told its staff it will begin a \"workforce redesign\" in the fall. The chief executive "
            "did not say whether it would involve layoffs or buyouts. Other regional hospitals have taken harder steps: "
            "one eliminated 300 clinical positions last spring.")
    assert classify(text, "en", TUESDAY).type is T.OTHER


def test_a_recall_of_all_furloughed_drivers_ends_the_stop(classify):
    assert not classify("Harbor Logistics recalls all 140 furloughed drivers", "en", TUESDAY).is_restructuring


def test_a_tribunal_case_of_the_only_employee_affected_is_one_worker_s_case(classify):
    text = ("A tribunal found that a distributor unfairly treated a site manager it said had been made redundant. "
            "He was the only employee affected, and his role was re-advertised weeks later under a new title.")
    assert not classify(text, "en", TUESDAY).is_restructuring


def test_a_plant_running_at_reduced_capacity_with_salaried_staff_during_a_lockout_cuts_no_one(classify):
    text = ("About 400 union members remain locked out at the bakery. The plant is running at reduced capacity with "
            "salaried staff and temporary workers while talks are stalled.")
    assert not classify(text, "en", TUESDAY).is_restructuring


def test_cuts_whose_size_timing_and_form_the_announcing_message_left_out_are_other(classify):
    text = ("○○식품이 인력 구조조정에 착수한다고 임직원에게 알렸다. 메시지에는 구체적인 감축 규모나 시기, 희망퇴직 여부 등은 "
            "담기지 않았다.")
    assert classify(text, "ko", TUESDAY).type is T.OTHER


def test_an_interview_whose_speaker_counts_their_own_colleagues_who_volunteered_reports_the_buyouts(classify):
    text = ("Q: The station announced a voluntary redundancy scheme in spring. Where does it stand?\n"
            "A: Applications closed last month. In the end 28 of our 90 reporters volunteered, and all were accepted.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 28)


def test_a_faq_listed_among_what_the_company_handed_out_is_no_explainer(classify):
    text = ("\"They gave us meetings, slides, a FAQ,\" she says. In the end the depot made 60 staff redundant after "
            "the new sorting line went in.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


def test_a_law_s_threshold_where_a_count_or_more_are_proposed_is_no_headcount(classify):
    text = ("Consultation lasted 45 days, the minimum required where 100 or more redundancies are proposed, and the firm "
            "finally made 70 staff redundant.")
    assert classify(text, "en", TUESDAY).headcount == 70


def test_a_mayor_s_count_of_our_neighbors_at_a_closing_plant_is_its_headcount(classify):
    text = ("The company informed the city that it will close the Eastside foundry on the last day of June. "
            "310 of our neighbors work at that foundry.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 310, date(2024, 6, 30))


def test_a_count_of_people_hired_years_ago_is_no_headcount_beside_a_share_of_the_workforce_cut(classify):
    text = ("Last week the software maker said it would cut 10 percent of its 5,000-person workforce. "
            "The company hired 1,800 people in 2021 alone.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 500)


# --- features that look back ------------------------------------------------------------------------------------------


def test_a_feature_years_after_the_plant_closed_tells_history_not_a_closure(classify):
    text = ("Twelve years after the plant closed, Millbrook has a different economy. When the last truck rolled off the "
            "line in 2012, the plant took some 1,900 jobs with it. Today a logistics park employs about 600 people.")
    assert not classify(text, "en", TUESDAY).is_restructuring


def test_a_korean_feature_years_after_the_plant_left_tells_history_not_a_stop(classify):
    text = ("[기획] 공장 떠난 지 8년, 도시는 다시 일어섰나\n\n2016년 조선소 가동 중단으로 협력업체를 합쳐 5천 명이 넘는 "
            "일자리가 흔들렸다. 지금 옛 부지에는 풍력 부품 공장이 들어섰다.")
    assert not classify(text, "ko", TUESDAY).is_restructuring


def test_a_new_closure_told_in_a_story_years_after_the_first_plant_closed_is_still_an_event(classify):
    text = ("Ten years after the plant closed, the town faces another blow: the company said it will close its Elm Street "
            "warehouse in August, affecting 180 workers.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 180)


def test_a_korean_story_years_after_a_closure_that_tells_a_new_one_is_still_an_event(classify):
    text = "조선소가 문을 닫은 지 7년. 이번에는 협력업체 ○○기공이 다음 달 말 공장을 폐쇄하기로 했다. 직원 120명이 일자리를 잃는다."
    assert classify(text, "ko", TUESDAY).type is T.CLOSURE
