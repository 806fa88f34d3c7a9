"""Vehicles, ships and chips (fresh44's round): an employer's own Q&A to its staff about its own stop, a line stopped
with its people at work on full pay, a company bought with its whole staff kept, counts at two sites told with their
places, a count pointed back to and revised, a dateline's day and a leaving day told after the sites it covers.
Sentences of our own (not the eval texts). The rules alone (see conftest.py); what the text model may not rescue is
tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- an employer's own Q&A to its staff is a report of its measure -----------------------------------------------------


def test_an_internal_notices_questions_and_answers_about_the_companys_own_stop_report_it(classify):
    text = ("[사내 공지] 라인 휴업 관련 자주 묻는 질문\nQ. 휴업은 왜 하나요?\nA. 반도체 수급 차질로 고객사 조립라인이 멈춰 당사 "
            "시트 납품도 중단됐습니다.\nQ. 누가 언제 쉬나요?\nA. 조립반 150명이 다음 달 4일부터 2주간 휴업합니다.\n— 인사총무팀")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 150)


def test_a_labor_columns_questions_and_answers_about_any_employers_stop_are_still_an_explainer(classify):
    text = ("회사가 휴업하면 임금은?\nQ. 회사 사정으로 휴업을 하면 월급을 받을 수 있나요?\nA. 사용자의 귀책사유로 휴업하는 경우 "
            "사업주는 평균임금의 70% 이상을 휴업수당으로 지급해야 합니다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_party_to_a_case_is_not_the_employer_speaking_of_itself(classify):
    text = ("Q. 회사가 휴업을 통보했는데 당사자 동의가 필요한가요?\nA. 사업주가 휴업을 하는 경우 근로자 당사자의 동의는 "
            "필요하지 않지만 휴업수당을 지급해야 합니다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_an_employers_faq_telling_its_own_temporary_layoff_in_the_first_person_reports_it(classify):
    text = ("Frequently asked questions for Millbrook Seating employees\nWhy is the line stopping? A parts shortage at our "
            "customer has halted its assembly plant, so we have no seats to ship.\nWhat happens next? We are planning a "
            "three-week temporary layoff starting April 8 for second-shift workers.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.SUSPENSION


def test_a_faq_about_what_any_employer_may_do_is_still_an_explainer(classify):
    text = ("Frequently asked questions about temporary layoffs\nCan my employer lay me off temporarily without notice? In "
            "most states an employer may place workers on temporary layoff, but you may be entitled to unemployment benefits.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_cut_verb_that_is_a_word_of_a_companys_name_is_no_cut(classify):
    text = "Lakeside Trim employees will get a 3% raise in January under a new contract, the union said."
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_cut_verb_capitalized_in_a_title_case_headline_is_still_a_cut(classify):
    got = classify("Lakeside Trims Workers At Two Michigan Plants", "en", MONDAY)
    assert got.type is T.LAYOFF


# --- a line stopped with its people at work on full pay ----------------------------------------------------------------


def test_a_plant_stopped_for_retooling_with_its_workers_training_at_full_pay_is_no_suspension(classify):
    text = ("Retooling idles Marysville frame plant for ten days\nThe frame plant will stop production for ten days starting "
            "June 3 while new welding robots are installed. Hourly workers will spend the downtime in training at full pay, "
            "the company said. No layoffs are planned.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_plant_idled_with_its_hourly_workers_laid_off_is_still_a_stop_whoever_stays_on_full_pay(classify):
    text = ("Marysville Frame will idle its plant for two weeks and temporarily lay off 240 hourly workers; salaried staff "
            "stay on payroll at full pay.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 240)


def test_a_plant_idled_with_its_workers_put_on_paid_leave_at_full_pay_is_still_a_stop(classify):
    text = ("Marysville Frame will idle its plant for two weeks because of a parts shortage. Hourly workers will be placed "
            "on paid leave at full pay.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.SUSPENSION


def test_a_plant_closing_with_its_workers_on_full_pay_until_it_closes_is_still_a_closure(classify):
    text = "Marysville Frame will close its Ohio plant in June. Workers will receive full pay until the plant closes."
    got = classify(text, "en", MONDAY)
    assert got.type is T.CLOSURE


def test_a_line_stopped_for_new_equipment_with_normal_wages_paid_and_no_leave_is_no_suspension(classify):
    text = ("한빛모터스 아산공장이 신형 배터리 라인 설치 공사로 다음 달 10일부터 열흘간 생산을 멈춘다. 회사는 공사 기간 생산직에게 "
            "정상 임금을 지급하고 안전 교육을 진행한다. 휴업이나 휴직 조치는 없다고 회사 측은 밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_line_stopped_with_its_staff_put_on_leave_is_still_a_suspension_whatever_is_paid(classify):
    text = ("한빛모터스 아산공장이 수요 부진으로 다음 달 10일부터 한 달간 생산을 멈추고 생산직 300명을 휴직 처리한다. "
            "휴직 기간에는 정상 임금을 지급한다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 300)


# --- a company bought with its whole staff kept (the text model may not read it as a closure) -------------------------


def test_an_acquisition_keeping_every_employee_is_kept_from_the_models_rescue(with_model, directory):
    text = ("Supplier completes purchase of Indiana wheel maker\nThe deal closed Friday. All 275 workers will be retained "
            "and its Elkhart plant will continue operating, the company said.")
    got = _detect(with_model, directory, text, "en")
    assert (got.type, got.headcount) == (T.NOT_RESTRUCTURING, None)


def test_an_acquisition_taking_over_every_employees_job_in_korean_is_kept_from_the_models_rescue(with_model, directory):
    text = ("대성정밀, 창원 부품업체 인수 완료\n대성정밀이 창원의 변속기 부품업체 인수를 마무리했다. 회사는 인수한 업체의 직원 "
            "320명 전원의 고용을 승계한다고 밝혔다. 공장도 현 경영진 체제로 그대로 운영된다.")
    got = _detect(with_model, directory, text, "ko")
    assert got.type is T.NOT_RESTRUCTURING


def test_a_closure_found_by_the_rules_stands_beside_a_buyer_keeping_other_staff(with_model, directory):
    text = ("Northway Controls will close the Akron valve plant in June, ending 120 jobs. It will retain all of its 340 "
            "employees at the Canton plant.")
    got = _detect(with_model, directory, text, "en")
    assert got.type is T.CLOSURE


# --- counts at two sites told with their places; a count pointed back to and revised ----------------------------------


def test_counts_at_two_sites_named_by_their_kind_and_town_are_summed(classify):
    text = ("Harmon Gear will lay off 180 workers at its forge in Muncie, Indiana, and 65 at its heat-treat plant in Marion, "
            "Indiana, as truck orders slow.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 245)


def test_counts_at_two_sites_named_by_their_kind_alone_are_summed(classify):
    got = classify("Harmon Gear will lay off 180 workers at its Muncie forge and 65 at its paint shop next month.", "en", MONDAY)
    assert got.headcount == 245


def test_openings_at_another_site_are_not_added_to_the_layoffs(classify):
    text = "Harmon Gear will lay off 180 workers at its forge in Muncie, and it has 65 openings at its plant in Marion."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 180


def test_a_figure_pointed_back_to_and_revised_is_the_count_now(classify):
    text = ("Harmon Gear said in March it would cut 600 jobs at its Muncie forge. On Tuesday it revised that figure to 480 "
            "after winning a new axle order.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 480)


# --- a dateline's day is the telling's; a leaving day told after the sites it covers ---------------------------------


def test_a_datelines_day_under_a_closing_headline_is_not_the_closing_day(classify):
    text = ("Halvorsen Metall to close Bremen casting plant\nBREMEN, March 4 (Reuters) - Halvorsen Metall will close its "
            "casting plant in Bremen by the end of 2026, cutting 310 jobs, as carmakers buy fewer engine parts.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2026, 12, 31))


def test_a_years_end_written_with_a_hyphen_is_its_last_day(classify):
    got = classify("Halvorsen Metall will shut its Bremen casting plant by end-2026, cutting 310 jobs.", "en", MONDAY)
    assert got.separation_date == date(2026, 12, 31)


def test_a_dismissal_days_field_followed_by_the_sites_it_covers_dates_the_leaving(classify):
    text = ("[지회 소식] 부당한 정리해고 계획\n사측은 지난 12일 노사협의회에서 1공장 60명, 2공장 35명에 대한 정리해고 계획을 "
            "통보했습니다. 해고 예정일은 두 공장 모두 4월 30일입니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 95, date(2024, 4, 30))


def test_a_dismissal_days_field_followed_by_a_clause_does_not_take_a_later_date(classify):
    text = ("사측은 지난 12일 1공장 60명에 대한 정리해고 계획을 통보했습니다. 해고 예정일은 아직 정해지지 않았고 지난 5일 "
            "노조와 면담했습니다.")
    got = classify(text, "ko", MONDAY)
    assert got.separation_date is None


def _detect(rules, directory, text: str, lang: str):
    return detect_text(rules, directory, text, lang, MONDAY, today=MONDAY)
