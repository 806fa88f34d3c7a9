"""What workers and the public post (fresh62's round): forum and social posts in their own clipped words. A leaving day
told as a post tells it (ends operations <day>, our last day together, our last day was today, stops work <day> and
closes), a forum's name that is no event (r/layoffs), a site's name before 정리해고, and a whole org told gone.
Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a leaving day told as a post tells it ------------------------------------------------------------------------------


def test_a_site_that_ends_operations_on_a_day_with_no_on_is_dated_that_day(classify):
    text = "Pellman Foods is closing its Ames bakery. The bakery ends operations June 14; 85 jobs are affected."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2024, 6, 14))


def test_our_last_day_together_dates_the_leaving(classify):
    text = ("After 12 years I took the voluntary separation package at Norcrest Mutual, along with about 150 others. "
            "Our last day together is April 30.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2024, 4, 30))


def test_our_last_day_was_today_dates_the_leaving_on_the_posts_day(classify):
    text = ("Laid off this morning. HR said 60 of us across sales and support. Our last day was today, badges off at 3.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 60, MONDAY)


def test_being_laid_off_today_is_still_not_a_last_day_by_itself(classify):
    text = "I was laid off today along with 60 others from the Tacoma office. Our last day is May 31."
    got = classify(text, "en", MONDAY)
    assert got.separation_date == date(2024, 5, 31)


def test_a_plant_that_stops_production_on_a_day_and_closes_is_a_closure_dated_that_day(classify):
    text = "Heartbreaking news for our town. The engine plant stops production May 9 and closes. 900 workers."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 900, date(2024, 5, 9))


def test_a_window_that_opens_on_a_day_and_closes_on_another_is_no_leaving_day(classify):
    text = ("Ferris College is offering a voluntary severance scheme to cut up to 90 posts. Applications open on 11 March "
            "and close on 29 March.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, None)


# --- a forum's name is no event -----------------------------------------------------------------------------------------


def test_a_furlough_posted_to_r_layoffs_is_a_suspension(classify):
    text = "r/layoffs\nFurloughed for the second time this year. The whole mill, roughly 700 of us, is off until spring."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 700)


def test_a_no_cuts_worry_posted_to_r_layoffs_is_no_event(classify):
    text = ("r/layoffs\nOur parent company is being bought. Leadership says no job cuts and everyone keeps their role. "
            "Am I overthinking this?")
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_layoffs_named_in_the_post_itself_still_report_the_cut(classify):
    text = "r/layoffs\nLayoffs hit our Denver office today: 45 of us were laid off in a 10-minute call."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 45)


def test_a_whole_org_told_gone_in_a_post_is_a_layoff(classify):
    text = "Got the calendar invite at 8am. Whole data org gone, 35 people. Two months severance."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 35)


def test_a_whole_team_gone_home_for_the_day_is_no_event(classify):
    text = "Power cut at the office, whole team gone home early. Back tomorrow."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


# --- a site's name before 정리해고 -------------------------------------------------------------------------------------


def test_a_plants_name_before_its_dismissals_is_a_layoff_not_a_closure(classify):
    text = "[펌] ○○정밀 아산공장 정리해고 90명 통보\n생산직 90명에게 정리해고 예고 통지서를 보냈다고 함"
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 90)


def test_a_plant_wound_up_is_still_a_closure(classify):
    text = "○○섬유가 경영난으로 대구 공장을 정리하기로 했다. 직원 70명은 이달 말 퇴직한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 70)


# --- counts as posts give them -------------------------------------------------------------------------------------------


def test_job_cuts_counted_are_the_people_cut(classify):
    text = "Dunmore Logistics announced 640 job cuts on Monday as parcel volumes fell."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 640)


def test_one_person_let_go_as_part_of_the_counted_cuts_reports_them_all(classify):
    text = ("Eleven years at Sorrel Bank and my position was eliminated today as part of the 850 job cuts announced last "
            "week. Open to work in compliance roles!")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 850)


def test_a_count_grown_from_earlier_job_cuts_is_the_new_one(classify):
    text = "Orrin Mills will lay off 300 workers at its Kent plant, up from the 180 job cuts it announced in May."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_some_of_its_staff_is_still_no_count(classify):
    text = "Dunmore Logistics will lay off some of its 900 staff in the spring."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_warn_filings_listed_by_place_are_summed(classify):
    text = "Finally saw the WARN filings: 140 at the Reno warehouse and 35 at Sparks. Separations effective May 3."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 175, date(2024, 5, 3))


def test_the_final_list_in_a_post_wins_over_the_first_rumoured_count(classify):
    text = "[블라인드] 처음엔 감원 30명이라더니 오늘 최종 명단 45명 확정됐대요. 면담은 다음주부터."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 45)


# --- the form left open is `other` --------------------------------------------------------------------------------------


def test_a_workforce_restructuring_with_layoffs_versus_transfers_still_open_is_other(classify):
    text = ("Marlow Paper says it will reorganize its workforce, affecting about 300 jobs. Layoffs vs. transfers "
            "will be decided by summer.")
    assert classify(text, "en", MONDAY).type is T.OTHER


def test_a_restructuring_whose_means_are_settled_next_month_is_other(classify):
    text = "○○물산이 인력 구조조정을 예고했다. 대상은 150명이며 구체적인 방식(전환배치/희망퇴직)은 다음 달 확정한다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 150)


def test_a_buyout_whose_application_dates_are_set_next_month_is_still_a_buyout(classify):
    text = "○○물산이 희망퇴직을 받는다. 대상은 150명이며 접수 일정은 다음 달 확정한다."
    assert classify(text, "ko", MONDAY).type is T.VOLUNTARY_RETIREMENT


# --- talk about layoffs, no employer's cut ------------------------------------------------------------------------------


def test_everyone_getting_laid_off_is_a_trend_talked_about(classify):
    text = "honestly feels like every company is doing layoffs this year. my whole feed is #opentowork"
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_poster_saying_it_is_not_a_layoff_story_is_no_event(classify):
    text = "$KRNL jumps 12% after refinancing its bonds. Not a layoff story, people, relax."
    assert classify(text, "en", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_cut_said_not_to_be_talked_of_is_no_event(classify):
    text = "[기사] ○○중공업 재무구조 개선 착수, 자산 매각 추진\n- 인력 감축 얘기는 아직 없네"
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING


def test_a_ruling_on_efforts_to_avoid_dismissal_is_no_dismissal(classify):
    text = "[공유] 지노위, ○○버스 정리해고 부당해고 판정\n기사 31명에 대해 해고 회피 노력이 부족했다고 봄"
    assert classify(text, "ko", MONDAY).type is T.NOT_RESTRUCTURING
