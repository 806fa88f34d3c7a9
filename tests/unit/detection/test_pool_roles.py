"""One way to read pools (2026.11.27): every pool a count is told as (named before or after it, labeling a notice's
field, an eligibility field's conditions, an English offer's recipients) gets the role "pool", and pools.py alone
decides when that role counts: for a stop, a closure or a cut its size is the people affected, for an offer
(희망퇴직, buyouts) it is the pool eligible to apply, so no count. A form's workforce field is a workforce. Sentences of
our own (not the eval texts). The rules alone (see conftest.py)."""

from datetime import date

from earlywarn.domain.detection import pools
from earlywarn.domain.detection.headcount import headcount_mentions
from earlywarn.domain.notices import RestructuringType as T

MONDAY = date(2024, 3, 4)


def _roles(text: str, lang: str) -> list[tuple[int, str]]:
    return [(mention.low, mention.role) for mention in headcount_mentions(text, lang)]


# --- the one decision ---------------------------------------------------------------------------------------------------


def test_a_pools_size_counts_for_every_measure_but_an_offer():
    assert pools.POOL in pools.counted_roles(offer=False)
    assert pools.POOL not in pools.counted_roles(offer=True)
    assert "affected" in pools.counted_roles(offer=True)


def test_a_count_in_an_eligibility_field_is_given_the_pool_role_instead_of_being_dropped():
    text = "- 대상: 근속 10년 이상 사무직 (약 320명)\n- 신청 기간: 4월 1일~5일"
    assert _roles(text, "ko") == [(320, "pool")]


def test_an_english_offers_recipients_are_given_the_pool_role():
    assert _roles("The insurer offered early retirement to all 2,400 of its agents.", "en") == [(2400, "pool")]


# --- the eligibility field, now a pool like the others --------------------------------------------------------------------


def test_an_offers_eligibility_field_with_conditions_of_service_is_still_no_count(classify):
    text = ("[인사팀 공지] 희망퇴직 신청 안내\n- 대상: 근속 20년 이상 책임급 (약 540명)\n- 신청 기간: 3월 11일~15일")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_stops_field_naming_its_people_by_their_service_is_the_count_of_those_who_stop(classify):
    text = ("[공지] 수주 감소에 따른 휴업 실시\n- 대상: 입사 1년 이상 생산직 (약 90명)\n- 기간: 4월 1일~30일")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 90)


# --- a Korean count named as the ones a measure is for ---------------------------------------------------------------------


def test_a_restructuring_aimed_at_a_counted_group_takes_that_count(classify):
    text = "노조에 따르면 회사는 사무직 250여명을 대상으로 한 인력 구조조정을 연내 추진하겠다고 밝혔다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.OTHER, 250)


def test_an_offer_aimed_at_a_counted_group_stays_without_a_count(classify):
    text = "다온카드가 영업직 400명을 대상으로 희망퇴직 신청을 받는다."
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


# --- a notice's field labeled with the pool ------------------------------------------------------------------------------


def test_an_offers_note_giving_the_size_of_those_it_is_for_is_no_count(classify):
    text = ("특별퇴직 시행 안내\n1. 신청 대상: 1970년 이전 출생 직원\n  ※ 대상 인원 약 700명\n2. 신청 기간: 2024.4.1 ~ 4.5\n"
            "3. 퇴직일: 2024.4.30")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.VOLUNTARY_RETIREMENT, None)


def test_a_stop_plans_field_naming_its_workers_is_the_count_and_the_workplaces_staff_field_its_workforce(classify):
    text = ("고용유지조치 계획 (휴업)\n사업장: 한솔물류 / 상시근로자 240명\n1. 조치 기간: 2024.4.1 ~ 2024.5.31\n"
            "2. 대상 근로자: 상하차직 85명\n3. 휴업수당: 평균임금의 70%")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.SUSPENSION, 85)


def test_a_pool_label_after_a_cuts_word_stays_the_cuts_own_count(classify):
    text = "감원 계획서\n- 감원 대상 인원: 42명\n- 감원 사유: 주력 제품 단종"
    assert classify(text, "ko", MONDAY).headcount == 42


# --- a form's workforce fields --------------------------------------------------------------------------------------------


def test_a_dismissal_plans_workplace_size_field_is_the_workforce_though_the_next_field_names_the_dismissals(classify):
    text = ("해고 계획 신고\n■ 사업장: 대원정밀 / 상시근로자 수: 180명\n■ 해고 사유: 주문 감소\n■ 해고 예정 인원: 26명\n"
            "■ 해고 예정일: 2024년 5월 31일")
    got = classify(text, "ko", MONDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 26)


def test_a_groups_present_staff_in_parentheses_is_a_workforce_and_its_stated_share_the_count():
    text = "- 대상 조직: 지원본부 (현 인원 250명)\n- 규모: 지원본부 인원의 20%"
    roles = _roles(text, "ko")
    assert (250, "workforce") in roles and (50, "share") in roles


def test_the_dismissed_named_on_the_counts_own_line_are_still_the_people_affected():
    assert _roles("경영난으로 상시근로자 60명을 해고할 예정이다.", "ko") == [(60, "affected")]
