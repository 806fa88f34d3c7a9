"""The trade and business press (fresh60's round): a cut told as a percentage across a workforce sized with a tilde, a
share of its own staff cut while the business's figures are compared with a year earlier, and a 권고사직's 사직 시점.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


def test_a_percentage_reduction_in_force_across_a_sized_workforce_is_that_share(classify):
    text = "Analyst note: management guided to a 10% reduction in force across its ~2,000 employees. We reiterate Hold."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_a_workforce_reduction_across_its_employees_is_that_share(classify):
    text = "The insurer announced a 5% workforce reduction across its 12,000 employees worldwide."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_one_of_about_that_many_people_affected_stays_the_count(classify):
    text = "Today was my last day. I was one of the ~800 people affected by this morning's layoffs."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 800)


def test_a_share_of_its_own_staff_cut_is_no_statistic_beside_a_year_earlier_comparison(classify):
    text = "Acme Lending laid off a third of its 600 staff, as mortgage volumes fell 40% from a year earlier."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_employers_cuts_compared_with_a_year_earlier_stay_a_statistic(classify):
    text = "Employers cut 20,000 jobs in May, down 10% from a year earlier."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_the_sajik_sijeom_after_a_gwongo_sajik_is_the_leaving_day(classify):
    text = "한빛기계가 직원 20여명에게 권고사직을 통보했다. 사직 시점은 4월 10일이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 20, date(2024, 4, 10))
