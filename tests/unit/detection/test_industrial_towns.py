"""The industrial towns (fresh55's round): shipyards, steel, car plants and the towns around them, told by local and
wire press. The day people leave is often a deadline ("by the end of the year") after a share of the workforce or jobs
ended at a site. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the day people leave, told as a deadline --------------------------------------------------------------------------


def test_a_share_of_a_workforce_cut_by_a_deadline_leaves_by_that_day(classify):
    text = "A foundry in Mansfield will cut a third of its 420 workers by the end of the year, citing weak orders from truck makers."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 140, date(2024, 12, 31))


def test_jobs_ended_at_a_site_by_a_deadline_end_that_day(classify):
    text = (
        "A pump maker will move production from its Akron plant to Saltillo, Mexico, ending 180 jobs at the plant by the end "
        "of June."
    )
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (180, date(2024, 6, 30))


def test_workers_who_take_voluntary_retirement_by_a_deadline_leave_by_that_day(classify):
    text = "Under the creditors' plan, 300 of the shipyard's 1,100 workers will take voluntary retirement by the end of May."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 5, 31))


def test_a_window_to_apply_for_voluntary_retirement_is_not_a_leaving_day(classify):
    text = "The shipyard will accept applications for voluntary retirement by March 29, it told the union."
    got = classify(text, "en", MONDAY)
    assert got.separation_date is None


# --- production moved abroad, the jobs ended -------------------------------------------------------------------------


def test_production_moved_from_a_plant_to_another_country_ending_jobs_is_a_closure(classify):
    text = "A valve maker will move production from its Canton plant to Reynosa, Mexico, ending 210 jobs, a state filing shows."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 210)


def test_a_named_line_moved_from_a_plant_dates_its_end_where_production_in_a_town_ends(classify):
    text = (
        "Ridgeway Controls will move sensor assembly from its Lima, Ohio, plant to Querétaro, ending 175 jobs. Production "
        "in Lima will end Aug. 16."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 175, date(2024, 8, 16))


def test_a_contract_ending_is_no_count_of_jobs_ended(classify):
    text = "The port authority said its contract with the ferry operator will end Sept. 30 and a new one will begin in October."
    got = classify(text, "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING
