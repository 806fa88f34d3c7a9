"""The day people leave, in every form (2026.11.28, a form-wide round): the ways a text names the day people leave or a
site closes, Korean and English — a field in its other words, a verb after a particle, the day before a dismissal's verb,
the leaving as the topic, the day fronted, named before the closure's noun, scheduled, a weekday as the last day, a day
named by the one before it — and the days that are still none (the telling, a notice, a decision, an application's
window, a span of time, a stop's start). Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

MONDAY = date(2024, 3, 4)
APRIL_30 = date(2024, 4, 30)


def _ko(text):
    return pytest.param(text, "ko", id=text[:40])


def _en(text):
    return pytest.param(text, "en", id=text[:60])


# --- a field that names the leaving day, in its other words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko("한결정밀은 경영 악화로 생산직 40명을 정리해고하기로 했다. 최종 근무일은 4월 30일이다."),
        _ko("한결정밀 정리해고 안내. 최종 출근일: 4월 30일"),
        _ko("한결정밀은 경영난으로 계약직 25명을 해고하기로 했다. 계약 만료일은 4월 30일이다."),
        _ko("한결정밀은 생산직 40명을 해고한다. 근로관계 종료일은 4월 30일이다."),
        _ko("한결정밀 희망퇴직자 60명의 퇴직 발령일은 4월 30일이다."),
        _ko("한결정밀은 희망퇴직으로 80명을 내보낸다. 퇴직 시기는 4월 말이다."),
        _ko("누리식품 대전공장 폐쇄 일정: 4월 30일 / 해고 인원 35명"),
        _ko("한결물산 구미공장 폐쇄(4월 30일)로 직원 80명이 일자리를 잃는다."),
        _en("Hartley Foods will lay off 80 workers at its Dayton plant. Date of separation: April 30, 2024."),
        _en("Hartley Foods will lay off 80 workers. Expected date of layoff: 4/30/2024"),
        _en("WARN Notice\nCompany: Delmar Packaging\nNumber affected: 85\nLayoff Date(s): 04/30/2024 - 05/14/2024"),
        _en("Delmar Packaging will close its Elk Grove plant, with a target closing date of April 30, affecting 85 workers."),
        _en("Hartley Foods' 80 workers were handed layoff notices; their last day on the job is April 30."),
    ],
)
def test_a_field_naming_the_leaving_day_in_other_words_dates_the_leaving(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


def test_a_count_cut_by_the_years_end_with_the_verb_to_reduce_is_dated_by_it(classify):
    text = "채권단 관리를 받는 한 제강사가 올해 말까지 현장직과 사무직을 합쳐 1천여 명을 줄이는 감원안을 확정했다."
    assert classify(text, "ko", MONDAY).separation_date == date(2024, 12, 31)


def test_a_korean_field_spelled_out_one_syllable_at_a_time_dates_the_leaving(classify):
    text = "정리해고 안내\n- 해 고 일 : 2024년 4월 30일\n- 대상 인원 : 25명"
    assert classify(text, "ko", MONDAY).separation_date == APRIL_30


# --- Korean: the verb after the day ----------------------------------------------------------------------------------

_CUT = "한결물산이 경영난으로 구조조정에 들어가 직원 80명을 정리해고한다. "


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko(_CUT + "이들은 4월 30일에 퇴직한다."),
        _ko(_CUT + "이들은 4월 30일로 퇴직한다."),
        _ko(_CUT + "이들은 4월 말로 퇴사한다."),
        _ko(_CUT + "이들은 4월 30일에 회사를 떠나게 된다."),
        _ko(_CUT + "이들이 4월 30일 직장을 잃는다."),
        _ko(_CUT + "이들의 고용계약이 4월 30일 해지된다."),
        _ko("한결물산 희망퇴직자 80명은 4월 30일 회사를 그만둔다."),
        _ko("한결물산은 4월 30일 정리해고를 단행한다. 대상은 80명이다."),
        _ko("한결물산 구미공장은 2024년 4월 30일 폐쇄된다. 직원 80명이 일자리를 잃는다."),
        _ko("한결마트는 부산점을 4월 30일 철수하고 직원 45명을 해고한다."),
        _ko("한결마트는 부산점 영업을 4월 30일 마감하고 직원 45명을 해고한다."),
        _ko("델마포장은 이천공장 문을 4월 30일 닫고 직원 85명을 해고한다."),
        _ko("델마포장 이천공장이 폐쇄된다. 공장 가동은 4월 30일로 끝나고, 직원 85명은 해고된다."),
    ],
)
def test_a_korean_leaving_or_closing_verb_after_the_day_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko(_CUT + "이들은 4월 30일까지 근무한 뒤 퇴사한다."),
        _ko(_CUT + "이들은 4월 30일까지 근무하고 회사를 떠난다."),
        _ko("누리식품 콜센터가 문을 닫아 상담원 35명이 해고된다. 상담원들은 4월 말까지 일하고 회사를 나간다."),
        _ko("델마포장 이천공장이 문을 닫는다. 공장은 4월 30일까지만 가동되고, 직원 85명은 해고된다."),
        _ko("한결물산은 4월 말까지 직원 80명을 감원할 계획이다."),
        _ko("한결물산은 감원 대상 80명을 4월 말까지 퇴직시킨다."),
    ],
)
def test_work_until_a_day_or_a_cut_done_by_it_in_any_verb_form_dates_the_leaving(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


def test_a_headline_of_a_crowd_let_go_by_the_end_of_next_month_is_dated_by_it(classify):
    text = "시중은행이 올해도 희망퇴직을 받는대요. 4백여명이 나간다고 하고 다음 달 말까지 다 정리된대요."
    assert classify(text, "ko", MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko("한결물산은 4월 30일 구미공장 직원 80명을 해고한다."),
        _ko("한결물산은 4월 30일 직원 80명과 근로계약을 종료한다."),
        _ko("누리식품은 오는 4월 30일 대전공장 생산직 35명에 대한 정리해고를 단행한다."),
    ],
)
def test_a_day_ahead_bare_before_a_dismissals_verb_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko("오린섬유는 공장 직원 150명을 해고하기로 했다. 이들의 퇴사는 4월 30일이다."),
        _ko("오린섬유는 공장을 폐쇄하고 직원 150명을 해고한다. 폐쇄는 4월 30일이다."),
        _ko("오린섬유는 공장을 폐쇄하고 직원 150명을 해고한다. 해고는 4월 30일 이뤄진다."),
        _ko("델마포장 이천공장 85명 정리해고, 4월 말 시행"),
    ],
)
def test_the_leaving_told_as_the_topic_with_its_day_as_the_predicate_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


def test_a_months_last_day_told_in_words_is_that_month_end(classify):
    text = "오린섬유 공장이 4월 마지막 날 문을 닫는다. 직원 150명이 해고된다."
    assert classify(text, "ko", MONDAY).separation_date == APRIL_30


def test_a_relocation_done_by_a_month_dates_the_jobs_it_ends(classify):
    text = "오린섬유가 서울 연구소를 베트남으로 옮긴다. 회사는 내년 6월까지 이전을 마무리하겠다고 밝혔다. 이에 따라 연구 인력 150명이 일자리를 잃게 된다."
    assert classify(text, "ko", MONDAY).separation_date == date(2025, 6, 30)


# --- English --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("Hartley Foods will lay off 80 workers. Separations are scheduled for April 30."),
        _en("Hartley Foods will close its Dayton plant, putting 80 people out of work. The closure is scheduled for April 30."),
        _en("Hartley Foods will close its Dayton plant, laying off 80 workers. The layoffs are slated for April 30."),
        _en("Hartley Foods plans to lay off 80 workers, with the layoffs planned for April 30."),
        _en("Orrin Textiles will lay off 150 workers, the company said Monday. The job cuts will take place on April 30."),
        _en("Orrin Textiles will lay off 150 workers; the layoffs will happen April 30."),
        _en("Delmar Packaging will permanently lay off 85 workers in a mass layoff expected to occur on April 30."),
        _en("Orrin Textiles plans to lay off 150 workers, and the reductions will be effective as of April 30."),
    ],
)
def test_a_leaving_scheduled_or_taking_place_on_a_day_is_dated_by_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("Hartley Foods will cut 80 jobs ahead of the April 30 closure of its Dayton plant."),
        _en("The April 30 shutdown of Hartley Foods' Dayton plant will put 80 workers out of work as the plant closes."),
        _en("Corvid Logistics' 35 Reno workers face an April 30 layoff."),
    ],
)
def test_a_day_named_before_the_closures_or_the_layoffs_noun_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("On April 30, Hartley Foods will lay off 80 workers at its Dayton plant."),
        _en("On April 30, 80 workers at Hartley Foods' Dayton plant will lose their jobs."),
        _en("By April 30, all 80 workers at the Dayton plant will have been laid off, Hartley Foods said."),
        _en("Hartley Foods is laying off staff. As of April 30, the 80 workers at its Dayton plant will no longer be employed."),
        _en("Starting April 30, Corvid Logistics will lay off 35 workers at its Reno depot."),
    ],
)
def test_a_day_told_first_with_a_leaving_clause_after_it_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("Hartley Foods will lay off 80 workers. April 30 will be their last day."),
        _en("Hartley Foods is closing its Dayton plant. April 30 will be the final day of operations, and 80 workers will lose their jobs."),
        _en("Hartley Foods is closing its Dayton plant. April 30 marks the last day for its 80 workers."),
        _en("Hartley Foods will lay off 80 workers in late April, with April 30 the last day of work."),
        _en("Orrin Textiles will lay off 150 workers. The affected employees will receive pay through April 30, their final day."),
        _en("CEO: So, uh, we're closing the Elk Grove plant. Eighty-five people. Their last day is gonna be April 30."),
    ],
)
def test_a_day_named_as_the_last_one_in_other_verbs_dates_it(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("Hartley Foods will lay off 80 workers, who will work through April 30."),
        _en("Hartley Foods will lay off 80 workers; they will stay on until April 30."),
        _en("Hartley Foods' 80 workers will be out of work on April 30 when the Dayton plant closes."),
        _en("Hartley Foods' 80 workers will be out of a job after April 30, when the Dayton plant closes."),
        _en("Hartley Foods will wind down operations at its Dayton plant by April 30, laying off 80 workers."),
        _en("Hartley Foods will lay off staff, phasing out 80 positions by April 30."),
        _en("80 positions at Hartley Foods will be cut by April 30."),
        _en("Hartley Foods will terminate the employment of 80 workers on April 30."),
        _en("Hartley Foods is downsizing and will release 80 workers on April 30."),
        _en("Hartley Foods' Dayton plant will go out of business April 30; 80 workers will be laid off."),
        _en("Hartley Foods' Dayton plant will be closed as of April 30, and 80 workers will be laid off."),
        _en("Hartley Foods will close its Dayton plant, with the last workers leaving April 30."),
        _en("Corvid Logistics will retrench 35 workers on 30 April as it closes its Reno depot."),
        _en("Corvid Logistics will relieve 35 employees from service on April 30 as part of a restructuring."),
        _en("Pinecrest Hospital will cease all operations on April 30; about 300 employees will lose their jobs."),
        _en("Got the news today: Corvid is closing our warehouse and all 35 of us are done April 30."),
    ],
)
def test_an_english_leaving_verb_in_other_words_dates_the_leaving(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _en("Orrin Textiles will close its mill on the 30th of April, with the loss of 150 jobs."),
        _en("Orrin Textiles will close its mill on 30th April, with the loss of 150 jobs."),
    ],
)
def test_a_day_with_its_ordinal_before_the_month_is_read(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date == APRIL_30


def test_jobs_cut_by_a_day_with_where_they_are_between_commas_are_dated_by_it(classify):
    text = "Brightwell Chemicals said it would eliminate about 900 positions worldwide, mostly in Belgium, by the end of 2024."
    assert classify(text, "en", MONDAY).separation_date == date(2024, 12, 31)


@pytest.mark.parametrize("text", ["got laid off today with my whole team, 12 of us. last day is friday.", "Our whole team of 12 got laid off. Our last day is Friday."])
def test_a_last_day_named_by_its_weekday_is_the_coming_one(classify, text):
    assert classify(text, "en", MONDAY).separation_date == date(2024, 3, 8)


def test_services_not_required_after_a_day_end_on_it(classify):
    text = "The district laid off 22 aides; their contracts will not be renewed after June 30."
    assert classify(text, "en", MONDAY).separation_date == date(2024, 6, 30)


# --- a day named by the one before it ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("오린섬유는 물류 부문을 분사한다. 신설 법인은 4월 1일 출범하며, 물류 부문 직원 150명이 이날부로 신설 법인으로 소속을 옮긴다.", "ko", date(2024, 4, 1)),
        ("Orrin Textiles will stop production at its mill on April 30, and the 150 workers there will be laid off the same day.", "en", APRIL_30),
        ("Orrin Textiles will close its mill on April 30. All 150 workers will be let go that day.", "en", APRIL_30),
    ],
)
def test_a_day_named_by_the_one_told_before_it_is_that_day(classify, text, lang, day):
    assert classify(text, lang, MONDAY).separation_date == day


# --- still no leaving day ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        _ko("한결물산은 4일 생산직 80명을 해고한다고 밝혔다."),
        _ko("한결물산은 4일 노조에 80명 감원 계획을 통보했다."),
        _ko("누리식품은 다음 달 15일 직원 35명에게 해고를 통보할 예정이다."),
        _ko("누리식품은 오는 4월 30일 이사회를 열고 직원 35명을 해고하는 안을 의결한다."),
        _ko("누리식품은 4일 대전공장 폐쇄 결정을 내렸다. 직원 35명이 해고된다."),
        _ko("한결물산 노조는 4일 정리해고에 반대하는 집회를 열었다. 회사는 직원 80명을 해고할 계획이다."),
        _ko("한결물산은 올해 안에 직원 80명을 감원하기로 했다."),
        _ko("한결물산은 희망퇴직 신청을 4월 30일까지 받아 80명을 내보낸다."),
        _ko("한결물산 공장 가동이 4월 1일 중단된다. 2주간 휴업하며 직원 80명이 휴직한다."),
        _en("On March 4, Corvid Logistics said it would lay off 35 workers."),
        _en("On April 30, the board will decide whether to close the Dayton plant, where 80 people work."),
        _en("As of March 31, Hartley Foods will have 1,200 employees after laying off 80."),
        _en("Hartley Foods will lay off 80 workers. A vote on the plan is scheduled for April 30."),
        _en("Hartley Foods will lay off 80 workers, according to a March 4 layoff notice."),
        _en("Hartley Foods furloughed 80 workers after the March 1 shutdown of its plant for repairs; they will return in April."),
        _en("Hartley Foods is offering buyouts to 80 workers; March 29 is the last day to apply."),
        _en("Hartley Foods will lay off 80 workers. The union said it will work through April 30 to find alternatives."),
        _en("Corvid Logistics will lay off 35 workers. The company will release its quarterly results on April 30."),
    ],
)
def test_the_day_of_a_telling_a_decision_a_window_or_a_stop_is_still_no_leaving_day(classify, text, lang):
    assert classify(text, lang, MONDAY).separation_date is None
