"""Restructuring words about something else, the short and foreign forms of real events, workforce sizes and
remaining staff among the counts, more separation date forms (2026.11.26-7). Sentences of our own (not the
eval texts). The rules alone (see conftest.py)."""

from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as T

NEGATIVES = [
    # Schools closed for a day of snow or a storm: no workforce event (the schools, not the weather, say so).
    "태풍이 북상하면서 부산 지역 초·중·고 120곳이 내일 하루 휴업한다.",
    "대설 특보로 강원 산간 학교 40곳이 9일 휴업하고 원격수업으로 전환한다.",
    # A plant back at work after a stop, its people back with it (the stop told in the past).
    "홍수로 가동을 멈췄던 ○○제지 청주공장이 석 달 만에 재가동에 들어갔다.",
    "지난봄 사고 이후 휴업 상태였던 ○○금속 공장이 생산을 재개하면서 직원들도 전원 복귀했다.",
    "설비 교체로 가동을 멈춘 공장이 이달 생산을 재개한다.",
    # A merger that keeps every job: cuts ruled out, jobs carried over.
    "두 회사는 합병 후에도 인위적인 인력 구조조정은 하지 않겠다고 밝혔다.",
    "합병 법인은 양사 직원 1,200명 전원의 고용을 승계하기로 했고 인력 구조조정 계획은 세우지 않았다.",
    # A shop closed while it is refitted.
    "동네 명물 국밥집이 새 단장을 위해 다음 주 열흘간 휴업한다. 직원들은 휴업 기간에도 급여를 받는다.",
    # Help for small business owners who close: consulting, demolition costs, allowances.
    "시는 폐업을 앞둔 자영업자에게 점포 철거비와 사업정리 컨설팅을 제공한다.",
    # A survey of companies' plans.
    "중견기업 300곳을 대상으로 조사한 결과 응답 기업의 21%가 내년 인력을 줄이겠다고 답했다.",
    "인력 조정 방식으로는 '신규 채용 축소'가 가장 많았고 '권고사직'이 뒤를 이었다.",
    "제조업체 10곳 중 4곳은 올해 감원 계획이 있다고 밝혔다.",
    # A rumour's content as posted online.
    "해당 게시글에는 '연말 2천명 감원'이라는 내용이 담겨 있었다.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:30] for t in NEGATIVES])
def test_the_vocabulary_about_something_else_is_no_restructuring(classify, text):
    detection = classify(text, notice_date=date(2024, 10, 7))
    assert not detection.is_restructuring, detection.evidence


ENGLISH_NEGATIVES = [
    # Details of a restructuring not given: no layoff is reported.
    "The spokesman would not say whether the reorganization would mean layoffs.",
    # A statute explained.
    "The state's mini-WARN law applies to employers with 50 or more workers and covers plant closings and mass layoffs.",
]


@pytest.mark.parametrize("text", ENGLISH_NEGATIVES, ids=[t[:30] for t in ENGLISH_NEGATIVES])
def test_english_texts_that_report_no_event(classify, text):
    assert not classify(text).is_restructuring


POSITIVES = [
    # A news report that cites the statute is still news.
    ("G조선은 생산직 300명을 정리해고하겠다고 노조에 통보했다. 근로기준법은 해고 50일 전까지 노조에 알리도록 정하고 있다.", T.LAYOFF),
    # A union's demand to withdraw dismissals reports them.
    ("[노조 성명] 회사는 물류직 25명에 대한 정리해고를 즉각 철회하라.", T.LAYOFF),
    # A past promise of no cuts, broken by the dismissals the text reports.
    ("회사는 이번에 배송직 40명에게 해고를 통보했다. 재작년 '인위적인 감원은 없다'고 약속했던 회사다.", T.LAYOFF),
    # 명퇴, the short form of 명예퇴직.
    ("우리 회사도 이번 달 명퇴 공고가 떴다. 근속 15년 이상이 대상이다.", T.VOLUNTARY_RETIREMENT),
    # A research centre moved abroad with its work.
    ("H테크는 판교 연구소를 인도 벵갈루루로 옮기기로 했다.", T.CLOSURE),
    ("이 결정으로 국내 연구 인력 150명이 자리를 잃게 됐다.", T.LAYOFF),
    # A plant stopped by a storm's damage is a suspension (weather closes schools, not only plants).
    ("집중호우로 침수된 J제철소가 고로 2기의 가동을 일시 중단했다.", T.SUSPENSION),
    # English: voluntary redundancies in the plural; people counted as "of them".
    ("More than 200 staff have accepted voluntary redundancies at the council.", T.VOLUNTARY_RETIREMENT),
    ("Workers at the depot were told on Monday that 80 of them will be made redundant next month.", T.LAYOFF),
    # "the FAQ" a memo points to is not an explainer.
    ("We are offering a voluntary separation program to eligible employees; see the FAQ on the intranet for details.",
     T.VOLUNTARY_RETIREMENT),
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES, ids=[t[:30] for t, _ in POSITIVES])
def test_real_events_stay_events(classify, text, kind):
    detection = classify(text, notice_date=date(2024, 10, 7))
    assert detection.is_restructuring and detection.type is kind, detection.evidence


def test_dismissals_ruled_out_beside_an_exit_programme_leave_the_programme(classify):
    detection = classify("O카드는 희망퇴직을 받되 정리해고는 하지 않겠다고 밝혔다.")
    assert detection.is_restructuring and detection.type is T.VOLUNTARY_RETIREMENT


def test_details_still_to_be_decided_leave_a_restructuring_untyped(classify):
    detection = classify("J그룹이 인력 구조조정에 착수했다. 구체적인 감축 규모는 아직 정해지지 않았다.")
    assert detection.is_restructuring and detection.type is T.OTHER


HEADCOUNTS = [
    # The company's size is not the people who leave.
    ("직원 500명 남짓한 회사인데 이번 희망퇴직으로 70명 정도가 나간다고 한다.", 70),
    ("N페이는 인력을 20% 감축한다. 직원 120명 가량 회사를 떠난다.", 120),
    ("The paper accepted buyouts from 40 reporters; the newsroom will shrink to about 90 reporters.", 40),
    ("The insurer will lay off 120 workers, and staff at the site will fall to roughly 400 employees.", 120),
    ("The mill will be idled next month, leaving about 150 workers without jobs.", 150),
]


@pytest.mark.parametrize(("text", "expected"), HEADCOUNTS, ids=[t[:30] for t, _ in HEADCOUNTS])
def test_the_headcount_is_not_the_company_size_nor_the_people_who_stay(classify, text, expected):
    detection = classify(text)
    assert detection.is_restructuring and detection.headcount == expected, detection.evidence


SEPARATION_DATES = [
    ("K물산은 희망퇴직을 시행한다. 퇴직 일자: 2024. 12. 31.(화)", date(2024, 12, 31)),
    ("결국 명퇴 신청했어요. 마지막 출근은 다음 달 8일입니다.", date(2024, 11, 8)),
    ("L택배는 분류 인력 80명을 감축하고 11월 30일까지 단계적으로 계약을 종료한다.", date(2024, 11, 30)),
    ("M사는 직원 20명에게 권고사직을 통보하고 이달 말까지만 근무하도록 했다.", date(2024, 10, 31)),
    ("The parts maker will close its Geelong plant on 20 December with the loss of 180 jobs.", date(2024, 12, 20)),
    ("Got laid off today along with 300 others. Our last day on payroll is the 25th.", date(2024, 10, 25)),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATION_DATES, ids=[t[:30] for t, _ in SEPARATION_DATES])
def test_more_separation_date_forms(classify, text, expected):
    detection = classify(text, notice_date=date(2024, 10, 7))
    assert detection.is_restructuring and detection.separation_date == expected, detection.evidence


def test_a_day_before_a_month_is_not_read_inside_a_larger_number():
    from earlywarn.domain.detection.dates import find_dates

    assert [d.value for d in find_dates("on 3 March 2025 and 1,15 May", date(2024, 10, 7), 183, "en")] == [date(2025, 3, 1 + 2)]
    assert find_dates("the 5th year in a row", date(2024, 10, 7), 183, "en") == []
