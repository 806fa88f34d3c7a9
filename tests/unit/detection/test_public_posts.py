"""What workers and the public post (fresh62's round): forum and social posts in their own clipped words. A leaving day
told as a post tells it (ends operations <day>, our last day together, our last day was today, stops work <day> and
closes), a forum's name that is no event (r/layoffs), a site's name before 정리해고, and a whole org told gone.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a leaving day told as a post tells it ------------------------------------------------------------------------------


def test_a_site_that_ends_operations_on_a_day_with_no_on_is_dated_that_day(classify):
    text = "Pellman Foods is closing its Ames bakery. The bakery ends operations June 14; 85 jobs are affected."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2024, 6, 14))


def test_our_last_day_together_dates_the_leaving(classify):
    text = ("After 12 years I took the voluntary separation package at Norcrest Mutual, along with about 150 others. "
            "Our last day together is April 30.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 4, 30))


def test_our_last_day_was_today_dates_the_leaving_on_the_posts_day(classify):
    text = ("Laid off this morning. HR said 60 of us across sales and support. Our last day was today, badges off at 3.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 60, MONDAY)


def test_being_laid_off_today_is_still_not_a_last_day_by_itself(classify):
    text = "I was laid off today along with 60 others from the Tacoma office. Our last day is May 31."
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2024, 5, 31)


def test_a_plant_that_stops_production_on_a_day_and_closes_is_a_closure_dated_that_day(classify):
    text = "Heartbreaking news for our town. The engine plant stops production May 9 and closes. 900 workers."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 900, date(2024, 5, 9))


def test_a_window_that_opens_on_a_day_and_closes_on_another_is_no_leaving_day(classify):
    text = ("Ferris College is offering a voluntary severance scheme to cut up to 90 posts. Applications open on 11 March "
            "and close on 29 March.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, None)


# --- a forum's name is no event -----------------------------------------------------------------------------------------


def test_a_furlough_posted_to_r_layoffs_is_a_suspension(classify):
    text = "r/layoffs\nFurloughed for the second time this year. The whole mill, roughly 700 of us, is off until spring."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 700)


def test_a_no_cuts_worry_posted_to_r_layoffs_is_no_event(classify):
    text = ("r/layoffs\nOur parent company is being bought. Leadership says no job cuts and everyone keeps their role. "
            "Am I overthinking this?")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_layoffs_named_in_the_post_itself_still_report_the_cut(classify):
    text = "r/layoffs\nLayoffs hit our Denver office today: 45 of us were laid off in a 10-minute call."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 45)


def test_a_whole_org_told_gone_in_a_post_is_a_layoff(classify):
    text = "Got the calendar invite at 8am. Whole data org gone, 35 people. Two months severance."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 35)


def test_a_whole_team_gone_home_for_the_day_is_no_event(classify):
    text = "Power cut at the office, whole team gone home early. Back tomorrow."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a site's name before 정리해고 -------------------------------------------------------------------------------------


def test_a_plants_name_before_its_dismissals_is_a_layoff_not_a_closure(classify):
    text = "[펌] ○○정밀 아산공장 정리해고 90명 통보\n생산직 90명에게 정리해고 예고 통지서를 보냈다고 함"
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_a_plant_wound_up_is_still_a_closure(classify):
    text = "○○섬유가 경영난으로 대구 공장을 정리하기로 했다. 직원 70명은 이달 말 퇴직한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 70)
