"""Plan pre-separation counseling and re-employment enrollment for a case, idempotently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, EnrollmentRow, SessionRow, WorkerRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.eligibility import EligibilitySubject, Program, eligible_programs
from earlywarn.domain.scheduling import (
    CounselorConfig,
    PlannedSession,
    PlanRequest,
    SessionKind,
    Slot,
    korean_holidays,
    reschedule,
)
from earlywarn.services import alert_context
from earlywarn.services.enrollments import enroll_workers
from earlywarn.services.outbox import Messaging, enqueue

SEOUL = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True)
class PlanningConfig:
    counselors: CounselorConfig
    catalog: list[Program]
    language: str = "ko"
    # "notice_date" replays history: each case is planned as if it arrived on its notice date.
    clock: Literal["real", "notice_date"] = "real"


@dataclass
class PlanOutcome:
    sessions: int = 0
    overflow: int = 0
    enrollments: int = 0
    alerts: int = 0


def plan_case(uow: UnitOfWork, case: CaseRow, company: CompanyRow, config: PlanningConfig, messaging: Messaging, *, now: datetime) -> PlanOutcome:
    outcome = PlanOutcome()
    counselors = [c for c in config.counselors.counselors if c.can_serve(case.region or "", config.language)]
    if not counselors:
        return outcome
    plan_now = planning_clock(case, config, now)
    request = _request(uow, case, config, plan_now)
    existing = _sessions_of(uow, case.id)
    if request.workers:
        _cancel_cohort_sessions(existing)
    pending = [_as_planned(s) for s in existing if s.status == "planned"]
    done = [_key(case, s.subject, s.kind) for s in existing if s.status == "done"]
    plan = reschedule(
        pending, case.separation_date, request, counselors, _booked(uow), now=plan_now, done=done, holidays=_holidays(plan_now, case)
    )
    by_key = {(s.subject, s.kind): s for s in existing}
    outcome.sessions = _upsert_sessions(uow, case, plan.sessions, by_key)
    outcome.overflow = _upsert_overflow(uow, case, plan.overflow, by_key)
    outcome.enrollments = _enroll(uow, case, company, config, now)
    if outcome.sessions:
        context = alert_context.sessions_planned(case, company, plan.sessions, len(plan.overflow))
        outcome.alerts += enqueue(uow, messaging, kind="sessions_planned", subject=f"case-{case.id}", context=context, now=now, case_id=case.id)
    if outcome.overflow:
        context = alert_context.overflow(case, company, plan.overflow)
        outcome.alerts += enqueue(uow, messaging, kind="overflow", subject=f"case-{case.id}-{case.separation_date}", context=context, now=now, case_id=case.id)
    return outcome


def planning_clock(case: CaseRow, config: PlanningConfig, now: datetime) -> datetime:
    if config.clock == "notice_date" and case.notice_date:
        return datetime.combine(case.notice_date, time(9, 0), tzinfo=SEOUL)
    return now


def _request(uow: UnitOfWork, case: CaseRow, config: PlanningConfig, plan_now: datetime) -> PlanRequest:
    workers = list(uow.session.scalars(select(WorkerRow.pseudonym).where(WorkerRow.case_id == case.id).order_by(WorkerRow.id)))
    return PlanRequest(
        case_key=f"case-{case.id}",
        region=case.region or "",
        language=config.language,
        headcount=case.headcount or 0,
        separation_date=case.separation_date,
        workers=workers or None,
        detected_at=plan_now,
        **config.counselors.plan_defaults(),
    )


def _sessions_of(uow: UnitOfWork, case_id: int) -> list[SessionRow]:
    return list(uow.session.scalars(select(SessionRow).where(SessionRow.case_id == case_id)))


def _as_planned(row: SessionRow) -> PlannedSession:
    return PlannedSession(case_key=f"case-{row.case_id}", subject=row.subject, kind=SessionKind(row.kind),
                          counselor_id=row.counselor_code, start=row.starts_at, end=row.ends_at)


def _key(case: CaseRow, subject: str, kind: str) -> str:
    from earlywarn.domain.scheduling import session_key

    return session_key(f"case-{case.id}", subject, kind)


def _booked(uow: UnitOfWork) -> dict[str, list[Slot]]:
    booked: dict[str, list[Slot]] = {}
    query = select(SessionRow.counselor_code, SessionRow.starts_at, SessionRow.ends_at).where(SessionRow.status == "planned")
    for code, start, end in uow.session.execute(query):
        booked.setdefault(code, []).append(Slot(start=start, end=end))
    return booked


def _holidays(plan_now: datetime, case: CaseRow) -> set:
    last = max(plan_now.date(), case.separation_date or plan_now.date()) + timedelta(days=400)
    return korean_holidays(plan_now.date(), last)


def _upsert_sessions(uow: UnitOfWork, case: CaseRow, sessions: list[PlannedSession], by_key: dict) -> int:
    changed = 0
    for planned in sessions:
        row = by_key.get((planned.subject, planned.kind.value))
        if row is None:
            uow.session.add(SessionRow(case_id=case.id, subject=planned.subject, kind=planned.kind.value, status="planned",
                                       counselor_code=planned.counselor_id, starts_at=planned.start, ends_at=planned.end))
            changed += 1
        elif (row.status, row.counselor_code, row.starts_at, row.ends_at) != ("planned", planned.counselor_id, planned.start, planned.end):
            row.status, row.counselor_code, row.starts_at, row.ends_at = "planned", planned.counselor_id, planned.start, planned.end
            row.overflow_reason = None
            changed += 1
    uow.session.flush()
    return changed


def _upsert_overflow(uow: UnitOfWork, case: CaseRow, overflow: list, by_key: dict) -> int:
    """What cannot fit before the separation date is recorded, never dropped."""
    changed = 0
    for item in overflow:
        row = by_key.get((item.subject, item.kind.value))
        if row is None:
            uow.session.add(SessionRow(case_id=case.id, subject=item.subject, kind=item.kind.value, status="overflow", overflow_reason=item.reason))
            changed += 1
        elif row.status != "overflow":
            row.status, row.overflow_reason, row.counselor_code, row.starts_at, row.ends_at = "overflow", item.reason, None, None, None
            changed += 1
    uow.session.flush()
    return changed


def _cancel_cohort_sessions(existing: list[SessionRow]) -> None:
    """A roster replaces the cohorts: their sessions not yet held make way for per-worker sessions."""
    for row in existing:
        if row.subject.startswith("cohort-") and row.status in ("planned", "overflow"):
            row.status, row.counselor_code, row.starts_at, row.ends_at = "cancelled", None, None, None
            row.overflow_reason = "명단 접수로 개인별 상담으로 대체 / replaced by per-worker sessions (roster imported)"


def _enroll(uow: UnitOfWork, case: CaseRow, company: CompanyRow, config: PlanningConfig, now: datetime) -> int:
    """Offer every program the case's workers (a cohort until a roster exists) may join."""
    if uow.session.scalar(select(WorkerRow.id).where(WorkerRow.case_id == case.id).limit(1)) is not None:
        return enroll_workers(uow, case, config.catalog, now=now)
    subject = EligibilitySubject(separation_kind=case.type, region=case.region, is_cohort=True, employer_size=None)
    rows = [
        dict(case_id=case.id, subject=f"case-{case.id}-cohort", program_code=decision.program_code, state="offered",
             headcount=case.headcount or 0, reasons=decision.reasons, created_at=now)
        for decision in eligible_programs(subject, config.catalog)
        if decision.eligible
    ]
    return uow.insert_ignoring_duplicates(EnrollmentRow, rows, unique=("subject", "program_code"))
