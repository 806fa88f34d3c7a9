from datetime import date

import pytest


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
