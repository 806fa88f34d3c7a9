"""Respond: turn restructuring detections into cases, plans, enrollments and queued alerts.

One case per company event: a second notice about the same event attaches to the open case. A notice its employer
withdrew (rescinded, cancelled, 철회: detected with the signal warn_withdrawn) opens no case: it attaches to the open
case of the same event, which it marks on the timeline ('notice_withdrawn') and tells the case's counselors about,
leaving the case open for staff to decide.
Every action is written to the case timeline; every alert goes to the outbox in the same commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseNoticeRow, CaseRow, CompanyRow, DetectionRow, NoticeRow, SignalRow, TimelineRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.cases import CaseAction, CaseFacts, CaseState, case_event_key, same_event, transition
from earlywarn.domain.notices import RestructuringType
from earlywarn.domain.thresholds import ThresholdFacts, evaluate_rules
from earlywarn.services import alert_context
from earlywarn.services.outbox import Messaging, enqueue
from earlywarn.services.plan import PlanningConfig, PlanOutcome, plan_case

CLOSED_STATES = (CaseState.CLOSED.value, CaseState.DISMISSED.value)


@dataclass
class ResponseConfig:
    planning: PlanningConfig
    messaging: Messaging
    thresholds: dict
    event_window_days: int = 120

    def region_name(self, code: str | None) -> str:
        return self.planning.counselors.regions.get(code or "", code or "-")


@dataclass
class RespondResult:
    examined: int = 0
    cases_opened: int = 0
    notices_attached: int = 0
    sessions_planned: int = 0
    overflow: int = 0
    enrollments: int = 0
    alerts_queued: int = 0
    watches_opened: int = 0
    notices_withdrawn: int = 0  # withdrawn notices attached to the open case of their event
    case_ids: list[int] = field(default_factory=list)

    def add(self, other: "RespondResult") -> None:
        """Fold another batch's result into this one (case ids once each)."""
        for counter in fields(self):
            if counter.name != "case_ids":
                setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))
        self.case_ids += [c for c in other.case_ids if c not in self.case_ids]

    def add_plan(self, outcome: PlanOutcome) -> None:
        self.sessions_planned += outcome.sessions
        self.overflow += outcome.overflow
        self.enrollments += outcome.enrollments
        self.alerts_queued += outcome.alerts


def pending_detections(uow: UnitOfWork, limit: int) -> list[DetectionRow]:
    # in notice order, not detection order: detections written side by side (parallel detection tasks,
    # concurrent runs) must open and anchor the same cases as one run classifying notice after notice
    query = (
        select(DetectionRow).where(DetectionRow.handled.is_(False))
        .order_by(DetectionRow.notice_id, DetectionRow.id).limit(limit)
    )
    return list(uow.session.scalars(query))


def respond_batch(uow: UnitOfWork, detections: list[DetectionRow], config: ResponseConfig, *, now: datetime) -> RespondResult:
    result = RespondResult()
    withdrawn = _WithdrawnCompanies()
    for detection in detections:
        result.examined += 1
        if detection.is_restructuring and detection.company_id is not None:
            case_id = _respond_to(uow, detection, config, now, result, withdrawn)
            if case_id not in result.case_ids:
                result.case_ids.append(case_id)
        elif detection.company_id is not None and is_withdrawal(detection):
            case_id = _respond_to_withdrawal(uow, detection, config, now, result)
            if case_id is not None and case_id not in result.case_ids:
                result.case_ids.append(case_id)
        detection.handled = True
    return result


def _respond_to(uow: UnitOfWork, detection: DetectionRow, config: ResponseConfig, now: datetime, result: RespondResult,
                withdrawn: "_WithdrawnCompanies") -> int:
    notice, company, facts, case = _open_case_of_event(uow, detection, config)
    if case is not None:
        if _attach(uow, case, detection, notice, now):
            result.notices_attached += 1
            _evaluate_legal_rules(case, config.thresholds)
    elif (ended := _ended_case(uow, company.id, facts, config.event_window_days)) is not None:
        case = _reopen(uow, ended, detection, notice, now)
    else:
        watched = _watched_case(uow, company.id)
        case = _promote_watch(uow, watched, detection, notice, now) if watched else _open_case(uow, detection, notice, company, facts, now)
        result.cases_opened += 1
        _evaluate_legal_rules(case, config.thresholds)
        context = alert_context.case_opened(case, company, region_name=config.region_name(case.region), source=notice.source)
        result.alerts_queued += enqueue(uow, config.messaging, kind="case_opened", subject=f"case-{case.id}", context=context, now=now, case_id=case.id)
        if withdrawn.any_for(uow, company.id):
            _earlier_withdrawals(uow, case, company, config, now, result)
    result.add_plan(plan_case(uow, case, company, config.planning, config.messaging, now=now))
    return case.id


def _open_case_of_event(uow: UnitOfWork, detection: DetectionRow,
                        config: ResponseConfig) -> tuple[NoticeRow, CompanyRow, CaseFacts, CaseRow | None]:
    """What handling a detection and a withdrawal begin with: the detection's notice, company and event, and the open
    case of that event (the same-event test of any attached notice), None when there is none."""
    notice = uow.session.get(NoticeRow, detection.notice_id)
    company = uow.session.get(CompanyRow, detection.company_id)
    facts = _event_facts(company, detection, notice)
    return notice, company, facts, _find_open_case(uow, company.id, facts, config.event_window_days)


WITHDRAWN_SIGNAL = "warn_withdrawn"


def is_withdrawal(detection: DetectionRow) -> bool:
    """A withdrawn official notice (detection.tabular): not a restructuring, the signal warn_withdrawn."""
    return WITHDRAWN_SIGNAL in ((detection.result or {}).get("signals") or ())


def _respond_to_withdrawal(uow: UnitOfWork, detection: DetectionRow, config: ResponseConfig, now: datetime,
                           result: RespondResult) -> int | None:
    """Attach a withdrawn notice to the open case of its event (the same-event test of any notice), write
    'notice_withdrawn' on its timeline and alert the case's counselors; the case stays open (staff decide). With
    no open case of the event there is nothing to tell: a withdrawal alone opens no case."""
    notice, company, _, case = _open_case_of_event(uow, detection, config)
    if case is None:
        return None
    _withdraw(uow, case, company, detection, notice, config, now, result)
    return case.id


class _WithdrawnCompanies:
    """The companies with a withdrawn notice (its warn_withdrawn signal), read once per batch and only when a case
    opens: detections have no index by company, so only their companies' detections are looked through."""

    def __init__(self) -> None:
        self._ids: set[int] | None = None

    def any_for(self, uow: UnitOfWork, company_id: int) -> bool:
        if self._ids is None:
            self._ids = set(uow.session.scalars(select(SignalRow.company_id).where(SignalRow.kind == WITHDRAWN_SIGNAL).distinct()))
        return company_id in self._ids


def _earlier_withdrawals(uow: UnitOfWork, case: CaseRow, company: CompanyRow, config: ResponseConfig, now: datetime,
                         result: RespondResult) -> None:
    """A case just opened whose withdrawal came first (a file listing the newest notice first, the rescission read
    before the notice it withdraws): that withdrawal, handled with no case to tell, is told to this one now."""
    query = (select(DetectionRow).where(DetectionRow.company_id == company.id, DetectionRow.is_restructuring.is_(False),
                                        DetectionRow.handled.is_(True)).order_by(DetectionRow.notice_id))
    opened = _case_event(company.key, case)
    for detection in uow.session.scalars(query):
        if not is_withdrawal(detection):
            continue
        notice = uow.session.get(NoticeRow, detection.notice_id)
        facts = _event_facts(company, detection, notice)
        if same_event(opened, facts, window_days=config.event_window_days):
            _withdraw(uow, case, company, detection, notice, config, now, result)


def _withdraw(uow: UnitOfWork, case: CaseRow, company: CompanyRow, detection: DetectionRow, notice: NoticeRow,
              config: ResponseConfig, now: datetime, result: RespondResult) -> None:
    if _link_notice(uow, case, notice):
        case.updated_at = now
        add_timeline(uow, case.id, now, "earlywarn", "notice_withdrawn",
                     {"notice_id": notice.id, "detection_id": detection.id, "notice_date": _iso(notice.notice_date)})
        result.notices_withdrawn += 1
    # one alert per case and tag however many notices withdraw the event (a re-run or a second copy adds none)
    context = alert_context.notice_withdrawn(case, company, region_name=config.region_name(case.region),
                                             source=notice.source, withdrawn_on=notice.notice_date)
    result.alerts_queued += enqueue(uow, config.messaging, kind="notice_withdrawn", subject=f"case-{case.id}",
                                    context=context, now=now, case_id=case.id)


def _event_facts(company: CompanyRow, detection: DetectionRow, notice: NoticeRow) -> CaseFacts:
    """The event a detection reports, as the same-event test compares it."""
    return CaseFacts(company.key, RestructuringType(detection.type), notice.notice_date, detection.separation_date)


def _case_event(company_key: str, case: CaseRow) -> CaseFacts:
    """The event a case is about, as the same-event test compares it."""
    return CaseFacts(company_key, RestructuringType(case.type), case.notice_date, case.separation_date)


def _find_open_case(uow: UnitOfWork, company_id: int, facts: CaseFacts, window_days: int) -> CaseRow | None:
    query = select(CaseRow).where(CaseRow.company_id == company_id, CaseRow.state.not_in(CLOSED_STATES)).order_by(CaseRow.id)
    cases = list(uow.session.scalars(query))
    for case in cases:
        if case.state == CaseState.WATCH.value:
            continue
        existing = _case_event(facts.company_key, case)
        if same_event(existing, facts, window_days=window_days):
            return case
    return None


def _ended_case(uow: UnitOfWork, company_id: int, facts: CaseFacts, window_days: int) -> CaseRow | None:
    """A closed or dismissed case of the same event: a new signal reopens it rather than starting over."""
    query = select(CaseRow).where(CaseRow.company_id == company_id, CaseRow.state.in_(CLOSED_STATES)).order_by(CaseRow.id.desc())
    for case in uow.session.scalars(query):
        existing = _case_event(facts.company_key, case)
        if same_event(existing, facts, window_days=window_days):
            return case
    return None


def _reopen(uow, case: CaseRow, detection: DetectionRow, notice: NoticeRow, now) -> CaseRow:
    """The earlier decision stays on the timeline; the new notice is why the case is open again."""
    before = case.state
    case.state = transition(CaseState(before), CaseAction.REOPEN).value
    case.updated_at = now
    _attach(uow, case, detection, notice, now)
    add_timeline(uow, case.id, now, "earlywarn", "reopen", {"from": before, "notice_id": notice.id})
    return case


def _watched_case(uow: UnitOfWork, company_id: int) -> CaseRow | None:
    query = select(CaseRow).where(CaseRow.company_id == company_id, CaseRow.state == CaseState.WATCH.value).order_by(CaseRow.id)
    return uow.session.scalars(query).first()


def _open_case(uow, detection: DetectionRow, notice: NoticeRow, company: CompanyRow, facts: CaseFacts, now) -> CaseRow:
    found = detection.result
    key = case_event_key(company.key, facts.type, facts.anchor_date())
    state = transition(CaseState.WATCH, CaseAction.DETECT)
    uow.insert_ignoring_duplicates(
        CaseRow,
        [
            dict(
                event_key=key,
                company_id=company.id,
                type=detection.type,
                state=state.value,
                region=found.get("region") or notice.region,
                jurisdiction=found.get("jurisdiction"),
                headcount=detection.headcount,
                notice_date=notice.notice_date,
                separation_date=detection.separation_date,
                legal=[],
                evidence=_merge_evidence([], found.get("evidence", [])),
                opened_at=now,
                updated_at=now,
            )
        ],
        unique=("event_key",),
    )
    case = uow.session.scalars(select(CaseRow).where(CaseRow.event_key == key)).one()
    _link_notice(uow, case, notice)
    add_timeline(uow, case.id, now, "earlywarn", "case_opened", {"notice_id": notice.id, "detection_id": detection.id})
    return case


def _promote_watch(uow, case: CaseRow, detection: DetectionRow, notice: NoticeRow, now) -> CaseRow:
    """A watched company's restructuring notice turns its watch case into a detected case."""
    case.state = transition(CaseState.WATCH, CaseAction.DETECT).value
    case.type = detection.type
    case.headcount = detection.headcount
    case.notice_date = notice.notice_date
    case.separation_date = detection.separation_date
    case.region = case.region or detection.result.get("region") or notice.region
    case.jurisdiction = detection.result.get("jurisdiction")
    case.evidence = _merge_evidence([], detection.result.get("evidence", []))
    case.updated_at = now
    _link_notice(uow, case, notice)
    add_timeline(uow, case.id, now, "earlywarn", "watch_promoted", {"notice_id": notice.id, "detection_id": detection.id})
    return case


def _attach(uow, case: CaseRow, detection: DetectionRow, notice: NoticeRow, now) -> bool:
    """Attach another notice of the same event; an amendment moves the dates and grows the headcount."""
    if not _link_notice(uow, case, notice):
        return False
    changes = {}
    if detection.separation_date and detection.separation_date != case.separation_date and (notice.is_amendment or notice.supersedes_id or case.separation_date is None):
        changes["separation_date"] = [_iso(case.separation_date), detection.separation_date.isoformat()]
        case.separation_date = detection.separation_date
    if detection.headcount and (case.headcount or 0) < detection.headcount:
        changes["headcount"] = [case.headcount, detection.headcount]
        case.headcount = detection.headcount
    case.evidence = _merge_evidence(case.evidence or [], detection.result.get("evidence", []))
    case.updated_at = now
    add_timeline(uow, case.id, now, "earlywarn", "notice_attached", {"notice_id": notice.id, "changes": changes})
    return True


def _merge_evidence(existing: list[dict], new: list[dict]) -> list[dict]:
    seen = {(e.get("field"), e.get("text")) for e in existing}
    merged = list(existing)
    for item in new:
        if (item.get("field"), item.get("text")) not in seen:
            seen.add((item.get("field"), item.get("text")))
            merged.append(item)
    return merged


def _link_notice(uow: UnitOfWork, case: CaseRow, notice: NoticeRow) -> bool:
    return bool(uow.insert_ignoring_duplicates(CaseNoticeRow, [dict(case_id=case.id, notice_id=notice.id)], unique=("case_id", "notice_id")))


def _evaluate_legal_rules(case: CaseRow, thresholds: dict) -> None:
    facts = ThresholdFacts(
        jurisdiction=case.jurisdiction,
        region=case.region,
        headcount=case.headcount,
        workforce_size=None,
        is_closure=case.type == RestructuringType.CLOSURE.value,
        separation_date=case.separation_date,
        notice_date=case.notice_date,
        separation_kind=case.type,
    )
    case.legal = [outcome.model_dump(mode="json") for outcome in evaluate_rules(facts, thresholds)]


def add_timeline(uow: UnitOfWork, case_id: int, at: datetime, actor: str, action: str, detail: dict) -> None:
    uow.session.add(TimelineRow(case_id=case_id, at=at, actor=actor, action=action, detail=detail))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
