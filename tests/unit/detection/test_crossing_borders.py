"""Crossing borders (fresh47's round): foreign employers leaving Korea and Korean employers abroad. Staff sent home or
on leave while lines stop, a stop told with its span beside the closures that caused it, a union's statement naming
the dismissals, boutiques closed, sourced reporting of a decision with its count, and the negatives: moves with no job
losses, renamings and listing moves, withdrawals counted in investment figures. Sentences of our own (not the eval
texts). The rules alone (see conftest.py); what the text model may not rescue is tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- staff sent home or on leave while a line stops --------------------------------------------------------------------


def test_line_workers_told_to_stay_home_on_reduced_pay_are_a_suspension(classify):
    text = ("The Monterrey plant of a Korean auto-parts maker will stop its seat line for ten days from March 11 for lack "
            "of chips. Workers on the line will stay home on reduced pay, the local paper said.")
    assert classify(text, "en", MONDAY).type is T.SUSPENSION


def test_workers_sent_on_paid_leave_while_lines_stop_are_a_suspension_though_no_redundancies_are_planned(classify):
    text = ("A Korean-owned tyre factory near Poznan has stopped one of its curing lines and sent about 300 workers on "
            "paid leave until the end of April. The company said no redundancies were planned.")
    assert classify(text, "en", MONDAY).type is T.SUSPENSION


def test_a_korean_plant_abroad_stopped_for_weeks_with_its_workers_on_temporary_leave_is_a_suspension(classify):
    text = ("국내 배터리업체 S사의 헝가리 공장이 3주간 가동을 중단한다. 유럽 완성차 업체들이 공장 문을 닫으면서 주문이 "
            "줄어든 탓이다. 현지 직원들은 이 기간 일시 휴직 상태가 된다.")
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


def test_a_halt_that_a_closure_in_a_later_sentence_explains_is_still_the_closure(classify):
    text = "경북 구미의 한 부품공장이 다음 달 가동을 중단한다. 회사는 구미 공장을 폐쇄하고 생산을 베트남으로 옮긴다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


# --- events told in other forms ----------------------------------------------------------------------------------------


def test_a_unions_statement_condemning_the_dismissal_of_counted_workers_is_a_layoff(classify):
    text = ("[Statement] The union condemns the dismissal of 45 workers at a Japanese-owned bearing maker in Changwon, "
            "notified on May 2. The company told our members to leave by the end of June.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 45, date(2024, 6, 30))


def test_a_fashion_house_shutting_its_boutiques_is_a_closure(classify):
    text = "An Italian fashion house will shut all 6 of its boutiques in Seoul by April 30."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 4, 30))


def test_a_decision_reported_with_its_count_by_people_familiar_with_it_is_an_event(classify):
    text = ("The Indian unit of a Korean appliance maker will end production at its Pune plant, affecting about 1,100 "
            "workers, people familiar with the matter said.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 1100)


def test_a_plan_people_familiar_with_it_only_describe_stays_unconfirmed(classify):
    text = "The Indian unit of a Korean appliance maker plans to end production at its Pune plant, people familiar with the matter said."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a share of a site's workforce ---------------------------------------------------------------------------------------


def test_a_percentage_of_a_plants_workforce_sized_in_a_clause_after_it_is_that_share(classify):
    text = ("A Korean display-parts maker is cutting 30 percent of the workforce at its factory near Hanoi, which "
            "employed 2,000 people last year, as phone orders fall.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_the_remaining_third_let_go_after_the_others_are_placed_is_a_third_of_the_staff(classify):
    text = ("A Dutch chip-tool firm is closing its engineering center in Suwon, where it employs 90 people. Two thirds "
            "of them will be offered transfers to Eindhoven; the remaining third will be let go.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 30)


# --- the day a site closes -----------------------------------------------------------------------------------------------


def test_a_plant_named_with_its_district_keeps_the_day_production_ends_by(classify):
    text = ("The Vietnamese unit of a Korean textile maker will end production at its dyeing plant in the province's Nhon "
            "Trach industrial zone by the end of June, affecting 800 workers.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 800, date(2024, 6, 30))


def test_boutiques_named_with_the_stores_they_stand_in_keep_their_closing_day(classify):
    text = "An Italian fashion house will shut all 6 of its boutiques in Seoul department stores by April 30."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 4, 30))


def test_stores_counted_and_all_closed_by_a_day_are_a_closure_on_that_day(classify):
    text = "미국 화장품 브랜드 E사는 백화점에 입점한 매장 5곳을 다음 달 20일까지 모두 닫는다. 판매직원 40명은 권고사직 대상이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 4, 20))


def test_the_day_a_plant_finishes_production_is_its_closing_day(classify):
    text = "독일계 부품업체 F사가 천안 공장 폐쇄 계획을 노조에 통보했다. 천안 공장은 11월 30일 생산을 마치며, 직원 120명은 퇴직한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 120, date(2024, 11, 30))


# --- no job lost -------------------------------------------------------------------------------------------------------


def test_a_regional_office_moved_with_its_staff_and_no_job_losses_is_no_event(classify):
    text = ("A Korean logistics group is moving its Europe headquarters from Frankfurt to Amsterdam. All 40 staff will "
            "move with it, and there will be no job losses, the group said.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_firms_that_withdrew_or_shrank_counted_in_investment_figures_are_no_event(classify):
    text = ("지난해 외국인 투자 도착액은 180억달러였다. 한국에서 철수하거나 인력을 줄인 외국계 기업의 투자 회수액도 늘었다고 "
            "정부는 밝혔다.")
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_renaming_with_the_staff_unaffected_is_kept_from_the_models_rescue(with_model, directory):
    text = ("The Canadian subsidiary of a Korean battery maker will change its name to match the group's brand from "
            "April 1. Its plants, employees and supply contracts are unaffected, the company said.")
    assert _detect(with_model, directory, text, "en").type is T.NOT_RESTRUCTURING


def test_a_listing_moved_abroad_with_the_staff_unchanged_is_kept_from_the_models_rescue(with_model, directory):
    text = ("A Seoul-based game developer said it would move its primary share listing from the Kospi to London next "
            "year. Its studios and employees in Korea will not change, it said.")
    assert _detect(with_model, directory, text, "en").type is T.NOT_RESTRUCTURING


def _detect(rules, directory, text: str, lang: str):
    return detect_text(rules, directory, text, lang, MONDAY, today=MONDAY)
