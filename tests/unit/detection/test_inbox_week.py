"""A crisis center's inbox for a week (fresh50's round): a count revised told as what the figure now is, a share of a
team sized as people, early retirement or attrition as one of mixed means, a stop offered to volunteers among a staff,
and a ruling's word matched whole (not a name led by its letters). Sentences of our own (not the eval texts). The rules
alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2026, 5, 4)


# --- a count revised, told as what the figure now is -------------------------------------------------------------------


def test_a_count_told_again_as_what_the_number_will_be_is_the_count_now(classify):
    text = ("Marlow Foods had said 300 jobs would be cut at its Leeds bakery. On Friday the company told staff the number "
            "will be 410 as it moves pastry lines to Poland.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 410)


def test_a_total_that_has_risen_to_a_count_is_the_count_now(classify):
    text = "The mill first put the layoffs at 150; by Friday the total had risen to 230."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 230)


def test_a_number_of_other_people_told_as_it_now_is_is_no_count_of_the_cut(classify):
    text = "The district will lay off 60 teachers in June. The number of students is now 4,000."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 60)


# --- a share of a team sized as people ---------------------------------------------------------------------------------


def test_a_share_of_a_team_sized_as_people_is_the_count_and_the_cut(classify):
    text = "Game studio Northpixel is cutting a quarter of its 200-person design team, its founder wrote on Tuesday."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 50)


def test_a_share_of_a_newsroom_sized_by_its_members_is_the_count(classify):
    text = "The Dale Courier is cutting 20% of its 150-member newsroom, the editor said."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_a_share_of_a_trade_counted_is_a_cut(classify):
    text = "Brightline Labs is cutting a quarter of its 480 engineers after a failed funding round."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_a_share_of_its_stores_cut_is_no_cut_of_people(classify):
    got = classify("The grocer is cutting a third of its 900 stores' opening hours.", "en", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- early retirement or attrition as one of mixed means ---------------------------------------------------------------


def test_a_cut_through_early_retirement_severance_and_vacancies_left_open_is_a_layoff(classify):
    text = ("Kessler Maschinenbau plans to shed 900 jobs by 2028 through early retirement, severance pay and leaving "
            "vacancies open, it told the works council.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 900)


def test_a_cut_through_vacancies_left_unfilled_and_severance_deals_is_a_layoff(classify):
    text = "The publisher will shed 150 roles through not filling vacant posts and severance deals."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 150)


def test_a_cut_through_early_retirement_alone_is_still_a_buyout(classify):
    got = classify("The utility will reduce 500 positions through early retirement over two years.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 500)


def test_a_cut_through_early_retirement_and_voluntary_severance_is_still_a_buyout(classify):
    got = classify("The bank will cut 1,200 jobs through early retirement and voluntary severance.", "en", MONDAY)
    assert got.type is T.VOLUNTARY_RETIREMENT


def test_a_cut_by_not_filling_vacancies_alone_is_still_no_layoff(classify):
    got = classify("The city will cut 80 jobs by not filling vacancies next year.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


# --- a stop offered to volunteers among a staff ------------------------------------------------------------------------


def test_a_paid_leave_for_volunteers_among_a_staff_has_no_count(classify):
    got = classify("○○철강은 생산직 1,500명 가운데 희망자에 한해 다음 달부터 두 달간 유급휴직을 시행한다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_an_unpaid_leave_for_staff_who_wish_it_has_no_count(classify):
    got = classify("한 여행사가 직원 800명 중 희망하는 직원을 대상으로 6개월 무급휴직 신청을 받기로 했다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_an_unpaid_leave_for_the_whole_staff_counts_them_all(classify):
    got = classify("한 여행사가 직원 800명 전원을 대상으로 6개월 무급휴직을 시행한다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 800)


def test_volunteers_asked_among_a_crew_for_unpaid_leave_are_no_count(classify):
    text = "Harbor Air asked for volunteers among its 2,400 flight attendants to take unpaid leave this winter."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


# --- a ruling's word matched whole -------------------------------------------------------------------------------------


def test_a_company_named_like_an_allegation_is_no_ruling(classify):
    text = "Allegheny Foods will idle its cannery indefinitely and its workers will be placed on temporary layoff."
    assert classify(text, "en", MONDAY).type is T.SUSPENSION


def test_an_airline_named_like_an_allegation_is_no_ruling(classify):
    got = classify("Allegiant Air will furlough 300 pilots in May, a spokeswoman said.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 300)


def test_an_alleged_dismissal_is_still_a_ruling(classify):
    text = "The allegations say the company laid off 40 workers who had joined the union."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a restructuring of the past told as its time, a post's clipped cut, a centre pointed back to -----------------------


def test_a_restructuring_told_as_the_time_years_ago_is_history(classify):
    got = classify("2016년 구조조정 당시 일자리를 잃은 노동자 1천여 명을 기억하는 문화제가 열린다.", "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_closing_told_as_the_time_years_ago_is_history(classify):
    got = classify("2019년 폐업 때 회사를 떠난 직원 200명 가운데 절반이 아직 일자리를 찾지 못했다.", "ko", MONDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_restructuring_of_this_year_told_as_its_time_still_counts(classify):
    got = classify("회사는 2026년 구조조정 때 직원 300명을 줄인다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_whole_team_let_go_told_clipped_in_a_post_is_a_layoff(classify):
    text = "Posted by a former tester: Entire night shift laid off at the Dunmore warehouse, about 40 of us. No warning."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_a_whole_team_letting_go_of_a_rope_is_no_layoff(classify):
    assert classify("The whole team let go of the rope at the county fair.", "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_call_center_pointed_back_to_as_the_center_closing_on_a_day_is_a_closure(classify):
    text = ("A caller works at the Eastgate contact center run for a bank. He says the center is closing June 5 and all 58 "
            "agents were told on Monday.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 58, date(2026, 6, 5))


def test_staff_unaffected_by_a_debt_restructuring_is_no_event(classify):
    text = ("Norland Outfitters left bankruptcy on Monday after restructuring $800 million of debt. It said its 2,100 "
            "workers and all 75 shops are unaffected by the restructuring.")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- the same causes' other forms --------------------------------------------------------------------------------------


def test_a_korean_count_told_as_what_it_will_be_after_a_first_estimate_is_the_count_now(classify):
    got = classify("당초 200명을 줄인다고 했던 회사는 감원 인원이 260명이 될 것이라고 노조에 알렸다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 260)


def test_the_staff_left_told_as_what_it_will_be_is_no_count_of_the_cut(classify):
    got = classify("회사는 직원 300명을 줄인다. 남는 인원은 700명이 될 것이다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_posts_cut_by_count_are_a_layoff(classify):
    got = classify("Harton District Council will cut 90 posts next year to close a budget gap.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_posts_deleted_from_a_forum_are_no_layoff(classify):
    assert classify("The moderators deleted 40 posts from the forum.", "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_hiring_stopped_beside_a_cut_is_no_hiring(classify):
    got = classify("회사는 올해 신규 채용을 동결하고 생산직 200명을 감원한다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_hiring_is_still_hiring(classify):
    assert classify("회사는 하반기 신입사원 300명을 채용한다.", "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_korean_early_retirement_listed_with_dismissals_is_a_layoff(classify):
    got = classify("회사는 희망퇴직과 정리해고를 병행해 500명을 감축한다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 500)


def test_korean_early_retirement_listed_with_attrition_and_a_hiring_freeze_is_a_layoff(classify):
    got = classify("회사는 희망퇴직, 자연감소, 신규채용 중단 등을 통해 3년간 1,000명을 줄인다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 1000)


def test_korean_early_retirement_first_then_dismissals_if_too_few_apply_stays_a_buyout(classify):
    got = classify("회사는 희망퇴직을 먼저 받고, 신청자가 모자라면 정리해고에 나선다.", "ko", MONDAY)
    assert got.type is T.VOLUNTARY_RETIREMENT
