"""The case: one company event that the crisis center responds to.

Pure: the state machine and the rule that decides whether a new signal belongs to an existing
case. The database keeps one case per (company, event); `same_event` decides what "event" means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from earlywarn.domain.notices import RestructuringType


class CaseState(StrEnum):
    WATCH = "watch"
    DETECTED = "detected"
    CONFIRMED = "confirmed"
    RESPONDING = "responding"
    MONITORING = "monitoring"
    CLOSED = "closed"
    DISMISSED = "dismissed"


class CaseAction(StrEnum):
    DETECT = "detect"  # an official notice or a strong signal arrived
    CONFIRM = "confirm"  # staff confirmed
    DISMISS = "dismiss"  # staff dismissed (reason required)
    START_RESPONSE = "start_response"  # the counseling plan started
    SEPARATION_PASSED = "separation_passed"
    CLOSE = "close"
    REOPEN = "reopen"  # a new signal on a closed or dismissed case


STATE_LABELS_KO: dict[CaseState, str] = {
    CaseState.WATCH: "관찰",
    CaseState.DETECTED: "감지",
    CaseState.CONFIRMED: "확인",
    CaseState.RESPONDING: "대응 중",
    CaseState.MONITORING: "사후 관리",
    CaseState.CLOSED: "종결",
    CaseState.DISMISSED: "기각",
}

TRANSITIONS: dict[tuple[CaseState, CaseAction], CaseState] = {
    (CaseState.WATCH, CaseAction.DETECT): CaseState.DETECTED,
    (CaseState.DETECTED, CaseAction.CONFIRM): CaseState.CONFIRMED,
    (CaseState.DETECTED, CaseAction.DISMISS): CaseState.DISMISSED,
    (CaseState.CONFIRMED, CaseAction.START_RESPONSE): CaseState.RESPONDING,
    (CaseState.RESPONDING, CaseAction.SEPARATION_PASSED): CaseState.MONITORING,
    (CaseState.MONITORING, CaseAction.CLOSE): CaseState.CLOSED,
    (CaseState.CLOSED, CaseAction.REOPEN): CaseState.DETECTED,
    (CaseState.DISMISSED, CaseAction.REOPEN): CaseState.DETECTED,
}

ACTIONS_NEEDING_REASON = frozenset({CaseAction.DISMISS})


class InvalidTransition(ValueError):
    def __init__(self, state: CaseState, action: CaseAction, why_ko: str, why_en: str) -> None:
        self.state = state
        self.action = action
        super().__init__(f"{why_ko} / {why_en}")


def transition(state: CaseState, action: CaseAction, *, reason: str | None = None) -> CaseState:
    """The state after `action`, or `InvalidTransition` with a Korean and English message."""
    state, action = CaseState(state), CaseAction(action)
    target = TRANSITIONS.get((state, action))
    if target is None:
        raise InvalidTransition(
            state,
            action,
            f"'{STATE_LABELS_KO[state]}' 상태의 사례에는 '{action.value}' 처리를 할 수 없습니다",
            f"a case in state '{state.value}' cannot take action '{action.value}'",
        )
    if action in ACTIONS_NEEDING_REASON and not (reason and reason.strip()):
        raise InvalidTransition(
            state,
            action,
            "사례를 기각하려면 사유를 입력해야 합니다",
            "dismissing a case requires a reason",
        )
    return target


def allowed_actions(state: CaseState) -> list[CaseAction]:
    return [action for (source, action) in TRANSITIONS if source == state]


# Types that describe the same kind of workforce reduction: a voluntary-retirement round that
# turns into layoffs is still one event for the workers and the counselors.
TYPE_FAMILIES: dict[RestructuringType, str] = {
    RestructuringType.VOLUNTARY_RETIREMENT: "reduction",
    RestructuringType.LAYOFF: "reduction",
    RestructuringType.CLOSURE: "closure",
    RestructuringType.SUSPENSION: "suspension",
    RestructuringType.OTHER: "other",
    RestructuringType.NOT_RESTRUCTURING: "none",
}


def type_family(rtype: RestructuringType | str) -> str:
    try:
        return TYPE_FAMILIES[RestructuringType(rtype)]
    except ValueError:
        return "other"


@dataclass(frozen=True)
class CaseFacts:
    company_key: str
    type: RestructuringType
    notice_date: date | None = None
    separation_date: date | None = None

    def anchor_date(self) -> date | None:
        """The date that places the event in time: separation when known, else notice."""
        return self.separation_date or self.notice_date


def same_event(existing: CaseFacts, new: CaseFacts, *, window_days: int = 120) -> bool:
    """Whether `new` is another signal of the `existing` company event.

    Same company, same type family, and dates within `window_days` of each other (comparing
    separation dates when both have one, else any known dates). Fixed calendar buckets would split
    an event that straddles a bucket edge; a distance window does not. Unknown dates on either
    side mean we cannot tell them apart, so the signal joins the existing case.
    """
    if existing.company_key != new.company_key:
        return False
    if type_family(existing.type) != type_family(new.type):
        return False
    return _dates_within(existing, new, window_days)


def _dates_within(existing: CaseFacts, new: CaseFacts, window_days: int) -> bool:
    if existing.separation_date and new.separation_date:
        return abs((existing.separation_date - new.separation_date).days) <= window_days
    old_dates = [d for d in (existing.notice_date, existing.separation_date) if d]
    new_dates = [d for d in (new.notice_date, new.separation_date) if d]
    if not old_dates or not new_dates:
        return True
    closest = min(abs((a - b).days) for a in old_dates for b in new_dates)
    return closest <= window_days


def case_event_key(company_key: str, rtype: RestructuringType | str, anchor: date | None) -> str:
    """A readable business key for a case, fixed when the case is opened.

    It names the event (company, type family, first known date); it is not used to match new
    signals — `same_event` does that — so a later signal that joins the case keeps this key.
    """
    when = anchor.isoformat() if anchor else "undated"
    return f"{company_key}:{type_family(rtype)}:{when}"
