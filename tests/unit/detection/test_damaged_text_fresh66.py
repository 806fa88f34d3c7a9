"""Damaged and machine-processed text (fresh66's round): full-width digits and punctuation, HTML entities left by a
feed, words broken at a line's end, an OCR zero for an O, Korean run together without spaces. Sentences of our own
(not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.detection.debris import cleaned
from earlywarn.domain.detection.text import split_sentences
from earlywarn.domain.notices import RestructuringType as T


def test_full_width_digits_and_punctuation_are_read_as_ascii_with_the_length_kept():
    text, origin = cleaned("（주）가나물산，직원 ３，２００명")
    assert text == "(주)가나물산,직원 3,200명" and origin is None


def test_html_entities_are_read_as_their_characters_and_a_non_breaking_space_as_a_space():
    text, origin = cleaned("Smith &amp; Sons&nbsp;&mdash; it&#39;s")
    assert text == "Smith & Sons — it's"
    assert origin is not None and len(origin) == len(text) + 1


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_real_compound_keeps_its_hyphen():
    text, _ = cleaned("took early retire-\nment and a part-time job")
    assert text == "took early retirement and a part-time job"


def test_a_zero_inside_a_word_of_letters_is_read_as_the_letter_o_and_numbers_stay():
    text, _ = cleaned("All 90 w0rkers of the F0UNDRY, 0ffice staff, 10 days, 0.5 percent, 2020s")
    assert text == "All 90 workers of the FOUNDRY, office staff, 10 days, 0.5 percent, 2020s"


def test_an_ordinary_text_is_returned_as_the_same_object():
    body = "The plant will close on June 30, 2024; 120 workers lose their jobs."
    assert cleaned(body)[0] is body


def test_a_korean_period_followed_directly_by_hangul_ends_a_sentence():
    sentences = split_sentences("공장이문을닫는다.직원들은재취업을지원받는다.")
    assert len(sentences) == 2 and sentences.span(0) == "공장이문을닫는다."


def test_a_decimal_point_does_not_end_a_sentence():
    assert len(split_sentences("매출이 2.5% 줄었다.")) == 1


def test_a_buyout_count_in_full_width_digits_with_a_full_width_comma_is_read_whole(classify):
    detection = classify("（주）다온전자는 희망퇴직 신청을 받아 １，３５０명이 회사를 떠난다고 밝혔다．", notice_date=date(2024, 2, 1))
    assert detection.type is T.VOLUNTARY_RETIREMENT and detection.headcount == 1350


def test_a_verb_joined_by_a_non_breaking_space_entity_is_read_and_evidence_points_at_the_body_as_written(classify):
    body = "Barlow &amp; Finch&nbsp;&mdash; Barlow &amp; Finch will lay&nbsp;off 75 workers at its mill."
    detection = classify(body, notice_date=date(2023, 3, 1))
    assert detection.type is T.LAYOFF and detection.headcount == 75
    for item in detection.evidence:
        if item.field != "model":
            assert body[item.start : item.end] == item.text


def test_an_ocr_zero_in_the_count_noun_does_not_lose_the_count(classify):
    detection = classify("The company will permanently close its bakery. All 85 empl0yees will be separated.", notice_date=date(2023, 3, 1))
    assert detection.type is T.CLOSURE and detection.headcount == 85


def test_a_run_together_korean_report_is_not_vetoed_by_support_told_in_a_later_sentence(classify):
    detection = classify(
        "다온카드는명예퇴직신청을받아2백여명이회사를떠난다고3일밝혔다.회사는퇴직자에게재취업교육을지원한다.",
        notice_date=date(2023, 4, 3),
    )
    assert detection.type is T.VOLUNTARY_RETIREMENT


def test_a_total_who_applied_to_an_offer_is_the_count_not_the_company_size_told_with_about(classify):
    detection = classify(
        "다온물산은 희망퇴직 신청 결과 총 85명이 신청해 모두 승인했다고 밝혔다. 다온물산의 전체 직원 수는 약 1,900명이다.",
        notice_date=date(2024, 2, 1),
    )
    assert detection.type is T.VOLUNTARY_RETIREMENT and detection.headcount == 85


def test_a_total_of_applications_approved_is_the_count(classify):
    detection = classify("2024년 명예퇴직 접수 결과 총 640여명의 신청이 최종 승인되었습니다.", notice_date=date(2024, 2, 1))
    assert detection.type is T.VOLUNTARY_RETIREMENT and detection.headcount == 640


def test_a_count_glued_to_the_word_before_it_in_run_together_korean_is_read(classify):
    detection = classify("세진기공은직원1백50명을대상으로순환휴직에들어간다고밝혔다.", notice_date=date(2024, 2, 1))
    assert detection.type is T.SUSPENSION and detection.headcount == 150


def test_a_plant_whose_work_is_stopped_for_a_span_with_jeongji_is_a_suspension(classify):
    detection = classify(
        "완성차업체 다온모터스는 부품 공급 차질로 광주 공장의 조업을 3월 4일부터 열흘간 정지한다고 밝혔다. 직원 500명은 자택 대기한다.",
        notice_date=date(2022, 3, 2),
    )
    assert detection.type is T.SUSPENSION


def test_leave_put_in_place_by_a_notice_heading_is_a_suspension_and_a_cut_said_not_to_happen_is_denied(classify):
    detection = classify(
        "2. 휴직 시행 개요\n가. 휴직 인원 : 52명\n나. 휴직 기간 : 3개월\n3. 휴직 기간 중 인원 감축은 없음.",
        notice_date=date(2023, 5, 2),
    )
    assert detection.type is T.SUSPENSION and detection.headcount == 52


def test_parental_leave_put_in_place_is_no_suspension(classify):
    detection = classify("다온물산은 남성 직원의 육아휴직 실시를 의무화한다고 밝혔다.", notice_date=date(2023, 5, 2))
    assert not detection.is_restructuring


def test_a_private_equity_buyout_of_a_company_is_not_an_exit_offer(classify):
    detection = classify(
        "Harbor Capital has completed its $1.2 billion buyout of Lindell Analytics. Lindell will keep its 900 employees.",
        notice_date=date(2022, 4, 1),
    )
    assert not detection.is_restructuring


def test_a_buyout_offered_to_a_group_of_staff_is_still_an_exit_offer(classify):
    detection = classify("The newspaper offered a buyout of up to 40 newsroom positions this week.", notice_date=date(2022, 4, 1))
    assert detection.type is T.VOLUNTARY_RETIREMENT


def test_short_time_work_for_a_companys_staff_with_cuts_not_planned_is_a_suspension(classify):
    detection = classify(
        "The pump maker has registered short-time work for 1,300 employees at its two plants. Job cuts are not planned.",
        notice_date=date(2020, 4, 2),
    )
    assert detection.type is T.SUSPENSION and detection.headcount == 1300


def test_short_time_work_counted_across_a_country_is_no_event(classify):
    detection = classify("The labor agency said short-time work notices covered about 40,000 people in May.", notice_date=date(2020, 6, 2))
    assert not detection.is_restructuring


def test_hourly_workers_and_salaried_employees_laid_off_together_are_summed(classify):
    detection = classify("Brenton Tool will lay off 130 hourly workers and 25 salaried employees at its mill.", notice_date=date(2021, 5, 3))
    assert detection.type is T.LAYOFF and detection.headcount == 155


def test_a_counseling_board_post_telling_the_askers_own_employers_cut_with_a_count_is_a_layoff(classify):
    detection = classify(
        "[노동상담] 권고사직 당하면 퇴직금은요?\n안녕하세요. 어제 사장이 회의에서 경영이 어려워 다음 달 말일자로 20명 권고사직 한다고 했어요. 어떻게 해야 하나요?",
        notice_date=date(2024, 4, 10),
    )
    assert detection.type is T.LAYOFF and detection.headcount == 20


def test_a_counseling_column_asking_about_the_rules_stays_an_explainer(classify):
    detection = classify("[노동상담] 회사가 20명 이상을 해고하려면 어떤 절차를 밟아야 하나요?")
    assert not detection.is_restructuring


def test_involuntary_separations_are_not_a_voluntary_separation_offer(classify):
    detection = classify(
        "Corbel Bank said it will report higher profit. \"We do not anticipate involuntary separations,\" its CFO said.",
        notice_date=date(2024, 4, 2),
    )
    assert detection.type is not T.VOLUNTARY_RETIREMENT


def test_a_factory_that_will_terminate_production_and_operation_closes(classify):
    detection = classify(
        "The listed company said its Suzhou factory will terminate production and operation on June 30 this year. "
        "About 900 employees of the factory will receive compensation.",
        notice_date=date(2023, 5, 2),
    )
    assert detection.type is T.CLOSURE and detection.separation_date == date(2023, 6, 30)
