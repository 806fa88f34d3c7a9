"""The daily digest: one alert per (day, region) listing the open cases, written to the outbox.

Regions are those configured for counselors plus any region an open case carries. The dedup
key holds the day and the region, so queuing the same day's digest again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, SessionRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.cases import STATE_LABELS_KO, CaseState
from earlywarn.services.outbox import Messaging, enqueue
from earlywarn.services.respond import CLOSED_STATES

SEOUL = ZoneInfo("Asia/Seoul")
NO_REGION = "-"


@dataclass
class DigestResult:
    day: date
    regions: list[str] = field(default_factory=list)
    queued: int = 0


def queue_daily_digests(uow: UnitOfWork, messaging: Messaging, *, day: date, regions: dict[str, str], now: datetime) -> DigestResult:
    """Queue the digest of `day` (a Seoul date) for every region; `regions` maps codes to names."""
    result = DigestResult(day=day)
    cases = _open_cases(uow)
    sessions_today = _sessions_on(uow, day)
    for region in sorted(set(regions) | {case.region or NO_REGION for case, _ in cases}):
        mine = [(case, name) for case, name in cases if (case.region or NO_REGION) == region]
        context = digest_context(mine, sessions_today, day=day, language=messaging.language)
        context["region"], context["region_name"] = region, regions.get(region, region)
        subject = f"digest-{day.isoformat()}-{region}"
        result.queued += enqueue(uow, messaging, kind="digest", subject=subject, context=context, now=now)
        result.regions.append(region)
    return result


def digest_context(cases: list[tuple[CaseRow, str]], sessions_today: dict[int, int], *, day: date, language: str) -> dict:
    """The template's variables: day, cases (company, state_label, headcount, separation_date), new_count, open_count, sessions_today."""
    ordered = sorted(cases, key=lambda item: (item[0].separation_date or date.max, item[0].id))
    return {
        "day": day,
        "cases": [
            {"company": name, "state_label": _state_label(case.state, language), "headcount": case.headcount,
             "separation_date": case.separation_date}
            for case, name in ordered
        ],
        "new_count": sum(1 for case, _ in cases if case.opened_at.astimezone(SEOUL).date() == day),
        "open_count": len(cases),
        "sessions_today": sum(sessions_today.get(case.id, 0) for case, _ in cases),
    }


def _open_cases(uow: UnitOfWork) -> list[tuple[CaseRow, str]]:
    query = (select(CaseRow, CompanyRow.name).join(CompanyRow, CompanyRow.id == CaseRow.company_id)
             .where(CaseRow.state.not_in(CLOSED_STATES)).order_by(CaseRow.id))
    return [(case, name) for case, name in uow.session.execute(query)]


def _sessions_on(uow: UnitOfWork, day: date) -> dict[int, int]:
    start = datetime.combine(day, time(0, 0), SEOUL)
    query = (select(SessionRow.case_id, func.count()).where(SessionRow.status == "planned", SessionRow.starts_at >= start,
             SessionRow.starts_at < start + timedelta(days=1)).group_by(SessionRow.case_id))
    return dict(uow.session.execute(query).all())


def _state_label(state: str, language: str) -> str:
    return STATE_LABELS_KO.get(CaseState(state), state) if language == "ko" else state
