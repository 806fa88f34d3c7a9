"""A regional month (fresh23's round): a US state's Rapid Response intake and a Korean regional center's — WARN
notices typed by their own field, union statements, earnings calls, shop owners' farewells, counseling notes, posts,
snow days. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 10, 14)  # a Tuesday


# --- separation dates -----------------------------------------------------------------------------------------------


def test_a_plan_effective_on_a_day_already_past_this_year_takes_effect_next_year(classify):
    text = "The county board adopted a budget that eliminates 35 library positions, effective July 1."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 35, date(2026, 7, 1))


def test_an_effective_day_with_its_year_stays_in_that_year(classify):
    text = "Orchard Mills laid off 60 workers effective July 1, 2025, the state's WARN log shows."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 7, 1)


def test_a_shift_eliminated_on_a_day_dates_the_layoff(classify):
    text = "The night crew at the bottling line will be eliminated on Dec. 5, and its 95 operators will be laid off, the local said."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 12, 5)


def test_cuts_expected_to_begin_on_a_day_are_dated_that_day(classify):
    text = "Redwater Logistics will lay off 140 drivers at its Tulsa yard. The cuts are expected to begin Jan. 12, the filing says."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.headcount, got.separation_date) == (140, date(2026, 1, 12))


def test_a_final_day_of_production_on_a_weekday_and_date_is_the_closures_day(classify):
    text = "Bellmont Foods will close its Elgin plant, with its final day of production on Friday, Feb. 6. About 400 workers are affected."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2026, 2, 6))


def test_people_who_work_their_final_shift_on_a_coming_weekday_leave_that_day(classify):
    text = "About 75 nurses took the clinic group's buyout, offered to all 300 of its staff. They will work their final shift on Friday."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 10, 17))


def test_reductions_the_company_expects_to_complete_by_a_quarters_end_are_dated_to_its_last_day(classify):
    text = ("On the call the finance chief said the firm is removing about 600 positions and expects to complete "
            "the workforce reductions by the end of the fourth quarter.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 600, date(2025, 12, 31))


def test_a_fiscal_quarters_end_is_not_read_as_a_calendar_quarters(classify):
    text = "Pellam Corp will close its Dover plant by the end of its fiscal second quarter; 90 jobs are affected."
    assert classify(text, "en", NOTICE_DAY).separation_date is None


def test_a_closure_with_the_people_it_affects_told_in_between_is_dated_by_its_deadline(classify):
    text = "Lakeline Bank will close its loan servicing center in Boise, affecting 80 to 95 employees, by Feb. 27, the bank said."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 80, date(2026, 2, 27))


def test_a_notice_field_effective_with_a_colon_dates_the_separation(classify):
    text = "Company: Ridgeway Plastics; City: Akron; Employees affected: 52; Effective: 2025-12-19; Type: Layoff Permanent"
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 12, 19)


def test_a_business_suspension_in_a_disclosure_is_dated_by_its_planned_day(classify):
    text = "[공시] 영업정지 — 회사명: ○○화학 / 대상: 필름 사업부문 / 사업 영업 종료 / 영업정지 예정일: 2025-12-31"
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 12, 31))


def test_people_told_to_leave_by_a_weekday_next_week_leave_that_day(classify):
    text = "팀 해체 결정 나고 다들 권고사직 통보 받음. 30명 가까이 되는데 다음 주 수요일까지 짐 싸서 나가래."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 10, 22))


# --- types -----------------------------------------------------------------------------------------------------------


def test_a_warn_notice_whose_type_field_says_closure_is_a_closure(classify):
    text = ("WARN NOTICE — State Workforce Agency\nCompany: Fernhill Castings LLC\nNumber affected: 64\n"
            "Layoff date: 12/12/2025\nType: Closure\nRapid Response will contact the employer.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 64, date(2025, 12, 12))


def test_a_warn_notice_whose_type_field_says_layoff_stays_a_layoff(classify):
    text = "WARN NOTICE\nCompany: Fernhill Castings LLC\nNumber affected: 64\nLayoff date: 12/12/2025\nType: Layoff"
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_shops_last_day_of_business_makes_it_a_closure_with_its_staff_affected(classify):
    text = ("After 40 years the Corner Hardware is closing. The owners said the last day of business will be Saturday, "
            "Nov. 1, and all 12 employees will lose their jobs.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 12, date(2025, 11, 1))


def test_closing_a_center_of_any_kind_is_a_closure(classify):
    text = "Ashby Health will close its wound care center in Laramie next spring, affecting 28 employees."
    assert classify(text, "en", NOTICE_DAY).type is T.CLOSURE


def test_a_cut_told_as_a_share_of_the_company_is_a_layoff(classify):
    text = "Leadership cut 15% of the company this morning, 42 of us. Today was my last day."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 42, NOTICE_DAY)


def test_a_share_of_the_company_budget_is_no_layoff(classify):
    text = "The board voted to cut 10% of the company budget for travel next year."
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_a_cut_of_positions_as_the_company_closes_some_branches_is_a_layoff(classify):
    text = "Harrow Savings will eliminate 230 positions as it scales back its card business and closes 11 branches."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 230)


def test_closing_stores_and_laying_off_their_staff_is_still_a_closure(classify):
    text = "The outdoor retailer will close 25 stores and lay off about 700 workers."
    assert classify(text, "en", NOTICE_DAY).type is T.CLOSURE


def test_relocation_offered_to_people_among_other_options_is_no_closure(classify):
    text = ("Tallis Software is restructuring its support organization, a change affecting 120 roles; affected staff may "
            "be offered relocation, reassignment or severance.")
    assert classify(text, "en", NOTICE_DAY).type is T.OTHER


# --- hard negatives --------------------------------------------------------------------------------------------------


def test_a_shop_that_moves_in_town_with_all_its_staff_is_no_closure(classify):
    text = ("The Elm Street pharmacy is closing its current site, but only to move: it will relocate to a larger "
            "building a mile away, and all 18 employees will transfer to the new location.")
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_a_warn_notice_rescinded_without_a_determiner_vetoes_the_layoffs(classify):
    text = ("Harlow Metals rescinds WARN notice after landing a new order.\n\nThe company had told the state in August that "
            "it would lay off 90 workers at its Lorain mill in January.")
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_schools_closed_for_a_snow_warning_are_no_suspension(classify):
    text = "대설경보로 충북 북부 초중고 45곳이 내일 휴업한다고 교육지원청이 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_business_shut_for_a_typhoon_warning_is_no_suspension(classify):
    text = "태풍 경보가 내려지자 항만 하역업체 ○○로지스가 하루 휴업에 들어갔다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_restructuring_ones_own_subscriptions_and_wallet_is_a_joke_not_an_event(classify):
    text = "이번 달 카드값 보고 구독 구조조정 들어감. 유튜브 프리미엄만 남기고 다 해지. 통장도 희망퇴직 받는다 ㅠ"
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_business_cut_back_with_its_staff_moved_to_other_units_without_cuts_is_no_restructuring(classify):
    text = "○○중공업, 풍력 사업 축소…인력 감원 없이 조선 부문으로 전환 배치. 해당 인력 250여명은 모두 조선 부문에 재배치된다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_dismissal_that_keeps_its_cut_verb_is_still_a_layoff_when_no_one_is_moved(classify):
    text = "○○중공업은 풍력 사업부 인력 250명을 감원하기로 했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.LAYOFF


# --- headcounts ------------------------------------------------------------------------------------------------------


def test_a_count_included_in_a_larger_one_that_follows_gives_way_to_the_whole(classify):
    text = "상담 기록: 내담자는 ○○정밀 생산직. 회사 폐업으로 이달 말 퇴사 예정이며 같은 반 15명을 포함해 직원 41명 전원이 일자리를 잃는다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 41, date(2025, 10, 31))


# --- left from fresh22's round ----------------------------------------------------------------------------------------


def test_counts_listed_site_by_site_before_one_cut_verb_add_up(classify):
    text = "○○화학이 울산공장 90명, 여수공장 60명을 감원하기로 하고 노조에 알렸다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 150)


def test_a_whole_then_its_part_is_not_summed_as_a_list(classify):
    text = "○○화학 울산공장 직원 900명 가운데 90명을 감원하기로 했다."
    assert classify(text, "ko", NOTICE_DAY).headcount == 90


def test_the_day_a_plan_was_told_to_the_union_is_not_the_closures_day(classify):
    text = ("○○전자가 구미 생산라인을 멕시코 공장으로 옮긴다. 회사는 14일 노조에 생산 이전 계획을 설명했다. "
            "구미 라인은 오는 12월 말 가동을 멈춘다.")
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 12, 31))


def test_a_plant_closed_years_ago_that_restarts_and_hires_is_no_closure(classify):
    text = "2017년 문을 닫았던 ○○조선소가 다시 돌아간다. ○○중공업은 14일 재가동 기념식을 열고 300명을 새로 채용한다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_fiscal_quarters_end_given_as_a_day_dates_the_closure(classify):
    text = ("The Company expects the Tacoma facility, where about 210 employees work, to cease operations by the end of "
            "its fiscal second quarter, which ends January 31, 2026.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2026, 1, 31))


def test_headquarters_consolidated_into_another_campus_by_a_quarters_end_is_a_closure(classify):
    text = ("Birchwood Foods will consolidate its Toledo headquarters into its Detroit campus by the end of the first "
            "quarter; the 85 positions based in Toledo will be eliminated.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2026, 3, 31))


def test_a_hospital_that_closes_a_unit_on_a_weekday_with_no_on_is_dated_that_day(classify):
    text = "Ridge County Hospital will close its sleep center Friday; its 12 technicians will be laid off."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 10, 17))


def test_hiring_told_against_cuts_made_at_the_same_time_does_not_hide_the_cuts(classify):
    text = "Lindell Bank will hire 150 data engineers even as it cuts 380 back-office roles."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.is_restructuring, got.headcount) == (True, 380)


def test_hiring_alone_is_no_layoff(classify):
    text = "Lindell Bank will hire 150 data engineers next year, it said."
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_calling_back_the_workers_a_plant_furloughed_is_a_recall_not_a_stop(classify):
    text = ("Dorsey Tractor is calling back all 250 workers it furloughed in August as orders recover. "
            "The line had been idled for about six weeks.")
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_roles_that_will_transition_out_of_the_organization_are_a_layoff(classify):
    text = ("As we move payroll to an outside provider, approximately 60 roles in our Tampa office will transition out "
            "of the organization by year-end.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


def test_a_workforce_to_be_reshaped_is_a_restructuring_of_no_stated_form(classify):
    text = "Marlow College will reshape its workforce over the next two years to close a budget gap, the president wrote."
    assert classify(text, "en", NOTICE_DAY).type is T.OTHER
