"""Insolvency and what follows it (fresh58's round): a court that runs an insolvency is no ruling on anyone's job, a
leaving told as done "effective" a day is this year's, jobs of two kinds cut, roles counted and made redundant by
administrators, job cuts said not announced and a loan's restructuring after a going-concern warning. Sentences of our
own (not the eval texts). The rules alone (see conftest.py); the loan's restructuring with the text model too."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- a court that runs an insolvency is no ruling ----------------------------------------------------------------------


def test_a_court_appointed_receiver_idling_a_mill_is_a_suspension(classify):
    text = ("The court-appointed receiver for Harbor Paper said the company's mill in Maine will be idled for a month "
            "starting next week, putting 240 workers on temporary layoff.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 240)


def test_a_company_under_court_receivership_shutting_its_plant_is_a_closure(classify):
    text = ("A textile maker under court receivership said it will shut its Daegu plant on April 30, ending the jobs of "
            "310 workers.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 310, date(2024, 4, 30))


def test_a_company_liquidated_under_a_bankruptcy_courts_supervision_closes(classify):
    text = ("Orchard Glassworks will close its only factory on May 15 and lay off its 95 employees before it is liquidated "
            "under the supervision of the Bankruptcy Court.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 95)


def test_a_receiver_telling_the_court_of_a_cut_reports_the_cut(classify):
    text = ("Lakeside Clinics, in state-court receivership since January, will lay off 140 of its staff, the receiver "
            "told the court on Friday.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 140)


def test_a_court_ruling_on_dismissals_is_still_no_event(classify):
    text = "The court ruled on Friday that the 2019 layoffs of 40 drivers at Metro Cabs were lawful."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a leaving told as done, effective a day ---------------------------------------------------------------------------


def test_workers_terminated_effective_a_day_just_past_left_this_year(classify):
    text = ("Redline Couriers filed for Chapter 7 on Friday. A WARN notice says all 430 of its drivers were terminated "
            "effective March 1.")
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (430, date(2024, 3, 1))


def test_a_plans_cuts_effective_a_day_already_past_are_next_years(classify):
    text = "The school board voted on Monday to lay off 60 teachers, with the cuts effective March 1."
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2025, 3, 1)


# --- jobs of two kinds, roles made redundant ---------------------------------------------------------------------------


def test_hundreds_of_jobs_of_two_kinds_eliminated_is_a_layoff_without_a_count(classify):
    text = ("Copperline Outfitters filed for Chapter 11 protection and said it will eliminate hundreds of store and "
            "warehouse jobs while it seeks a buyer.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_administrators_counted_roles_made_redundant_are_a_layoff(classify):
    text = ("Administrators for the furniture chain Ashby & Crane said 145 warehouse roles would be made redundant, "
            "while its 60 showrooms keep trading as they seek a buyer.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 145)


# --- no cut announced, a loan restructured ------------------------------------------------------------------------------


def test_job_cuts_said_not_announced_after_a_going_concern_warning_are_no_event(classify):
    text = ("Tidewater Snacks said its auditor has raised doubt about its ability to continue as a going concern. The "
            "company has not announced any layoffs.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_restructuring_of_a_term_loan_is_no_event_even_with_the_model(with_model, directory):
    text = ("Quarterly results: Tidewater Snacks said its auditor has doubts about its future, and it has hired advisers "
            "to explore refinancing, asset sales and a possible restructuring of its term loan.")
    got = detect_text(with_model, directory, text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING
