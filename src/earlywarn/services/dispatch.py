"""Dispatch the notification outbox through Apprise; store each target's result.

A failed send stays pending with a backoff and is retried; a target that already succeeded is not
sent again; a notification is marked sent only when every target has succeeded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select, update

from earlywarn.adapters.db.orm import DeliveryRow, NotificationRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.alert_timing import next_send_time, retry_backoff
from earlywarn.services.outbox import Messaging, enqueue


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @classmethod
    def parse(cls, start: str, end: str) -> "QuietHours":
        return cls(time.fromisoformat(start), time.fromisoformat(end))


@dataclass
class DispatchResult:
    examined: int = 0
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    no_target: int = 0


def due_notifications(uow: UnitOfWork, now: datetime, limit: int = 500) -> list[NotificationRow]:
    query = (
        select(NotificationRow)
        .where(NotificationRow.status == "pending", NotificationRow.next_attempt_at <= now)
        .order_by(NotificationRow.urgent.desc(), NotificationRow.id)
        .limit(limit)
    )
    return list(uow.session.scalars(query))


@dataclass(frozen=True)
class FailurePolicy:
    """After `alert_after_attempts` failed sends the operators hear about it (once); retries go on."""

    messaging: Messaging
    alert_after_attempts: int = 5


def dispatch_due(
    uow: UnitOfWork, notifier, *, now: datetime, quiet: QuietHours, limit: int = 500, failures: FailurePolicy | None = None
) -> DispatchResult:
    result = DispatchResult()
    for notification in due_notifications(uow, now, limit):
        if not _claim(uow, notification, now):
            uow.commit()  # another dispatcher sent it or put it off meanwhile
            continue
        result.examined += 1
        send_at = next_send_time(now, quiet_start=quiet.start, quiet_end=quiet.end, urgent=notification.urgent)
        if send_at > now:
            notification.next_attempt_at = send_at
            result.deferred += 1
        else:
            _send_one(uow, notifier, notification, now, result)
            _report_if_failing(uow, notification, failures, now)
        uow.commit()  # one commit per send keeps the window for a repeated delivery to one message
    return result


def _claim(uow: UnitOfWork, notification: NotificationRow, now: datetime) -> bool:
    """Lock the alert until this send is committed, then look again: two dispatchers never both send it.

    The no-op UPDATE takes PostgreSQL's row lock (SQLite's write lock); a second dispatcher waits on it,
    then finds the alert sent (no row matches) or with a later retry time.
    """
    claimed = uow.session.execute(
        update(NotificationRow)
        .where(NotificationRow.id == notification.id, NotificationRow.status == "pending")
        .values(attempts=NotificationRow.attempts)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not claimed:
        return False
    uow.session.refresh(notification)
    return notification.next_attempt_at <= now


def _send_one(uow: UnitOfWork, notifier, notification: NotificationRow, now: datetime, result: DispatchResult) -> None:
    delivered = _delivered_targets(uow, notification.id)
    outcomes = notifier.send(title=notification.title, body=notification.body, tag=notification.tag, skip=delivered,
                             key=alert_key(notification.dedup_key))
    for outcome in outcomes:
        uow.session.add(
            DeliveryRow(notification_id=notification.id, target=outcome.target, ok=outcome.ok, error=outcome.error, at=now)
        )
    failures = [o for o in outcomes if not o.ok]
    if not outcomes and not delivered:
        notification.last_error = f"no Apprise target has the tag {notification.tag!r}"
        result.no_target += 1
        _retry_later(notification, now)
    elif failures:
        notification.last_error = "; ".join(f"{o.target}: {o.error}" for o in failures)[:2000]
        result.failed += 1
        _retry_later(notification, now)
    else:
        notification.status = "sent"
        notification.sent_at = now
        notification.last_error = None
        result.sent += 1


def _report_if_failing(uow: UnitOfWork, notification: NotificationRow, failures: FailurePolicy | None, now: datetime) -> None:
    if failures is None or notification.status != "pending" or notification.kind == "delivery_failing":
        return
    if notification.attempts == failures.alert_after_attempts:
        context = {"alert_id": notification.id, "alert_kind": notification.kind, "alert_title": notification.title,
                   "tag": notification.tag, "attempts": notification.attempts, "last_error": notification.last_error or ""}
        enqueue(uow, failures.messaging, kind="delivery_failing", subject=f"alert-{notification.id}", context=context,
                now=now, case_id=notification.case_id)


def alert_key(dedup_key: str) -> str:
    """The key every send of one alert carries; stable across databases, and no business data in it."""
    return "earlywarn-" + hashlib.sha256(dedup_key.encode("utf-8")).hexdigest()[:32]


def _retry_later(notification: NotificationRow, now: datetime) -> None:
    notification.attempts += 1
    notification.next_attempt_at = now + retry_backoff(notification.attempts)


def _delivered_targets(uow: UnitOfWork, notification_id: int) -> set[str]:
    query = select(DeliveryRow.target).where(DeliveryRow.notification_id == notification_id, DeliveryRow.ok.is_(True))
    return set(uow.session.scalars(query))
