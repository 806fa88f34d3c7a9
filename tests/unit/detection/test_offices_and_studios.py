"""Technology, finance, media and games (fresh40's round): channels that go dark, papers that stop for good, news sites and
service desks that shut, startups that end their company's operation, cuts made through a voluntary programme, and the
hard negatives of the same world (a studio's winter break, hiring that refills a past cut, a sector's cuts told as why
figures moved). A closure's layoffs are part of it. Sentences of our own (not the eval texts). The rules alone (see
conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- media and offices closing: a closure's layoffs are part of it ----------------------------------------------------


def test_a_channel_that_goes_dark_with_its_staff_losing_their_jobs_is_a_closure_dated_by_the_day(classify):
    text = ("Regional sports channel to go dark on June 28\n"
            "A regional sports channel will stop broadcasting on June 28 after its owner lost a rights deal. About 85 "
            "employees will lose their jobs when the channel goes dark.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 85, date(2024, 6, 28))


def test_a_station_that_stops_broadcasting_on_a_day_gives_that_day(classify):
    text = "The community radio station will stop broadcasting on May 31, and its 12 staff will be made redundant."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 5, 31))


def test_a_channel_that_stops_airing_one_show_is_no_closure(classify):
    text = "The channel will stop broadcasting the late-night show in April and move it online."
    got = classify(text, "en", MONDAY)
    assert got.type != T.CLOSURE


def test_a_news_site_that_shuts_down_and_lays_off_its_writers_is_a_closure(classify):
    text = "Local news site shuts down, lays off its six reporters\nThe site has stopped publishing after its funder pulled out."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_a_service_desk_closed_with_its_staff_made_redundant_is_a_closure(classify):
    text = ("An outsourcing firm will close its Cardiff service desk on 30 September after losing a contract. The firm "
            "said 130 staff would be made redundant.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 130, date(2024, 9, 30))


def test_a_printing_line_shut_down_is_no_paper_closing(classify):
    text = "The mill will lay off 140 workers as the slump shut down printing of catalogs and magazines."
    got = classify(text, "en", MONDAY)
    assert got.type == T.LAYOFF


def test_a_paper_that_ceases_publication_for_good_with_its_staff_is_a_closure(classify):
    text = "주간지 ○○저널이 다음 달 15일자를 끝으로 폐간한다. 기자 등 직원 18명은 폐간과 함께 일자리를 잃는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 18)


def test_a_paper_only_threatened_with_closing_is_no_closure(classify):
    text = "광고 급감으로 지역 주간지들이 폐간 위기에 몰렸다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_a_channel_that_ends_its_broadcasting_at_midnight_is_a_closure_on_that_day(classify):
    text = "홈쇼핑 채널 ○○플러스가 6월 30일 자정을 끝으로 방송을 종료한다. 운영사는 제작 인력과의 계약을 정리할 예정이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 6, 30))


def test_a_startup_that_ends_its_service_and_company_operation_is_a_closure(classify):
    text = ("[알림] 서비스 및 회사 운영 종료 안내\n투자 유치가 무산되면서 저희는 5월 31일을 끝으로 서비스와 법인 운영을 모두 "
            "종료하기로 했습니다. 함께 일한 직원 21명 모두와 작별하게 되었습니다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 5, 31))


def test_a_company_operation_paused_for_a_while_is_no_closure(classify):
    text = "회사는 시스템 점검을 위해 이틀간 서비스 운영을 잠시 멈춘다고 공지했다."
    got = classify(text, "ko", MONDAY)
    assert got.type != T.CLOSURE


# --- cuts through a voluntary programme ------------------------------------------------------------------------------


def test_a_cut_of_a_share_of_staff_through_a_voluntary_redundancy_scheme_is_a_voluntary_retirement(classify):
    text = ("Broadband provider to shed a fifth of its engineers\nThe provider said it would cut a fifth of its 900 field "
            "engineers through a voluntary redundancy scheme as repairs move to remote diagnostics.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 180)


def test_staff_cut_by_a_share_through_honorary_retirement_is_a_voluntary_retirement(classify):
    text = "△△생명, 직원 15% 희망퇴직으로 감축\n△△생명이 전체 직원 2,000명의 15%가량을 희망퇴직으로 줄이기로 했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 300)


def test_staff_cut_without_a_programme_named_stays_a_layoff(classify):
    text = "△△증권이 인력 10%를 연말까지 감축한다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.LAYOFF


# --- shares and ranges -----------------------------------------------------------------------------------------------


def test_half_of_a_stated_workforce_told_to_resign_is_that_many(classify):
    text = "에듀테크 업체 ○○가 전체 직원 80명 가운데 절반에게 권고사직을 통보했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 40)


def test_a_cut_of_a_range_of_percent_of_employees_is_a_layoff_with_no_count(classify):
    text = "The asset manager plans to cut between 4% and 6% of its employees in its annual review, it said."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_a_cut_of_a_dashed_range_of_percent_of_staff_is_a_layoff(classify):
    text = "The exchange will cut 5-8% of its staff this year, its chief executive said."
    got = classify(text, "en", MONDAY)
    assert got.type == T.LAYOFF


# --- negatives of the same world -------------------------------------------------------------------------------------


def test_a_studio_closing_its_offices_for_its_winter_break_is_no_closure(classify):
    text = ("Game studio to close offices for holiday break\nThe studio will close its offices from Dec. 23 to Jan. 3 for "
            "its annual holiday shutdown, giving all 250 employees paid time off.")
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


def test_a_studio_that_closes_for_good_after_its_winter_break_is_a_closure(classify):
    text = "The studio will close permanently after its winter break, and its 60 staff will be laid off."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_staff_put_on_unpaid_leave_during_a_holiday_shutdown_is_still_a_stop(classify):
    text = "The publisher will place 120 staff on unpaid leave during the holiday shutdown to save costs."
    got = classify(text, "en", MONDAY)
    assert got.type == T.SUSPENSION


def test_hiring_that_refills_staff_a_past_buyout_reduced_is_no_event(classify):
    text = ("○○증권이 올해 신입사원 120명을 공개 채용한다. 회사 측은 \"지난해 희망퇴직으로 줄어든 인력을 IT 인재로 "
            "충원하겠다\"고 설명했다.")
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_a_sectors_cuts_told_as_why_the_figures_fell_are_no_event(classify):
    text = ("통계에 따르면 지난달 출판업 취업자는 1년 전보다 4천명 줄었다. 업계에서는 중소 출판사들의 감원 확산이 영향을 "
            "미친 것으로 본다.")
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring
