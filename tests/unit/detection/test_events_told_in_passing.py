"""The near miss, events told in passing (fresh45's round): a concrete event told inside another story (a court's
approval of a bankrupt chain's store closings, a site consolidated into another city's), a stop told by a lay-off with an
end, a restructuring whose method is still open, and the counts and dates such stories tell. Sentences of our own (not
the eval texts). The rules alone (see conftest.py); an event told in passing in policy news is tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- a concrete event told inside another story ------------------------------------------------------------------------


def test_a_bankruptcy_judge_approving_a_chains_request_to_close_stores_reports_the_closings(classify):
    text = ("A bankruptcy judge on Tuesday approved Pine & Oak Outfitters' request to close 24 of its 90 stores. "
            "According to court filings, about 310 workers will lose their jobs.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 310)


def test_a_judges_ruling_on_past_dismissals_is_still_no_event(classify):
    text = "A judge ruled on Tuesday that the 2019 layoffs at the Dover plant broke the union contract."
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_service_center_consolidated_into_another_citys_hub_is_a_closure(classify):
    text = ("Northwind Energy will consolidate its Fargo, North Dakota, billing service center into its Minneapolis "
            "office. The 150 employees in Fargo will be offered severance.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 150)


# --- the type: a lay-off with an end, a method still open --------------------------------------------------------------


def test_a_crew_laid_off_until_spring_is_a_stop(classify):
    text = "Bay Cannery lays off its packing crew until spring after a poor salmon season. It plans to recall them in May."
    got = classify(text, "en", MONDAY)
    assert got.type is T.SUSPENSION


def test_a_restructuring_that_may_or_may_not_mean_job_cuts_is_other(classify):
    text = ("Redwing Rail to restructure maintenance staff\nRedwing Rail said it will restructure its maintenance workforce, "
            "affecting about 600 employees. It had not yet decided whether the changes would involve contracting out, "
            "transfers or layoffs.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 600)


def test_a_diner_serving_its_last_breakfast_on_a_day_closes_that_day(classify):
    text = ("A note from the Maple Street Grill: after 30 years, we will serve our last breakfast on Saturday, June 15. "
            "Thank you to our staff and to every regular.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 6, 15))


def test_a_cafes_last_coffee_of_the_season_is_no_closure(classify):
    text = "The lakeside cafe will serve its last coffee of the season on Sunday and reopens in May."
    got = classify(text, "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_plants_stop_told_in_passing_in_policy_news_is_kept_from_the_models_veto(with_model, directory):
    text = ("정부는 군산·목포 등 고용위기지역 지정 기간을 1년 연장하기로 했다. 노동부는 \"한빛금속이 다음 달부터 두 달간 "
            "군산공장 가동을 멈추고 생산직 230명에 대해 휴업에 들어가기로 하는 등 지역 고용 불안이 여전하다\"고 설명했다. "
            "지정이 연장되면 사업주는 고용유지지원금을 더 받을 수 있다.")
    got = detect_text(with_model, directory, text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 230)


# --- the count: a buyout's take-up, a correction, a share of a workforce told as a clause, a size once or hoped for -----


def test_a_buyout_that_closed_with_applicants_counts_them(classify):
    text = ("CFO: The voluntary retirement program we offered in October closed with 260 applicants, and those employees "
            "will leave in March.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 260)


def test_a_corrected_count_wins_over_the_one_it_corrects(classify):
    text = ("[정정] 지난 2일자 '대한상사, 희망퇴직 400명' 기사에서 희망퇴직 인원은 400명이 아니라 240명입니다. "
            "400명은 신청 자격이 있는 직원 수입니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 240)


def test_a_share_of_a_workforce_told_in_its_own_clause_is_the_count(classify):
    text = "사무직이 60명인데, 그중 절반을 내보내기로 했습니다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_the_size_a_staff_once_had_is_not_the_count_of_those_who_leave(classify):
    text = ("부산 염색공장이 이달 말 문을 닫는다. 한때 900명에 달하던 직원은 이제 85명이 남았고, 이들은 폐쇄와 함께 "
            "퇴직한다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 85)


def test_a_headcount_goal_is_not_the_count_of_a_cut(classify):
    text = ("핀테크 업체 머니랩이 전체 직원 80명의 25%를 감원한다. 회사는 지난해 \"직원 500명 시대\"를 내걸고 채용을 늘려 왔다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 20)


# --- the date: a last shift, a correction's leaving day, a story's issue date ------------------------------------------


def test_a_plants_last_shift_clocking_out_on_a_weekday_is_the_closing_day(classify):
    text = ("After 60 years the Ridgeway tannery plant will close. The last shift clocks out Thursday, and the 90 workers "
            "left will go with it.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 3, 7))


def test_a_leaving_day_named_as_a_topic_is_the_day_and_a_corrected_storys_issue_is_not(classify):
    text = ("[바로잡습니다] 본지 2월 26일자 경제면 '대한상사, 희망퇴직 300명' 기사에서 희망퇴직 인원은 300명이 아니라 "
            "180명입니다. 퇴직일은 보도와 같이 이달 29일입니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.headcount, got.separation_date) == (180, date(2024, 3, 29))


def test_a_team_told_with_its_size_and_reduced_by_a_share_is_a_layoff(classify):
    text = "A hard update from our founder: we are reducing our 240-person team by about a quarter, effective today."
    got = classify(text, "en", MONDAY)
    assert got.type is T.LAYOFF
