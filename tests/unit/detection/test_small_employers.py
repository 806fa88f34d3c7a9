"""Small employers, franchises and platform work (fresh48's round): closures whose people are let go told with the cut
first (a service ended in the headline, the business closed in the next sentence), closures in the words of shops, apps
and franchisees, contract workers told their contracts end, small counts told in parts, and closure statistics. Sentences
of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a closure whose people are let go, told with the cut first ------------------------------------------------------


def test_an_apps_service_ended_in_the_headline_makes_its_dismissals_a_closure(classify):
    text = ("동네 배달앱 '한끼로' 이달 말 서비스 종료…직원 18명 권고사직\n"
            "배달앱 스타트업 한끼랩이 이달 31일 서비스를 끝낸다고 밝혔다. 회사는 직원 20명 가운데 18명에게 권고사직을 통보했다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 18)


def test_a_regional_service_ended_in_the_headline_makes_the_drivers_contracts_ended_a_closure(classify):
    text = ("새벽배송 푸드런, 광주 서비스 20일 종료…배송기사 17명 위탁 계약 해지\n"
            "새벽배송 업체 푸드런이 광주 지역 서비스를 이달 20일 끝낸다. 광주 물류센터도 같은 날 문을 닫는다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 17)


def test_a_chain_in_administration_whose_sites_have_all_closed_is_a_closure(classify):
    text = ("Crumb & Kettle, which ran six bakeries across Leeds, has entered administration with the loss of 64 jobs. "
            "The administrators said all six bakeries had closed after no buyer came forward.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 64)


def test_restaurants_a_franchisee_plans_to_close_are_a_closure_of_their_warn_notices(classify):
    text = ("Harbor Grill Partners filed WARN notices for four Tacoma restaurants it plans to close March 31, affecting "
            "58 employees.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 58)


def test_a_cut_told_before_some_branches_closed_in_the_next_sentence_stays_a_layoff(classify):
    text = ("Lakeshore Credit Union will cut 120 jobs this spring. It will also close 6 of its 40 branches over the "
            "next year.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_a_cut_with_no_closure_beside_it_stays_a_layoff(classify):
    text = ("동네 배달앱 한끼랩이 직원 20명 가운데 8명에게 권고사직을 통보했다. 회사는 서비스를 계속 운영한다고 밝혔다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.LAYOFF


# --- closures in the words of shops, apps and franchisees ------------------------------------------------------------


def test_a_grocery_that_will_close_once_its_stock_is_sold_is_a_closure(classify):
    text = ("The corner grocery will close once its remaining stock is sold, the owners said. Its nine employees will "
            "need new jobs.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.CLOSURE


def test_an_app_that_stops_operating_in_a_city_next_month_is_a_closure(classify):
    text = ("Scooter delivery app ZipBag will stop operating in Tulsa next month, it told customers and couriers. "
            "Couriers will lose access to the app once service ends.")
    got = classify(text, "en", MONDAY)
    assert got.type is T.CLOSURE


def test_a_delivery_agencys_branch_winding_up_its_business_is_a_closure(classify):
    text = "김해의 한 배달대행 지사가 다음 달 영업을 정리하겠다고 소속 기사들에게 알렸다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.CLOSURE


def test_a_shop_open_only_until_the_months_end_is_a_closure(classify):
    text = "상가 1층 '행복떡집'이 이번 달까지만 영업한대요. 일하시던 분들도 다 그만두신대요."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.CLOSURE


def test_a_shop_open_only_until_three_today_is_no_closure(classify):
    text = "행복떡집은 설 연휴 전날 오후 3시까지만 영업합니다."
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- contract workers told their contracts end -----------------------------------------------------------------------


def test_contract_workers_told_their_contracts_end_on_a_day_are_a_layoff(classify):
    text = ("평택의 한 택배 분류센터 위탁업체가 단기 계약직 80여 명에게 이달 말일자로 계약이 끝난다고 문자로 통보했다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


# --- small counts told in parts, fields and wholes -------------------------------------------------------------------


def test_counts_listed_bare_store_by_store_are_summed(classify):
    text = "점주 B씨는 이달 말 가게 두 곳을 모두 폐업한다. 가게마다 일하던 아르바이트생 6명, 3명도 함께 일을 그만둔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 9)


def test_a_total_after_deung_with_the_staffs_word_before_it_is_the_count(classify):
    text = "동네 치킨집 '바삭통닭'이 이달 20일 폐업한다. 조리사 3명과 배달 직원 2명 등 직원 5명도 이날 일을 그만둔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 5)


def test_a_group_added_with_e_and_kkaji_is_summed_with_the_count_before_it(classify):
    text = ("원장님이 다음 달 말일자로 학원을 폐원한다고 하셨어요. 수학 강사 6명에 상담 실장님 두 분까지 모두 나가야 해요.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 8)


def test_staff_counted_in_native_words_beat_a_capacity_told_in_digits(classify):
    text = ("한 가정어린이집이 이달 말 폐원한다. 정원 40명인 이 어린이집의 현원은 15명이다. 보육교사 일곱 명은 폐원일에 "
            "일을 그만둔다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 7)


def test_an_owners_part_of_my_people_is_the_count(classify):
    text = "I had to lay off 4 of my 11 people this week after we lost our biggest client."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 4)


def test_a_listings_affected_employees_field_is_the_count(classify):
    text = ("Ohio WARN notices, week of March 4\nCompany: Buckeye Stamping LLC\nCity: Lima\nType: Layoff (permanent)\n"
            "Affected employees: 37\nEffective date: 05/03/2024")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 37)


# --- closure statistics --------------------------------------------------------------------------------------------


def test_closures_counted_nationwide_and_their_trend_are_statistics(classify):
    text = ("소상공인 폐업 80만 명 넘어…음식점업 최다\n"
            "통계청 자료에 따르면 지난해 폐업한 소상공인은 80만여 명으로 집계됐다. "
            "전문가들은 경기 둔화가 이어지면 폐업 증가세가 계속될 것이라고 내다봤다.")
    got = classify(text, "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- an owner's post and an offer's take-up --------------------------------------------------------------------------


def test_an_owner_letting_go_of_a_part_of_their_people_is_a_layoff_of_that_part(classify):
    text = "Had to let go of 2 of my 6 people this morning. Sales fell all year and I can't carry payroll anymore."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 2)


def test_early_retirement_offered_to_a_group_is_counted_by_those_who_accepted(classify):
    text = ("A family-owned bakery supplier offered early retirement to 30 veteran drivers this spring. Nine accepted and "
            "will retire in June, the company said.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 9)
