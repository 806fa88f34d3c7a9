"""Stories that develop (fresh26's round): follow-ups as a crisis center's intake sees them. A closing day postponed or
brought forward, the plan a follow-up changes, revised counts, a buyout round that fell short before dismissals, a
closure dropped for cuts, a programme called off, several companies' cuts summed, a judge approving a plan that cuts
jobs. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 4, 8)


# --- which of several dates is the current one ------------------------------------------------------------------------


def test_a_closing_day_postponed_is_the_new_day_not_the_one_first_planned(classify):
    text = "D마트 △△점 폐점 연기. 당초 이달 30일 문을 닫기로 했던 D마트 △△점의 영업 종료일이 8월 31일로 미뤄졌다. 직원 80여명의 거취는 미정이다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 8, 31))


def test_a_plant_closing_brought_forward_closes_on_the_earlier_day(classify):
    text = "한 부품업체가 창원공장 폐쇄 시기를 내년 3월에서 올해 9월 말로 앞당기기로 했다. 공장 직원 150명은 폐쇄와 함께 일자리를 잃는다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 150, date(2025, 9, 30))


def test_a_day_moved_from_is_not_the_day_moved_to(classify):
    text = "E사가 콜센터 폐쇄일을 기존 5월 31일에서 7월 31일로 두 달 늦춘다고 밝혔다. 상담원 40명은 이날 회사를 떠난다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 7, 31)


def test_a_store_whose_business_ends_on_a_day_closes_that_day(classify):
    text = "오는 20일 영업 종료를 앞둔 F백화점 본점에서 직원 60명이 희망퇴직을 신청했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 4, 20))


def test_a_site_kept_open_longer_than_first_planned_closes_on_the_new_day(classify):
    text = ("The maker has delayed the closing of its Kentucky assembly plant. The plant, originally set to close March 31, "
            "2026, will now remain open until Sept. 30, 2026. Its 300 workers will lose their jobs when it shuts.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 300, date(2026, 9, 30))


def test_people_who_take_a_buyout_and_leave_the_payroll_on_a_day_leave_that_day(classify):
    text = "About 800 employees have accepted the bank's voluntary separation offer. Those who signed will leave the payroll June 30."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 800, date(2025, 6, 30))

