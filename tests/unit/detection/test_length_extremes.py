"""Length extremes (fresh30's round): push alerts, tickers, memos and headlines that drop the verb and write dates with a
slash ("퇴직일 5/31", "3/31자", "last day Dec 31", "85 roles eliminated eff. 3/15"); long features, minutes and analyst
notes in which the cut is one thread and its last day is told far from it ("퇴직일은 오는 12월 31일로", "the last day of
February", "all closures completed by the end of June"). Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

TUESDAY = date(2024, 5, 7)


# --- dates as alerts and tickers write them ---------------------------------------------------------------------------


def test_a_korean_alert_s_leaving_day_written_with_a_slash_is_the_separation_date(classify):
    got = classify("[공지] 희망퇴직 신청 마감 5/20(월) 17시 / 퇴직일 6/28 / 문의 인사팀", "ko", TUESDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 6, 28))


def test_a_store_s_last_day_of_business_written_with_a_slash_before_the_closing_word_dates_the_closure(classify):
    got = classify("○○백화점 수원점 7/31 영업종료…직원 90여 명 거취 불투명", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 90, date(2024, 7, 31))


def test_a_ticker_s_slash_date_with_ja_at_the_end_of_the_line_dates_the_dismissal(classify):
    got = classify("[속보] ○○물산 영업직 60명 정리해고 통보…6/30자", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 60, date(2024, 6, 30))


def test_a_share_written_with_a_slash_is_no_date(classify):
    got = classify("○○전자는 생산직의 1/3 수준을 감원하기로 했다.", "ko", TUESDAY)
    assert got.separation_date is None


def test_a_headline_s_cut_and_the_month_s_end_it_is_done_by_date_the_cut(classify):
    got = classify("[속보] ○○조선, 사무직 400명 감원…다음 달 말까지 마무리", "ko", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 400, date(2024, 6, 30))


def test_an_application_window_completed_by_a_day_is_no_leaving_day(classify):
    got = classify("희망퇴직 접수를 이달 말까지 완료할 예정이다.", "ko", TUESDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_leaving_day_told_as_the_coming_month_and_day_is_the_separation_date(classify):
    text = "회사는 근속 20년 이상 직원을 대상으로 희망퇴직을 받는다. 퇴직일은 오는 8월 30일로 정해졌다."
    assert classify(text, "ko", TUESDAY).separation_date == date(2024, 8, 30)


def test_a_headline_s_last_day_with_its_verb_dropped_dates_the_buyouts(classify):
    got = classify("Northfield Rail: 220 conductors take buyouts, last day Sept 30", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 220, date(2024, 9, 30))


def test_a_memo_line_dated_before_last_day_with_a_dash_dates_the_layoff(classify):
    got = classify("Thu 5/30 - last day for 22 billing staff laid off in the merger", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 22, date(2024, 5, 30))


def test_the_last_day_of_a_named_month_is_that_month_s_last_day(classify):
    got = classify("The owner said it will close the paper mill on the last day of September, affecting 140 workers.", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2024, 9, 30))


def test_closures_all_completed_by_the_end_of_a_month_date_the_closure(classify):
    text = "Management will close 40 of its 300 stores, affecting about 1,100 employees, with all closures completed by the end of August."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 1100, date(2024, 8, 31))


def test_a_target_of_exits_by_a_day_is_the_count_and_the_day_of_a_voluntary_round(classify):
    got = classify("Insurer opens voluntary redundancy scheme; target 350 exits by June 30", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 350, date(2024, 6, 30))


def test_lease_exits_by_a_day_are_no_leaving_day(classify):
    text = "The retailer will cut 200 jobs. It expects lease exits by March 31 to save $40m."
    assert classify(text, "en", TUESDAY).separation_date is None


# --- counts with their participle and no verb -------------------------------------------------------------------------


def test_a_count_of_roles_eliminated_with_no_verb_is_a_layoff(classify):
    got = classify("Reduction notice: 64 roles eliminated eff. 6/14 - People Ops", "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 64, date(2024, 6, 14))


def test_a_count_of_staff_let_go_with_no_verb_is_a_layoff(classify):
    got = classify("Regional desk: 18 newsroom staff let go after the merger", "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 18)


def test_jobs_cut_in_a_past_year_are_no_event(classify):
    assert not classify("The 3,000 jobs cut in 2009 never came back to the valley.", "en", TUESDAY).is_restructuring
