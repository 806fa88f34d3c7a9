"""The near miss, negatives (fresh45's round): restructuring words everywhere, events only sometimes — cuts told as a
possibility, plans dropped and no-cut pledges, closures and layoffs told years on, rulings on a past dismissal, reviews
of fiction, a glossary's definition, figures by category and a holiday stop under the collective agreement. Each cue is
tested with the event it must leave alone. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)
NO = T.NOT_RESTRUCTURING


# --- a cut told as a possibility -----------------------------------------------------------------------------------------


def test_an_analysts_guess_that_a_merged_company_could_shed_a_share_of_its_staff_is_no_event(classify):
    text = ("Brokers expect the combined Velda-Marrow group could shed 8% of its 21,000 employees after the deal closes. "
            "The companies declined to comment on integration.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_chief_executives_warning_that_a_plant_might_have_to_close_if_orders_fall_is_no_event(classify):
    text = ("Norrland Paper might have to close its Tacoma mill if pulp prices keep falling, its chief executive said. "
            "\"We may be forced to reduce our workforce,\" he told investors.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_cut_the_company_will_make_stands_beside_what_it_says_could_follow(classify):
    text = ("Norrland Paper will lay off 140 workers at its Tacoma mill in May. It could cut more jobs if pulp prices keep "
            "falling.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 140)


def test_a_brokers_report_that_a_company_may_cut_staff_next_year_is_no_event_in_korean(classify):
    text = ("[증권가 리포트] \"한빛소재, 내년 생산직 15% 감원 나설 수도\"\n한 증권사 연구원은 한빛소재가 실적 부진으로 "
            "생산직을 줄일 것으로 내다봤다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_a_chief_executive_not_ruling_out_cuts_on_a_condition_is_no_event_in_korean(classify):
    text = "한길해운 대표 \"운임 하락 이어지면 감원 가능성도 배제 못해\"\n그는 \"현재로서는 구체적인 감원 계획이 없다\"고 말했다."
    assert classify(text, "ko", MONDAY).type is NO


def test_a_cut_decided_stands_beside_more_told_as_possible_in_korean(classify):
    text = "한길해운이 다음 달 사무직 80명을 감원하기로 했다. 회사는 운임 하락이 이어지면 추가 감원 가능성도 있다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


# --- plans dropped and no-cut pledges ------------------------------------------------------------------------------------


def test_a_company_that_scraps_its_plan_to_close_a_plant_reports_no_closure(classify):
    text = ("Ridgeway Foods scraps plan to close Omaha bakery\nRidgeway Foods said it will keep the bakery open, reversing "
            "a spring plan to close it and cut its 210 jobs. All of those jobs stay.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_plant_closure_announced_stands_where_another_plan_was_dropped(classify):
    text = ("Ridgeway Foods will close its Omaha bakery in June, cutting 210 jobs. It dropped its plan to expand the "
            "Lincoln site.")
    assert classify(text, "en", MONDAY).type is T.CLOSURE


def test_a_store_closing_pursued_and_then_dropped_is_no_event_in_korean(classify):
    text = ("한솔마트가 부산점 폐점 계획을 철회했다. 회사는 부산점을 닫고 직원 일부를 권고사직 처리하는 방안을 추진했으나, "
            "임대료 인하에 합의하면서 영업을 이어가기로 했다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_an_acquirers_pledge_of_no_restructuring_or_buyouts_is_no_event_in_korean(classify):
    text = ("대운식품이 한마음제과 인수를 마쳤다. 대운식품은 한마음제과 직원 900명의 고용을 5년간 보장하고 인위적인 감원이나 "
            "희망퇴직을 하지 않기로 했다고 밝혔다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_a_company_that_reverses_course_on_a_closure_reports_no_closure(classify):
    text = ("Lakeshore Dairy reverses course on closing its Fond du Lac cheese plant\nThe plant will stay open after a new "
            "supply deal, the company said.")
    assert classify(text, "en", MONDAY).type is NO


# --- closures and layoffs told years on ----------------------------------------------------------------------------------


def test_an_anniversary_of_a_plant_closing_and_its_layoffs_is_history(classify):
    text = ("It was twenty years ago this month that the Brandt glassworks shut its doors, ending 900 jobs. The layoffs "
            "came in three rounds. Today the site is a housing estate.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_town_marking_the_anniversary_of_a_mill_closure_tells_history(classify):
    text = ("Millbrook marks the 25th anniversary of the paper mill closure\nThe mill shut in 2001, and 650 workers lost "
            "their jobs. A plaque was unveiled on Saturday.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_new_layoff_told_in_an_anniversary_story_is_an_event(classify):
    text = ("It was twenty years ago this month that the Brandt glassworks shut its doors. Now its successor, Brandt Optics, "
            "will lay off 120 workers in June.")
    got = classify(text, "en", MONDAY)
    # (the new cut cancels the look back for the whole text: the old closure, told first, still types it)
    assert (got.is_restructuring, got.headcount) == (True, 120)


def test_a_feature_years_after_a_plant_closed_tells_its_dismissals_as_history_in_korean(classify):
    text = ("[기획] 조선소가 문을 닫은 지 7년…통영의 오늘\n당시 조선소에서 일하던 1천여 명이 일자리를 잃었다. "
            "정리해고 대상이었던 한 노동자는 지금 택배 일을 한다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_an_anniversary_named_for_a_closure_tells_history_in_korean(classify):
    text = "삼호조선 폐쇄 10주년 추모 행사 열려\n당시 조선소가 문을 닫으면서 직원 800명이 정리해고됐다."
    assert classify(text, "ko", MONDAY).type is NO


def test_a_new_dismissal_told_in_a_feature_years_on_is_an_event_in_korean(classify):
    text = "조선소가 문을 닫은 지 7년이 지났다. 협력업체 한려테크는 다음 달 직원 60명을 감원하기로 했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


# --- rulings on a past dismissal and a bankrupt company's estate ---------------------------------------------------------


def test_a_supreme_court_headline_on_a_past_dismissal_is_a_ruling_in_korean(classify):
    text = ("대법 \"2016년 한진정밀 정리해고는 정당\"…해고자 패소\n대법원은 해고 노동자들이 낸 해고무효확인 소송에서 "
            "원고 패소 판결을 확정했다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_payments_from_a_liquidation_trust_are_no_new_liquidation(classify):
    text = ("About 600 former employees of Harlow Stores will receive back wages. The payments will come from the "
            "liquidation trust set up in the bankruptcy.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_company_that_will_liquidate_is_still_a_closure(classify):
    text = "Harlow Stores will liquidate and close all 45 of its stores by April, putting 600 employees out of work."
    assert classify(text, "en", MONDAY).type is T.CLOSURE


# --- fiction, glossaries, figures and a holiday stop ---------------------------------------------------------------------


def test_a_book_review_of_a_novel_about_a_plant_closing_is_no_event(classify):
    text = ("Book review: \"Night Shift\" by Ana Ruiz\nThe novel follows a welder through the year his plant will close "
            "and 700 workers are laid off.")
    assert classify(text, "en", MONDAY).type is NO


def test_a_film_review_about_dismissals_is_no_event_in_korean(classify):
    text = ("[리뷰] 영화 '퇴근길', 정리해고 통보를 받은 아버지의 겨울\n공장 폐쇄 발표 뒤 해고일까지 석 달을 따라간다. "
            "러닝타임 104분.")
    assert classify(text, "ko", MONDAY).type is NO


def test_a_glossary_defining_a_restructuring_word_is_no_event_in_korean(classify):
    text = ("[쉬운 경제용어] 권고사직이란?\n권고사직은 회사가 근로자에게 사직을 권하고 근로자가 받아들여 퇴직하는 것을 "
            "말합니다. 정리해고와 달리 근로자의 동의가 필요합니다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_figures_of_involuntary_job_loss_by_category_are_statistics_in_korean(classify):
    text = "지난해 '비자발적 퇴직' 120만명…정리해고·권고사직 비중 커져\n한 연구원이 고용 자료를 분석했다."
    assert classify(text, "ko", MONDAY).type is NO


def test_plants_stopped_over_a_holiday_under_the_collective_agreement_are_no_suspension_in_korean(classify):
    text = ("조선 3사, 설 연휴 맞아 야드 멈춘다\n한주중공업은 9일부터 12일까지 쉬고, 동해조선도 같은 기간 도크 가동을 "
            "중단한다. 단체협약에 따른 정기 휴무로 연휴가 끝나는 13일부터 정상 가동한다.")
    assert classify(text, "ko", MONDAY).type is NO


def test_a_stop_on_a_shutdown_allowance_after_a_holiday_is_still_a_suspension_in_korean(classify):
    text = ("동해조선이 수주 부족으로 다음 달 1일부터 두 달간 도크 가동을 중단하고 생산직을 휴업시킨다. 휴업 기간 "
            "휴업수당을 지급하며, 설 연휴가 끝나는 13일부터 정상 출근하는 사무직은 대상이 아니다.")
    assert classify(text, "ko", MONDAY).type is T.SUSPENSION


# --- a trigger dated by its own year, years before the notice ------------------------------------------------------------


def test_a_closure_dated_years_before_the_notice_is_history(classify):
    text = "The 2018 closure of the Harwell glass plant cost 900 jobs. The site now hosts a business park."
    assert classify(text, "en", MONDAY).type is NO


def test_layoffs_dated_by_in_and_a_year_long_past_are_history(classify):
    text = "Brandt Tools laid off 300 workers in 2017 after losing its main customer. Most found work nearby."
    assert classify(text, "en", MONDAY).type is NO


def test_a_dismissal_told_in_the_past_with_a_year_long_past_is_history_in_korean(classify):
    text = "한서기계는 2016년 수주 급감을 이유로 생산직 52명을 정리해고했다. 이들 가운데 절반은 지금 택배 일을 한다."
    assert classify(text, "ko", MONDAY).type is NO


def test_a_closure_dated_last_year_or_to_come_is_still_an_event(classify):
    assert classify("Brandt Tools laid off 300 workers in 2023 as orders fell.", "en", MONDAY).type is T.LAYOFF
    assert classify("Brandt Tools will close its Dayton plant in 2027, cutting 300 jobs.", "en", MONDAY).type is T.CLOSURE


def test_an_eligibility_year_does_not_date_a_buyout_in_korean(classify):
    text = "한결은행이 1972년 이전 출생 직원을 대상으로 희망퇴직을 받았다. 350명이 신청했다."
    assert classify(text, "ko", MONDAY).type is T.VOLUNTARY_RETIREMENT


def test_a_year_of_something_else_told_after_the_cut_does_not_date_it(classify):
    text = "Brandt Tools will lay off 200 workers hired in 2019 when its Dayton line closes in June."
    assert classify(text, "en", MONDAY).type is T.LAYOFF
