"""No count where the text states none (2026.11.27): the pool a voluntary measure is offered to, a workforce or a union's
membership, a share left vague ("the majority of its"), a day of a month, a benefit's terms or a hiring plan is not the
people affected. A pool's size stays the headcount of a stop or a closure, whose 대상 all stop; a count of those who took
an offer, and a target named beside the pool, stay counts. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.detection.headcount import headcount_mentions
from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


# --- a Korean pool told as its size -----------------------------------------------------------------------------------


def test_an_offers_pool_given_as_the_size_of_those_it_is_open_to_is_no_count(classify):
    text = ("한별증권이 희망퇴직을 받는다. 신청 대상은 1969년생부터 1973년생까지의 영업직원 1,300여 명이며, 신청은 "
            "다음 달 8일까지다.")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_the_ones_concerned_said_to_number_about_so_many_are_a_pool(classify):
    text = "가람제약이 창사 후 처음으로 희망퇴직을 시행한다. 대상은 근속 20년 이상 직원으로, 해당 인원은 약 650명 수준이다."
    assert classify(text, "ko", MONDAY).headcount is None


def test_a_pool_in_parentheses_after_the_criteria_is_no_count(classify):
    text = "[공지] 특별퇴직 실시 / 대상: 만 52세 이상 정규직(해당자 약 900명) / 신청 기간: 4월 1일~12일"
    assert classify(text, "ko", MONDAY).headcount is None


def test_staff_said_to_meet_the_conditions_to_apply_are_a_pool(classify):
    text = "누리생명이 희망퇴직 신청을 받는다. 업계에서는 신청 자격을 갖춘 직원이 300명 안팎일 것으로 본다."
    assert classify(text, "ko", MONDAY).headcount is None


def test_a_whole_plants_staff_offered_voluntary_retirement_are_its_pool(classify):
    text = "회사는 대구공장 문을 닫기로 하고 대구공장 직원 180명 전원을 대상으로 희망퇴직 신청을 받는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_pool_with_a_target_to_cut_keeps_the_target(classify):
    text = "한결카드가 희망퇴직을 받는다. 대상은 1,500명이며 회사는 이 가운데 250명을 줄이는 것을 목표로 하고 있다."
    assert classify(text, "ko", MONDAY).headcount == 250


def test_the_people_who_applied_from_a_pool_are_a_count(classify):
    text = "두리은행이 희망퇴직을 받은 결과 대상자 가운데 420명이 신청했다."
    assert classify(text, "ko", MONDAY).headcount == 420


def test_a_final_count_of_those_confirmed_is_a_count(classify):
    text = "보람조선이 사무직을 상대로 받은 희망퇴직의 최종 대상자는 275명으로 확정됐다."
    assert classify(text, "ko", MONDAY).headcount == 275


def test_the_ones_a_stop_is_put_on_are_the_people_affected(classify):
    text = "한누리부품이 수주 감소로 다음 달 1일부터 휴업에 들어간다. 대상은 생산직 160명이다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 160)


def test_a_closing_stores_whole_staff_named_as_its_targets_are_the_people_affected(classify):
    text = "본사가 수원점 폐점을 확정했다. 수원점 직원 64명 전원이 대상이며 일부는 인근 점포로 전환 배치된다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.CLOSURE, 64)


def test_the_dismissed_named_as_a_cuts_targets_are_a_count(classify):
    text = "대성기계가 경영난으로 정리해고를 실시한다. 정리해고 대상자는 48명이다."
    assert classify(text, "ko", MONDAY).headcount == 48


# --- a Korean workforce, a hiring plan, a benefit's terms ---------------------------------------------------------------


def test_a_company_told_as_a_kind_after_its_size_is_the_workforce_and_those_who_applied_the_count(classify):
    text = "매출 1조원, 직원 3,200명 규모의 한 식품 대기업이 처음으로 희망퇴직을 실시해 근속 15년 이상 직원 가운데 140명이 신청했다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, 140)


def test_a_cuts_size_before_a_company_it_is_told_of_is_still_the_count():
    text = "한솔전자는 생산직 200명 규모의 감원을 실시하는 회사 방침을 노조에 통보했다."
    assert [(m.low, m.role) for m in headcount_mentions(text, "ko")] == [(200, "affected")]


def test_the_current_staff_number_is_a_workforce(classify):
    text = "○○공단이 인력 구조조정을 예고했다. 방식은 정해지지 않았다. 공단 현원은 2,300명이다."
    assert classify(text, "ko", MONDAY).headcount is None


def test_a_staff_number_of_one_contract_type_is_a_workforce(classify):
    text = "○○백화점이 인력 구조조정에 착수한다. 규모는 노조와 협의한다. 직원 수는 정규직 4천여 명이다."
    assert classify(text, "ko", MONDAY).headcount is None


def test_a_hiring_plan_and_last_years_hires_are_not_the_people_affected():
    text = "공사의 올해 신규 채용 인원은 150명으로 지난해(220명)보다 줄었다."
    assert headcount_mentions(text, "ko") == []


def test_a_tuition_benefit_for_up_to_two_children_counts_no_staff():
    text = "희망퇴직자에게는 위로금과 자녀 학자금 최대 2명을 지원한다."
    assert headcount_mentions(text, "ko") == []


# --- English pools -----------------------------------------------------------------------------------------------------


def test_a_package_offered_to_eligible_employees_is_no_count(classify):
    text = "The paper maker has offered an early retirement package to 900 eligible employees aged 58 and over."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_buyouts_offered_to_all_of_a_companys_hourly_workers_are_no_count(classify):
    text = ("The automaker will offer cash buyouts and early retirement packages to all 31,000 of its hourly workers. It did "
            "not say how many it expects to leave.")
    assert classify(text, "en", MONDAY).headcount is None


def test_employees_who_meet_a_programs_criteria_are_its_pool(classify):
    text = ("Who can apply for the voluntary separation program? Salaried staff hired before 2015. Roughly 1,200 employees "
            "meet these criteria.")
    assert classify(text, "en", MONDAY).headcount is None


def test_associates_with_ten_years_of_service_who_are_eligible_are_a_pool(classify):
    text = ("The insurer announced a voluntary separation program. About 3,100 associates with at least ten years of service "
            "are eligible to take it.")
    assert classify(text, "en", MONDAY).headcount is None


def test_staff_invited_to_apply_for_voluntary_redundancy_are_a_pool(classify):
    text = "The lender has invited its 2,400 branch staff to apply for voluntary redundancy. Applications close in May."
    assert classify(text, "en", MONDAY).headcount is None


def test_the_number_who_accepted_a_buyout_is_a_count(classify):
    text = "About 4,200 hourly workers have accepted the automaker's buyout offer, the company said."
    assert classify(text, "en", MONDAY).headcount == 4200


# --- English workforces, vague shares and numbers that count no one --------------------------------------------------


def test_furloughing_the_majority_of_a_workforce_states_no_count(classify):
    text = "The retailer will furlough the majority of its roughly 80,000 employees after closing all of its stores."
    got = classify(text, "en", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, None)


def test_a_share_told_exactly_of_a_workforce_is_still_a_count(classify):
    text = "The retailer will furlough half of its 8,000 employees after closing its stores."
    assert classify(text, "en", MONDAY).headcount == 4000


def test_the_members_a_union_represents_are_a_workforce():
    (mention,) = headcount_mentions("The union, which represents about 2,700 nurses, asked for talks.", "en")
    assert mention.role == "workforce"


def test_a_day_of_the_month_before_a_clause_is_no_count():
    assert headcount_mentions("The walkout began Oct. 21 after union members rejected the offer.", "en") == []


def test_a_cap_in_weeks_then_a_sentence_about_staff_is_no_count():
    assert headcount_mentions("Pay is capped at 78 weeks. The staff union will review the terms.", "en") == []


def test_another_employers_cut_told_for_comparison_is_not_this_ones(classify):
    text = ("The health system said it will restructure its clinics this year. Others have gone further: one in the next "
            "county eliminated 350 clinical roles in March.")
    assert classify(text, "en", MONDAY).headcount is None


def test_counts_with_abbreviations_and_hyphenated_words_before_the_noun_are_still_counts():
    text = "The plant will lay off 1,250 U.S. workers and 300 year-round employees."
    # both read, and as two parts joined by "and" alone, summed (fresh36's round)
    assert [mention.low for mention in headcount_mentions(text, "en")] == [1550]
    text = "The plant will lay off 1,250 U.S. workers this year, then 300 year-round employees."
    assert [mention.low for mention in headcount_mentions(text, "en")] == [1250, 300]


def test_the_new_lower_cased_checks_find_what_their_case_insensitive_patterns_find():
    from earlywarn.domain.detection import uncounted

    befores = ["furlough the Majority of its roughly ", "MOST OF THEIR ", "which Represents about ", "steps: One across the line Eliminated ",
               "a rival cut ", "Competitors shed ", "the ſome of its ", "", " ", "of its "]
    for lowered in (uncounted._EN_VAGUE_SHARE_BEFORE, uncounted._EN_REPRESENTED_BEFORE, uncounted._EN_OTHER_EMPLOYER_BEFORE):
        for before in befores:
            assert lowered.found(before) == (lowered.pattern.search(before) is not None), (lowered.pattern.pattern, before)


def test_the_quick_gates_before_the_other_employer_and_vague_share_patterns_skip_only_what_they_would_not_match():
    from benchmarks.bench_detection import KNOWN_SPLITS, load_items
    from earlywarn.domain.detection import uncounted

    texts = [item.text for split in KNOWN_SPLITS for item in load_items(split) if item.lang == "en"]
    cases = ["Rivals: one Cut ", "a RIVAL SLASHED about ", "Other systems have gone further: one across the line eliminated ",
             "competitors\tlaid off ", "the ſome of its ", "Most OF\tTHEIR ", "", "cut "]
    befores = cases + [t[max(0, i - 60) : i] for t in texts for i in range(0, len(t), 7)]
    for before in befores:
        expected = uncounted._EN_OTHER_EMPLOYER_BEFORE.pattern.search(before) is not None
        assert uncounted._other_employers_cut(before) == expected, before
        near = before[-40:]
        vague = uncounted._EN_VAGUE_SHARE_BEFORE.pattern.search(near) is not None
        assert ("of" in near.lower() and uncounted._EN_VAGUE_SHARE_BEFORE.found(near)) == vague, before


# --- a vague plural ----------------------------------------------------------------------------------------------------


def test_hundreds_of_workers_laid_off_is_no_count_but_the_words_stay_in_the_evidence(classify):
    got = classify("Marlow Textiles will lay off hundreds of workers at its Dalton mill this spring.", "en", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)
    assert [e.text for e in got.evidence if e.field == "headcount_vague"] == ["hundreds of workers"]


def test_a_korean_vague_plural_is_no_count_either(classify):
    got = classify("한결섬유가 구미공장 직원 수십 명을 정리해고한다.", "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


# --- an earlier round's count alone --------------------------------------------------------------------------------------


def test_when_the_only_count_is_last_years_round_this_round_has_no_count(classify):
    text = "대림제지가 올해도 희망퇴직을 받는다. 작년엔 3백명 넘게 회사를 떠났다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)
