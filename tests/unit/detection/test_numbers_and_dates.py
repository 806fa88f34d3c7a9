"""Headcount among other numbers, separation dates in their many forms, and Korean false positives
(2026.11.26-6). Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

HEADCOUNTS = [
    ("The bank will cut about 2.5k jobs, roughly 6% of its workforce, the chief executive said.", 2500),
    ("From next week, 45 of our 310 staff will be placed on furlough while the venue is shut.", 45),
    ("The insurer will cut about 900 positions across the group. Eligible staff can also apply for early retirement.", 900),
    ("전체 직원 800명 가운데 필수 인력 200명을 제외한 600명이 다음 달 휴업에 들어간다.", 600),
    ("이번 희망퇴직에 우리 부서에서만 4명이 나갔고, 회사 전체 신청자는 130명이라고 한다.", 130),
]


@pytest.mark.parametrize(("text", "expected"), HEADCOUNTS, ids=[t[:40] for t, _ in HEADCOUNTS])
def test_the_headcount_is_the_people_affected_among_other_numbers(classify, text, expected):
    detection = classify(text)
    assert detection.is_restructuring and detection.headcount == expected


def test_a_share_of_a_workforce_is_not_a_whole_site_stop(classify):
    detection = classify("The carrier will stand down about half of its 8,000 employees until at least June.")
    assert detection.type is T.SUSPENSION and detection.headcount == 4000


SEPARATION_DATES = [
    ("B제과는 희망퇴직 신청자 90명이 11월 말 일괄 퇴직한다고 밝혔다.", date(2024, 11, 30)),
    ("C물산은 직원 40명에게 권고사직을 통보했다. 대상자는 이달 말일부로 퇴사 처리된다.", date(2024, 10, 31)),
    ("D유통은 직영 매장 15곳을 연내 폐점한다.", date(2024, 12, 31)),
    ("E소프트는 개발자 60명을 감원한다. 감원 대상자의 근무는 2024년 11월 15일까지다.", date(2024, 11, 15)),
    ("F케미칼은 오는 12월 말 여수 공장 가동을 종료한다.", date(2024, 12, 31)),
    ("About 300 staff have accepted voluntary redundancy and will leave by year-end, the insurer said.", date(2024, 12, 31)),
    ("The call center is closing and all 55 of us are out. Our last shift is the 20th of next month.", date(2024, 11, 20)),
    ("The company will close the plant. Separations will take place over a two-week period beginning on December 2, 2024.",
     date(2024, 12, 2)),
    ("Employees whose applications for the voluntary separation program are approved will depart between Nov. 4 and Nov. 15.",
     date(2024, 11, 4)),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATION_DATES, ids=[t[:40] for t, _ in SEPARATION_DATES])
def test_separation_dates_in_their_many_forms(classify, text, expected):
    detection = classify(text, notice_date=date(2024, 10, 7))
    assert detection.is_restructuring and detection.separation_date == expected


KOREAN_NEGATIVES = [
    # A labor commission's ruling on one person's dismissal, named by its short form.
    "지노위는 회사가 B씨 한 명만 해고 대상으로 삼은 것은 부당하다고 판단했다.",
    # People returning to work from unpaid leave.
    "2년 가까이 무급휴직 중이던 여행사 직원 400명이 다음 달 모두 업무에 복귀한다.",
    # A holiday stop.
    "설 연휴 기간 조선소 3곳이 생산라인을 멈추고 연휴 뒤 정상 가동한다.",
]


@pytest.mark.parametrize("text", KOREAN_NEGATIVES, ids=[t[:30] for t in KOREAN_NEGATIVES])
def test_korean_rulings_returns_and_holiday_stops_are_not_restructuring(classify, text):
    assert not classify(text).is_restructuring


def test_a_stop_that_only_includes_a_holiday_is_a_suspension(classify):
    assert classify("부품 업체 G사가 재고 조정을 위해 설 연휴를 포함해 3주간 공장 가동을 멈춘다.").type is T.SUSPENSION


def test_an_undecided_method_is_not_a_voluntary_retirement(classify):
    text = "사측은 내년 인력 구조조정을 공식화했다. 희망퇴직으로 할지 다른 방식으로 할지는 아직 정하지 않았다고 밝혔다."
    assert classify(text).type is T.OTHER


ENGLISH_EVENTS = [
    ("Our warehouse in Dayton, Ohio will close effective June 30, and about 140 jobs will be eliminated.", T.CLOSURE),
    ("The paper mill closure will cost 230 jobs in the valley, the union said.", T.CLOSURE),
    ("The engineering group has begun consultation on plans to make 85 staff redundant at its Leeds site.", T.LAYOFF),
    ("Took the VSP after 20 years; everyone who signed leaves on the same day.", T.VOLUNTARY_RETIREMENT),
    ("MEMO: we are offering a voluntary separation program to eligible employees. Please read the enclosed FAQ.",
     T.VOLUNTARY_RETIREMENT),
]


@pytest.mark.parametrize(("text", "kind"), ENGLISH_EVENTS, ids=[t[:40] for t, _ in ENGLISH_EVENTS])
def test_english_sites_redundancies_and_programmes(classify, text, kind):
    detection = classify(text)
    assert detection.is_restructuring and detection.type is kind


def test_an_faq_page_is_still_an_explainer(classify):
    assert not classify("FAQ: What happens if my employer lays off workers? Your employer must give notice.").is_restructuring
