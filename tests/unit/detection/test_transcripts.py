"""Transcripts (fresh65's round): radio interviews, minutes, earnings calls and hearings, where a count is said the way
people speak it ("twelve hundred", "사십 명") and corrected as it is said. Sentences of our own (not the eval texts). The
rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- counts said aloud --------------------------------------------------------------------------------------------------


def test_hundreds_counted_past_ten_are_read_as_speech_says_them(classify):
    got = classify("On the call the chief executive said the group would lay off roughly, um, fourteen hundred people.",
                   "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 1400)


def test_hundreds_counted_in_tens_with_a_hyphen_are_read_whole(classify):
    got = classify("The carrier plans to cut thirty-two hundred jobs at its hubs this year.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 3200)


def test_a_korean_part_of_a_whole_said_in_numeral_words_with_jung_e_is_the_part(classify):
    got = classify("사회자: 몇 분이나 됩니까?\n노조원: 저희 지점 직원 구십 명 중에 스무 명… 아니, 공장 직원 구십 명 중에 삼십 명이 "
                   "권고사직 통보를 받았습니다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 30)


# --- counts corrected as they are said -----------------------------------------------------------------------------------


def test_a_korean_count_corrected_with_an_apology_gives_the_corrected_count(classify):
    got = classify("위원장: 정리해고 통보를 받은 사람이 삼백 명, 아 죄송합니다, 삼백이십 명입니다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 320)


def test_an_english_count_corrected_mid_sentence_gives_the_corrected_count(classify):
    got = classify("WITNESS: The plant told us that two hundred — sorry, two hundred and forty — workers will be laid off "
                   "in June.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 240)


def test_an_english_count_corrected_with_i_mean_gives_the_later_count(classify):
    got = classify("Caller: They're laying off 80 drivers, I mean 85 drivers, at the depot next month.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 85)


# --- a last day told in minutes --------------------------------------------------------------------------------------------


def test_minutes_giving_a_last_day_of_a_full_date_give_that_date_not_the_month_end(classify):
    got = classify("Item 4: The clerk reported that 27 employees accepted the voluntary separation offer, with a last day of "
                   "April 12, 2024.", "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 27, date(2024, 4, 12))


def test_the_last_day_of_a_month_named_alone_is_still_that_months_end(classify):
    got = classify("The warehouse will close on the last day of August, 2024, and its 50 workers will be laid off.", "en", MONDAY)
    assert got.separation_date == date(2024, 8, 31)


# --- a presenter's question is no explainer ----------------------------------------------------------------------------------


def test_a_presenter_asking_a_reporter_what_people_are_saying_does_not_make_the_report_an_explainer(classify):
    got = classify("PRESENTER: News just in that forty staff have been made redundant at a boatyard on the estuary. Sam, what "
                   "are people saying?\nREPORTER: Shock, mostly. They were told this morning.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_a_term_asked_to_be_defined_is_still_an_explainer(classify):
    got = classify("What are recall rights? They let a worker laid off in a reduction in force return first when jobs come back.",
                   "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- minutes of a cut made without dismissals ------------------------------------------------------------------------------


def test_a_cut_said_to_be_made_with_no_dismissal_and_vacancies_left_unfilled_is_other_with_no_count(classify):
    got = classify("노사협의회 회의록\n사용자위원: 내년까지 사무직 인원을 70명 줄이겠습니다. 다만 정리해고는 하지 않고 자연감소 인원을 "
                   "충원하지 않겠습니다.\n근로자위원: 업무 공백이 없도록 해 주십시오.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_a_dismissal_denied_with_a_particle_between_noun_and_verb_still_reads_as_no_dismissal(classify):
    got = classify("사장은 간담회에서 물류센터 인력을 40명 줄이되 해고는 하지 않고 희망 부서로 재배치하겠다고 밝혔다.", "ko", MONDAY)
    assert got.type == T.OTHER


def test_a_korean_hiring_count_told_as_about_that_many_only_is_not_the_cut(classify):
    got = classify("회사는 생산직에 권고사직을 통보했다. 올해 연구 인력은 6명 정도만 새로 뽑는다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_a_voluntary_programme_listed_with_dismissals_and_both_denied_is_no_programme(classify):
    got = classify("사장: 올해 매장 인력을 50명 줄이겠습니다. 다만 희망퇴직이나 해고는 하지 않고 퇴직자 자리를 채우지 않겠습니다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, None)


def test_jobs_a_company_must_maintain_under_a_deal_are_not_the_cut(classify):
    got = classify("The city says the plant will close its paint shop, laying off workers there. Its tax deal obliged the company "
                   "to maintain at least 1,500 jobs in the county.", "en", MONDAY)
    assert got.headcount is None


def test_jobs_to_maintain_with_a_speakers_filler_between_are_still_not_the_cut(classify):
    got = classify("MAYOR: They will cut a third of the 900 jobs at the depot. The grant obliged them to maintain, um, at least "
                   "800 jobs here.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 300)


def test_a_chief_executive_saying_no_layoffs_are_being_planned_is_no_layoff(classify):
    got = classify("Analyst: Should we expect a reduction?\nCEO: No. We are not contemplating any layoffs at the Denver plant.",
                   "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


# --- a general truth put as a question ---------------------------------------------------------------------------------------


def test_a_reporters_general_truth_about_mergers_is_no_closure(classify):
    got = classify("REPORTER: Whenever two insurers combine, offices close and staff lose their jobs. Is that the plan?\n"
                   "CHAIR: No. Both head offices stay open.", "en", MONDAY)
    assert got.type == T.NOT_RESTRUCTURING


def test_a_habit_told_with_whenever_after_its_verb_does_not_hide_the_layoff_beside_it(classify):
    got = classify("The mill lays off workers whenever prices fall, and on Monday it laid off 120 workers.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)
