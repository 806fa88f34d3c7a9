"""The news of 2025–2026 (fresh57's round): AI-blamed cuts, tariffs, federal reductions in force and grant cuts, told by
wire and trade press. Reported speech dates a memo's day ahead, a deferred resignation ends with the employment, and a
reorganization's closed offices hang on the cut it is part of. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

TUESDAY = date(2024, 3, 5)


# --- the day people leave -----------------------------------------------------------------------------------------------


def test_a_last_day_on_friday_told_in_reported_speech_is_the_coming_friday(classify):
    text = (
        "A software maker will lay off 800 workers, its chief executive wrote in a memo, adding that those affected would "
        "have their last day on Friday."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 800, date(2024, 3, 8))


def test_staff_paid_through_a_day_when_their_employment_ends_leave_that_day(classify):
    text = (
        "About 3,200 state employees have accepted the governor's deferred resignation offer. They stay on the payroll "
        "through June 30, when their employment ends."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 3200, date(2024, 6, 30))
