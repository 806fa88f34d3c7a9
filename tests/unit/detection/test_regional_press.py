"""Local and regional press (fresh42's round): a count the text says is not told, a stop on a vague part of the staff, a
count pointed back to and revised ("lowered that to 180"), sums of cuts told supplier by supplier or site by site, and a
plant stopped while its staff are kept at work on full pay. Sentences of our own (not the eval texts). The rules alone
(see conftest.py); a scheduled summer shutdown kept from the text model's rescue is tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

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


# --- sums told supplier by supplier or site by site --------------------------------------------------------------------


def test_suppliers_cuts_listed_before_each_are_summed(classify):
    text = ("완성차 물량 감소로 창원 지역 협력사들이 인력 조정에 나섰다. 도장업체 가온사는 40명, 금형업체 누리사는 35명, "
            "물류업체 다온사는 15명을 각각 감원하기로 했다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_two_plants_cuts_joined_by_and_before_each_are_summed(classify):
    text = "한솔기계는 경기 부진으로 안산공장과 시흥공장에서 120명과 80명을 각각 감원한다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 200


def test_a_single_count_before_each_is_not_summed_with_the_workforce(classify):
    text = "한솔기계는 직원 500명 규모의 회사로, 두 공장에서 30명을 각각 감원한다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount != 530


def test_a_second_sites_count_with_its_verb_and_noun_left_out_is_summed(classify):
    text = ("Blue Ridge Textiles will close its plants in Dalton and Rome, Ga. The Dalton closure will cost 210 jobs and the "
            "Rome closure 95.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 305)


def test_a_count_and_a_year_after_a_sites_name_are_not_summed(classify):
    text = "Blue Ridge Textiles will close its Dalton plant, cutting 210 jobs and the Dalton mill 1998 expansion is written off."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 210


def test_a_flooded_mill_whose_hourly_staff_are_paid_for_the_missed_shifts_is_no_event(classify):
    text = ("High water closed the Cumberland Box mill for two days this week. Hourly workers will be paid for the missed "
            "shifts, and the mill restarted on Friday after crews pumped out the basement.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_mill_idled_with_its_workers_laid_off_is_still_a_stop_whatever_is_paid(classify):
    text = ("Cumberland Box will idle its mill for three weeks and temporarily lay off 90 hourly workers. Accrued vacation "
            "pay will be paid in full.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.SUSPENSION


# --- a plan without cuts, aid after an earlier closure -----------------------------------------------------------------


def test_a_creditors_plan_set_to_go_without_a_cut_is_no_layoff(classify):
    text = ("거제의 한 중형 조선사 채권단이 만기 연장을 담은 정상화 방안을 내놓았다. 채권단은 \"감원 없이 수주 정상화에 집중하는 "
            "것이 조건\"이라고 밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_cut_said_to_be_needed_without_which_recovery_is_hard_is_still_read(classify):
    text = "한진기공은 다음 달 생산직 40명을 감원한다. 회사 측은 \"감원 없이는 회생이 어렵다\"고 설명했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_state_aid_following_last_years_closing_of_a_plant_is_no_closure(classify):
    text = ("The state will send $8 million to Jackson County for job training and site preparation. The package follows "
            "last year's closing of the Elm Creek coal plant and funds a new lineworker course.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- a scheduled summer shutdown, paid under the contract (the text model may not read it as a stop) ------------------


def test_a_plants_scheduled_summer_shutdown_is_kept_from_the_models_rescue(with_model, directory):
    text = ("Note to families: the Fenton axle plant will observe its scheduled two-week summer shutdown starting July 1. "
            "The weeks are paid vacation under the contract, and production resumes July 15.")
    got = _detect(with_model, directory, text, "en")
    assert got.type is T.NOT_RESTRUCTURING


def test_a_plants_summer_break_in_korean_is_kept_from_the_models_rescue(with_model, directory):
    text = "창원 엔진공장은 하계 집단휴가로 다음 달 1일부터 2주간 생산라인을 세운다. 휴가 기간 임금은 단체협약에 따라 지급된다."
    got = _detect(with_model, directory, text, "ko")
    assert got.type is T.NOT_RESTRUCTURING


def test_a_closure_found_by_the_rules_stands_beside_a_summer_shutdown(with_model, directory):
    text = "Fenton Axle will close its Flint plant for good after the summer shutdown, ending 400 jobs."
    got = _detect(with_model, directory, text, "en")
    assert got.type is T.CLOSURE


def _detect(rules, directory, text: str, lang: str):
    return detect_text(rules, directory, text, lang, MONDAY, today=MONDAY)
