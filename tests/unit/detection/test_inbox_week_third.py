"""A crisis center's week, a third author (fresh56's round): posts, counselors' forwards and local news, where the day
people leave is told as a "last day" after the day they were told, as a site closed as of a month's end, or as people who
exit on a day. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

SUNDAY = date(2024, 3, 10)
MONDAY = date(2024, 3, 4)


# --- the day people leave -----------------------------------------------------------------------------------------------


def test_the_last_day_named_outright_outranks_the_day_people_were_told(classify):
    text = (
        "Our whole support desk was laid off on Friday, 14 of us, in a ten-minute call. Last day is next Friday and "
        "severance is two weeks."
    )
    got = classify(text, "en", SUNDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 14, date(2024, 3, 15))


def test_a_day_tied_by_the_cut_alone_stays_when_no_last_day_is_named(classify):
    text = "A print shop laid off 12 workers on Friday, the owner said."
    got = classify(text, "en", SUNDAY)
    assert got.separation_date == date(2024, 3, 8)


def test_the_last_day_of_work_for_the_people_named_is_their_leaving_day(classify):
    text = (
        "Harbor Freight Lines will close its Duluth terminal. The last day of work for the 80 drivers and dispatchers will "
        "be April 12, according to a state notice."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 80, date(2024, 4, 12))


def test_people_who_will_exit_on_a_day_leave_that_day(classify):
    text = (
        "Some 640 salaried staff have taken the carmaker's voluntary separation package at its Ohio engine plant and will "
        "exit on April 30, the company said."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 640, date(2024, 4, 30))


def test_a_site_closed_as_of_a_months_end_dates_the_closure(classify):
    text = "제목: 김해센터 폐쇄 건\n상담 메모: 한결택배가 이달 말로 김해센터를 닫고 부산센터로 합친다고 합니다. 부산으로 못 가는 인원이 40명 정도라고 합니다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 3, 31))


def test_a_logistics_center_closed_is_a_closure_dated_by_its_month_end(classify):
    text = "상담 메모: 한결택배가 이달 말로 김해센터를 닫고 부산센터로 합친다고 합니다. 부산으로 못 가는 인원이 40명 정도라고 합니다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 40, date(2024, 3, 31))


def test_a_center_closed_on_weekends_is_a_routine_stop(classify):
    text = "구청은 이달부터 주말에는 민원센터를 닫는다고 안내했다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_month_end_before_a_site_moved_not_closed_is_no_closing_day(classify):
    text = "한결택배는 이달 말로 김해센터 운영 시간을 늘린다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.separation_date is None


# --- the count told in parts ----------------------------------------------------------------------------------------------


def test_two_kinds_of_staff_joined_before_one_loss_are_summed(classify):
    text = "공항 면세점이 이달 말 문을 닫는다. 폐점으로 정규직 직원 20명과 입점 브랜드 판촉사원 45명이 일자리를 잃는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 65)


def test_two_kinds_of_staff_counted_apart_from_a_loss_are_not_summed(classify):
    text = "물류센터를 닫는다. 정규직 직원 20명과 계약직 45명 가운데 계약직 45명이 일자리를 잃는다."
    got = classify(text, "ko", MONDAY)
    assert got.headcount == 45


def test_a_site_named_with_its_kind_after_the_town_and_the_head_office_are_parts_of_a_list(classify):
    text = (
        "Brightline Valves will cut 90 jobs at its Erie plant, 40 at its Canton machining shop and 15 at its headquarters, "
        "the company said."
    )
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 145)


# --- an industry's forecast -------------------------------------------------------------------------------------------------


def test_cuts_called_unavoidable_on_a_condition_with_no_plan_yet_are_no_event(classify):
    text = (
        "유통업계 \"경기 침체 길어지면 연말 감원 불가피\"…구체 계획은 아직\n업계는 소비 위축이 이어지면 일부 업체의 인력 조정이 "
        "불가피할 것으로 보고 있다."
    )
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_cut_a_company_calls_unavoidable_and_decides_is_an_event(classify):
    text = "한빛부품은 적자 누적으로 감원이 불가피하다며 생산직 120명을 줄이기로 했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_a_lawyers_column_on_when_the_warn_law_applies_is_an_explainer(classify):
    text = (
        "Ask the lawyer: \"My company has 60 workers. If it lays off 30 of them, does it owe us notice?\"\nThe state's law "
        "generally covers employers with 50 or more workers, and a layoff of 25 or more at one site usually requires 60 days' "
        "notice."
    )
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING
