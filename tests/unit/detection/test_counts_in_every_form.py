"""Counts in every form (fresh41's round): the forms of a number (Sino-Korean words, "a dozen", "1.2 thousand"), which count
is the affected one (a revised count, this year's round, not jobs a new site adds), when counts add up (waves in one
sentence, sites named with their state, a table's column of cuts) and one person's dismissal or a survey's categories that
report no workforce event. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the forms of a number -------------------------------------------------------------------------------------------


def test_a_count_in_sino_korean_words_is_read(classify):
    text = "전남 광양의 부품업체 한빛정공이 주문 감소로 다음 달부터 두 달간 휴업한다. 생산직 사십오 명이 이 기간 휴직한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 45)


def test_hundreds_in_sino_korean_words_with_a_unit_digit_are_read(classify):
    text = "누리물산은 경영 악화로 직원 이백삼십 명을 감원한다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 230


def test_a_vague_plural_in_words_is_still_no_count(classify):
    text = "누리물산은 경영 악화로 수십 명을 감원한다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount is None


def test_two_dozen_with_a_word_before_the_noun_is_twenty_four(classify):
    text = "The Harbor Gazette is laying off two dozen newsroom employees as print advertising keeps falling."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 24)


def test_a_dozen_told_bare_after_the_cut_in_a_headline_is_twelve(classify):
    text = "Budgeting app Coinly lays off a dozen, nearly a fifth of its staff"
    got = classify(text, "en", MONDAY)
    assert got.headcount == 12


def test_a_bare_count_in_digits_before_a_comma_and_a_share_is_still_no_count(classify):
    text = "The software maker will cut about 10%, or roughly a tenth of its staff, the chief executive said."
    got = classify(text, "en", MONDAY)
    assert got.headcount is None


def test_a_labeled_field_in_thousands_is_read(classify):
    text = ("Texas WARN notices, week of March 4\nEmployer: Lone Star Freight | City: Dallas | Event: permanent layoff | "
            "Employees affected: 1.4 thousand | Reason: loss of contract")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 1400


def test_a_count_in_thousands_before_its_noun_is_read(classify):
    text = "The carrier will lay off 2.5 thousand workers at its maintenance base."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 2500


def test_hundreds_in_words_are_read_whole(classify):
    text = "Three hundred workers will lose their jobs when the Ashford paper mill closes in June."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 300


def test_hundreds_and_tens_in_words_are_one_count(classify):
    text = "The foundry will lay off one hundred and twenty workers at its Toledo plant."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 120


def test_thousands_in_words_are_read(classify):
    text = "Two thousand jobs will go at the carmaker's Halewood plant, the union said."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 2000


def test_a_count_with_plus_is_about_that_many(classify):
    text = "This morning I was one of 150+ people impacted by the layoffs at Brightwave."
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.headcount_approximate) == (150, True)


def test_a_count_told_as_some_odd_is_about_that_many(classify):
    text = "The studio will lay off 80-odd developers after its game was cancelled."
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.headcount_approximate) == (80, True)


def test_a_native_korean_count_before_a_dismissal_is_a_layoff(classify):
    text = "부산의 한 인쇄업체가 일감이 줄자 근로자 스물여섯 명을 해고했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 26)


def test_a_word_before_myeong_that_is_no_numeral_reports_no_dismissal(classify):
    text = "그 배우는 무명 시절 아르바이트에서 해고를 당한 일을 털어놓았다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- which count is the affected one -----------------------------------------------------------------------------------


def test_a_count_raised_in_a_revised_notice_replaces_the_first(classify):
    text = ("Correction: Pinecrest Labs had said it would lay off 45 employees at its Austin site. In an amended notice "
            "filed Tuesday, the company raised the number to 70.")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 70


def test_a_number_of_layoffs_lowered_replaces_the_first(classify):
    text = "Marlow Print said it would cut 200 jobs, but after talks with the union it lowered the number of layoffs to 150."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 150


def test_the_number_of_staff_reduced_to_a_size_is_who_stays(classify):
    text = "The insurer will cut 300 jobs and reduce the number of staff to 900 by the end of the year."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 300


def test_a_cut_dated_in_the_notices_own_year_is_this_round(classify):
    text = "Solvane to cut 2,400 jobs in 2024 as it shuts two plants\nThe cuts are about 9% of its 26,000 employees."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 2400


def test_a_cut_dated_in_an_earlier_year_is_still_an_earlier_round(classify):
    text = "Brant Media, which cut 500 jobs in 2022, will lay off another 130 staff this spring."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 130


def test_jobs_a_new_site_will_add_are_not_the_cut(classify):
    text = ("Chipmaker Norvia to cut 1,800 jobs\nNorvia said its new plant in Ohio would still add 900 jobs by 2027, "
            "and the cuts fall on older sites.")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 1800


def test_a_cuts_size_raised_to_a_count_is_the_count_now(classify):
    text = "대한전선부품은 당초 120명이던 감원 규모를 180명으로 늘렸다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 180


def test_the_staff_a_cut_leaves_is_not_the_count(classify):
    text = "세림유통은 150명을 감원해 직원 수를 600명으로 줄인다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 150


def test_last_years_count_before_this_years_marks_only_the_first(classify):
    text = "한빛카드는 지난해 250명에 이어 올해 130명을 추가로 감원한다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 130


# --- when counts add up ------------------------------------------------------------------------------------------------


def test_two_waves_in_one_korean_sentence_are_one_sum(classify):
    text = ("가구업체 소나무리빙이 인력을 두 차례에 걸쳐 줄인다. 회사는 1차로 다음 달 물류 부문에서 52명을, 2차로 10월 매장 "
            "부문에서 31명을 감원하는 계획을 노조에 통보했다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 83)


def test_two_phases_in_one_english_sentence_are_one_sum(classify):
    text = ("Kestrel Bank details job cuts\nThe first phase, 180 roles in branch operations, ends in June; a second phase "
            "of 120 roles in IT will follow next year. Kestrel employs 14,000 people.")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 300


def test_an_earlier_wave_told_as_last_years_is_not_added(classify):
    text = "세운물산은 1차로 지난해 300명을 감원했고, 2차로 120명을 추가 감원한다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 120


def test_sites_named_with_their_state_between_commas_are_one_sum(classify):
    text = ("Hollis Foods will lay off 120 workers at its Macon, Georgia, plant and 45 at its Dothan, Alabama, warehouse "
            "as a contract ends.")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 165


def test_a_tables_column_of_cuts_by_department_is_summed(classify):
    text = ("경영상 이유에 의한 해고 계획 통보\n해고 예정일: 2024년 5월 31일\n| 부서 | 현원 | 감원 |\n| 조립팀 | 80 | 21 |\n"
            "| 품질팀 | 35 | 6 |\n| 총무팀 | 20 | 3 |\n회사는 협의 일정을 회신해 주기 바랍니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_a_tables_totals_row_is_the_count(classify):
    text = ("Reduction in force by department\n| Department | Headcount | Layoffs |\n| Sales | 40 | 12 |\n| Support | 30 | 9 |\n"
            "| Total | 70 | 21 |")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 21


def test_a_tables_column_of_cuts_by_year_is_not_summed(classify):
    text = "A사의 연도별 감원 현황\n| 연도 | 감원 |\n| 2022 | 120 |\n| 2023 | 90 |\n회사는 올해 직원 60명을 감원한다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 60


# --- a date glossed in parentheses ----------------------------------------------------------------------------------


def test_a_weekday_glossed_with_its_day_ties_the_leaving(classify):
    text = "앱 개발사 모아랩이 직원 15명에게 권고사직을 통보했다. 이들은 다음 주 금요일(15일)자로 퇴사한다."
    got = classify(text, "ko", MONDAY)
    assert got.separation_date == date(2024, 3, 15)


def test_operations_ceased_on_a_bare_weekday_date_the_closure(classify):
    text = "Budget carrier FlyMesa to cease all operations Sunday; 300 employees set to lose their jobs"
    got = classify(text, "en", date(2024, 3, 7))
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 3, 10))


# --- no workforce event ------------------------------------------------------------------------------------------------


def test_one_counted_employee_dismissed_for_misconduct_is_no_event(classify):
    text = "한결신협은 회삿돈 3억원을 빼돌린 직원 1명을 해고하고 검찰에 고발했다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_eleven_employees_dismissed_are_still_a_layoff(classify):
    text = "한결신협은 경영 악화로 직원 11명을 해고했다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 11)


def test_a_surveys_breakdown_by_reason_is_no_event(classify):
    text = ("지난해 일자리를 잃은 사람은 120만 명으로 집계됐다. 사유별로는 '직장의 휴업·폐업'이 19만 명, '명예퇴직·정리해고'가 "
            "30만 명이었다.")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING
