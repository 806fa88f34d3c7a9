"""Public sector, education, health and nonprofits (fresh36's round): the public ways of closing (폐교, 폐원, 폐국, public
sites 통폐합, a unit's or a centre's operation ended, a foundation wound up, a college closing, an operation wound down),
contracts of a counted group not renewed or not extended, unpaid leave while others strike, a judge letting a programme
go ahead, jobs said not to be lost, positions whose fate is listed as alternatives, the residents a care home moves, and
dates told as "effective immediately" or "…, when their resignations take effect". Sentences of our own (not the eval
texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2025, 1, 13)


# --- Korean: schools, kindergartens, post offices and public sites closed ---------------------------------------------


def test_a_rural_school_closing_at_the_end_of_february_is_a_closure_dated_that_day(classify):
    text = "OO중학교가 신입생이 끊기면서 2월 28일 폐교한다. 행정실 계약직 직원 4명은 폐교와 함께 계약이 끝난다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 2, 28))


def test_a_closed_schools_grounds_turned_into_a_library_are_no_closure(classify):
    text = "군은 폐교 부지를 리모델링해 주민 도서관으로 활용하기로 했다."
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_a_school_only_threatened_with_closing_is_no_closure(classify):
    text = "학생 수가 20명 아래로 줄어든 OO초등학교가 폐교 위기에 놓였다."
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_a_kindergarten_deciding_to_close_for_good_is_a_closure_not_a_school_holiday(classify):
    text = "원아가 줄어든 OO구의 사립유치원이 내년 2월 폐원을 결정하고 교사들에게 알렸다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_a_kindergarten_shut_for_a_holiday_is_still_no_closure(classify):
    text = "시내 유치원들은 추석 연휴 동안 문을 닫는다."
    assert not classify(text, "ko", MONDAY).is_restructuring


def test_post_offices_closed_by_the_postal_service_are_a_closure(classify):
    text = "우정사업본부가 이용객이 적은 읍면 지역 우편취급국 8곳을 연말에 폐국하기로 했다. 취급국 직원들은 일자리를 잃게 된다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_public_health_posts_merged_into_the_county_office_are_a_closure(classify):
    text = "OO군이 보건진료소 4곳을 읍내 보건소로 통폐합한다. 이들 진료소의 기간제 간호사 11명은 계약이 연장되지 않는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 11)


def test_a_brokers_branches_merged_while_it_cuts_staff_stay_a_layoff(classify):
    text = "한 증권사가 지점 12곳을 통폐합하면서 영업직원 150명을 감원했다."
    assert classify(text, "ko", MONDAY).type is T.LAYOFF


def test_a_delivery_room_whose_operation_ends_is_a_closure(classify):
    text = "OO군 의료원이 출생아 감소로 다음 달부터 분만실 운영을 종료한다. 분만실 조산사들은 계약 만료로 병원을 떠난다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_births_a_unit_lost_are_no_statistics_of_firms(classify):
    text = "OO의료원은 분만 건수 감소와 인력난으로 분만실 운영을 종료하기로 했다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_centres_whose_operation_ends_on_a_day_close_that_day(classify):
    text = "OO복지재단이 운영하던 지역아동센터 2곳과 경로당은 2025년 3월 31일자로 운영을 종료합니다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 3, 31))


def test_a_foundation_wound_up_by_its_board_is_a_closure(classify):
    text = "OO문화재단은 이사회 의결에 따라 법인을 해산하고, 소속 직원 전원과의 근로계약을 종료한다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


def test_a_crowd_dispersed_is_no_closure(classify):
    text = "경찰은 집회 참가자들을 해산시켰다."
    assert not classify(text, "ko", MONDAY).is_restructuring


# --- Korean: contracts of a counted group not renewed or not extended; unpaid leave; residents ------------------------


def test_lecturers_left_out_of_the_renewal_list_are_a_layoff(classify):
    text = "OO대학교의 시간강사 60명이 다음 학기 재계약 대상에서 제외됐다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


def test_fixed_term_staff_whose_contracts_are_not_extended_are_a_layoff(classify):
    text = "시청 공공근로 참여자 35명은 예산 삭감으로 계약이 연장되지 않는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 35)


def test_a_hospital_rolling_out_unpaid_leave_to_nurses_is_a_suspension(classify):
    text = "환자가 줄어든 OO대병원이 간호사와 행정직원을 대상으로 무급휴가를 시행한다."
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


def test_unpaid_leave_while_trainee_doctors_strike_is_still_a_suspension(classify):
    text = "전공의 파업이 길어지자 OO병원이 간호사들에게 무급휴직을 권고했다."
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


def test_a_care_homes_residents_are_not_its_staff_count(classify):
    text = "OO요양원이 3월 31일 문을 닫는다. 입소 어르신 45명은 다른 시설로 옮기고, 요양보호사 등 직원 27명은 폐원과 함께 퇴직한다."
    assert classify(text, "ko", MONDAY).headcount == 27


def test_the_form_left_for_a_later_meeting_makes_a_cut_other(classify):
    text = ("OO연구원이 지원 조직 인력 50여명을 개편 대상으로 통보했다. 재배치, 감축 등 구체적인 방식은 노사협의회를 거쳐 "
            "정하기로 했다. 노조는 사실상 감원이라고 반발했다.")
    assert classify(text, "ko", MONDAY).type is T.OTHER


# --- English: colleges, operations wound down, programmes, jobs said not to be lost -------------------------------------


def test_a_college_that_will_close_on_a_day_is_a_closure_dated_that_day(classify):
    text = "Millbrook College will close June 30 after 120 years, its trustees said, citing falling enrollment."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 6, 30))


def test_an_orderly_wind_down_of_operations_with_funding_rescinded_is_a_closure(classify):
    text = ("The regional arts council will begin a wind-down of its operations after the legislature rescinded its "
            "funding. Most staff positions will end on March 31.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 3, 31))


def test_a_rescinded_notice_still_vetoes(classify):
    text = "The company rescinded the layoffs it announced last week for its Toledo plant."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_buyout_that_a_judge_let_go_ahead_is_a_voluntary_programme_dated_when_it_takes_effect(classify):
    text = ("About 4,000 state employees accepted the early-out offer after a judge allowed the program to go forward; "
            "they stay on the payroll until Aug. 31, when their resignations take effect.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 4000, date(2025, 8, 31))


def test_a_judges_ruling_on_a_dismissal_still_vetoes(classify):
    text = "A judge ruled that the county wrongfully laid off 12 clerks in 2019."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_nurses_put_on_unpaid_leave_during_a_doctors_walkout_are_a_suspension(classify):
    text = "The hospital has put dozens of nurses on unpaid leave as the doctors' walkout empties its wards."
    assert classify(text, "en", MONDAY).type is T.SUSPENSION


def test_a_plant_stopped_by_its_own_workers_strike_is_still_no_suspension(classify):
    text = "Production at the plant was halted as 900 workers went on strike over wages."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_majors_and_faculty_positions_eliminated_together_are_a_layoff_of_the_positions(classify):
    text = "The regents voted to eliminate 14 degree programs and about 90 faculty positions to close a deficit."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_teachers_reassigned_with_no_one_losing_a_job_are_no_event(classify):
    text = "The district will move 40 teachers to other schools next fall, and no teachers will lose their jobs."
    assert not classify(text, "en", MONDAY).is_restructuring


def test_positions_whose_fate_is_listed_as_alternatives_are_other(classify):
    text = ("The state university announced a restructuring affecting about 150 positions; whether positions will be "
            "eliminated, merged or moved to other units will be decided this spring.")
    assert classify(text, "en", MONDAY).type is T.OTHER


def test_staff_let_go_effective_immediately_leave_on_the_notice_day(classify):
    text = "The for-profit college chain is ceasing operations at all campuses, and its 900 employees were let go effective immediately."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, MONDAY)


# --- English: explainers, counts told in parts, organisations that fold ---------------------------------------------------


def test_a_question_and_its_answer_on_one_line_is_an_explainer(classify):
    text = ("Q: What is a furlough? A: A furlough is unpaid time off an agency imposes when funds lapse. "
            "Q: Will I be laid off? A: A furlough is not a layoff; employees return when funding is restored.")
    assert not classify(text, "en", MONDAY).is_restructuring


def test_a_part_of_them_furloughed_is_the_count_not_the_rest_who_keep_working(classify):
    text = ("About 60,000 state workers are affected by the budget lapse. Some 25,000 of them have been furloughed, "
            "while 35,000 employees deemed essential keep working without pay.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 25000)


def test_applications_approved_in_a_buyout_window_are_the_people_who_leave(classify):
    text = ("The voluntary separation incentive window has closed. Of the 900 employees eligible, 130 applications "
            "have been approved, and separations will be completed by June 30.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 130)


def test_counts_by_job_joined_by_and_are_summed(classify):
    text = "The clinic will close its dialysis unit in May, and twelve nurses and five technicians will be laid off."
    assert classify(text, "en", MONDAY).headcount == 17


def test_students_beside_staff_are_not_summed_with_them(classify):
    text = "The academy is ceasing operations at all campuses, affecting 3,000 students and about 400 employees."
    assert classify(text, "en", MONDAY).headcount == 400


def test_a_charity_that_has_closed_after_its_grant_was_withdrawn_is_a_closure(classify):
    text = ("A youth charity that ran three after-school clubs has closed after its council grant was withdrawn. "
            "Its 14 staff were made redundant.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_layoff_plan_withdrawn_is_still_called_off(classify):
    text = "The hospital withdrew its plan to lay off 200 nurses after talks with the union."
    assert not classify(text, "en", MONDAY).is_restructuring


# --- Posts cut by attrition: a restructuring of the workforce with no one to count ------------------------------------


def test_posts_cut_by_leaving_vacancies_unfilled_are_other_with_no_count(classify):
    text = "The library board will trim 45 positions over two years by leaving vacancies unfilled as staff retire."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_a_quota_cut_met_by_natural_decline_is_other_with_no_count(classify):
    text = "OO공단은 인력 80명을 감축하되 직원을 내보내지 않고 정년퇴직 등 자연 감소로 맞추기로 했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_attrition_beside_a_stated_layoff_keeps_the_layoffs_count(classify):
    text = "The district will leave 12 vacancies unfilled and will also lay off 30 employees in June."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)
