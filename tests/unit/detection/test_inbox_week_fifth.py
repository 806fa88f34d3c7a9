"""A crisis center's week, a fifth author (fresh61's round): a worker's lowercase "this friday", "they cut N of us",
a digest's "Layoffs begin <date>", a WARN notice's "Anticipated closing date:", sites listed as "<town> DC" or bulleted
without a colon, an amended notice dated before its count, "one-fourth of the N members". Sentences of our own (not the
eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

WEDNESDAY = date(2024, 1, 10)


# --- the day people leave -----------------------------------------------------------------------------------------------


def test_a_workers_text_in_lowercase_dates_the_last_day_this_friday(classify):
    got = classify("ok so they cut 18 of us at the bakery today. our last day is this friday. who do i call", "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 18, date(2024, 1, 12))


def test_a_lowercase_next_friday_is_that_day_of_next_week(classify):
    got = classify("they laid off 12 of us, last day is next friday", "en", WEDNESDAY)
    assert got.separation_date == date(2024, 1, 19)


def test_a_digests_layoffs_begin_dates_the_cut(classify):
    text = "WARN roundup\nBrightline Packaging filed a notice for 55 employees at its Elgin plant. Layoffs begin March 4, 2024."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 55, date(2024, 3, 4))


def test_a_warn_notices_anticipated_closing_date_field_dates_the_closure(classify):
    text = ("WARN Notice - Redwood Ceramics LLC\nEvent: Plant closure (Macon facility)\nAffected employees: 95\n"
            "Anticipated closing date: April 12, 2024\n")
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 95, date(2024, 4, 12))


def test_a_bare_closing_date_for_applications_dates_nothing(classify):
    text = "Tristate Freight will lay off 40 drivers. Retraining grants are open; closing date: February 2, 2024."
    got = classify(text, "en", WEDNESDAY)
    assert got.separation_date is None


# --- a worker's text -------------------------------------------------------------------------------------------------------


def test_they_cut_n_of_us_is_a_layoff_of_n(classify):
    got = classify("hey, they cut 25 of us on the loading dock this morning. what should i do first?", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 25)


def test_a_cut_of_our_hours_is_no_layoff(classify):
    got = classify("they cut our hours again this week, 6 of us are on short shifts now. is that legal?", "en", WEDNESDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- counts -----------------------------------------------------------------------------------------------------------------


def test_sites_listed_as_distribution_centers_by_their_abbreviation_are_summed(classify):
    text = ("Weekly WARN digest\nNorthway Grocers filed notices for one reduction:\n- Peoria DC: 45 employees\n"
            "- Joliet DC: 35 employees\nLayoffs are permanent.")
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


def test_bulleted_korean_site_lines_without_a_colon_are_summed(classify):
    text = "[보고] ○○제과 지방 공장 폐쇄 건\n- 청주공장 30명\n- 원주공장 12명\n회사는 두 공장을 폐쇄하고 생산을 본사 공장으로 옮긴다고 밝힘."
    got = classify(text, "ko", WEDNESDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 42)


def test_an_amended_notice_dated_before_its_count_gives_the_latest_count(classify):
    text = ("Follow-up on Bayside Printing: its March notice listed 60 layoffs. The revised WARN filing submitted on Friday "
            "now lists 75 employees.")
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 75)


def test_one_fourth_of_the_members_at_a_plant_is_that_share(classify):
    text = "The union condemned the decision to lay off one-fourth of the 440 members at the Elm Street plant."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 110)


def test_three_fourths_of_its_workers_is_that_share(classify):
    got = classify("Harlow Mills will cut three-fourths of its 200 workers by summer.", "en", WEDNESDAY)
    assert got.headcount == 150


# --- Korean notes and texts ----------------------------------------------------------------------------------------------


def test_a_workers_own_dismissal_told_as_only_me_is_no_event(classify):
    got = classify("선생님, 저 지난주에 야근을 거부했다고 해고 통보를 받았어요. 저 혼자만요. 노동위원회에 어떻게 신청하나요?", "ko", WEDNESDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_dismissal_of_many_with_the_writer_among_them_is_still_a_layoff(classify):
    got = classify("회사가 생산직 30명에게 해고 통보를 했어요. 저도 포함이에요.", "ko", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


def test_a_closing_heard_from_a_third_party_and_denied_is_no_event(classify):
    text = "[상담 메모] 거래처 직원에게서 ○○금속 1공장이 연말에 문 닫는다는 얘기를 들음. 회사에 확인하니 사실이 아니라는 답변. 종결."
    got = classify(text, "ko", WEDNESDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_workplace_whose_operation_ends_on_a_day_is_a_closure(classify):
    text = ("현장 메모\n○○전자 구미공장이 칠곡 신공장으로 이전하면서 구미 사업장은 3월 31일자로 운영을 종료함.\n"
            "이전 근무를 원하지 않는 직원 약 40명은 퇴사 처리될 예정.")
    got = classify(text, "ko", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 40, date(2024, 3, 31))


def test_a_whole_group_told_it_will_be_let_go_at_the_end_of_next_month_is_a_layoff_on_that_day(classify):
    text = "제가 일하는 물류센터가 원청 계약이 끝나서 다음 달 말에 기사들 다 정리된다고 하네요. 몇 명인지는 모르겠어요."
    got = classify(text, "ko", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, None, date(2024, 2, 29))


def test_staff_told_to_tidy_up_before_leaving_is_no_layoff(classify):
    got = classify("오늘 행사 끝나고 직원들을 모두 정리하고 퇴근시켰다. 내일은 정상 영업한다.", "ko", WEDNESDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- two small things seen at the last stop ---------------------------------------------------------------------------------


def test_a_percent_headcount_reduction_spelled_out_across_its_employees_is_that_share(classify):
    got = classify("Norvale Bank announced a 7 percent headcount reduction across its 3,000 employees.", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 210)


def test_a_per_cent_workforce_reduction_across_its_staff_is_that_share(classify):
    got = classify("The lender confirmed a 10 per cent workforce reduction across its 2,000 staff.", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 200)


def test_a_native_count_before_a_name_is_no_count_and_one_before_a_particle_is(classify):
    assert classify("세명물산이 공장 문을 닫는다.", "ko", WEDNESDAY).headcount is None
    assert classify("작은 공장이 문을 닫아 직원 세 명이 일자리를 잃었다.", "ko", WEDNESDAY).headcount == 3
