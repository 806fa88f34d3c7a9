"""Stories that develop (fresh26's round): follow-ups as a crisis center's intake sees them. A closing day postponed or
brought forward, the plan a follow-up changes, revised counts, a buyout round that fell short before dismissals, a
closure dropped for cuts, a programme called off, several companies' cuts summed, a judge approving a plan that cuts
jobs. Sentences of our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

NOTICE_DAY = date(2025, 4, 8)


# --- which of several dates is the current one ------------------------------------------------------------------------


def test_a_closing_day_postponed_is_the_new_day_not_the_one_first_planned(classify):
    text = "D마트 △△점 폐점 연기. 당초 이달 30일 문을 닫기로 했던 D마트 △△점의 영업 종료일이 8월 31일로 미뤄졌다. 직원 80여명의 거취는 미정이다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 8, 31))


def test_a_plant_closing_brought_forward_closes_on_the_earlier_day(classify):
    text = "한 부품업체가 창원공장 폐쇄 시기를 내년 3월에서 올해 9월 말로 앞당기기로 했다. 공장 직원 150명은 폐쇄와 함께 일자리를 잃는다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 150, date(2025, 9, 30))


def test_a_day_moved_from_is_not_the_day_moved_to(classify):
    text = "E사가 콜센터 폐쇄일을 기존 5월 31일에서 7월 31일로 두 달 늦춘다고 밝혔다. 상담원 40명은 이날 회사를 떠난다."
    assert classify(text, "ko", NOTICE_DAY).separation_date == date(2025, 7, 31)


def test_a_store_whose_business_ends_on_a_day_closes_that_day(classify):
    text = "오는 20일 영업 종료를 앞둔 F백화점 본점에서 직원 60명이 희망퇴직을 신청했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.VOLUNTARY_RETIREMENT, date(2025, 4, 20))


def test_a_site_kept_open_longer_than_first_planned_closes_on_the_new_day(classify):
    text = ("The maker has delayed the closing of its Kentucky assembly plant. The plant, originally set to close March 31, "
            "2026, will now remain open until Sept. 30, 2026. Its 300 workers will lose their jobs when it shuts.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.CLOSURE, 300, date(2026, 9, 30))


def test_people_who_take_a_buyout_and_leave_the_payroll_on_a_day_leave_that_day(classify):
    text = "About 800 employees have accepted the bank's voluntary separation offer. Those who signed will leave the payroll June 30."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 800, date(2025, 6, 30))



# --- an earlier event beside the new one; plans dropped or called off -----------------------------------------------


def test_dismissals_after_a_buyout_round_that_fell_short_are_a_layoff(classify):
    text = "희망퇴직 목표 못 채운 K여객, 80명 정리해고 통보. 세 차례 희망퇴직에도 신청자가 목표에 못 미치자 회사는 남은 인원 80명에게 해고를 통보했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)


def test_cuts_agreed_instead_of_a_plant_closure_are_a_layoff(classify):
    text = "공장 폐쇄 대신 인력 감원. 경남 공장 폐쇄를 추진하던 L화학이 노조와 협의해 공장을 유지하되 직원 45명을 감원하기로 했다."
    got = classify(text, "ko", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 45)


def test_a_buyout_programme_called_off_and_said_not_to_be_held_this_year_is_no_event(classify):
    text = "M생명 희망퇴직 계획 철회. M생명은 8일 임직원에게 \"올해는 희망퇴직을 실시하지 않는다\"고 알렸다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_hiring_roundup_naming_a_past_buyout_is_no_event(classify):
    text = "N은행은 올해 상반기 공채로 200여 명을 뽑는다. 재작년 희망퇴직으로 인력이 줄었던 O은행도 공채를 다시 연다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_buyout_leavers_summed_across_a_sectors_largest_companies_are_a_statistic(classify):
    text = "작년 4대 보험사에서 희망퇴직으로 회사를 떠난 직원은 1천5백여 명으로 집계됐다."
    assert classify(text, "ko", NOTICE_DAY).is_restructuring is False


def test_a_judge_approving_a_reorganization_plan_that_eliminates_positions_reports_the_cuts(classify):
    text = "A bankruptcy judge approved the chain's reorganization plan on Monday, which eliminates 220 store-support positions."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 220)


def test_a_judge_ruling_on_one_workers_dismissal_is_still_no_event(classify):
    text = "The judge ruled that the warehouse worker was laid off unlawfully and awarded back pay."
    assert classify(text, "en", NOTICE_DAY).is_restructuring is False


def test_a_cut_only_partly_made_by_leaving_vacancies_open_is_a_layoff(classify):
    text = "The utility will cut 400 jobs this year, the chief executive said. Some of the reductions will come from not filling vacancies."
    assert classify(text, "en", NOTICE_DAY).type is T.LAYOFF


def test_a_closure_of_a_mine_brought_forward_is_a_closure(classify):
    text = "The company has brought forward the closure of its Hunter Valley coal mine by two years; the mine will now shut by the end of October."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2025, 10, 31))


def test_options_listed_for_a_restructuring_leave_its_form_open(classify):
    text = "The board approved a restructuring of its finance team affecting about 60 roles. Options include redeployment, voluntary exits and compulsory redundancies."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.OTHER, 60)


# --- which of several counts is the current one; several companies in one text --------------------------------------


def test_an_amended_warn_notice_counts_the_layoffs_it_was_revised_to(classify):
    text = ("Call center amends WARN notice. The insurer has amended its WARN notice to the state labor department, cutting the "
            "number of layoffs from 130 to 95. About 25 workers took jobs at its other office, it said.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 95)


def test_a_settlement_that_reduces_the_planned_layoffs_counts_the_new_number(classify):
    text = "The union and the foundry agreed on Friday to reduce the planned layoffs at the Erie plant from 350 to 120."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 120)


def test_a_workforce_cut_from_one_size_to_another_is_not_read_as_a_revised_count(classify):
    # Not 320 (the people who stay); since 2026.11.28 the difference, the people who go (count_forms.py).
    text = "The mill will lay off workers this spring, shrinking its workforce from 500 to 320."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 180)


def test_cuts_at_several_companies_told_one_by_one_count_their_sum(classify):
    text = ("Three retailers announced job cuts on Monday: the grocer is cutting 600 jobs, the chemist chain 250 and the "
            "department store about 100 — in all, some 950 jobs.")
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 950)


def test_a_share_of_the_staff_named_just_before_as_them_is_the_headcount(classify):
    text = "A year after its first round of cuts, the agency told its remaining 240 staff on Monday that a third of them would be laid off."
    got = classify(text, "en", NOTICE_DAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 80)
