"""Energy, mining, heavy industry, construction and food (fresh39's round): coal units retired, furnaces and mills shut,
seasonal plants that will not reopen, production moved abroad, refinery turnarounds. A site that closes is a closure and
the jobs that "go" with it are part of it; a plant's maintenance turnaround is no closure. Sentences of our own (not the
eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a site that closes is a closure, its jobs that "go" part of it ----------------------------------------------------


def test_a_fish_cannery_that_will_not_reopen_next_season_is_a_closure(classify):
    text = ("The Harbour Point cannery will not reopen for the 2025 canning season, its owner said, and 140 jobs "
            "will go.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 140)


def test_a_shop_that_will_not_reopen_until_spring_is_no_closure(classify):
    text = "The garden centre will not reopen until April after the flood, and its 30 staff will be paid meanwhile."
    got = classify(text, "en", MONDAY)
    assert got.type != T.CLOSURE


def test_furnaces_shut_with_jobs_to_go_are_a_closure(classify):
    text = ("Redcastle Steel will shut both of its blast furnaces at the Teesbank works next year, with 1,300 jobs "
            "to go.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 1300)


def test_a_kiln_site_named_with_what_it_made_before_its_verb_is_a_closure(classify):
    text = ("A brickworks owner said the pottery that has fired roof tiles since 1911 will close in June with the "
            "loss of 85 jobs.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 85)


def test_a_plant_that_will_shut_for_two_weeks_is_no_closure(classify):
    text = "The mill, which employs 400 people, said the plant that makes paperboard will shut for two weeks in July."
    got = classify(text, "en", MONDAY)
    assert got.type != T.CLOSURE


def test_power_units_told_as_the_subject_of_their_retirement_are_a_closure(classify):
    text = ("서해 ○○화력발전소 3·4호기가 내년 6월 30일 가동을 멈추고 폐지된다. 설비 정비를 맡아온 협력업체 직원 95명은 "
            "일자리를 잃는다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 95)


def test_a_production_line_moved_abroad_all_at_once_is_a_closure(classify):
    text = ("창원의 ○○정밀이 자동차 부품 생산라인을 내년 말까지 인도 공장으로 모두 옮긴다. 이에 따라 생산직 210명의 "
            "근로계약이 종료된다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 210)


# --- stops told by a miner's words ------------------------------------------------------------------------------------


def test_a_mine_put_into_care_and_maintenance_is_a_stop(classify):
    text = ("Bluegum Lithium will place its Pilgangoora mine into care and maintenance from August, and about 420 jobs "
            "will be affected.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 420)


def test_operations_temporarily_suspended_with_the_site_named_between_are_a_stop(classify):
    text = "The company will temporarily suspend its Queensland zinc smelting operations in May, affecting 350 workers."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 350)


# --- maintenance is no closure -----------------------------------------------------------------------------------------


def test_a_refinery_turnaround_for_planned_maintenance_is_no_event(classify):
    text = ("The Eastport refinery started a planned six-week maintenance turnaround on Tuesday, shutting its "
            "hydrocracker unit; 1,500 contractors will join the work and staff stay on full pay.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_smelter_maintenance_outage_is_no_closure(classify):
    text = "The smelter will shut its potlines during a maintenance outage next month; no jobs are affected."
    got = classify(text, "en", MONDAY)
    assert got.type != T.CLOSURE


# --- counts: a part of a whole whose owner is named, a total after 등, a count grown from a first estimate -------------


def test_a_part_of_the_groups_staff_made_redundant_is_the_count(classify):
    text = "Administrators said 640 of the builder's 1,020 employees were made redundant on Friday."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 640)


def test_the_part_laid_off_of_a_closing_stations_staff_is_the_count(classify):
    text = ("The Northfield gas plant will permanently shut down on June 30. Of the plant's 350 employees, 220 will be "
            "laid off; the rest stay on for decommissioning.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 220)


def test_a_share_of_the_plants_workforce_on_temporary_layoff_is_the_count(classify):
    text = ("Ridgeline Glass will pause one of its two furnaces for eight weeks from May 1. About half of the plant's "
            "480 workers will be placed on temporary layoff during the pause.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 240)


def test_the_total_after_deung_is_the_count(classify):
    # (등: the parts listed are some of the total, not all of it)
    text = "○○광업소가 다음 달 말 폐광한다. 광업소 직원 150명과 하청 근로자 45명 등 210명이 일자리를 잃는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 210)


def test_a_count_grown_from_the_first_estimate_is_the_count(classify):
    text = ("○○중공업 협력사들이 인력을 줄이고 있다. 당초 해고 인원은 150명 안팎으로 알려졌지만, 노조 집계 결과 해고 통보를 받은 "
            "근로자는 230명으로 늘었다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 230)


# --- dates: a site told with its county and state, a unit retired told as the subject ------------------------------------


def test_a_mine_named_with_its_county_and_state_closes_on_the_day_after_them(classify):
    text = ("Greyrock Coal will close its No. 2 underground mine in Boone County, West Virginia, on April 12, and "
            "all 190 miners will be laid off.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 4, 12))


def test_power_units_retired_as_the_subject_close_on_the_date_inside_the_sentence(classify):
    text = "○○화력발전소 5·6호기가 오는 9월 30일 가동을 멈추고 폐지된다. 협력업체 근로자 70명이 일자리를 잃는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 9, 30))


def test_staff_made_redundant_today_leave_on_the_notices_day(classify):
    text = "Brookfield Civil entered administration and 320 of its 500 staff were made redundant today."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 320, MONDAY)


def test_locals_who_worked_at_a_closed_plant_and_lost_their_jobs_are_the_count(classify):
    text = "전남 여수의 멸치 가공업체 ○○식품이 폐업했다. 가공 작업을 해온 마을 주민 45명이 일자리를 잃었다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 45)


def test_a_closing_stations_staff_mostly_redeployed_with_some_redundancies_is_no_count(classify):
    text = ("The gas-fired Westmere station, which employs about 180 people, will shut its last unit next year. The "
            "owner said it would redeploy as many staff as possible but expected some redundancies.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, None)


def test_a_closing_mines_whole_staff_is_the_count_when_nothing_says_only_some_go(classify):
    text = "The Eastvale colliery, which employs about 180 people, will close in June."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 180)


def test_seniors_counted_by_the_honorific_counter_are_the_count(classify):
    text = "(공장 게시판) 이번 희망퇴직 신청하신 선배님들 27분, 이번 달 말이 마지막 출근입니다. 송별회에 많이 와 주세요."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 27)


def test_minutes_are_no_honorific_count(classify):
    text = "희망퇴직 설명회는 30분 동안 열린다. 선배님 한 분이 질문했다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount is None


def test_patients_moved_from_a_closing_hospital_are_no_count(classify):
    text = "○○요양병원이 다음 달 폐업한다. 입원 환자 80명은 인근 병원으로 옮긴다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, None)
