"""Counts as people say and write them (2026.11.28, a form-wide round): a gallery of the ways a count of people is
written, in both languages, each read by general means (count_forms.py and the finders it sits beside). Sentences of our
own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the nouns a count of people is told with ------------------------------------------------------------------------


def test_a_count_of_personnel_is_read(classify):
    got = classify("Harlow Foods will lay off 300 personnel at its bakery in Dayton.", "en", MONDAY)
    assert got.headcount == 300


def test_a_count_of_individuals_is_read(classify):
    got = classify("Harlow Foods will lay off 300 individuals at its Dayton bakery.", "en", MONDAY)
    assert got.headcount == 300


def test_a_count_of_public_servants_is_read(classify):
    got = classify("The county will lay off 80 firefighters and police officers next month.", "en", MONDAY)
    assert got.headcount == 80


def test_a_count_of_faculty_is_read(classify):
    got = classify("The school district will lay off 35 faculty at the end of the term.", "en", MONDAY)
    assert got.headcount == 35


def test_a_count_of_a_trade_named_by_its_compound_is_read(classify):
    assert classify("The port operator will lay off 120 dockworkers.", "en", MONDAY).headcount == 120
    assert classify("The chain will lay off 70 salespeople.", "en", MONDAY).headcount == 70
    assert classify("The agency will lay off 25 caseworkers.", "en", MONDAY).headcount == 25


def test_a_count_of_offices_and_occupations_is_read(classify):
    assert classify("The firm will lay off 50 managers and supervisors.", "en", MONDAY).headcount == 50
    assert classify("The hospital will lay off 60 caregivers and aides.", "en", MONDAY).headcount == 60
    assert classify("The bank will lay off 50 loan officers.", "en", MONDAY).headcount == 50
    assert classify("The university will lay off 70 instructors and adjuncts.", "en", MONDAY).headcount == 70


def test_a_count_spelled_at_the_start_of_a_sentence_before_an_occupation_is_read(classify):
    text = "Ninety-five security officers are losing their jobs when the building's cleaning contract ends."
    assert classify(text, "en", MONDAY).headcount == 95


def test_the_takers_of_a_buyout_are_its_count(classify):
    got = classify("The buyout drew 300 takers at Harlow Foods.", "en", MONDAY)
    assert got.headcount == 300


# --- the forms of the number -------------------------------------------------------------------------------------------


def test_a_count_written_in_words_then_figures_is_read(classify):
    text = "Harlow Foods will lay off one hundred twenty-five (125) employees at its Dayton bakery, the notice said."
    assert classify(text, "en", MONDAY).headcount == 125


def test_a_count_written_in_figures_then_words_is_read(classify):
    text = "Harlow Foods will lay off 125 (one hundred twenty-five) employees at its Dayton bakery, the notice said."
    assert classify(text, "en", MONDAY).headcount == 125


def test_a_closing_parenthesis_alone_does_not_make_a_count(classify):
    text = "Harlow Foods (see note 3) workers will be told on Friday that the Dayton bakery will lay off staff."
    assert classify(text, "en", MONDAY).headcount is None


def test_a_count_in_millions_is_read(classify):
    got = classify("About 1.2 million federal workers were furloughed during the shutdown.", "en", MONDAY)
    assert got.headcount == 1_200_000


def test_hundreds_joined_by_a_hyphen_are_read(classify):
    assert classify("Harlow Foods will lay off three-hundred workers.", "en", MONDAY).headcount == 300


def test_tens_and_units_written_apart_are_one_count(classify):
    assert classify("The mill will lay off Thirty five workers in April.", "en", MONDAY).headcount == 35


def test_a_spelled_count_told_as_some_is_about_that_many(classify):
    got = classify("They laid off forty-some people on Friday.", "en", MONDAY)
    assert (got.headcount, got.headcount_approximate) == (40, True)


def test_a_spelled_part_of_a_spelled_whole_is_the_part(classify):
    assert classify("The mill laid off three of its five workers.", "en", MONDAY).headcount == 3


def test_a_percentage_before_the_staff_is_no_count(classify):
    text = "Harlow Foods will lay off roughly 30 percent of its staff, or about 300 people."
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_korean_count_spaced_after_its_ten_thousands_is_read_whole(classify):
    assert classify("한빛정공은 경영 악화로 직원 1만 2천 명을 감원한다고 밝혔다.", "ko", MONDAY).headcount == 12000
    assert classify("한빛정공은 경영 악화로 직원 1만 2000명을 감원한다고 밝혔다.", "ko", MONDAY).headcount == 12000


# --- a count with its cut named before it, or no noun at all -----------------------------------------------------------


def test_a_headcount_reduction_of_a_count_is_read(classify):
    assert classify("Harlow Foods plans a headcount reduction of 300.", "en", MONDAY).headcount == 300


def test_headcount_reduced_by_a_count_is_read(classify):
    assert classify("Harlow Foods will reduce headcount by 300 by the end of the year.", "en", MONDAY).headcount == 300


def test_headcount_reduced_by_a_share_is_no_bare_count(classify):
    got = classify("Harlow Foods will reduce headcount by 30% by the end of the year.", "en", MONDAY)
    assert got.headcount is None


def test_layoffs_of_a_count_are_read(classify):
    assert classify("Harlow Foods announced layoffs of 300 at its Dayton bakery.", "en", MONDAY).headcount == 300


def test_job_cuts_numbering_a_count_are_read(classify):
    assert classify("Harlow Foods announced job cuts numbering about 300.", "en", MONDAY).headcount == 300


def test_a_cut_sized_by_a_hyphenated_count_is_read(classify):
    assert classify("Harlow Foods announced a 300-person layoff at its Dayton bakery.", "en", MONDAY).headcount == 300
    assert classify("Harlow Foods announced a 300-job cut at its Dayton bakery.", "en", MONDAY).headcount == 300


def test_a_firm_sized_by_a_hyphenated_count_is_not_the_people_a_stop_reaches(classify):
    text = ("Aldine Machining, a 320-person shop, told employees it would stand down production for two weeks, with staff "
            "furloughed on unpaid leave.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_the_people_a_cut_affects_told_without_a_noun_are_read(classify):
    assert classify("The layoffs will affect 300 at the Dayton bakery.", "en", MONDAY).headcount == 300
    assert classify("The layoffs, affecting some 300, start in May.", "en", MONDAY).headcount == 300


def test_the_students_a_closure_affects_are_not_its_count(classify):
    text = "The college is closing all its campuses. The shutdown affects roughly 40,000 students and about 800 employees."
    assert classify(text, "en", MONDAY).headcount == 800


def test_the_people_a_closure_leaves_without_work_are_read(classify):
    text = "The Dayton bakery will close in June, leaving 300 without work."
    assert classify(text, "en", MONDAY).headcount == 300
    text = "The Dayton bakery will close in June, putting 300 out of work."
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_bare_count_that_loses_its_jobs_is_read(classify):
    text = "Harlow Foods will close its Dayton bakery; 300 are expected to lose their jobs."
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_closing_site_that_employs_a_bare_count_gives_its_staff(classify):
    assert classify("The Dayton bakery, which employs 300, will close in June.", "en", MONDAY).headcount == 300
    assert classify("Harlow Foods will close its Dayton bakery, where 300 work.", "en", MONDAY).headcount == 300


def test_the_others_let_go_with_the_writer_are_the_count(classify):
    text = "Got laid off today along with ~200 others in the platform org. Open to work!"
    assert classify(text, "en", MONDAY).headcount == 200


def test_a_headline_count_before_a_dash_and_a_share_is_read(classify):
    assert classify("Harlow Foods is laying off 300 — about 30% of its staff.", "en", MONDAY).headcount == 300
    assert classify("Harlow Foods is laying off about 300, or 30% of its staff.", "en", MONDAY).headcount == 300


def test_a_sized_team_cut_by_a_share_is_that_share(classify):
    text = "A hard update from our CEO\nWe are reducing our 650-person team by roughly 18%. Those affected will hear today."
    assert classify(text, "en", MONDAY).headcount == 117


# --- fields of a notice ------------------------------------------------------------------------------------------------


def test_a_field_of_the_total_layoffs_is_read(classify):
    text = "Harlow Foods WARN notice\nEvent: permanent layoff\nTotal layoffs: 300\nEffective: June 3"
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_field_of_the_positions_eliminated_is_read(classify):
    text = "Harlow Foods to lay off staff at Dayton bakery. Positions eliminated: 45. Reason: lost contract."
    assert classify(text, "en", MONDAY).headcount == 45


def test_a_field_after_a_long_dash_is_read(classify):
    assert classify("Harlow Foods announces layoffs. Jobs lost — 120", "en", MONDAY).headcount == 120


def test_a_field_of_the_affected_headcount_is_read(classify):
    assert classify("Harlow Foods will lay off workers. Affected headcount: 80", "en", MONDAY).headcount == 80


# --- ranges and a workforce cut from one size to another ---------------------------------------------------------------


def test_a_range_between_two_counts_gives_its_low_end(classify):
    got = classify("Harlow Foods will lay off between 200 and 300 workers.", "en", MONDAY)
    assert got.headcount == 200


def test_a_korean_range_told_with_eseo_gives_its_low_end(classify):
    got = classify("한빛정공은 경영 악화로 300명에서 400명을 감원한다고 밝혔다.", "ko", MONDAY)
    assert got.headcount == 300


def test_a_korean_count_revised_from_one_to_another_is_still_the_later(classify):
    text = "게임 개발사 누리소프트의 감원 규모가 당초 알려진 150명에서 200명으로 늘어났다. 회사는 신작 개발을 중단한다."
    assert classify(text, "ko", MONDAY).headcount == 200


def test_a_workforce_cut_from_one_size_to_another_gives_the_difference(classify):
    assert classify("The startup will cut its workforce from 1,000 to 700.", "en", MONDAY).headcount == 300
    assert classify("The startup will cut its staff to 700 from 1,000 employees.", "en", MONDAY).headcount == 300


def test_a_workforce_that_grows_gives_no_difference(classify):
    text = "Ridgeline Motors adds a third shift; the workforce will grow from 1,800 to 2,400 as it also lays off 40 temps."
    assert classify(text, "en", MONDAY).headcount == 40


def test_a_korean_staff_cut_from_one_size_to_another_gives_the_difference(classify):
    got = classify("한빛정공은 구조조정으로 임직원 수를 1천명에서 700명으로 줄인다.", "ko", MONDAY)
    assert got.headcount == 300


def test_a_korean_staff_cut_from_one_size_to_another_by_a_count_gives_that_count(classify):
    got = classify("한빛정공은 구조조정으로 직원을 1천명에서 700명으로 300명 줄인다.", "ko", MONDAY)
    assert got.headcount == 300


# --- Korean: the staff cut by a count, parts and wholes ----------------------------------------------------------------


def test_the_staff_cut_by_a_count_is_that_count(classify):
    assert classify("한빛정공은 구조조정으로 인력 규모를 300명 줄인다.", "ko", MONDAY).headcount == 300
    assert classify("한빛정공은 구조조정으로 직원 수를 300명 줄이기로 했다.", "ko", MONDAY).headcount == 300


def test_a_difference_from_last_year_is_still_no_count(classify):
    text = "한빛정공의 올해 희망퇴직 신청자는 120명으로 지난해보다 40명 줄었다."
    assert classify(text, "ko", MONDAY).headcount == 120


def test_an_authorized_headcount_cut_by_attrition_is_no_count_of_people(classify):
    text = "정부는 공공기관 정원을 1만2천명 줄이는 인력 효율화 계획을 확정했다. 인위적 감원 없이 자연 감소로 해소한다."
    assert classify(text, "ko", MONDAY).headcount is None


def test_a_teams_own_count_gives_way_to_the_companys(classify):
    text = "우리 회사 이번에 정리해고 한대요. 우리 팀만 5명이고 회사 전체로는 50명이래요."
    assert classify(text, "ko", MONDAY).headcount == 50


def test_job_groups_told_as_subjects_of_their_counts_are_summed(classify):
    text = ("○○조선 블록공장이 폐쇄됐습니다. 거기서 일하던 생산직이 백이십 명, 사무직이 삼십오 명이었는데 다 일자리를 "
            "잃었습니다.")
    assert classify(text, "ko", MONDAY).headcount == 155


def test_a_whole_staff_sized_by_a_hyphenated_count_let_go_is_that_count(classify):
    assert classify("The paper will lay off its entire 45-person staff when it stops printing.", "en", MONDAY).headcount == 45
    assert classify("The startup laid off its 45-person team on Friday.", "en", MONDAY).headcount == 45


def test_a_numbered_field_of_affected_workers_is_read(classify):
    text = "Harlow Foods layoff notice\n# of affected workers: 45\nReason: lost contract"
    assert classify(text, "en", MONDAY).headcount == 45


def test_a_sized_workforce_trimmed_to_a_size_gives_the_difference(classify):
    text = "Harlow Foods will trim its 1,000-person workforce to 700 by June as it lays off staff."
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_workforce_that_will_shrink_from_one_size_to_another_gives_the_difference(classify):
    text = "Harlow Foods said its workforce will shrink from 1,000 employees to 700 after the layoffs."
    assert classify(text, "en", MONDAY).headcount == 300


def test_a_korean_staff_told_by_its_size_cut_to_another_gives_the_difference(classify):
    assert classify("한빛정공은 구조조정으로 직원 1천명을 700명으로 줄인다.", "ko", MONDAY).headcount == 300
    assert classify("한빛정공은 구조조정으로 1천명인 직원을 700명으로 줄인다.", "ko", MONDAY).headcount == 300


def test_a_count_in_indian_grouping_or_lakh_is_read(classify):
    text = "The IT services firm will lay off 1,20,000 employees over two years, a report said."
    assert classify(text, "en", MONDAY).headcount == 120_000
    text = "The IT services firm will lay off 1.2 lakh employees over two years, a report said."
    assert classify(text, "en", MONDAY).headcount == 120_000


def test_a_thousands_group_set_off_by_a_no_break_space_is_one_count(classify):
    assert classify("Harlow Foods will lay off 1\u00a0200 workers at two plants.", "en", MONDAY).headcount == 1200
