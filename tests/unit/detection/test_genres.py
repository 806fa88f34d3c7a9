"""Restructuring told in other genres than the news: letters, memos, posts, notices, filings and calls.

Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

LETTERS_AND_POSTS = [
    # Second person is a letter's voice, not an explainer's.
    ("Dear team, we are closing the Dayton warehouse permanently on March 3. Your manager will meet each of you this week.",
     T.CLOSURE),
    ("To all staff: we are opening a voluntary redundancy scheme for the finance department. Your HR partner can answer questions.",
     T.VOLUNTARY_RETIREMENT),
    ("Got laid off this morning with about 40 others in sales. If you know anyone hiring account managers, ping me.", T.LAYOFF),
    ("Team, today we are reducing the size of our company by about 8%. If you are affected, you will hear from HR within the hour.",
     T.LAYOFF),
    ("Twelve years at the paper, and I took the buyout. I learned how to write a headline on deadline here.", T.VOLUNTARY_RETIREMENT),
    ("All 30 colleagues at our Bristol branch are at risk of redundancy after we decided to close the branch. Your consultation starts Monday.",
     T.CLOSURE),
    # Stand-downs (Australia) and a layoff for a stated span are temporary stops.
    ("Because our hotels must close under the health orders, you are stood down without pay from 2 May until further notice.",
     T.SUSPENSION),
    ("The airline will stand down roughly 1,800 of its cabin crew and ground staff until flights resume.", T.SUSPENSION),
    ("the mill is down for a rebuild so the whole crew is on a three-week layoff, back after new year", T.SUSPENSION),
    # A lead naming only a restructuring is typed by the sentence that names the act.
    ("주요사항보고서(인력 구조조정 결정)\n1. 구조조정 방법: 명예퇴직 실시\n2. 대상 인원: 150명", T.VOLUNTARY_RETIREMENT),
    ("[알림] E화학 구조조정 관련 안내\nE화학이 오는 20일자로 생산직 4백여 명을 감원한다고 통보했습니다.", T.LAYOFF),
    # A workforce restructuring launched or undertaken (an action), nothing more specific yet.
    ("We are launching a restructuring of our sales workforce in Asia; consultations with employee representatives start next month.",
     T.OTHER),
]


@pytest.mark.parametrize(("text", "kind"), LETTERS_AND_POSTS, ids=[text[:40] for text, _ in LETTERS_AND_POSTS])
def test_letters_memos_and_posts_in_the_first_or_second_person_report_restructuring(classify, text, kind):
    detection = classify(text)
    assert detection.is_restructuring
    assert detection.type is kind


HARD_NEGATIVES = [
    ("recall letter", "RECALL FROM LAYOFF\nDear employee, you are recalled to work. Please report to your usual shift on Monday."),
    ("statistics release", "Hires and total separations held steady in March; layoffs and discharges were 1.6 million, the survey said."),
    ("advice column metaphor", "Money column: lay off the impulse buys and cut your dining budget before the holidays."),
    ("Korean personal-finance metaphor", "[재테크] 새해에는 안 쓰는 구독 서비스를 정리해고하고 지출 구조조정부터 하세요."),
    ("store closing early for a holiday", "추석 당일 전 매장은 휴점하며, 전날은 오후 5시에 조기 폐점합니다."),
    ("explainer still in second person", "If you are laid off, you may be entitled to severance. Ask your employer for the plan documents."),
    ("how-to explainer", "How to file for unemployment after a layoff, step by step."),
    ("strike stood down", "The union stood down its strike threat after the new offer."),
    ("no-layoff merger letter", "Dear colleagues, your jobs are safe: there will be no layoffs as a result of this merger."),
]


@pytest.mark.parametrize(("case", "text"), HARD_NEGATIVES, ids=[case for case, _ in HARD_NEGATIVES])
def test_letters_and_columns_that_only_look_like_restructuring_are_not_restructuring(classify, case, text):
    assert not classify(text).is_restructuring


@pytest.mark.parametrize(
    ("text", "notice_date", "expected"),
    [
        ("Our store is closing. Last day is 11/30. They offered transfers to the mall location.", date(2023, 10, 20), date(2023, 11, 30)),
        ("We will close the Reno distribution center by the end of August and move the work to Phoenix.", date(2023, 5, 2),
         date(2023, 8, 31)),
        ("개발팀 절반이 권고사직 통보를 받았고 이달 24일이 마지막 출근이래요.", date(2023, 4, 10), date(2023, 4, 24)),
        ("동네 마트가 다음 달 말 폐점한대요. 직원분들은 다른 지점으로 간다고 하네요.", date(2022, 11, 5), date(2022, 12, 31)),
        ("주요사항보고서(폐업 결정)\n1. 폐업 사유: 수익성 악화\n2. 폐업 예정 일자: 2021-09-30", date(2021, 8, 2), date(2021, 9, 30)),
    ],
)
def test_the_separation_date_is_read_from_posts_calls_and_filings(classify, text, notice_date, expected):
    detection = classify(text, notice_date=notice_date)
    assert detection.is_restructuring
    assert detection.separation_date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are closing the Leicester branch on 9 March, and all 23 colleagues there are at risk of redundancy.", 23),
        ("I took the buyout today, along with around 55 of us on the copy desk.", 55),
        ("Management is seeking 120 volunteers from the paint shop to accept an early retirement incentive.", 120),
    ],
)
def test_the_people_a_letter_or_post_counts_are_the_headcount(classify, text, expected):
    detection = classify(text)
    assert detection.is_restructuring
    assert detection.headcount == expected
