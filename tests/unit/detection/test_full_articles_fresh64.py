"""Real events told as full articles (fresh64's round): a visit to a counseling office, a union's fear, a strike's
passive temporary layoff, furnaces closed as a cut's aside, anniversaries and former plants bought, a tally of
announced cuts, a company's size, a stop's start, cuts completed by a day, "today, <date>". Sentences of our own (not
the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T


def test_workers_going_to_a_labor_counseling_office_do_not_make_a_report_an_explainer(classify):
    detection = classify(
        "부산의 한 부품업체가 주문 감소로 생산직 30명에게 권고사직을 통보했다. 회사는 이달 말까지 퇴사 처리한다고 밝혔다.\n"
        "직원들은 부당하다며 노동상담센터를 찾았다.",
        notice_date=date(2024, 3, 5),
    )
    assert detection.type is T.LAYOFF and detection.headcount == 30


def test_a_labor_counseling_column_is_still_an_explainer(classify):
    detection = classify("[노동상담] 회사가 경영상 이유로 해고하려면 어떤 절차가 필요한가요?")
    assert not detection.is_restructuring


def test_a_union_fearing_that_a_reorganization_could_lead_to_cuts_reports_no_cut(classify):
    detection = classify(
        "한 물류회사가 본사 조직을 재편하는 인력 구조 개편을 시행한다. 노조는 이번 개편이 인력 감원으로 이어질 수 있다며 반발했다."
    )
    assert detection.type is T.OTHER


def test_workers_temporarily_laid_off_in_the_passive_because_of_a_strike_elsewhere_are_a_suspension(classify):
    detection = classify(
        "Roughly 1,200 employees at the company's axle plant were temporarily laid off because a strike at a supplier cut off parts.",
        notice_date=date(2024, 5, 6),
    )
    assert detection.type is T.SUSPENSION and detection.headcount == 1200


def test_the_day_a_plant_stops_production_is_no_leaving_day_in_a_suspension(classify):
    detection = classify(
        "The automaker will temporarily lay off 900 workers at its van plant. The plant stopped production on Tuesday "
        "because of a shortage of chips.",
        notice_date=date(2024, 5, 6),
    )
    assert detection.type is T.SUSPENSION and detection.separation_date is None


def test_furnaces_closed_as_the_aside_of_a_cut_leave_the_cut_a_layoff(classify):
    detection = classify("Steelmaker confirms 1,500 job cuts as Northfield furnaces close")
    assert detection.type is T.LAYOFF and detection.headcount == 1500


def test_years_since_a_steelworks_at_a_named_town_closed_is_history(classify):
    detection = classify(
        "It is twenty years since the steelworks at Millbrook closed. The owner went into liquidation and the ovens "
        "were shut down soon after. The town now hopes for new industries.",
        notice_date=date(2024, 5, 6),
    )
    assert not detection.is_restructuring


def test_a_buyer_taking_over_a_former_plant_tells_its_closing_as_history(classify):
    detection = classify(
        "A battery maker has completed its purchase of the former Acme tractor factory and plans to hire 300 people. "
        "Some workers who lost their jobs when Acme idled the factory last spring have applied.",
        notice_date=date(2024, 5, 6),
    )
    assert not detection.is_restructuring


def test_a_former_korean_plant_named_by_its_closing_is_history(classify):
    detection = classify(
        "2019년 문을 닫은 옛 제지공장이 배터리 소재 공장으로 다시 문을 연다. 새 회사는 생산직 200명을 뽑을 계획이다. "
        "공장 폐쇄 당시 떠났던 직원들도 지원할 수 있다."
    )
    assert not detection.is_restructuring


def test_a_tally_of_announced_job_cuts_is_no_employer_cut(classify):
    detection = classify(
        "Announced job cuts climb in June, led by retail\n"
        "Retailers and banks accounted for most of the announced cuts in the month. "
        "The survey tracks announcements and may not reflect actual layoffs."
    )
    assert not detection.is_restructuring


def test_a_company_sized_by_its_kind_is_a_workforce_not_the_closing_stores_staff(classify):
    detection = classify(
        "The pharmacy chain will close 60 stores by the end of June. It will keep most of its remaining 900 stores open. "
        "The chain had about 20,000 employees at the start of the year.",
        notice_date=date(2024, 3, 5),
    )
    assert detection.type is T.CLOSURE and detection.headcount is None


def test_cuts_told_just_before_their_completion_day_are_dated(classify):
    detection = classify(
        "The bank said it will cut 3,000 jobs. The cuts will be completed by the end of September.",
        notice_date=date(2024, 3, 5),
    )
    assert detection.type is T.LAYOFF and detection.separation_date == date(2024, 9, 30)


def test_production_ended_today_with_the_day_in_apposition_dates_the_closure(classify):
    detection = classify(
        "The last engine left the line on Friday. The company ended production at the Dayton plant today, May 10, "
        "and about 600 workers lost their jobs as the plant closed.",
        notice_date=date(2024, 5, 10),
    )
    assert detection.type is T.CLOSURE and detection.separation_date == date(2024, 5, 10)
