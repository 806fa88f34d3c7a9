"""Older crises as told at the time (fresh29's round): newspapers printing their last issue, carmakers ending dealers'
franchises, collieries and mines closing, plants idled for weeks, retailers dismissing a stated number of staff, cuts
made through voluntary means, the form of a cut left open, voters' "pink slips", crowds of people laid off elsewhere,
the unemployed counted, a line stopped for a day by a storm. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

WEDNESDAY = date(2010, 3, 10)


# --- closures ---------------------------------------------------------------------------------------------------------


def test_a_newspaper_that_will_publish_its_final_edition_on_a_weekday_closes_that_day(classify):
    text = "The Harbor City Courier will publish its final edition Saturday, its owner said, after no buyer came forward for the daily, which employs about 140 people."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2010, 3, 13))


def test_a_magazine_printing_the_last_issue_of_the_year_is_no_closure(classify):
    text = "The garden monthly will print its final issue of the year in December, with a holiday gift guide."
    assert not classify(text, "en", WEDNESDAY).is_restructuring


def test_dealers_told_their_franchise_agreements_will_be_terminated_are_closing_and_stop_on_the_day_named(classify):
    text = "The truck maker told 210 of its dealers that their franchise agreements will be terminated and that they must stop selling its vehicles on July 31."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2010, 7, 31))


def test_a_carmaker_terminating_dealerships_closes_sites(classify):
    text = "The automaker said it would terminate about 400 dealerships by the end of next year to shrink its network."
    assert classify(text, "en", WEDNESDAY).type is T.CLOSURE


def test_a_carmaker_terminating_the_franchise_agreements_of_its_dealers_closes_sites(classify):
    text = "The carmaker will terminate the franchise agreements of roughly 900 dealers over the next 18 months."
    assert classify(text, "en", WEDNESDAY).type is T.CLOSURE


def test_dealerships_expected_to_close_are_a_closure(classify):
    text = "Dozens of rural dealerships are expected to close this spring after the carmaker cut their allocations."
    assert classify(text, "en", WEDNESDAY).type is T.CLOSURE


def test_a_colliery_named_as_the_subject_that_will_close_is_a_closure_even_when_its_miners_lose_their_jobs(classify):
    text = "Greyholme Colliery, the valley's last working pit, will close on Friday. Some 320 miners will lose their jobs."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 320, date(2010, 3, 12))


def test_closing_a_pit_is_a_closure(classify):
    text = "The coal board will close two pits in the county next month, affecting 600 miners."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 600)


def test_production_at_a_site_that_will_end_by_a_day_dates_the_closure(classify):
    text = "The handset maker will close its plant in Linz and move production to Hungary. Production at the plant will end by September 30."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2010, 9, 30))


def test_a_korean_mine_closed_for_good_is_a_closure_with_its_last_day_and_miners(classify):
    text = "정선의 한 탄광이 다음 달 15일을 끝으로 폐광한다. 이곳에서 일하던 광원 2백여명이 일자리를 떠나게 된다."
    got = classify(text, "ko", date(2005, 5, 20))
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 200, date(2005, 6, 15))


def test_the_policy_for_closed_mine_regions_is_no_closure(classify):
    text = "정부는 폐광지역 경제를 살리기 위해 관광 개발 사업에 5백억원을 지원하기로 했다."
    assert not classify(text, "ko", date(2005, 5, 20)).is_restructuring


def test_an_abandoned_mine_as_a_place_is_no_closure(classify):
    text = "도는 폐광산 주변 하천의 수질을 해마다 조사해 결과를 공개하기로 했다."
    assert not classify(text, "ko", date(2005, 5, 20)).is_restructuring


# --- suspensions ------------------------------------------------------------------------------------------------------


def test_plants_shut_down_for_as_long_as_some_weeks_are_a_temporary_stop(classify):
    text = "The carmaker will shut down six of its assembly plants for as long as eight weeks this summer to cut its inventories."
    assert classify(text, "en", WEDNESDAY).type is T.SUSPENSION


def test_plants_idled_in_a_headline_and_shut_for_weeks_in_the_body_are_a_temporary_stop(classify):
    text = "Carmaker to idle four plants\n\nThe company will shut down four of its plants for more than three weeks in July."
    assert classify(text, "en", WEDNESDAY).type is T.SUSPENSION


def test_a_line_stopped_by_a_storm_that_restarts_the_next_day_is_no_suspension(classify):
    text = "폭우로 공장 지하에 물이 차면서 한 부품업체의 생산라인이 가동을 멈췄다. 회사는 이르면 내일 생산을 재개할 수 있을 것으로 보고 있다."
    assert not classify(text, "ko", date(2016, 8, 20)).is_restructuring


def test_work_stopped_by_a_power_cut_and_resumed_the_next_day_is_no_suspension(classify):
    text = "정전으로 한 제지공장의 조업이 중단됐다. 공장은 다음 날 조업을 재개했다."
    assert not classify(text, "ko", date(2016, 8, 20)).is_restructuring


def test_a_line_stopped_for_weeks_by_storm_damage_stays_a_suspension(classify):
    text = "침수 피해를 입은 한 부품업체가 설비 복구를 위해 3주간 휴업에 들어간다."
    assert classify(text, "ko", date(2016, 8, 20)).type is T.SUSPENSION


# --- layoffs and their form -------------------------------------------------------------------------------------------


def test_a_retailer_that_dismissed_a_stated_number_of_staff_effective_today_laid_them_off_that_day(classify):
    text = "The appliance chain said it had dismissed about 1,200 of its sales employees, effective today, to cut its wage bill."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 1200, WEDNESDAY)


def test_workers_dismissed_on_a_past_weekday_left_that_day(classify):
    text = "The textile mill dismissed 85 workers on Friday after losing its biggest customer."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 85, date(2010, 3, 5))


def test_one_person_fired_is_still_no_layoff(classify):
    text = "The club fired its head coach on Tuesday after a run of seven straight losses."
    assert not classify(text, "en", WEDNESDAY).is_restructuring


def test_claims_of_a_count_of_employees_dismissed_by_a_court_are_no_layoff(classify):
    text = "The judge dismissed 14 employees' claims for overtime pay against the warehouse operator."
    assert not classify(text, "en", WEDNESDAY).is_restructuring


def test_a_cut_to_be_made_through_voluntary_means_is_a_voluntary_programme(classify):
    text = "The insurer will cut 250 jobs this year. It intends to do so through voluntary means and will open a severance scheme to all staff next week."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 250)


def test_a_cut_made_through_voluntary_means_and_compulsory_redundancies_stays_a_layoff(classify):
    text = "The insurer will cut 250 jobs through voluntary means where it can and compulsory redundancies where it cannot."
    assert classify(text, "en", WEDNESDAY).type is T.LAYOFF


def test_jobs_whose_number_is_too_early_to_say_are_a_restructuring_of_no_form_yet(classify):
    text = "The phone maker said its new strategy would mean fewer jobs, but its chief executive said it was too early to say how many jobs would go."
    assert classify(text, "en", WEDNESDAY).type is T.OTHER


def test_a_workforce_realignment_whose_form_is_not_said_is_a_restructuring_of_no_form_yet(classify):
    text = "The camera maker will carry out a workforce realignment in its film unit this year. A spokesman declined to say whether layoffs would be part of it."
    assert classify(text, "en", WEDNESDAY).type is T.OTHER


def test_a_group_whose_units_will_draw_up_the_size_and_method_of_cuts_later_has_a_restructuring_of_no_form_yet(classify):
    text = "□□그룹은 전 계열사에서 인력 구조조정을 하기로 했다. 감축 규모와 방식은 계열사별로 다음 달까지 마련하게 된다."
    assert classify(text, "ko", date(1998, 2, 3)).type is T.OTHER


# --- not restructuring ------------------------------------------------------------------------------------------------


def test_voters_handing_lawmakers_pink_slips_is_an_election_not_a_layoff(classify):
    text = "Voters gave a string of state senators their pink slips in Tuesday's primary."
    assert not classify(text, "en", WEDNESDAY).is_restructuring


def test_positions_eliminated_with_their_incumbents_laid_off_stay_a_layoff(classify):
    text = "The county said 35 clerical positions will be eliminated and their incumbents laid off on July 1."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 35, date(2010, 7, 1))


def test_a_crowd_at_a_job_fair_many_of_whom_had_been_laid_off_from_factories_is_no_event(classify):
    text = "About 2,000 people queued for 150 openings at a county job fair. Many had been laid off from factories and warehouses over the winter."
    assert not classify(text, "en", WEDNESDAY).is_restructuring


def test_workers_laid_off_from_one_named_plant_are_still_a_layoff(classify):
    text = "About 300 workers were laid off from the company's Dayton plant on Friday."
    assert classify(text, "en", WEDNESDAY).type is T.LAYOFF


def test_the_unemployed_rising_in_monthly_figures_is_a_statistic_even_where_dismissals_are_named(classify):
    text = "지난달 실업자가 크게 늘었다. 특히 정리해고와 폐업으로 일자리를 잃은 비자발적 실업자가 20만명 늘었다."
    assert not classify(text, "ko", date(1998, 8, 14)).is_restructuring
