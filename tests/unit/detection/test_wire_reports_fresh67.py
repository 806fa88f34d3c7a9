"""Real events as wire services first reported them (fresh67's round): a second site's count told as "another N", a
noun "job cuts" grown to a count, a cut's deadline told after its place, furloughs and idled plants caused by a strike
elsewhere, strikers who are no count, workers furloughed as a bill fails, short-time work with the site named in between,
a buyout's closed window as the background of dismissals, and a restructuring word quoted as a figure of speech.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 3, 12)


# --- counts -----------------------------------------------------------------------------------------------------------


def test_a_second_site_told_as_another_count_is_added_to_the_first(classify):
    text = "The pump maker will cut 1,200 jobs at its plant in Lyon and another 400 at its warehouse in Metz, it said on Monday."
    assert classify(text, "en", NOTICE_DAY).headcount == 1600


def test_a_second_site_told_as_a_further_count_is_added_to_the_first(classify):
    text = "The bank will eliminate 350 positions at its office in Leeds and a further 90 at its centre in Cardiff."
    assert classify(text, "en", NOTICE_DAY).headcount == 440


def test_job_cuts_expanded_to_a_count_are_that_many_people_not_the_staff_who_stay(classify):
    text = "The chipmaker is widening its job cuts to about 2,100 positions, up from the 1,500 it named in January."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 2100)


def test_a_newsroom_cut_down_to_a_count_still_leaves_that_count_as_the_staff_who_stay(classify):
    text = "The paper will lay off reporters as its newsroom is cut to about 40 journalists."
    assert classify(text, "en", NOTICE_DAY).headcount is None


def test_strikers_counted_beside_a_companys_own_furloughs_are_no_headcount(classify):
    text = ("The planemaker said it would start rolling furloughs of thousands of its office employees during a strike by "
            "27,000 assembly workers that has stopped its lines.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


# --- leaving days -----------------------------------------------------------------------------------------------------


def test_jobs_cut_in_a_region_by_the_end_of_a_year_leave_by_that_years_last_day(classify):
    text = "The carmaker said it would cut 2,500 jobs in Spain by the end of 2027, most of them at its Valencia plant."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.headcount, got.separation_date) == (2500, date(2027, 12, 31))


def test_jobs_cut_at_a_named_plant_by_a_day_leave_that_day(classify):
    text = "The toolmaker will cut 300 jobs at its Graz plant by June 30."
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2025, 6, 30)


# --- strikes and stops ------------------------------------------------------------------------------------------------


def test_workers_idled_at_a_companys_plant_because_of_a_strike_at_another_plant_is_a_stop(classify):
    text = ("The automaker said about 1,500 workers at its Ohio assembly plant would be idled next week because of the "
            "union's strike at its Indiana parts plant.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 1500)


def test_workers_idled_by_their_own_strike_are_still_no_stop(classify):
    text = "About 1,500 workers at the Ohio assembly plant have been idle since the union's strike began last week."
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_furloughs_of_a_companys_own_staff_during_a_strike_are_a_stop(classify):
    text = "The airline will begin furloughs of several thousand U.S. ground staff while a pilots' strike grounds its fleet."
    assert classify(text, "en", NOTICE_DAY).type is T.SUSPENSION


def test_workers_furloughed_as_a_spending_bill_fails_are_a_stop(classify):
    text = ("About 420,000 state employees were furloughed on Monday after the legislature failed to pass a budget bill "
            "before the deadline.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 420000)


def test_a_spending_bill_with_no_one_furloughed_is_still_policy(classify):
    text = "Lawmakers said the spending bill would protect federal employees from furloughs if talks fail again."
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_workers_put_on_short_time_work_with_their_plant_named_in_between_are_a_stop(classify):
    text = "The carmaker will put some 3,000 workers at its Emden assembly plant on short-time work for three weeks."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 3000)


# --- Korean -----------------------------------------------------------------------------------------------------------


def test_dismissals_made_even_after_a_buyouts_window_closed_are_a_layoff(classify):
    text = "한빛기계가 명예퇴직 접수 마감 뒤에도 남은 감원 대상 50명에 대해 정리해고를 하기로 했다. 해고는 다음 달 10일자로 효력이 생긴다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 50)


def test_a_buyout_whose_window_closed_with_nothing_after_it_is_still_a_buyout(classify):
    text = "한빛기계는 희망퇴직 신청을 마감한 결과 직원 120명이 신청했다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).type is T.VOLUNTARY_RETIREMENT


def test_a_buyout_word_quoted_as_a_figure_of_speech_for_athletes_is_no_event(classify):
    text = ("프로야구 스토브리그에서 베테랑 선수 12명이 잇따라 방출되자 팬들 사이에서 '명예퇴직'이라는 말이 돈다. "
            "구단들이 고참들에게 명예퇴직을 권하는 셈이라는 것이다.")
    assert classify(text, "ko", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_a_real_buyout_with_its_count_is_still_an_event_when_unquoted(classify):
    text = "한빛증권이 다음 달 희망퇴직을 받는다. 대상은 근속 15년 이상 직원이며 회사는 80명 안팎이 신청할 것으로 보고 있다."
    assert classify(text, "ko", NOTICE_DAY).type is T.VOLUNTARY_RETIREMENT
