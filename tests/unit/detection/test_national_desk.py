"""A national news desk's week (fresh43's round): a cut typed by the means it names ("through early retirement"), a share
of a workforce told with its size after it ("6% of its workforce of roughly 20,000", "현재 320명인 직원의 25%"), the
remaining staff who are let go as a plant closes, a column that reports a programme's leaving day, relocations that
keep every job; negatives of a news desk (a jobs report's tallies, holiday hours, a reopening that rehires); and causes left
from earlier rounds (two sites' workforces summed, a site's staff told by its size, "1,200+ jobs", a wave done already).
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

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


# --- a news desk's negatives -----------------------------------------------------------------------------------------


def test_a_monthly_tally_of_announced_job_cuts_is_no_event(classify):
    text = ("Announced job cuts fall 9% in May - survey\nU.S. employers announced 51,200 job cuts in May, a survey by an "
            "outplacement firm showed on Thursday.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_an_industry_shedding_jobs_in_a_payrolls_report_is_no_event(classify):
    text = ("Employers added 120,000 jobs in April, the government said. Retail and health care led the gains, while "
            "construction shed 12,000 jobs.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_stores_closed_on_a_named_holiday_are_no_closure(classify):
    text = "Major grocery chains plan to close stores on Christmas Day again this year, as they did last year."
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_reopening_that_gives_former_staff_first_consideration_is_no_closure(classify):
    text = ("A shuttered Ohio glass plant will reopen under a new owner and hire about 250 workers. People laid off when "
            "the plant closed will get first consideration for the jobs.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_holiday_hours_told_as_a_schedule_are_no_stop(classify):
    text = ("추석 연휴를 앞두고 대형 유통업체들이 휴무 일정을 발표했다. 주요 백화점은 추석 당일을 포함해 이틀간 문을 닫는다. "
            "편의점은 정상 운영한다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- causes left from earlier rounds ---------------------------------------------------------------------------------


def test_two_closing_sites_workforces_told_with_the_one_in_are_summed(classify):
    text = ("Delmar Foods will close two bakeries this summer. The bakery in Peoria employs about 300 workers and the one "
            "in Joliet, Illinois, about 180; all of them will lose their jobs.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 480)


def test_a_sites_staff_told_by_its_size_is_no_count_where_the_idled_number_is_untold(classify):
    text = ("대산화학이 원료난으로 염소 설비 가동을 다음 달부터 멈추고 해당 인력을 휴직 처리한다. 회사는 휴직 인원은 "
            "밝히지 않았다. 대산공장 직원은 650명 규모다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_a_count_of_the_idled_told_by_its_size_stays_the_count(classify):
    text = "대산화학이 다음 달부터 염소 설비 가동을 멈춘다. 휴직 대상 직원은 120명 규모다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 120)


def test_a_cut_told_with_a_plus_after_its_count_is_a_layoff(classify):
    text = "Norvik Telecom will cut 800+ jobs in its network division this year."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 800)


def test_a_wave_already_done_gives_way_to_the_wave_to_come(classify):
    text = ("Kestrel Bank is cutting jobs at its call centers in two waves. A first wave of 300 roles was already completed; "
            "a second wave of 150 roles will follow in June.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 150)


def test_a_government_cutting_jobs_is_still_a_layoff(classify):
    text = "The provincial government cut 300 jobs at its transport ministry on Monday."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_closing_plants_staff_offered_first_consideration_at_other_plants_stays_a_closure(classify):
    text = ("Delmar Foods will close its Peoria bakery in June, and its 140 workers will get first consideration for jobs at "
            "its other bakeries.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 140)


def test_a_store_closing_on_a_holiday_whose_staff_lose_their_jobs_stays_a_closure(classify):
    text = "The Elm Street store will close on Christmas Day, and its 35 employees will lose their jobs."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 35)
