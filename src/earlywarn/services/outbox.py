"""Writes notifications into the outbox, in the caller's transaction, one per (subject, kind, tag)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from earlywarn.adapters.db.orm import NotificationRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.messages import render_message


@dataclass(frozen=True)
class AlertRouting:
    routes: dict[str, list[str]]
    urgent: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_config(cls, config: dict) -> "AlertRouting":
        return cls(routes=dict(config.get("routes", {})), urgent=frozenset(config.get("urgent", [])))

    def tags(self, kind: str) -> list[str]:
        tags = self.routes.get(kind) or []
        if not tags:
            raise ValueError(f"alert kind {kind!r} has no route in config/alerts.yaml: every alert needs a tag")
        return tags


@dataclass(frozen=True)
class Messaging:
    routing: AlertRouting
    templates: dict[str, str]
    language: str = "ko"


def enqueue(
    uow: UnitOfWork,
    messaging: Messaging,
    *,
    kind: str,
    subject: str,
    context: dict,
    now: datetime,
    case_id: int | None = None,
) -> int:
    """Queue one alert per routed tag; an alert already queued under the same key is left alone."""
    message = render_message(kind, context, lang=messaging.language, templates=messaging.templates)
    rows = [
        dict(
            dedup_key=f"{subject}:{kind}:{tag}",
            case_id=case_id,
            kind=kind,
            tag=tag,
            title=message.title,
            body=message.body,
            urgent=kind in messaging.routing.urgent,
            status="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        for tag in messaging.routing.tags(kind)
    ]
    return uow.insert_ignoring_duplicates(NotificationRow, rows, unique=("dedup_key",))
