"""Insolvency and what follows it (fresh58's round): a court that runs an insolvency is no ruling (nor court protection a
policy), a leaving told as done "effective" a day is this year's, jobs of two kinds cut, roles counted and made redundant by
administrators, job cuts said not announced and a loan's restructuring after a going-concern warning; a sale that keeps none
of the staff or only some, a dismissal dated between its count and its verb, a liquidation the sentence after the jobs lost,
a rescue judged impossible, counts listed after the per-site word; explainers, waves of bankruptcies and categories of
closings; going-out-of-business sales, jobs lost on a day, cuts left out of a rehabilitation plan. Sentences of our own
(not the eval texts). The rules alone (see conftest.py); the loan's restructuring with the text model too."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- a court that runs an insolvency is no ruling ----------------------------------------------------------------------


def test_a_court_appointed_receiver_idling_a_mill_is_a_suspension(classify):
    text = ("The court-appointed receiver for Harbor Paper said the company's mill in Maine will be idled for a month "
            "starting next week, putting 240 workers on temporary layoff.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 240)


def test_a_company_under_court_receivership_shutting_its_plant_is_a_closure(classify):
    text = ("A textile maker under court receivership said it will shut its Daegu plant on April 30, ending the jobs of "
            "310 workers.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 310, date(2024, 4, 30))


def test_a_company_liquidated_under_a_bankruptcy_courts_supervision_closes(classify):
    text = ("Orchard Glassworks will close its only factory on May 15 and lay off its 95 employees before it is liquidated "
            "under the supervision of the Bankruptcy Court.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 95)


def test_a_company_under_court_protection_laying_off_workers_is_a_layoff(classify):
    text = "Hanil Textiles, under court protection since January, will lay off 200 workers on April 1."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 200, date(2024, 4, 1))


def test_a_receiver_telling_the_court_of_a_cut_reports_the_cut(classify):
    text = ("Lakeside Clinics, in state-court receivership since January, will lay off 140 of its staff, the receiver "
            "told the court on Friday.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 140)


def test_court_approval_to_close_stores_reports_the_closing(classify):
    text = ("Bankrupt grocer Halden Market received court approval on Thursday to close its last 22 stores, putting 640 "
            "jobs at risk.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_nursing_home_in_receivership_pointed_back_to_as_the_home_closes(classify):
    text = ("The receiver for Elmwood Terrace nursing home said the home will close on April 30 and its 55 staff will be "
            "let go.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 55, date(2024, 4, 30))


def test_a_court_ruling_on_dismissals_is_still_no_event(classify):
    text = "The court ruled on Friday that the 2019 layoffs of 40 drivers at Metro Cabs were lawful."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a leaving told as done, effective a day ---------------------------------------------------------------------------


def test_workers_terminated_effective_a_day_just_past_left_this_year(classify):
    text = ("Redline Couriers filed for Chapter 7 on Friday. A WARN notice says all 430 of its drivers were terminated "
            "effective March 1.")
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (430, date(2024, 3, 1))


def test_a_plans_cuts_effective_a_day_already_past_are_next_years(classify):
    text = "The school board voted on Monday to lay off 60 teachers, with the cuts effective March 1."
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2025, 3, 1)


# --- jobs of two kinds, roles made redundant ---------------------------------------------------------------------------


def test_hundreds_of_jobs_of_two_kinds_eliminated_is_a_layoff_without_a_count(classify):
    text = ("Copperline Outfitters filed for Chapter 11 protection and said it will eliminate hundreds of store and "
            "warehouse jobs while it seeks a buyer.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_administrators_counted_roles_made_redundant_are_a_layoff(classify):
    text = ("Administrators for the furniture chain Ashby & Crane said 145 warehouse roles would be made redundant, "
            "while its 60 showrooms keep trading as they seek a buyer.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 145)


# --- no cut announced, a loan restructured ------------------------------------------------------------------------------


def test_job_cuts_said_not_announced_after_a_going_concern_warning_are_no_event(classify):
    text = ("Tidewater Snacks said its auditor has raised doubt about its ability to continue as a going concern. The "
            "company has not announced any layoffs.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_restructuring_of_a_term_loan_is_no_event_even_with_the_model(with_model, directory):
    text = ("Quarterly results: Tidewater Snacks said its auditor has doubts about its future, and it has hired advisers "
            "to explore refinancing, asset sales and a possible restructuring of its term loan.")
    got = detect_text(with_model, directory, text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- a sale that keeps none of the staff, or only some ------------------------------------------------------------------


def test_a_sale_whose_buyer_keeps_none_of_the_staff_ends_in_a_closure(classify):
    text = ("회생절차 중인 제과업체 H사의 매각이 끝났지만 직원들은 일자리를 잃게 됐다. 인수자가 브랜드만 사들이고 고용승계는 "
            "하지 않기로 하면서, H사는 이달 20일 자로 영업을 종료하고 청산 절차에 들어간다. 직원 64명 전원이 해고 통보를 받았다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 64, date(2024, 3, 20))


def test_a_sale_that_keeps_only_some_lets_the_rest_go_on_the_day_the_sale_closes(classify):
    text = ("인수사는 직원 250명 가운데 180명만 고용을 승계하기로 했으며, 승계되지 않은 70명은 매각 종결일인 이달 29일 자로 "
            "해고된다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 70, date(2024, 3, 29))


def test_a_sale_that_keeps_every_worker_is_still_no_event(classify):
    text = "회생절차 중인 K정밀이 매각된다. 인수사는 직원 150명 전원의 고용을 승계하기로 했다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_company_liquidated_the_sentence_after_its_jobs_are_lost_is_a_closure(classify):
    text = ("Fernway Outdoor's sale has been completed, but its staff will lose their jobs. The buyer took only the brand, "
            "and Fernway will be liquidated.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


# --- a rescue judged impossible, sites listed by the per-site word ------------------------------------------------------


def test_a_rescue_judged_impossible_is_the_reason_a_school_closes_not_a_denial(classify):
    text = "학교법인의 회생 가능성이 없다고 판단한 데 따른 것으로, S대학은 내년 2월 말 폐교한다."
    got = classify(text, "ko", date(2023, 12, 1))
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 2, 29))


def test_counts_listed_after_the_per_site_word_are_summed(classify):
    text = ("파산을 신청한 택배업체 한빛운송이 터미널 세 곳을 이달 31일 자로 모두 닫는다. 센터별로 광주 120명, 대구 80명, "
            "울산 45명이 일자리를 잃는다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 245)


# --- explainers, waves of bankruptcies and categories of closings -------------------------------------------------------


def test_two_procedures_compared_in_a_title_are_an_explainer(classify):
    text = ("[쉽게 읽는 법률] 워크아웃과 파산, 무엇이 다를까\n워크아웃은 채권단과 협의해 빚을 조정하는 절차다. 파산은 회사 "
            "재산을 팔아 채권자에게 나눠 주고 법인을 없애는 절차다.")
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_suppliers_going_bankrupt_one_after_another_in_regional_policy_news_are_no_event(classify):
    text = "정부가 자동차 부품 업체들이 잇따라 파산하며 일자리가 줄어든 지역의 지원 기간을 6개월 늘렸다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_closing_named_as_one_of_its_kinds_in_wage_figures_is_no_event(classify):
    text = "회사의 파산이나 폐업으로 퇴직금을 받지 못한 노동자에게 지급된 돈이 올해 들어 크게 늘었다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_one_supplier_gone_bankrupt_is_still_a_closure(classify):
    text = "자동차 부품 업체 대성정공이 결국 파산해 직원 85명이 일자리를 잃었다."
    assert classify(text, "ko", MONDAY).type is T.CLOSURE


# --- going-out-of-business sales, a day jobs are lost, cuts left out of a rehabilitation plan ----------------------------


def test_going_out_of_business_sales_at_stores_which_will_close_are_a_closure(classify):
    text = ("Hartwell Books will hold going-out-of-business sales at all 25 of its shops, which will close by the end of "
            "April, affecting 380 employees.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 380, date(2024, 4, 30))


def test_people_who_will_lose_their_jobs_on_a_day_leave_that_day(classify):
    text = "A WARN notice filed by Stanton Mills says 210 workers will lose their jobs on May 17 as the bankrupt mill winds down."
    got = classify(text, "en", MONDAY)
    assert (got.headcount, got.separation_date) == (210, date(2024, 5, 17))


def test_cuts_said_left_out_of_a_rehabilitation_plan_are_no_event(classify):
    text = "법원이 L제지의 회생계획안을 인가했다. 회생계획안에는 인력 감축 내용은 포함되지 않았다."
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING
