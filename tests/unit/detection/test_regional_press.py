"""Local and regional press (fresh42's round): a count the text says is not told, a stop on a vague part of the staff, a
count pointed back to and revised ("lowered that to 180"), sums of cuts told supplier by supplier or site by site, and a
plant stopped while its staff are kept at work on full pay. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a count the text says is not told ---------------------------------------------------------------------------------


def test_a_buyouts_pool_is_no_count_where_the_company_has_not_said_how_many_it_wants(classify):
    text = ("About 450 salaried employees at the Decatur foundry have until next Friday to accept a buyout. The company "
            "has not said how many it expects to take it.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_plants_staff_is_no_count_where_the_idled_number_is_not_disclosed(classify):
    text = ("울산 온산공단의 한결화학이 원료 수급난으로 황산 설비 1기의 가동을 다음 달부터 멈추고 해당 설비 인력을 "
            "휴직 처리한다. 회사는 휴직 인원은 밝히지 않았다. 울산공장 전체 직원은 800명이다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_a_count_the_cut_names_stays_where_more_cuts_are_left_untold(classify):
    text = ("Valley Tool will lay off 60 workers at its Elkhart plant next month. It did not say how many more could follow "
            "if orders stay weak.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


# --- a stop on a vague part of the staff -------------------------------------------------------------------------------


def test_a_sites_workforce_is_no_count_where_a_stop_reaches_most_of_its_crew(classify):
    text = ("Copper Ridge will idle its smelter for six weeks, with temporary layoffs for most of the smelter crew. "
            "The company employs about 700 people in the town.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_a_sites_workforce_is_still_the_count_where_the_whole_site_stops(classify):
    text = "Copper Ridge will idle its smelter for six weeks because of low prices. The smelter employs about 700 people."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 700)


# --- a count pointed back to and revised -------------------------------------------------------------------------------


def test_a_count_lowered_in_a_follow_up_and_pointed_back_to_is_the_count_now(classify):
    text = ("Prairie Axle first said 310 jobs would be cut at its Muncie plant. On Monday, after a customer renewed its "
            "order, it lowered that to 220.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 220)


# --- a plant stopped, its staff kept at work on full pay ---------------------------------------------------------------


def test_a_flooded_plant_whose_staff_work_on_full_pay_is_no_suspension(classify):
    text = ("집중호우로 공장이 침수된 대진금속은 현재 생산라인 가동을 멈췄다. 회사는 직원들을 복구 작업에 투입했으며, "
            "가동 중단 기간에도 급여는 정상 지급하기로 했다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_paid_leave_during_a_stop_is_still_a_suspension(classify):
    text = "대진금속은 수주 감소로 다음 달부터 공장 가동을 중단하고 생산직을 유급휴직 처리한다. 휴직 기간 임금은 정상 지급한다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.SUSPENSION
