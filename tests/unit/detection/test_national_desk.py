"""A national news desk's week (fresh43's round): a cut typed by the means it names ("through early retirement"), a share
of a workforce told with its size after it ("6% of its workforce of roughly 20,000", "현재 320명인 직원의 25%"), the
remaining staff who are let go as a plant closes, a column that reports a programme's leaving day, and relocations that
keep every job. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- the means names the type --------------------------------------------------------------------------------------


def test_a_cut_made_through_early_retirement_is_a_voluntary_retirement(classify):
    text = ("Tokai Optics to cut 600 jobs through early retirement\nTokai Optics said on Friday it will cut about 600 jobs "
            "in Japan as it shrinks its camera business.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 600)


def test_early_retirement_as_an_age_does_not_type_a_layoff(classify):
    text = "Brandt Tools will lay off 90 workers at its Dayton plant. Some older staff had asked about early retirement."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


# --- a share of a workforce whose size is told with it ---------------------------------------------------------------


def test_a_percentage_of_a_workforce_sized_after_it_is_the_count(classify):
    text = "Harbor Analytics said it would cut about 10% of its workforce of roughly 3,000 to lift its margins."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_fraction_of_a_staff_sized_after_it_is_the_count(classify):
    text = "The museum will lay off a third of its staff of 150 when its grant ends."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 50)


def test_a_korean_share_of_the_staff_told_as_what_it_is_now_is_the_count(classify):
    text = "경영난을 겪는 한빛신문이 현재 200명인 직원의 30%를 줄이는 구조조정안을 노조에 전달했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


# --- the remaining staff let go as a plant closes --------------------------------------------------------------------


def test_the_remaining_staff_laid_off_as_a_plant_closes_are_the_count(classify):
    text = "The Ridgeway paper mill will close on Friday, and its remaining 85 workers will be laid off, the owner said."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 85)


def test_the_staff_remaining_after_a_cut_are_still_no_count(classify):
    text = "Ridgeway Paper will lay off 40 workers at its mill this spring. The remaining 120 workers will keep their shifts."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


# --- a column that reports an event ----------------------------------------------------------------------------------


def test_a_column_that_counts_the_people_who_left_on_a_day_reports_the_programme(classify):
    text = ("[칼럼] 떠난 사람들의 빈자리\n지난달 28일, 한솔중공업에서 1,200명이 한꺼번에 회사를 떠났다. 회사가 1월에 받은 "
            "희망퇴직의 퇴직일이었다. 남은 사람들의 몫은 더 무거워졌다.")
    got = classify(text, "ko", date(2024, 3, 5))
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 1200, date(2024, 2, 28))


def test_a_column_that_explains_the_rules_stays_an_explainer(classify):
    text = "[칼럼] 희망퇴직, 서명 전에 따져볼 것들\n희망퇴직을 신청하기 전에는 위로금 산정 기준과 재취업 지원 여부를 확인해야 한다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- a relocation that keeps every job -------------------------------------------------------------------------------


def test_a_head_office_move_that_expects_no_job_losses_is_no_layoff(classify):
    text = ("Corwin Mutual will move its head office from Hartford to Charlotte next year and has offered all 450 "
            "head-office employees positions in the new office. It expects no job losses from the move.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_plant_moved_with_every_workers_employment_carried_over_is_no_closure(classify):
    text = ("대한제과가 부천공장을 김포 신공장으로 이전한다고 4일 밝혔다. 회사는 부천공장 직원 180명 전원을 김포 공장으로 "
            "고용 승계하기로 했다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_store_closing_whose_staff_are_moved_to_other_stores_stays_a_closure(classify):
    text = "대한마트 부천점이 다음 달 30일 문을 닫는다. 회사는 직원 60명 전원을 인근 점포로 전환 배치하겠다고 밝혔지만 노조는 반발했다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.CLOSURE
