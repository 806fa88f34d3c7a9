"""A crisis center's week, a fourth author (fresh59's round): a WARN e-mail's "Number of affected employees:" field,
sites listed one a line with their counts summed, a field note's "Last production day:" line. Sentences of our own
(not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 1, 8)


# --- a WARN e-mail's fields ---------------------------------------------------------------------------------------------


def test_a_warn_emails_number_of_affected_employees_field_is_the_count(classify):
    text = ("Subject: WARN notice received\nCompany: Harbor Freight Lines\nNotice type: Mass layoff\n"
            "Number of affected employees: 88\nFirst separation date: 03/15/2024")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 88, date(2024, 3, 15))


def test_sites_listed_one_a_line_with_their_counts_are_summed(classify):
    text = ("Pinecrest Foods has filed WARN notices for two sites:\n - Dayton bakery plant: 70 employees\n"
            " - Akron distribution center: 30 employees\nNotice type: Mass layoff.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 100)


def test_field_lines_that_name_no_site_are_not_summed(classify):
    text = ("WARN notice: Pinecrest Foods will lay off workers at its Dayton bakery.\n - Employees affected: 70\n"
            " - Total workforce: 300")
    got = classify(text, "en", MONDAY)
    assert got.headcount == 70


# --- a field note's last day --------------------------------------------------------------------------------------------


def test_a_notes_last_production_day_line_dates_the_closure(classify):
    text = ("Meeting notes - Alder Paper, Milton mill\n- The company confirms the mill is closing; 90 workers affected.\n"
            "- Last production day: February 23.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 90, date(2024, 2, 23))


# --- what is not (yet) a cut ----------------------------------------------------------------------------------------------


def test_a_restructuring_whose_spokesperson_declines_to_say_whether_jobs_go_is_other(classify):
    text = ("Lakeside Health announced a workforce restructuring on Monday affecting billing staff. A spokesperson declined "
            "to say how many employees will be affected or whether jobs will be eliminated.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_a_job_transition_course_for_staff_retiring_at_the_age_limit_is_no_exit_programme(classify):
    text = ("[회의 메모] 안건 2. 퇴직 예정자 지원\n- 한빛중공업 내년 2월 정년퇴직 예정자 30명 대상 전직지원 프로그램 운영 요청 접수\n"
            "- 12월 중 2회 교육 예정")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_job_transition_programme_offered_with_a_buyout_stays_one(classify):
    text = "한빛중공업이 희망퇴직을 받으면서 신청자에게 전직지원 프로그램을 제공한다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.VOLUNTARY_RETIREMENT


# --- a worker's text, a state's snapshot -----------------------------------------------------------------------------------


def test_a_worker_told_they_are_letting_a_dozen_of_us_go_this_coming_friday_is_a_dated_layoff(classify):
    text = "Got the call today. They're letting 12 of us go at the bakery, last day is this coming Friday. Who do I call about COBRA?"
    got = classify(text, "en", date(2025, 11, 3))
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 12, date(2025, 11, 7))


def test_a_states_quarterly_snapshot_of_layoff_events_and_initial_claims_is_no_event(classify):
    text = ("Quarterly snapshot: layoff events reported to the state fell 5% from the prior quarter, and initial UI claims "
            "tied to layoffs totaled 1,840.")
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_vague_count_in_scare_quotes_is_still_a_cut(classify):
    text = 'Link: Acme is cutting "dozens" of jobs at its Austin campus - no number in any filing yet.'
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)
