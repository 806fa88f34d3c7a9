"""What workers and counselors themselves write (fresh20's round): community and Blind posts, union stewards'
group-chat notices, petitions, job-centre counselling notes, Reddit and LinkedIn posts, forwarded chat messages;
and hard negatives in the same voices. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 3, 12)


# --- counts as people write them --------------------------------------------------------------------------------


def test_a_count_in_native_korean_numerals_is_the_headcount(classify):
    text = "회사가 오늘 노조에 물류팀 서른여섯 명을 정리해고하겠다고 통보했습니다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 36)
    got = classify("경영난을 이유로 생산직 스무 명에게 권고사직을 통보했다.", "ko", NOTICE_DAY)
    assert got.headcount == 20


def test_a_count_said_to_be_wrong_gives_way_to_the_corrected_one(classify):
    text = "기사에 나온 감원 인원 500명 아니고 실제로 회사를 떠나는 건 3백여명입니다. 권고사직 면담은 벌써 시작됐어요."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)
    got = classify("The company will cut not 900 jobs but about 600 jobs, the memo says.", "en", NOTICE_DAY)
    assert got.headcount == 600


def test_a_count_per_store_is_not_the_number_affected(classify):
    text = "지방 점포 다섯 곳이 다음 달 말 폐점합니다. 매장마다 30명 정도 일하고 있어요."
    got = classify(text, "ko", NOTICE_DAY)
    assert got.type is T.CLOSURE and got.headcount is None
    text = "The chain will close six stores in the region, which employ about 25 people per store."
    assert classify(text, "en", NOTICE_DAY).headcount is None


def test_no_one_left_is_no_count_of_people(classify):
    assert not classify("주말 지나니 내 통장 잔고 구조조정 끝 😇 남은 인원 0명", "ko", NOTICE_DAY).is_restructuring


def test_the_staff_we_have_is_the_workforce_and_the_ones_told_are_the_headcount(classify):
    text = ("The notice said our roles were affected by a workforce reduction. We have about 4,000 employees "
            "and roughly 300 of us got that notice this morning.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_whole_team_of_a_stated_size_let_go_is_a_layoff_of_that_many(classify):
    got = classify("Yesterday our entire team of 25 was let go over a video call.", "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 25)


# --- people let go, in their own words --------------------------------------------------------------------------


def test_a_writer_being_made_redundant_with_colleagues_is_a_layoff(classify):
    text = "Just learned I'm being made redundant. 18 of us at the Bristol depot are going, and our final day is 28 April."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 18, date(2025, 4, 28))


def test_a_memory_of_being_made_redundant_long_ago_is_no_layoff(classify):
    text = "I was made redundant from the steelworks in 1998 and went back to college; best thing that happened to me."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_plant_that_would_close_with_its_jobs_is_a_closure(classify):
    text = "In the spring they told us the mill would close by the end of October and all 150 jobs would go."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 150, date(2025, 10, 31))


def test_a_federal_early_out_offer_is_a_voluntary_retirement(classify):
    text = "HR sent the VERA/VSIP offer this morning: apply by April 4 and separate by May 30."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 5, 30))
    assert not classify("Vera and I went to the retirement party of our old manager.", "en", NOTICE_DAY).is_restructuring


def test_a_hospital_closing_for_good_is_a_closure(classify):
    text = "재단이 적자를 이유로 요양원 운영을 6월 30일부로 종료한다고 알렸다. 요양보호사 50여 명이 일자리를 잃게 된다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 50)
    assert classify("[청원] 동네 소아과 병원의 폐원을 막아주세요", "ko", NOTICE_DAY).type is T.CLOSURE


def test_a_hospital_at_risk_of_closing_is_not_yet_a_closure(classify):
    assert not classify("적자가 쌓인 지역 병원이 폐원 위기에 놓였다.", "ko", NOTICE_DAY).is_restructuring


# --- the last day as people tell it -----------------------------------------------------------------------------


def test_today_as_the_last_day_is_the_separation_date(classify):
    text = "오늘부로 퇴사합니다. 회사가 사업부를 정리하면서 저희 파트 9명 모두 권고사직 대상이 됐어요."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 9, NOTICE_DAY)
    got = classify("Today was my last day. Our whole office of 30 was let go.", "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 30, NOTICE_DAY)


def test_tomorrow_as_the_last_day_of_work_is_the_next_day(classify):
    text = "내일이 마지막 출근이에요. 팀 12명 전원 권고사직 처리됐습니다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 3, 13)


def test_the_closing_day_of_a_store_is_the_separation_date(classify):
    text = "본사에서 공지가 왔어요. 시내 매장 두 곳이 폐점합니다. 폐점일은 4월 20일이래요."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 4, 20)


def test_a_site_that_closes_as_of_a_months_end_closes_that_day(classify):
    text = "원청이 계약을 끝내서 창고가 5월 말로 문을 닫습니다. 우리 소속 41명 전원 해당입니다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 41, date(2025, 5, 31))


def test_the_last_day_for_everyone_is_the_separation_date(classify):
    text = "They are shutting down our distribution center in Reno. Last day for everyone is Friday, April 11."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 4, 11))


# --- a restructuring announced, its form still open --------------------------------------------------------------


def test_a_restructuring_whose_method_and_size_are_not_decided_is_other(classify):
    text = "회사가 전사 공지로 인력 구조조정을 단행하겠다고 밝혔으나, 대상이나 규모, 일정은 정해지지 않았다고 한다."
    got = classify(text, "ko", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_a_plan_that_is_not_decided_at_all_is_still_no_event(classify):
    text = "회사는 구조조정 시행 시기를 아직 결정하지 않았다며, 할지 말지도 정해지지 않았다고 밝혔다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_headcount_adjustment_with_details_to_come_is_other(classify):
    text = "사측이 '조직 인력구조 혁신' 계획을 노조에 전달했습니다. 인원 조정이 들어간다고만 했고 구체안은 다음 주에 내놓겠다고 합니다."
    got = classify(text, "ko", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


def test_a_forwarded_message_that_a_team_will_be_restructured_is_other(classify):
    text = ("Forwarded from our director: \"We'll be restructuring the Support organization in the coming months. "
            "We can't yet say what it means for individual roles.\"")
    got = classify(text, "en", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.OTHER


# --- hard negatives in the same voices ---------------------------------------------------------------------------


def test_one_worker_asked_to_resign_alone_is_a_counselling_case(classify):
    text = ("[상담 메모] 내담자(남, 41세, 영업직): 본부장으로부터 단독으로 권고사직 권유를 받았다고 함. "
            "팀 내 다른 직원 변동은 없다고 함. 실업급여 문의.")
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_one_worker_who_was_the_only_one_let_go_is_no_layoff(classify):
    text = "I got laid off this morning. I was the only one on my team let go, everyone else is staying."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_rumour_the_company_calls_baseless_is_no_event(classify):
    text = "이번 주 명예퇴직 한다는 찌라시가 돌았음. 인사팀은 인력 감축 계획 전혀 없다고 못박았고요."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_plan_made_without_a_plan_is_not_a_denial(classify):
    text = "사장은 아무 계획 없이 공장을 닫았고 직원 80명이 하루아침에 일자리를 잃었다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring


def test_quitting_with_no_layoff_is_no_event(classify):
    text = "Handed in my notice today. No layoff, no buyout, I just want a change of pace."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_change_in_the_number_of_attendees_is_no_restructuring(classify):
    text = "우천으로 행사 참석 인원 조정을 진행한다고 주최 측이 밝혔다."
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_layoff_that_spares_other_groups_is_still_a_layoff(classify):
    text = "회사는 생산직 120명을 정리해고하기로 했다. 사무직 등 다른 직원 대상 감원은 없다고 밝혔다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_a_closure_with_no_layoff_notice_given_is_still_a_closure(classify):
    text = "The warehouse shut down its operations on Monday and the 70 workers got no layoff notice beforehand."
    got = classify(text, "en", NOTICE_DAY)
    assert got.is_restructuring and got.type is T.CLOSURE
