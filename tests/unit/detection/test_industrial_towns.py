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


# --- a union local's number is its name ------------------------------------------------------------------------------


def test_a_union_locals_number_is_no_count_of_people(classify):
    text = (
        "Ford will idle its Avon Lake assembly plant indefinitely from April 1; about 1,800 workers are affected. UAW Local "
        "1250 said members would receive layoff benefits."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 1800)


def test_an_iam_lodges_number_is_no_count_of_people(classify):
    text = "IAM Lodge 2024 said members at the Wichita plant learned Friday that 240 machinists will be laid off in June."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 240


# --- the count: a filing's, a part of a workforce told as approximate ---------------------------------------------------


def test_a_filing_that_puts_the_number_at_a_count_gives_the_count_over_the_first_one_told(classify):
    text = (
        "A Decatur pump maker said in January it would lay off about 200 workers. A WARN notice filed with Illinois on "
        "Monday puts the number at 236, including 40 salaried staff."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 236)


def test_a_part_of_a_workforce_told_as_roughly_so_many_is_the_part(classify):
    text = "Under a rescue plan, a shipbuilder will have 300 of its roughly 900 workers take voluntary retirement by the end of May."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 300, date(2024, 5, 31))


def test_a_share_named_as_those_a_buyout_is_open_to_is_a_pool_not_a_count(classify):
    text = "거제의 한 조선 협력사가 또 희망퇴직을 받는다. 회사는 생산직 300명 가운데 30%가 희망퇴직 대상이라고 밝혔다. 신청은 다음 달 10일까지다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_share_a_buyout_cuts_is_a_count(classify):
    text = "회사는 생산직 300명 가운데 30%를 희망퇴직으로 줄인다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 90


# --- the way still to be chosen ----------------------------------------------------------------------------------------


def test_a_restructuring_whose_way_is_not_yet_chosen_among_listed_ones_is_other(classify):
    text = "울산의 한 정유 협력사가 조직 개편을 추진한다. 회사는 정비 인력 90명이 영향을 받는다고 밝혔지만 감원이나 재배치 같은 구체적인 방식은 아직 정하지 않았다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 90)


def test_a_cut_whose_way_is_told_stays_a_layoff(classify):
    text = "울산의 한 정유 협력사가 정비 인력 90명을 감원한다. 회사는 감원 방식으로 권고사직을 택했다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.LAYOFF
