from datetime import date

import pytest

from earlywarn.domain.detection.dates import find_dates


@pytest.mark.parametrize(
    ("text", "notice_date", "start", "end"),
    [
        ("타타대우상용차가 희망퇴직을 실시한다. 신청 기간은 9월 21일부터 10월 5일까지다.", date(2020, 9, 15), date(2020, 9, 21), date(2020, 10, 5)),
        ("한 보험사가 희망퇴직을 받는다. 신청은 1월 18일부터 27일까지다.", date(2023, 1, 16), date(2023, 1, 18), date(2023, 1, 27)),
        ("르노코리아가 희망퇴직 프로그램을 운영한다. 신청은 12월 23일까지 받는다.", date(2019, 12, 16), None, date(2019, 12, 23)),
        ("The company opened a voluntary retirement program; employees can apply until March 19.", date(2021, 3, 3), None, date(2021, 3, 19)),
    ],
)
def test_the_application_period_takes_its_year_from_the_notice(classify, text, notice_date, start, end):
    detection = classify(text, notice_date=notice_date)
    assert (detection.application_start, detection.application_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "notice_date", "expected"),
    [
        ("OCI가 희망퇴직을 받는다. 퇴직일은 3월 31일이다.", date(2020, 2, 24), date(2020, 3, 31)),
        ("이스타항공이 605명을 정리해고한다. 해고 예정일은 10월 14일이다.", date(2020, 9, 7), date(2020, 10, 14)),
        ("한 업체가 폐업을 결정했다. 근로자 120명은 9월 30일자로 퇴직 처리된다.", date(2019, 9, 3), date(2019, 9, 30)),
        ("[고용조정 신고] 형태: 희망퇴직, 인원: 1백5명, 퇴직 예정일: 2023년 7월 31일", date(2023, 6, 19), date(2023, 7, 31)),
        ("한 은행이 희망퇴직을 실시한다. 퇴직일은 1월 31일이다.", date(2022, 12, 20), date(2023, 1, 31)),
        ("부품업체가 다음 달 1일 자로 직원 45명을 해고하겠다고 신고했다.", date(2024, 3, 18), date(2024, 4, 1)),
        ("Meta filed a WARN notice: 1,135 employees will be laid off effective January 13, 2023.", date(2022, 11, 18), date(2023, 1, 13)),
        ("Tesla will lay off 2,688 workers, with separations expected to begin on or about June 14, 2024.", date(2024, 4, 17), date(2024, 6, 14)),
        ("Eighty-five nurses took the early retirement offer; their last day will be June 28.", date(2024, 5, 2), date(2024, 6, 28)),
        ("A cereal maker will close its plant in Battle Creek, Michigan, on August 9.", date(2024, 3, 1), date(2024, 8, 9)),
        ("The last truck left the Janesville plant on Friday, May 3, ending production at the site.", date(2024, 5, 3), date(2024, 5, 3)),
        ("한 타이어업체가 6월 30일 대전공장의 생산을 멈추고 공장을 폐쇄한다.", date(2024, 3, 4), date(2024, 6, 30)),
        ("한 제과업체가 9월 30일에 광주공장 문을 닫는다.", date(2024, 8, 1), date(2024, 9, 30)),
    ],
)
def test_the_separation_date_is_the_date_tied_to_people_leaving(classify, text, notice_date, expected):
    assert classify(text, notice_date=notice_date).separation_date == expected


def test_a_suspension_start_is_not_a_separation_date(classify):
    detection = classify("현대중공업 군산조선소가 7월 1일부터 가동을 중단한다.", notice_date=date(2017, 6, 20))
    assert detection.type.value == "suspension" and detection.separation_date is None


def test_the_day_a_closure_is_announced_is_not_its_closure_date(classify):
    detection = classify("한 철강업체가 3월 4일 포항공장을 폐쇄한다고 발표했다.", notice_date=date(2024, 3, 4))
    assert detection.type.value == "closure" and detection.separation_date is None


@pytest.mark.parametrize(
    ("text", "notice_date", "expected"),
    [
        ("한 제과점이 2024년 2월 29일을 끝으로 폐업했다.", date(2024, 3, 4), date(2024, 2, 29)),
        ("한 공장이 오는 31일을 마지막으로 문을 닫는다.", date(2024, 5, 20), date(2024, 5, 31)),
        ("한 업체의 마지막 근무일은 28일이다. 이 회사는 직원 50명을 정리해고한다.", date(2024, 5, 20), date(2024, 5, 28)),
        ("The company said 200 workers will lose their jobs; their employment will end on July 12.", date(2024, 5, 2), date(2024, 7, 12)),
        ("The brewery will close its Dayton, Ohio, taproom and plant on Nov. 4, eliminating 60 jobs.", date(2024, 9, 2), date(2024, 11, 4)),
        ("The printing plant will close on Friday, Aug. 2, the company said.", date(2024, 6, 3), date(2024, 8, 2)),
    ],
)
def test_the_last_day_of_work_or_business_is_the_separation_date(classify, text, notice_date, expected):
    assert classify(text, notice_date=notice_date).separation_date == expected


def test_the_end_of_an_application_window_is_not_a_separation_date(classify):
    detection = classify("한 은행이 희망퇴직을 실시한다. 신청은 24일을 끝으로 마감된다.", notice_date=date(2024, 5, 20))
    assert detection.separation_date is None


def test_the_day_a_dismissal_is_notified_is_not_the_separation_date(classify):
    detection = classify("A사 근로자 200명은 지난 15일 해고 통보를 받았다.", notice_date=date(2024, 5, 20))
    assert detection.type.value == "layoff" and detection.separation_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26일", date(2024, 5, 26)),  # the notice's month, past or future
        ("12일", date(2024, 5, 12)),
        ("오는 3일", date(2024, 6, 3)),  # coming: a day already past is next month's
        ("오는 28일", date(2024, 5, 28)),
        ("지난 28일", date(2024, 4, 28)),  # last: a day still to come is last month's
        ("지난 17일", date(2024, 5, 17)),
        ("지난달 30일", date(2024, 4, 30)),
        ("다음 달 5일", date(2024, 6, 5)),
    ],
)
def test_a_korean_day_alone_is_read_in_the_notice_s_month_moved_by_오는_or_지난(text, expected):
    (span,) = find_dates(text, date(2024, 5, 20), 183, "ko")
    assert span.value == expected


@pytest.mark.parametrize("text", ["30일간 휴업한다", "폐업 30일 전 통보", "3일 만에 철회", "매월 25일 급여", "주 5일 근무", "26~28일 사이"])
def test_a_duration_an_offset_a_recurring_day_or_a_range_s_bare_end_is_not_a_date(text):
    assert find_dates(text, date(2024, 5, 20), 183, "ko") == []


def test_a_closure_that_ends_its_sentence_keeps_a_day_already_past(classify):
    detection = classify("한 섬유업체 공장이 지난 17일 마지막 제품을 출하하고 생산을 종료했다.", notice_date=date(2024, 5, 20))
    assert detection.type.value == "closure" and detection.separation_date == date(2024, 5, 17)


@pytest.mark.parametrize(
    ("text", "notice_date", "expected"),
    [
        ("About 3,500 workers of the state-owned mill accepted its voluntary retirement scheme and will retire on March 31, 2021.", date(2021, 2, 1), date(2021, 3, 31)),
        ("한 버스회사가 운전기사 70명에게 해고를 통보했다. 해고의 효력은 다음 달 1일부터 생긴다.", date(2024, 11, 20), date(2024, 12, 1)),
        ("The warehouse will close. Separation date: 08/29/2025.", date(2025, 6, 2), date(2025, 8, 29)),
    ],
)
def test_the_day_people_retire_or_a_dismissal_takes_effect_or_a_labeled_separation_date_is_the_separation(classify, text, notice_date, expected):
    assert classify(text, notice_date=notice_date).separation_date == expected


def test_a_us_month_day_year_date_is_read_in_english_only(classify):
    (span,) = find_dates("Effective 11/03/2025 the site closes.", date(2025, 6, 1), 183, "en")
    assert span.value == date(2025, 11, 3)
    assert find_dates("11/03/2025", date(2025, 6, 1), 183, "ko") == []


def test_an_application_closing_date_is_not_a_separation_date(classify):
    detection = classify("The bank is offering voluntary separation packages; the closing date for applications is 06/30/2025.", notice_date=date(2025, 6, 1))
    assert detection.type.value == "voluntary_retirement" and detection.separation_date is None
