"""A law's primer and a hypothetical put to an employer are what the law asks of anyone, not a report of a cut.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 6, 3)


def test_a_primer_titled_as_a_course_on_the_law_is_no_event(classify):
    text = ("Layoff Rights 101: when a plant closing puts 60 or more workers out of a job at one site, "
            "the employer owes them sixty days' notice or pay in its place.")
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_a_hypothetical_employer_closing_a_site_in_the_second_person_is_no_event(classify):
    text = ("Imagine you're an employer with 150 workers. If you're closing a site and 70 of them lose their jobs, "
            "the statute says you must tell them two months ahead.")
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_a_memo_saying_if_you_are_affected_still_reports_its_layoff(classify):
    text = ("To all staff: the company will lay off 85 employees at the Dayton warehouse on July 18. "
            "If you are affected, your manager will meet with you this week.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 85)
