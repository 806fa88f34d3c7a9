from datetime import date

import pytest

from earlywarn.domain.cases import (
    CaseAction,
    CaseFacts,
    CaseState,
    InvalidTransition,
    allowed_actions,
    case_event_key,
    same_event,
    transition,
)
from earlywarn.domain.notices import RestructuringType as RT

S, A = CaseState, CaseAction

ALLOWED = [
    (S.WATCH, A.DETECT, S.DETECTED),
    (S.DETECTED, A.CONFIRM, S.CONFIRMED),
    (S.DETECTED, A.DISMISS, S.DISMISSED),
    (S.CONFIRMED, A.START_RESPONSE, S.RESPONDING),
    (S.RESPONDING, A.SEPARATION_PASSED, S.MONITORING),
    (S.MONITORING, A.CLOSE, S.CLOSED),
    (S.CLOSED, A.REOPEN, S.DETECTED),
    (S.DISMISSED, A.REOPEN, S.DETECTED),
]


@pytest.mark.parametrize(("state", "action", "expected"), ALLOWED)
def test_allowed_transitions_reach_the_next_state(state, action, expected):
    assert transition(state, action, reason="중복 아님 확인") == expected


FORBIDDEN = [
    (state, action)
    for state in S
    for action in A
    if (state, action) not in {(s, a) for s, a, _ in ALLOWED}
]


@pytest.mark.parametrize(("state", "action"), FORBIDDEN)
def test_every_other_transition_is_refused_in_korean_and_english(state, action):
    with pytest.raises(InvalidTransition) as error:
        transition(state, action, reason="any")
    assert "할 수 없습니다" in str(error.value)
    assert f"cannot take action '{action.value}'" in str(error.value)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_dismissing_without_a_reason_is_refused(reason):
    with pytest.raises(InvalidTransition, match="requires a reason"):
        transition(S.DETECTED, A.DISMISS, reason=reason)


def test_states_and_actions_accept_their_stored_string_values():
    assert transition("watch", "detect") is S.DETECTED


def test_allowed_actions_list_what_a_state_can_do():
    assert set(allowed_actions(S.DETECTED)) == {A.CONFIRM, A.DISMISS}
    assert allowed_actions(S.RESPONDING) == [A.SEPARATION_PASSED]


def facts(rtype=RT.VOLUNTARY_RETIREMENT, notice=None, separation=None, company="tata-daewoo"):
    return CaseFacts(company_key=company, type=rtype, notice_date=notice, separation_date=separation)


SAME_EVENT_CASES = [
    ("amended separation date a month later", facts(separation=date(2020, 10, 30)),
     facts(separation=date(2020, 11, 30)), True),
    ("voluntary retirement turning into layoffs", facts(separation=date(2020, 10, 30)),
     facts(RT.LAYOFF, separation=date(2020, 12, 15)), True),
    ("a second round a year later", facts(separation=date(2020, 10, 30)),
     facts(separation=date(2021, 10, 30)), False),
    ("another company", facts(separation=date(2020, 10, 30)),
     facts(company="oci", separation=date(2020, 10, 30)), False),
    ("a closure is a different event from a reduction", facts(separation=date(2020, 10, 30)),
     facts(RT.CLOSURE, separation=date(2020, 10, 30)), False),
    ("news without dates joins the open case", facts(separation=date(2020, 10, 30)), facts(), True),
    ("a notice date close to the earlier separation date", facts(notice=date(2020, 9, 1)),
     facts(notice=date(2020, 9, 20), separation=date(2020, 10, 30)), True),
]


@pytest.mark.parametrize(("label", "existing", "new", "expected"), SAME_EVENT_CASES,
                         ids=[c[0] for c in SAME_EVENT_CASES])
def test_same_event_groups_signals_of_one_company_event(label, existing, new, expected):
    assert same_event(existing, new) is expected


def test_same_event_does_not_split_an_event_across_a_calendar_boundary():
    december = facts(separation=date(2020, 12, 28))
    january = facts(separation=date(2021, 1, 4))
    assert same_event(december, january)


def test_the_window_is_configurable():
    first, second = facts(separation=date(2020, 1, 1)), facts(separation=date(2020, 3, 1))
    assert same_event(first, second, window_days=60)
    assert not same_event(first, second, window_days=30)


def test_case_event_key_names_company_type_family_and_date():
    assert case_event_key("oci", RT.VOLUNTARY_RETIREMENT, date(2020, 3, 31)) == "oci:reduction:2020-03-31"
    assert case_event_key("oci", RT.LAYOFF, None) == "oci:reduction:undated"
