"""A crisis center's intake 2025-2026 (fresh37's round): news, 8-K items, union statements, counseling-board and
community posts, Indian and UK English. A restructuring whose form is still one of several named is `other`; a month
named from the notice's ("지난달 말일자로", "이달 말까지만") and a reduction in force "to be completed by" date the leaving;
counts listed site after site are summed, an offer's pool told by its conditions is no count, jobs lost are counted by
개; a lay-off for a stated span is a stop; unnamed sources telling a cut under way and a post's own genre tag veto nothing.
Sentences of our own (not the eval texts). The rules alone (see conftest.py); the text model kept from rescuing an
executive's retirement or a new plant's jobs is tested with the model."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

from .conftest import detect_text

MONDAY = date(2024, 3, 4)


# --- a restructuring whose form is one of several named -----------------------------------------------------------


def test_roles_to_be_relocated_changed_or_made_redundant_are_a_restructuring_of_no_form_yet(classify):
    text = ("Northwood Assurance said it would start a restructuring affecting about 600 roles in Scotland. It said it "
            "was too early to say how many of the roles would be relocated, merged or made redundant.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 600)


def test_a_plant_relocated_to_another_town_is_still_a_closure(classify):
    text = "Baxley Tools will relocate its Dayton plant to Monterrey next year, affecting 210 workers."
    got = classify(text, "en", MONDAY)
    assert got.type == T.CLOSURE


def test_a_move_inside_the_company_or_a_cut_left_open_is_a_restructuring_of_no_form_yet(classify):
    text = ("회사는 물류 부문의 인력 재편을 추진한다고 노조에 통보했다. 그러나 재배치인지 감원인지도 정하지 않은 채 "
            "대상자 명단부터 요구했다.")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.OTHER


def test_the_ways_listed_with_which_one_still_open_are_a_restructuring_of_no_form_yet(classify):
    text = ("대성화재가 200명 규모의 인력 조정안을 노조에 전달했다. 희망퇴직, 계열사 전적, 순환 배치 가운데 어떤 방식을 "
            "쓸지는 아직 정하지 않았다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 200)


def test_a_buyout_whose_form_is_told_stays_a_buyout(classify):
    text = "대성화재가 근속 15년 이상 직원을 대상으로 희망퇴직을 받는다. 신청은 다음 달 8일까지다."
    got = classify(text, "ko", MONDAY)
    assert got.type == T.VOLUNTARY_RETIREMENT


# --- dates named from the notice's month and a reduction completed by a day --------------------------------------


def test_the_last_day_of_last_month_dates_the_leaving(classify):
    text = "한빛카드에서 희망퇴직으로 120명이 회사를 떠났다. 회사는 지난달 말일자로 이들의 퇴직 처리를 마쳤다."
    got = classify(text, "ko", date(2024, 8, 2))
    assert got.separation_date == date(2024, 7, 31)


def test_a_closing_heard_from_the_boss_until_the_end_of_this_month_dates_it(classify):
    text = "사장님이 이번 달 말까지만 가게 운영하고 폐업한대요. 직원 12명 모두 그만둬야 한대요."
    got = classify(text, "ko", date(2024, 9, 10))
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 9, 30))


def test_last_months_application_window_is_no_leaving_day(classify):
    text = "한빛카드가 희망퇴직을 실시한다. 신청은 지난달 말까지 받았으며 퇴직 인원은 아직 집계 중이다."
    got = classify(text, "ko", date(2024, 8, 2))
    assert got.separation_date is None


def test_a_reduction_in_force_to_be_completed_by_a_day_dates_the_leaving(classify):
    text = ("On May 2, 2025, the Board approved a reduction in force of about 20% of the Company's employees. The "
            "Company expects the reduction in force to be completed by June 27, 2025.")
    got = classify(text, "en", date(2025, 5, 5))
    assert (got.type, got.separation_date) == (T.LAYOFF, date(2025, 6, 27))


# --- counts: sites listed after a participle, an offer's pool by its conditions, jobs by 개 ------------------------


def test_roles_going_at_three_named_sites_are_one_sum(classify):
    text = ("Harbour Energy Retail will close two billing centres by the end of June, with 120 roles going in Derby, "
            "75 in Swansea and 40 in Belfast.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 235)


def test_counts_in_two_months_are_not_sites(classify):
    text = "The mill laid off 300 workers in March, 20 in April and more are expected."
    got = classify(text, "en", MONDAY)
    assert got.headcount == 300


def test_employees_of_an_age_and_service_eligible_for_a_buyout_are_its_pool(classify):
    text = ("The bank announced a voluntary early retirement program. About 2,300 employees who are at least 57 years of "
            "age and have 15 or more years of service may apply until May 30.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_jobs_counted_by_gae_that_disappear_are_the_count(classify):
    text = "대한제지가 청주 공장을 연말에 폐쇄한다. 이에 따라 공장 일자리 230개가 사라진다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 230)


def test_jobs_a_plant_creates_are_no_count_of_the_affected(classify):
    text = "대한제지가 청주 공장을 연말에 폐쇄하고 세종에 새 공장을 지어 일자리 300개를 만든다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, None)


# --- an Indian lay-off for a stated span, a cut under way told by unnamed sources, a post's own genre tag ---------


def test_an_indian_lay_off_for_a_stated_number_of_days_is_a_suspension(classify):
    text = ("Surat: Textile processor Lakshmi Dyeing has declared a lay-off of 450 workers for 21 days from Monday, "
            "citing a shortage of orders. Laid-off workers will receive half their wages under the Industrial Disputes Act.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 450)


def test_laying_off_workers_for_two_weeks_is_a_suspension(classify):
    text = "The sawmill will lay off 140 workers for three weeks while the kiln is rebuilt."
    got = classify(text, "en", MONDAY)
    assert got.type == T.SUSPENSION


def test_a_cut_under_way_told_by_people_familiar_is_reported(classify):
    text = ("Parcel carrier Bluestar is laying off hundreds of sorters at its Ohio hubs, according to people familiar "
            "with the matter.")
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_a_plan_weighed_by_people_familiar_is_still_speculation(classify):
    text = "Bluestar plans to cut about 400 jobs next year, according to people familiar with the matter."
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


def test_a_community_posts_own_genre_tag_does_not_veto_what_it_tells(classify):
    text = ("[직장인 커뮤니티 게시글] 저희 회사도 희망퇴직 받는대요\n오늘 인사팀 공지 떴어요. 근속 15년 이상이면 신청 가능하고 "
            "이번 달 말까지 내래요.")
    got = classify(text, "ko", MONDAY)
    assert got.type == T.VOLUNTARY_RETIREMENT


def test_a_post_quoted_as_hearsay_still_vetoes(classify):
    text = "익명 게시글에 회사가 희망퇴직을 받는다는 글이 올라왔다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


# --- with the rules alone: a paper folded, the writer's team cut, a reorganisation with no cuts, an asker's workplace --


def test_a_newspaper_that_folds_is_a_closure(classify):
    text = "지역 주간지 남해신보가 창간 20년 만에 폐간한다. 직원 18명은 이달 말 모두 회사를 떠난다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 18)


def test_a_paper_once_threatened_with_folding_is_no_closure(classify):
    text = "폐간 위기를 넘긴 남해신보가 올해 기자 3명을 새로 뽑았다."
    got = classify(text, "ko", MONDAY)
    assert not got.is_restructuring


def test_cutting_our_whole_team_is_a_layoff(classify):
    text = "They just told us they're cutting our entire support team, 9 of us, and moving it offshore."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 9)


def test_cutting_our_teams_budget_is_no_layoff(classify):
    text = "Finance is cutting our team budget again this quarter, so no offsite."
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


def test_a_reorganisation_that_would_not_result_in_job_cuts_is_no_event(classify):
    text = ("The insurer has merged its claims and underwriting units into one division. A spokesperson said the change "
            "would not result in any job cuts.")
    got = classify(text, "en", MONDAY)
    assert not got.is_restructuring


def test_an_askers_workplace_told_by_its_size_is_no_count_of_the_affected(classify):
    text = "My employer has 60 workers and is laying off 25 of us in April. Is that a mass layoff?"
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 25)


# --- the text model kept from rescuing what the rules can name as something else ----------------------------------


def test_the_model_does_not_rescue_one_executives_retirement(with_model, directory):
    got = _detect(with_model, directory, "Norvale Foods said its chief financial officer will retire at the end of "
                  "September and will be succeeded by its treasurer.", "en")
    assert not got.is_restructuring
    assert any(item.field == "veto:no_rescue" for item in got.evidence)


def test_the_model_does_not_rescue_jobs_a_new_plant_creates(with_model, directory):
    got = _detect(with_model, directory, "Battery maker Kestrel Cells will build a plant near Pune, creating about "
                  "2,500 jobs by 2028.", "en")
    assert not got.is_restructuring
    assert any(item.field == "veto:no_rescue" for item in got.evidence)


def test_a_closure_found_by_the_rules_stands_beside_a_retirement(with_model, directory):
    got = _detect(with_model, directory, "Norvale Foods will close its Leeds bakery in May; separately, its chief "
                  "financial officer will retire in June.", "en")
    assert got.type == T.CLOSURE


def _detect(rules, directory, text: str, lang: str):
    return detect_text(rules, directory, text, lang, MONDAY, today=MONDAY)
