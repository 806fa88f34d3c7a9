"""Acknowledging alerts and escalating the ones nobody acknowledged in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, NotificationRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.alert_timing import escalation_due
from earlywarn.services import alert_context
from earlywarn.services.outbox import Messaging, enqueue
from earlywarn.services.respond import add_timeline

NOT_ESCALATED = ("escalation", "digest", "delivery_failing")


class AlertNotFound(LookupError):
    pass


def acknowledge(uow: UnitOfWork, notification_id: int, *, by: str, now: datetime) -> NotificationRow:
    notification = uow.session.get(NotificationRow, notification_id)
    if notification is None:
        raise AlertNotFound(f"alert {notification_id} does not exist")
    if notification.acked_at is None:
        notification.acked_at, notification.acked_by = now, by
        if notification.case_id:
            add_timeline(uow, notification.case_id, now, by, "alert_acknowledged", {"alert_id": notification.id, "kind": notification.kind})
    return notification


@dataclass
class EscalationResult:
    escalated: int = 0


def escalate_unacknowledged(uow: UnitOfWork, messaging: Messaging, *, ack_within: timedelta, now: datetime) -> EscalationResult:
    result = EscalationResult()
    query = select(NotificationRow).where(
        NotificationRow.status == "sent", NotificationRow.acked_at.is_(None), NotificationRow.escalated_at.is_(None),
        NotificationRow.kind.not_in(NOT_ESCALATED),
    )
    for notification in uow.session.scalars(query):
        if not escalation_due(notification.sent_at, notification.acked_at, ack_within=ack_within, now=now):
            continue
        context = _context(uow, notification, now)
        enqueue(uow, messaging, kind="escalation", subject=f"alert-{notification.id}", context=context, now=now, case_id=notification.case_id)
        notification.escalated_at = now
        if notification.case_id:
            add_timeline(uow, notification.case_id, now, "earlywarn", "alert_escalated", {"alert_id": notification.id})
        result.escalated += 1
    return result


def _context(uow: UnitOfWork, notification: NotificationRow, now: datetime) -> dict:
    case = uow.session.get(CaseRow, notification.case_id) if notification.case_id else None
    company = uow.session.get(CompanyRow, case.company_id).name if case else None
    return alert_context.escalation(company, case, alert_title=notification.title, sent_at=notification.sent_at,
                                    waited=now - notification.sent_at, recipient=notification.tag)
