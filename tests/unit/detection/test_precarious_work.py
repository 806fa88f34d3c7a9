"""Precarious and indirect work (fresh33's round): contract, agency and temp workers whose contracts or assignments end
en masse, platform couriers deactivated, temps released, a WARN notice's "permanently separated", a vendor's crew losing
their jobs, contractors that cease trading, services stopped in a city, 재계약 불가 and 계약 해지 of a counted group,
dispatch contracts ended. One worker's contract not renewed stays no event. Sentences of our own (not the eval texts).
The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

TUESDAY = date(2025, 6, 10)


# --- English: contracts ended, not renewed -----------------------------------------------------------------------------


def test_contract_nurses_whose_contracts_will_not_be_renewed_are_a_layoff(classify):
    text = ("Riverside Health said about 80 contract nurses placed by an agency at its north campus will not be renewed "
            "when their terms end in August.")
    assert classify(text, "en", TUESDAY).type is T.LAYOFF


def test_temps_whose_assignments_wont_be_renewed_in_a_headline_are_a_layoff(classify):
    text = "Temps at Brookfield parts depot won't be renewed as the client cuts back"
    assert classify(text, "en", TUESDAY).type is T.LAYOFF


def test_one_workers_contract_not_renewed_is_no_event(classify):
    text = "My contract will not be renewed next month, and I am looking for advice on unemployment benefits."
    assert not classify(text, "en", TUESDAY).is_restructuring


def test_couriers_deactivated_by_a_delivery_app_are_a_layoff(classify):
    text = "The grocery app deactivated roughly 900 couriers in Denver after moving its orders to a logistics partner."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 900)


def test_temporary_workers_released_when_a_plant_drops_a_shift_are_a_layoff(classify):
    text = "The mill will release several hundred temporary workers when it drops its night shift in the fall."
    assert classify(text, "en", TUESDAY).type is T.LAYOFF


def test_associates_permanently_separated_in_a_staffing_firms_notice_are_a_layoff(classify):
    text = ("Apex Staffing gives notice that 75 associates assigned to the client warehouse will be permanently separated "
            "because the client ended its contract.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 75)


def test_a_vendors_cleaners_losing_their_jobs_after_a_contract_change_are_a_layoff(classify):
    text = "Forty cleaners who have worked at the airport terminal for a decade are losing their jobs under the new vendor."
    assert classify(text, "en", TUESDAY).type is T.LAYOFF


def test_the_remaining_count_that_will_be_let_go_is_a_layoff(classify):
    text = "Of the 90 agents at the help desk, 30 will move to the vendor and the remaining 60 will be let go in July."
    assert classify(text, "en", TUESDAY).type is T.LAYOFF


def test_workers_told_their_employment_ends_on_a_day_are_a_layoff(classify):
    text = "The caterer told 70 campus workers that their employment ends June 27 when its contract expires."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 6, 27))


def test_a_contractor_that_has_ceased_trading_is_a_closure(classify):
    text = "Security contractor Northgate Guarding has ceased trading, leaving its guards at several hospitals unpaid."
    assert classify(text, "en", TUESDAY).type is T.CLOSURE


def test_shares_that_ceased_trading_are_no_closure(classify):
    text = "The company's shares ceased trading on the exchange after the takeover was completed."
    assert not classify(text, "en", TUESDAY).is_restructuring


def test_a_platform_that_will_stop_operating_in_the_city_is_a_closure(classify):
    text = "The scooter company said it will stop operating in the city next month after its permit was not renewed."
    assert classify(text, "en", TUESDAY).type is T.CLOSURE


# --- Korean: 재계약 불가, 계약 해지, 파견 계약 ---------------------------------------------------------------------------


def test_a_counted_group_of_contract_workers_told_no_renewal_is_a_layoff(classify):
    text = "OO시설관리공단 기간제 미화원 120명 재계약 불가 통보"
    got = classify(text, "ko", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_one_workers_no_renewal_is_no_event(classify):
    text = "A씨는 지난달 재계약 불가 통보를 받고 노동위원회에 구제를 신청했다."
    assert not classify(text, "ko", TUESDAY).is_restructuring


def test_a_counted_groups_contracts_ended_by_a_day_are_a_layoff(classify):
    text = "대리운전 업체 D사와 직접 계약한 기사 200명의 계약이 이달 말일자로 해지된다."
    got = classify(text, "ko", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_freelancers_told_their_contracts_end_are_a_layoff(classify):
    text = "방송사가 프로그램을 없애면서 구성작가들이 한꺼번에 계약 종료를 통보받았다."
    assert classify(text, "ko", TUESDAY).type is T.LAYOFF


def test_an_employer_ending_its_dispatch_contracts_is_a_layoff(classify):
    text = "E사는 물량 감소로 인력업체와 맺은 근로자파견 계약을 다음 달 모두 해지하기로 했다. 파견노동자 180명이 일터를 떠난다."
    assert classify(text, "ko", TUESDAY).type is T.LAYOFF


# --- counts listed company by company (fixpool2) -------------------------------------------------------------------------


def test_the_dismissed_of_each_subcontractor_listed_with_what_it_does_add_up_to_the_count(classify):
    text = ("○○조선 사내하청 세 곳이 원청의 계약 해지로 노동자들에게 해고를 통보했다. 도장을 맡아온 가온기업 52명, 배관 설치의 "
            "나래산업 31명, 자재 운반의 다온물류 17명이 이달 말 일자리를 잃는다.")
    got = classify(text, "ko", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 100)


def test_two_rounds_of_cuts_named_by_year_are_not_added_up():
    from earlywarn.domain.detection.headcount import headcount_mentions

    text = "한빛기업은 지난해 가람물류 120명, 올해 나래산업 80명을 감원했다."
    assert [mention.low for mention in headcount_mentions(text, "ko")] == [120, 80]


# --- a bare count let go, its noun told before it (fixpool2) ---------------------------------------------------------------


def test_the_remaining_count_to_be_let_go_at_the_end_of_a_month_is_the_count_and_that_day_the_date(classify):
    text = ("Harwell Insurance is moving its claims processing to an outside vendor. Of its 150 claims processors, 90 "
            "will be offered roles at the vendor and the remaining 60 will be let go at the end of September.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 60, date(2025, 9, 30))


def test_workers_let_go_by_the_end_of_a_month_leave_on_its_last_day(classify):
    text = "Castor Foods will shut its packing line in Leeds, and about 45 agency workers there will be let go by the end of July."
    assert classify(text, "en", TUESDAY).separation_date == date(2025, 7, 31)


def test_a_year_before_a_passive_cut_is_not_a_count():
    from earlywarn.domain.detection.headcount import headcount_mentions

    assert headcount_mentions("Staff hired before 2019 will be laid off first, the memo said.", "en") == []


# --- one employer's closure sourced to a state's labor department (fixpool2) ---------------------------------------------


def test_a_franchisees_closures_told_according_to_the_state_labor_department_are_a_closure(classify):
    text = ("An operator of 14 Pancake Corner restaurants in eastern Ohio shut every one of them on Monday, leaving about 260 "
            "employees without jobs, according to the state labor department.")
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 260)


def test_layoff_figures_from_the_state_labor_department_stay_statistics(classify):
    text = ("Mass layoff notices in the state were up 14% from a year earlier in May, according to the state labor "
            "department.")
    assert classify(text, "en", TUESDAY).is_restructuring is False
