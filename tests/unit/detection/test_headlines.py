"""Headlines and feed items (fresh63's round): a headline's bare count cut at a place ("to lay off 85 at Tulsa plant", "RIF
hits ~40 in Support"), a wire flash written all in capitals, a headline in title case, a site closing on a weekday with no
"on" ("Mill closing Friday"), a quarter's end shortened to "Q3", a Korean headline's count cut by a day (연말까지 N명 정리),
a correction's arrow, and three kinds of no event or no denial: a cut told as how a kind of firm gets by, a title asking
what a law requires, a restructuring begun with a review. Sentences of our own (not the eval texts). The rules alone (see
conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

WEDNESDAY = date(2024, 3, 6)


# --- a headline's bare count, cut at a place -----------------------------------------------------------------------------


def test_a_bare_count_after_lay_off_cut_at_a_named_place_is_the_count(classify):
    got = classify("Norvale Plastics to lay off 85 at Tulsa plant by April 30", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 85)


def test_a_bare_count_cut_at_its_own_site_is_the_count(classify):
    got = classify("Brightwell Foods will lay off 64 at its bakery in Salem", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 64)


def test_bare_counts_by_state_are_summed(classify):
    got = classify("Kestrel Freight to lay off 120 in Iowa and 45 in Nebraska", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 165)


def test_a_reduction_in_force_that_hits_about_a_count_in_a_team_is_the_count(classify):
    got = classify("• Lumen Apps: RIF hits ~40 in Support, Design", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_a_bare_count_before_a_month_is_no_count(classify):
    got = classify("Harbor Mills to lay off 30 in January, union says", "en", WEDNESDAY)
    assert got.headcount is None


# --- a wire flash in capitals ----------------------------------------------------------------------------------------------


def test_a_flash_in_capitals_keeps_its_count_and_its_weekday(classify):
    text = "...DUNMORE BOX PLANT CLOSING FRIDAY — 160 WORKERS OUT OF JOBS ... WINDS EASING TOMORROW ..."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 160, date(2024, 3, 8))


def test_a_flash_in_capitals_keeps_its_month_and_day(classify):
    got = classify("BREAKING: CORVID TEXTILES TO LAY OFF 220 WORKERS EFFECTIVE APRIL 12", "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 220, date(2024, 4, 12))


def test_a_denial_in_capitals_is_still_no_event(classify):
    got = classify("ALDERTON MOTORS SAYS NO LAYOFFS ARE PLANNED", "en", WEDNESDAY)
    assert got.type is T.NOT_RESTRUCTURING


# --- a headline in title case ---------------------------------------------------------------------------------------------


def test_a_title_case_headline_keeps_its_count(classify):
    got = classify("Corvid Textiles To Lay Off 220 Workers At Macon Plant", "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 220)


def test_a_title_case_headline_over_a_sentence_case_body_keeps_the_bodys_day(classify):
    text = "Corvid Textiles Cuts 220 Jobs In Georgia\nThe company said the cuts take effect April 12."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 220, date(2024, 4, 12))


def test_the_lower_cased_words_of_a_title_case_headline_leave_its_names_alone():
    from earlywarn.domain.detection.shouted import untitled

    assert untitled("Corvid Textiles To Lay Off 220 Workers At Macon Plant\nBody.") == (
        "Corvid Textiles to lay off 220 workers at Macon plant\nBody."
    )


# --- a site closing on a weekday, no "on" -------------------------------------------------------------------------------


def test_a_plant_closes_friday_is_dated_the_coming_friday(classify):
    got = classify("Westbrook paper mill closes Friday; 140 workers lose jobs", "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2024, 3, 8))


# --- a quarter's end shortened -------------------------------------------------------------------------------------------


def test_end_of_q2_is_the_second_quarters_last_day(classify):
    got = classify("Halberd Insurance: 210 took the buyout, departures by end of Q2", "en", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 210, date(2024, 6, 30))


# --- a Korean headline's count cut by a day ------------------------------------------------------------------------------


def test_a_headlines_count_cut_by_year_end_is_dated_the_years_last_day(classify):
    got = classify("[단독] 가온전자, 국내 PC 사업 접고 공장 폐쇄…연말까지 1백40여명 정리", "ko", WEDNESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 140, date(2024, 12, 31))


def test_a_count_to_hire_by_year_end_is_no_leaving_day(classify):
    got = classify("새 주인 누리모터스, 공장 재가동…연말까지 200명 채용", "ko", WEDNESDAY)
    assert got.separation_date is None


# --- a correction's figure -----------------------------------------------------------------------------------------------


def test_the_count_after_a_corrections_arrow_is_the_count(classify):
    got = classify("[정정] 서진해운 희망퇴직 신청자 '180명'→'810명'", "ko", WEDNESDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 810)


def test_the_count_after_one_written_wrong_is_the_count(classify):
    text = "서진해운 희망퇴직 관련 기사에서 신청자 수를 180명으로 잘못 썼기에 810명으로 바로잡습니다."
    got = classify(text, "ko", WEDNESDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 810)


# --- talk of a trend, a law asked about, a restructuring begun ----------------------------------------------------------


def test_a_cut_told_as_how_a_kind_of_firm_gets_by_is_no_event(classify):
    got = classify("[사설] 명예퇴직으로 연명하는 카드사들, 해법은 있나", "ko", WEDNESDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_an_editorial_on_one_companys_buyout_is_still_the_event(classify):
    got = classify("[사설] 한솔통신 명예퇴직 400명, 청년 일자리로 돌아와야", "ko", WEDNESDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 400)


def test_a_title_asking_what_the_law_requires_is_an_explainer(classify):
    got = classify("Explainer: What the WARN Act requires before a plant closing", "en", WEDNESDAY)
    assert got.type is T.NOT_RESTRUCTURING


def test_a_report_saying_a_company_will_do_what_the_law_requires_is_still_the_event(classify):
    text = "Tamsin Foods will close its Erie plant and lay off 130 workers. It said it would do what the WARN Act requires."
    got = classify(text, "en", WEDNESDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 130)


def test_a_restructuring_begun_with_a_full_review_of_its_staff_is_other(classify):
    text = "[보도자료] 세진물산, 인력 구조 개편 착수 - 실적 부진에 조직 운용 전면 재검토…세부안은 내달 발표"
    got = classify(text, "ko", WEDNESDAY)
    assert got.type is T.OTHER


def test_a_restructuring_only_under_review_is_still_no_event(classify):
    got = classify("세진물산, 인력 구조조정 검토", "ko", WEDNESDAY)
    assert got.type is T.NOT_RESTRUCTURING
