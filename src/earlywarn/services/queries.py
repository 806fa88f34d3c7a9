"""Read models for the CLI, artifacts and other tools. The JSON shapes here are a documented contract."""

from __future__ import annotations

from sqlalchemy import func, select

from earlywarn.adapters.db.orm import (
    CaseNoticeRow,
    CaseRow,
    CompanyRow,
    DeliveryRow,
    EnrollmentRow,
    NotificationRow,
    QuarantineRow,
    SessionRow,
    TimelineRow,
    WorkerRow,
)
from earlywarn.adapters.db.unit_of_work import UnitOfWork


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def case_summaries(uow: UnitOfWork, *, state: str | None = None) -> list[dict]:
    query = select(CaseRow, CompanyRow.name).join(CompanyRow, CompanyRow.id == CaseRow.company_id).order_by(CaseRow.id)
    if state:
        query = query.where(CaseRow.state == state)
    return [_case_summary(case, name) for case, name in uow.session.execute(query)]


def _case_summary(case: CaseRow, company: str) -> dict:
    return {
        "id": case.id,
        "company": company,
        "type": case.type,
        "state": case.state,
        "region": case.region,
        "jurisdiction": case.jurisdiction,
        "headcount": case.headcount,
        "notice_date": _iso(case.notice_date),
        "separation_date": _iso(case.separation_date),
        "risk_score": case.risk_score,
        "opened_at": _iso(case.opened_at),
    }


def case_detail(uow: UnitOfWork, case_id: int) -> dict | None:
    row = uow.session.execute(
        select(CaseRow, CompanyRow.name).join(CompanyRow, CompanyRow.id == CaseRow.company_id).where(CaseRow.id == case_id)
    ).first()
    if row is None:
        return None
    case, company = row
    session = uow.session
    sessions = session.scalars(select(SessionRow).where(SessionRow.case_id == case_id).order_by(SessionRow.starts_at, SessionRow.id))
    enrollments = session.scalars(select(EnrollmentRow).where(EnrollmentRow.case_id == case_id).order_by(EnrollmentRow.id))
    timeline = session.scalars(select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.at, TimelineRow.id))
    notices = session.scalars(select(CaseNoticeRow.notice_id).where(CaseNoticeRow.case_id == case_id))
    roster = session.scalar(select(func.count()).select_from(WorkerRow).where(WorkerRow.case_id == case_id)) or 0
    return _case_summary(case, company) | {
        "roster_workers": roster,
        "legal": case.legal or [],
        "evidence": case.evidence or [],
        "notice_ids": list(notices),
        "sessions": [
            {"id": s.id, "subject": s.subject, "kind": s.kind, "status": s.status, "counselor": s.counselor_code,
             "starts_at": _iso(s.starts_at), "ends_at": _iso(s.ends_at), "overflow_reason": s.overflow_reason}
            for s in sessions
        ],
        "enrollments": [
            {"id": e.id, "subject": e.subject, "program": e.program_code, "state": e.state, "headcount": e.headcount,
             "reasons": e.reasons, "outcome": e.outcome, "reemployed_on": _iso(e.reemployed_on)}
            for e in enrollments
        ],
        "alerts": alert_summaries(uow, case_id=case_id),
        "timeline": [{"at": _iso(t.at), "actor": t.actor, "action": t.action, "detail": t.detail} for t in timeline],
    }


def alert_summaries(uow: UnitOfWork, *, case_id: int | None = None, status: str | None = None) -> list[dict]:
    query = select(NotificationRow).order_by(NotificationRow.id)
    if case_id is not None:
        query = query.where(NotificationRow.case_id == case_id)
    if status:
        query = query.where(NotificationRow.status == status)
    deliveries = _deliveries_by_notification(uow)
    return [
        {"id": n.id, "case_id": n.case_id, "kind": n.kind, "tag": n.tag, "status": n.status, "urgent": n.urgent,
         "title": n.title, "attempts": n.attempts, "created_at": _iso(n.created_at), "sent_at": _iso(n.sent_at),
         "acked_at": _iso(n.acked_at), "acked_by": n.acked_by, "escalated_at": _iso(n.escalated_at),
         "last_error": n.last_error, "deliveries": deliveries.get(n.id, [])}
        for n in uow.session.scalars(query)
    ]


def _deliveries_by_notification(uow: UnitOfWork) -> dict[int, list[dict]]:
    result: dict[int, list[dict]] = {}
    for d in uow.session.scalars(select(DeliveryRow).order_by(DeliveryRow.id)):
        result.setdefault(d.notification_id, []).append({"target": d.target, "ok": d.ok, "error": d.error, "at": _iso(d.at)})
    return result


def quarantine_items(uow: UnitOfWork, *, status: str | None = "open") -> list[dict]:
    query = select(QuarantineRow).order_by(QuarantineRow.id)
    if status:
        query = query.where(QuarantineRow.status == status)
    return [
        {"id": q.id, "source": q.source, "raw_input_id": q.raw_input_id, "position": q.position, "reason": q.reason,
         "status": q.status, "created_at": _iso(q.created_at), "raw_excerpt": q.raw[:300]}
        for q in uow.session.scalars(query)
    ]


def counts(uow: UnitOfWork) -> dict[str, int]:
    from earlywarn.adapters.db.orm import NoticeRow

    def count(model, *where) -> int:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "notices": count(NoticeRow),
        "quarantined": count(QuarantineRow, QuarantineRow.status == "open"),
        "cases": count(CaseRow),
        "sessions_planned": count(SessionRow, SessionRow.status == "planned"),
        "sessions_overflow": count(SessionRow, SessionRow.status == "overflow"),
        "enrollments": count(EnrollmentRow),
        "alerts_sent": count(NotificationRow, NotificationRow.status == "sent"),
        "alerts_pending": count(NotificationRow, NotificationRow.status == "pending"),
    }
