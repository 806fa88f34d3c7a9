"""Written notices as issued (fresh34's round): 공고문, 신고서, 공시, letters to a union or a state, liquidators'
notices, press statements, recall notices. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2024, 3, 14)


# --- the day the dismissals take effect, as a notice words it ------------------------------------------------------


def test_a_layoff_effective_at_the_end_of_shift_on_a_weekday_and_date_is_dated_that_day(classify):
    text = (
        "The company will eliminate 18 technician positions (12 in Dayton and 6 in Akron) effective at the end of shift "
        "on Friday, May 10, 2024."
    )
    got = classify(text, "en", NOTICE_DAY)
    assert got.separation_date == date(2024, 5, 10)


def test_staff_made_redundant_with_effect_from_a_day_left_on_that_day(classify):
    text = "The company went into administration and all 45 staff were made redundant with effect from 2 February 2024."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.headcount, got.separation_date) == (45, date(2024, 2, 2))


def test_a_dismissal_plans_schedule_field_dates_the_dismissals(classify):
    text = "경영상 이유에 의한 해고 계획 신고서\n- 해고 예정 인원: 25명\n- 해고 일정: 2024년 4월 30일\n- 협의 기간: 2024.3.1~3.29"
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2024, 4, 30))


def test_an_application_schedule_is_no_leaving_day(classify):
    text = "희망퇴직 시행 안내\n- 희망퇴직 신청 일정: 2024년 4월 1일 ~ 4월 10일\n- 퇴직일: 2024년 4월 30일"
    got = classify(text, "ko", NOTICE_DAY)
    assert got.separation_date == date(2024, 4, 30)


# --- a report answered as wrong or undecided -----------------------------------------------------------------------


def test_a_statement_calling_the_reports_it_quotes_false_is_no_layoff(classify):
    text = (
        "Statement on press reports of job cuts. Several outlets wrote that Acme plans to lay off 800 workers at its "
        "Ohio plants. These reports are false. Acme is hiring."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_layoff_announced_beside_an_older_report_is_still_a_layoff(classify):
    text = "Acme will lay off 300 workers at its Ohio plants in May, the company said in a statement on Monday."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_disclosure_answering_a_report_as_undecided_is_no_cut(classify):
    text = (
        "풍문 또는 보도에 대한 해명(미확정)\n1. 보도 내용: '△△화학, 생산직 30% 감원 추진'\n"
        "2. 해명 내용: 인력 감축 방안은 확정된 사항이 아닙니다."
    )
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_disclosure_denying_a_reported_buyout_is_no_buyout(classify):
    text = "풍문또는보도에대한해명(부인)\n1. 보도 내용: △△건설 희망퇴직 500명 실시 보도\n2. 해명: 사실무근"
    assert not classify(text, "ko", NOTICE_DAY).is_restructuring


def test_a_disclosure_confirming_a_reported_buyout_is_a_buyout(classify):
    text = "풍문또는보도에대한해명(확정)\n1. 보도 내용: △△건설 희망퇴직 실시 보도\n2. 해명: 당사는 4월 중 희망퇴직을 실시하기로 결정하였습니다."
    assert classify(text, "ko", NOTICE_DAY).type is T.VOLUNTARY_RETIREMENT


# --- a recall notice ------------------------------------------------------------------------------------------------


def test_a_notice_titled_as_a_recall_ends_the_furlough_it_names(classify):
    text = (
        "Notice of Recall\nTo: all furloughed drivers of Pine Bus Lines\n"
        "Drivers furloughed in April return to their routes on May 20, 2024."
    )
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_memo_whose_subject_is_a_recall_to_work_is_no_suspension(classify):
    text = "Subject: Recall to work\nThe furloughed kitchen staff will come back on Monday, June 3."
    assert not classify(text, "en", NOTICE_DAY).is_restructuring


def test_a_furlough_notice_that_promises_a_notice_of_recall_is_still_a_suspension(classify):
    text = (
        "Notice of temporary layoff: 40 workers will be furloughed for eight weeks from March 4, 2024. A notice of "
        "recall will be sent to each employee."
    )
    assert classify(text, "en", NOTICE_DAY).type is T.SUSPENSION


def test_an_announcement_that_today_is_their_last_working_day_dates_the_layoff_that_day(classify):
    text = "We are cutting 70 roles across sales and support. The people affected have been told, and today is their last working day."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.headcount, got.separation_date) == (70, NOTICE_DAY)


# --- a buyout's result: the ones approved, not the applicants ------------------------------------------------------


def test_a_buyout_result_counts_the_approved_not_the_applicants(classify):
    text = "[안내] 희망퇴직 접수 결과\n- 신청자: 88명\n- 승인: 80명 (필수 인력 8명 반려)"
    assert classify(text, "ko", NOTICE_DAY).headcount == 80


def test_a_buyout_result_in_a_sentence_counts_the_approved(classify):
    text = "희망퇴직 신청자는 88명이었고, 승인 인원은 80명이다."
    assert classify(text, "ko", NOTICE_DAY).headcount == 80


# --- a table of the sites a measure reaches (fixpool2) -------------------------------------------------------------------


def test_the_staff_of_each_closing_store_in_a_table_of_stores_add_up_to_the_count(classify):
    text = ("매장 운영 종료 안내\n아래 매장의 운영을 종료합니다.\n매장명 | 종료 시기 | 근무 인원\n일산점 | 2024년 6월 | 32명\n"
            "분당점 | 2024년 6월 | 21명\n수원점 | 2024년 7월 | 17명\n\n해당 직원은 인근 매장 전환배치를 원칙으로 합니다.")
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 70)


def test_a_table_of_kinds_of_measure_is_not_added_up():
    from earlywarn.domain.detection.headcount import headcount_mentions

    text = "인력 조정 계획\n구분 | 인원\n희망퇴직 | 40명\n전환배치 | 15명"
    assert [mention.low for mention in headcount_mentions(text, "ko")] == [40, 15]


def test_counts_in_table_rows_that_are_not_next_to_each_other_are_not_added_up():
    from earlywarn.domain.detection.headcount import headcount_mentions

    text = "지점 | 인원\n강서지점 | 12명\n(비고: 이전 완료)\n강동지점 | 9명"
    assert [mention.low for mention in headcount_mentions(text, "ko")] == [12, 9]


# --- a revised count of those who lose their jobs, told with no noun after it (fixpool2) ---------------------------------


def test_an_amended_warn_notice_reducing_the_employment_losses_takes_the_new_count(classify):
    text = ("Re: Amended WARN Notice - Linden Distribution Center\nThis letter amends our notice of April 1, 2024. The "
            "number of employees who will experience an employment loss at the Linden site has been reduced from 85 to 64.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 64)


# --- help for the ones a cut makes leave now (fixpool2) ------------------------------------------------------------------


def test_a_press_release_on_help_for_workers_a_cut_makes_leave_now_reports_the_cut(classify):
    text = ("고용노동부 보도자료\n□□중공업 인력 감축으로 퇴직하는 근로자 3백20명을 위해 지청이 '찾아가는 취업 상담'과 재취업 "
            "지원을 제공한다고 밝혔다.")
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 320)


def test_help_for_workers_who_left_in_an_earlier_cut_is_no_event(classify):
    text = "지청은 지난해 인력 감축으로 퇴직한 근로자들을 위한 재취업 지원 프로그램을 운영한다고 밝혔다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False
