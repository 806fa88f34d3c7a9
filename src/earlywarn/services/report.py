"""The period report: people supported and placed, sessions, alerts — per company, program and month.

A person is counted once however many programs they join (a cohort row counts its headcount).
"Supported" means enrolled in or completed a program, dated by the day staff recorded the
enrollment; "placed" means re-employed, dated by the re-employment date. Sessions are dated by
their start (Seoul time), alerts by when they were sent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, EnrollmentRow, NotificationRow, SessionRow, TimelineRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.services.enrollments import TAKING_PLACES

SEOUL = ZoneInfo("Asia/Seoul")


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Period:
    label: str
    first: date  # inclusive
    after: date  # exclusive

    @classmethod
    def parse(cls, text: str) -> "Period":
        """'2020' (a year) or '2020-03' (a month)."""
        try:
            if len(text) == 4:
                year = int(text)
                return cls(text, date(year, 1, 1), date(year + 1, 1, 1))
            year, month = (int(part) for part in text.split("-"))
            first = date(year, month, 1)
            return cls(text, first, date(year + month // 12, month % 12 + 1, 1))
        except ValueError:
            raise PeriodError(f"기간은 YYYY 또는 YYYY-MM 형식입니다 / period must be YYYY or YYYY-MM, got {text!r}") from None

    def holds(self, day: date | None) -> bool:
        return day is not None and self.first <= day < self.after

    def months(self) -> list[str]:
        months, day = [], self.first
        while day < self.after:
            months.append(day.strftime("%Y-%m"))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return months


def period_report(uow: UnitOfWork, period: Period) -> dict:
    companies = _company_of_case(uow)
    supported, placed = _people(uow, period, companies)
    sessions = _sessions(uow, period, companies)
    alerts = _alerts(uow, period)
    by_company = sorted(set(supported.companies) | set(placed.companies) | set(sessions["by_company"]))
    by_program = sorted(set(supported.programs) | set(placed.programs))
    return {
        "period": period.label,
        "from": period.first.isoformat(),
        "until": period.after.isoformat(),
        "people_supported": supported.total(),
        "people_placed": placed.total(),
        "sessions": {key: sessions[key] for key in ("planned", "held", "overflow")},
        "alerts": {key: alerts[key] for key in ("sent", "acknowledged", "escalated")},
        "by_company": [
            {"company": name, "supported": supported.count(supported.companies.get(name)), "placed": placed.count(placed.companies.get(name)),
             "sessions_planned": sessions["by_company"].get(name, {}).get("planned", 0),
             "sessions_held": sessions["by_company"].get(name, {}).get("held", 0)}
            for name in by_company
        ],
        "by_program": [
            {"program": code, "supported": supported.count(supported.programs.get(code)), "placed": placed.count(placed.programs.get(code))}
            for code in by_program
        ],
        "by_month": [
            {"month": month, "supported": supported.count(supported.months.get(month)), "placed": placed.count(placed.months.get(month)),
             "sessions_planned": sessions["by_month"].get(month, {}).get("planned", 0),
             "sessions_held": sessions["by_month"].get(month, {}).get("held", 0),
             "alerts_sent": alerts["by_month"].get(month, 0)}
            for month in period.months()
        ],
    }


class _Headcount:
    """People per group: each subject counted once per group, with its largest headcount."""

    def __init__(self) -> None:
        self.all: dict[str, int] = {}
        self.companies: dict[str, dict[str, int]] = defaultdict(dict)
        self.programs: dict[str, dict[str, int]] = defaultdict(dict)
        self.months: dict[str, dict[str, int]] = defaultdict(dict)

    def add(self, subject: str, headcount: int, company: str, program: str, day: date) -> None:
        for group in (self.all, self.companies[company], self.programs[program], self.months[day.strftime("%Y-%m")]):
            group[subject] = max(group.get(subject, 0), headcount)

    def total(self) -> int:
        return self.count(self.all)

    @staticmethod
    def count(group: dict[str, int] | None) -> int:
        return sum((group or {}).values())


def _people(uow: UnitOfWork, period: Period, companies: dict[int, str]) -> tuple[_Headcount, _Headcount]:
    supported, placed = _Headcount(), _Headcount()
    joined = _enrolled_on(uow)
    for row in uow.session.scalars(select(EnrollmentRow)):
        company = companies.get(row.case_id, "-")
        if row.state in TAKING_PLACES:
            day = joined.get(row.id) or row.created_at.astimezone(SEOUL).date()
            if period.holds(day):
                supported.add(row.subject, row.headcount, company, row.program_code, day)
        if row.outcome == "reemployed" and period.holds(row.reemployed_on):
            placed.add(row.subject, row.headcount, company, row.program_code, row.reemployed_on)
    return supported, placed


def _enrolled_on(uow: UnitOfWork) -> dict[int, date]:
    """The day each enrollment was first recorded as enrolled (or completed), from the case timeline."""
    days: dict[int, date] = {}
    query = select(TimelineRow.detail).where(TimelineRow.action == "enrollment_advanced").order_by(TimelineRow.at, TimelineRow.id)
    for detail in uow.session.scalars(query):
        if detail.get("to") in TAKING_PLACES and detail.get("on"):
            days.setdefault(int(detail["enrollment_id"]), date.fromisoformat(detail["on"]))
    return days


def _sessions(uow: UnitOfWork, period: Period, companies: dict[int, str]) -> dict:
    result = {"planned": 0, "held": 0, "overflow": 0, "by_company": defaultdict(dict), "by_month": defaultdict(dict)}
    separations = dict(uow.session.execute(select(CaseRow.id, CaseRow.separation_date)).all())
    for row in uow.session.scalars(select(SessionRow).where(SessionRow.status.in_(("planned", "done", "overflow")))):
        if row.status == "overflow":
            result["overflow"] += period.holds(separations.get(row.case_id))
            continue
        day = _seoul_day(row.starts_at)
        if not period.holds(day):
            continue
        key = "held" if row.status == "done" else "planned"
        result[key] += 1
        for group in (result["by_company"][companies.get(row.case_id, "-")], result["by_month"][day.strftime("%Y-%m")]):
            group[key] = group.get(key, 0) + 1
    return result


def _alerts(uow: UnitOfWork, period: Period) -> dict:
    result = {"sent": 0, "acknowledged": 0, "escalated": 0, "by_month": defaultdict(int)}
    for row in uow.session.scalars(select(NotificationRow).where(NotificationRow.sent_at.is_not(None))):
        day = _seoul_day(row.sent_at)
        if period.holds(day):
            result["sent"] += 1
            result["acknowledged"] += row.acked_at is not None
            result["escalated"] += row.escalated_at is not None
            result["by_month"][day.strftime("%Y-%m")] += 1
    return result


def _company_of_case(uow: UnitOfWork) -> dict[int, str]:
    query = select(CaseRow.id, CompanyRow.name).join(CompanyRow, CompanyRow.id == CaseRow.company_id)
    return dict(uow.session.execute(query).all())


def _seoul_day(moment: datetime | None) -> date | None:
    return moment.astimezone(SEOUL).date() if moment else None
