"""Early warning from weak signals: a company whose recent signals add up is watched before any notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, NoticeRow, SignalRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.cases import CaseState
from earlywarn.domain.detection.signals import risk_score
from earlywarn.domain.notices import RestructuringType
from earlywarn.services import alert_context
from earlywarn.services.outbox import Messaging, enqueue
from earlywarn.services.respond import CLOSED_STATES, add_timeline


@dataclass(frozen=True)
class WatchConfig:
    weights: dict[str, float]
    window_days: int
    threshold: float

    @classmethod
    def from_config(cls, detection_config: dict) -> "WatchConfig":
        signals = detection_config.get("signals", {})
        return cls(dict(signals.get("weights", {})), int(signals.get("window_days", 90)), float(signals.get("threshold", 1.0)))


@dataclass
class WatchResult:
    companies_scored: int = 0
    watches_opened: int = 0


def raise_watches(uow: UnitOfWork, config: WatchConfig, messaging: Messaging, *, now: datetime) -> WatchResult:
    """Score every company with signals in the window; open a 'watch' case where the score crosses the threshold."""
    result = WatchResult()
    today = now.date()
    since = today - timedelta(days=config.window_days)
    rows = uow.session.execute(
        select(SignalRow.company_id, SignalRow.observed_on, SignalRow.kind).where(SignalRow.observed_on >= since)
    ).all()
    by_company: dict[int, list] = {}
    for company_id, observed_on, kind in rows:
        by_company.setdefault(company_id, []).append((observed_on, kind))
    for company_id, signals in by_company.items():
        result.companies_scored += 1
        score = risk_score(signals, config.weights, window_days=config.window_days, today=today)
        open_case = _open_case_of(uow, company_id)
        if open_case is not None:
            open_case.risk_score = score
        elif score >= config.threshold:
            _open_watch(uow, company_id, score, signals, messaging, now)
            result.watches_opened += 1
    return result


def _open_case_of(uow: UnitOfWork, company_id: int) -> CaseRow | None:
    query = select(CaseRow).where(CaseRow.company_id == company_id, CaseRow.state.not_in(CLOSED_STATES)).order_by(CaseRow.id)
    return uow.session.scalars(query).first()


def _open_watch(uow: UnitOfWork, company_id: int, score: float, signals: list, messaging: Messaging, now: datetime) -> None:
    company = uow.session.get(CompanyRow, company_id)
    key = f"{company.key}:watch:{now.date().isoformat()}"
    inserted = uow.insert_ignoring_duplicates(
        CaseRow,
        [dict(event_key=key, company_id=company_id, type=RestructuringType.OTHER.value, state=CaseState.WATCH.value,
              risk_score=score, legal=[], evidence=[], opened_at=now, updated_at=now)],
        unique=("event_key",),
    )
    if not inserted:
        return
    case = uow.session.scalars(select(CaseRow).where(CaseRow.event_key == key)).one()
    kinds = sorted({kind for _, kind in signals})
    add_timeline(uow, case.id, now, "earlywarn", "watch_raised", {"score": score, "signals": kinds})
    latest = _latest_signal_notice(uow, company_id)
    context = alert_context.watch_raised(
        company, signal_title=(latest.title or ", ".join(kinds)) if latest else ", ".join(kinds),
        source=latest.source if latest else "-", url=(latest.record or {}).get("url") if latest else None, score=score,
    )
    enqueue(uow, messaging, kind="watch_raised", subject=f"case-{case.id}", context=context, now=now, case_id=case.id)


def _latest_signal_notice(uow: UnitOfWork, company_id: int) -> NoticeRow | None:
    query = (
        select(NoticeRow).join(SignalRow, SignalRow.notice_id == NoticeRow.id)
        .where(SignalRow.company_id == company_id).order_by(NoticeRow.id.desc())
    )
    return uow.session.scalars(query).first()
