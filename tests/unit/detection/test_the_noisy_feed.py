"""The noisy feed (fresh28's round): facts in pasted tables and form fields, shares of a rounded workforce, cuts to be
done by the year's end, a statute quoted inside a real filing, recalls and snow days, call centres moved abroad,
airport concessions shut, cuts of no form yet, investment columns. Sentences of our own (not the eval texts). The
rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2026, 4, 10)


# --- facts in tables and fields ---------------------------------------------------------------------------------------


def test_a_date_under_a_leaving_column_of_a_pasted_korean_table_is_the_separation_date(classify):
    text = ("[표] 동해정밀 2026년 인력 조정 계획\n구분 | 대상 | 인원 | 퇴직일\n희망퇴직 | 20년 이상 근속 생산직 | 64명 | 2026.6.30\n"
            "전환배치 | 도장 라인 | 12명 | -")
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 64, date(2026, 6, 30))


def test_a_date_under_an_application_column_of_a_pasted_table_is_not_the_separation_date(classify):
    text = "동해정밀 희망퇴직 일정\n구분 | 인원 | 신청 마감\n희망퇴직 | 64명 | 2026.5.15"
    assert classify(text, "ko", NOTICE_DAY).separation_date is None


def test_a_date_under_a_separation_date_column_of_an_english_table_is_the_separation_date(classify):
    text = ("Harbor Freightways will lay off drivers at two depots.\nDepot | Employees | Separation Date\n"
            "Tacoma | 48 | 07/15/2026\nSpokane | 31 | 07/15/2026")
    assert classify(text, "en", NOTICE_DAY).separation_date == date(2026, 7, 15)


def test_a_state_form_field_written_in_title_case_gives_the_count(classify):
    text = "WARN Notice Received\nCompany: Pinecrest Foods Inc.\nNumber Affected: 134\nType: Layoff (permanent)"
    assert classify(text, "en", NOTICE_DAY).headcount == 134


# --- counts -----------------------------------------------------------------------------------------------------------


def test_a_share_of_a_rounded_korean_workforce_is_the_headcount(classify):
    text = "앱 개발사 하늘랩, 직원 6백여명 중 3분의 1 감원"
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_a_percentage_of_the_workforce_of_a_company_described_by_its_size_is_the_headcount(classify):
    text = ("Marado Games, a Seoul-based developer with about 800 employees, will cut 25 percent of its workforce, "
            "the company said on Monday.")
    assert classify(text, "en", NOTICE_DAY).headcount == 200


def test_the_people_of_the_stores_a_chain_closes_are_still_the_count(classify):
    text = "The grocer will close 14 stores with 350 employees across the state by the end of June."
    assert classify(text, "en", NOTICE_DAY).headcount == 350


# --- dates ------------------------------------------------------------------------------------------------------------


def test_a_cut_to_be_finished_by_the_years_end_leaves_on_the_last_day_of_the_year(classify):
    text = "대성화학이 국내 인력 300명을 줄이기로 했다. 회사는 연말까지 감원을 마무리할 계획이다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 300, date(2026, 12, 31))


def test_a_headline_that_drops_the_on_after_ceasing_operations_dates_the_closure(classify):
    text = "Riverside Paper Mill will cease operations Aug. 14, cutting 260 jobs"
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 260, date(2026, 8, 14))


def test_an_airport_concession_shut_on_a_day_is_a_closure_on_that_day(classify):
    text = "The bookseller said it will shut its concession at the central rail station on Sept. 30 after its lease ran out."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2026, 9, 30))


# --- vetoes that were wrong -------------------------------------------------------------------------------------------


def test_a_statute_quoted_inside_a_report_of_a_filed_dismissal_plan_does_not_make_it_an_explainer(classify):
    text = ("부산지방고용노동청에 따르면 한결기계는 지난 3일 경영상 이유에 의한 해고 계획을 신고했다. 해고 예정 인원은 58명이다. "
            "근로기준법상 사용자는 해고하려는 날의 50일 전까지 노조에 통보해야 한다.")
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 58)


def test_an_explainer_that_states_an_employers_duty_is_still_not_an_event(classify):
    text = "사용자는 경영상 이유로 해고를 하려면 해고하려는 날의 50일 전까지 근로자 대표에게 통보해야 한다."
    assert classify(text, "ko", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_no_plans_to_relocate_the_staff_of_a_closing_shop_confirms_the_closure(classify):
    text = ("Greenleaf Books will shut its concession at the city airport on May 29, and the company said it has no plans "
            "to relocate its 40 employees.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 40)


def test_no_plans_to_close_a_plant_is_still_a_denial(classify):
    text = "Greenleaf Foods said it has no plans to close its Dayton plant."
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


# --- types ------------------------------------------------------------------------------------------------------------


def test_a_korean_call_centre_whose_operation_ends_closes(classify):
    text = "한빛카드가 부산 콜센터 운영을 끝낸다. 이에 따라 상담원 300여 명이 일자리를 잃게 된다."
    assert classify(text, "ko", NOTICE_DAY).type is T.CLOSURE


def test_a_centre_whose_operation_is_halted_while_its_staff_are_pushed_out_is_a_layoff(classify):
    text = "한빛카드 자회사가 상담 센터 운영을 중단하면서 상담원 50명에게 권고사직을 통보했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.LAYOFF


def test_a_call_centre_moved_abroad_with_its_jobs_cut_is_a_closure(classify):
    text = "Lakeview Insurance moving Omaha call center to Manila, eliminating 220 jobs by June 1"
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 220)


def test_a_cut_whose_size_and_method_are_to_be_settled_later_is_a_restructuring_of_no_form(classify):
    text = '그룹 측은 "인력이 너무 많다"며 "감축 규모와 방식은 계열사별 협의를 거쳐 확정할 것"이라고 말했다.'
    assert classify(text, "ko", NOTICE_DAY).type is T.OTHER


def test_a_cut_that_may_come_through_buyouts_layoffs_or_unpaid_leave_is_a_restructuring_of_no_form(classify):
    text = ("Seaway Air said it will restructure its workforce. Managers have not decided whether to cut staff through "
            "buyouts, layoffs or unpaid leave, a spokesperson said.")
    assert classify(text, "en", NOTICE_DAY).type is T.OTHER


# --- negatives --------------------------------------------------------------------------------------------------------


def test_workers_told_to_come_back_after_a_stop_are_no_new_stop(classify):
    text = "설비 고장으로 열흘간 멈췄던 청주공장이 다시 돌아간다. 회사는 휴업에 들어갔던 생산직 전원에게 복귀를 통보했다."
    assert classify(text, "ko", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_shops_shut_for_a_day_by_snow_are_not_a_restructuring(classify):
    text = "밤새 눈이 30㎝ 넘게 내리면서 대관령 일대 마트 여러 곳이 5일 하루 문을 닫았다."
    assert classify(text, "ko", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_a_plant_shut_for_one_day_for_another_reason_is_a_stop(classify):
    text = "부품 공급이 끊기면서 울산 2공장이 12일 하루 문을 닫는다."
    assert classify(text, "ko", NOTICE_DAY).type is T.SUSPENSION


def test_furloughed_workers_called_back_are_no_new_stop(classify):
    text = "Furloughed workers called back as the mill restarts\nThe owner said orders for pulp had picked up since spring."
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_laying_off_the_losers_in_your_portfolio_is_investment_advice(classify):
    text = "Column: Lay off the laggards in your portfolio before the year ends. Sell what has not grown in five years."
    assert classify(text, "en", NOTICE_DAY).type is T.NOT_RESTRUCTURING


def test_a_buyout_fund_laying_off_workers_at_its_portfolio_companies_is_a_layoff(classify):
    text = "Crestline Partners laid off 240 workers across its portfolio companies this month."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF
