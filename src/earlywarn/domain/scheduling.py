"""Pre-separation counseling plans: who meets whom, when, before the separation date.

Pure: the caller passes `now`, the counselors, what they already have booked and (optionally)
the public holidays. One group orientation per case comes first, soon after detection; then
individual sessions (mind care, career) per worker when a roster exists, else per cohort.
Placement is greedy and earliest-first; among counselors free at that time the least loaded in
that week gets it (ties by counselor id), so the load spreads and the result is reproducible.
What cannot be placed before the separation date is listed in `Plan.overflow`, never dropped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import holidays as holidays_lib
from pydantic import BaseModel, Field

SEOUL = ZoneInfo("Asia/Seoul")
SLOT_STEP = timedelta(minutes=30)
DAY_START = time(9, 0)
DAY_END = time(18, 0)
HORIZON_WITHOUT_SEPARATION = timedelta(days=56)


class SessionKind(StrEnum):
    ORIENTATION = "orientation"
    MIND_CARE = "mind_care"
    CAREER = "career"


ORIENTATION_SUBJECT = "all"
DEFAULT_MINUTES = {SessionKind.ORIENTATION: 120, SessionKind.MIND_CARE: 60, SessionKind.CAREER: 60}


class Counselor(BaseModel):
    id: str
    name: str
    region: str
    languages: list[str] = Field(default_factory=lambda: ["ko"])
    hours_per_week: float

    def can_serve(self, region: str, language: str) -> bool:
        return self.region == region and language in self.languages


class Slot(BaseModel):
    start: datetime
    end: datetime


class PlanRequest(BaseModel):
    case_key: str
    region: str
    language: str = "ko"
    headcount: int = Field(ge=0)
    separation_date: date | None = None
    workers: list[str] | None = Field(default=None, description="pseudonymous worker ids")
    detected_at: datetime | None = Field(default=None, description="defaults to `now`")
    orientation_within_hours: int = 48
    session_kinds: list[SessionKind] = Field(
        default_factory=lambda: [SessionKind.MIND_CARE, SessionKind.CAREER]
    )
    cohort_size: int = Field(default=20, ge=1)
    session_minutes: dict[SessionKind, int] = Field(default_factory=lambda: dict(DEFAULT_MINUTES))


class PlannedSession(BaseModel):
    case_key: str
    subject: str = Field(description="worker id, 'cohort-N' or 'all'")
    kind: SessionKind
    counselor_id: str
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return session_key(self.case_key, self.subject, self.kind)


class Overflow(BaseModel):
    case_key: str
    subject: str
    kind: SessionKind
    reason: str

    @property
    def key(self) -> str:
        return session_key(self.case_key, self.subject, self.kind)


class Plan(BaseModel):
    case_key: str
    sessions: list[PlannedSession] = Field(default_factory=list)
    overflow: list[Overflow] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class CounselorConfig(BaseModel):
    """config/counselors.yaml, validated."""

    cohort_size: int = 20
    orientation_within_hours: int = 48
    session_minutes: dict[SessionKind, int] = Field(default_factory=lambda: dict(DEFAULT_MINUTES))
    regions: dict[str, str] = Field(default_factory=dict, description="region code -> name")
    counselors: list[Counselor]

    def plan_defaults(self) -> dict:
        """Keyword arguments for `PlanRequest` taken from the config."""
        return {
            "cohort_size": self.cohort_size,
            "orientation_within_hours": self.orientation_within_hours,
            "session_minutes": dict(self.session_minutes),
        }


def session_key(case_key: str, subject: str, kind: SessionKind | str) -> str:
    return f"{case_key}|{subject}|{SessionKind(kind).value}"


def subjects_for(request: PlanRequest) -> list[str]:
    """Worker ids when a roster exists (order kept, duplicates dropped), else cohort names."""
    if request.workers:
        return list(dict.fromkeys(request.workers))
    cohorts = math.ceil(request.headcount / request.cohort_size)
    return [f"cohort-{n}" for n in range(1, cohorts + 1)]


def korean_holidays(first: date, last: date) -> set[date]:
    return set(holidays_lib.KR(years=range(first.year, last.year + 1)).keys())


def is_working_day(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


class _Calendar:
    """Counselors' busy intervals and weekly load while a plan is being built."""

    def __init__(self, counselors: list[Counselor], booked: dict[str, list[Slot]]) -> None:
        self.counselors = sorted(counselors, key=lambda c: c.id)
        self.busy: dict[str, dict[date, list[tuple[datetime, datetime]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.week_minutes: dict[tuple[str, tuple[int, int]], float] = defaultdict(float)
        for counselor in self.counselors:
            for slot in booked.get(counselor.id, []):
                self.add(counselor.id, _seoul(slot.start), _seoul(slot.end))

    def add(self, counselor_id: str, start: datetime, end: datetime) -> None:
        self.busy[counselor_id][start.date()].append((start, end))
        week = start.isocalendar()[:2]
        self.week_minutes[(counselor_id, week)] += (end - start).total_seconds() / 60

    def free(self, counselor: Counselor, start: datetime, end: datetime) -> bool:
        week_load = self.week_minutes[(counselor.id, start.isocalendar()[:2])]
        if week_load + (end - start).total_seconds() / 60 > counselor.hours_per_week * 60:
            return False
        day = self.busy[counselor.id][start.date()]
        return all(end <= b_start or start >= b_end for b_start, b_end in day)

    def least_loaded_free(self, start: datetime, end: datetime) -> Counselor | None:
        free = [c for c in self.counselors if self.free(c, start, end)]
        week = start.isocalendar()[:2]
        return min(free, key=lambda c: (self.week_minutes[(c.id, week)], c.id), default=None)


class _Planner:
    def __init__(
        self,
        request: PlanRequest,
        counselors: list[Counselor],
        booked: dict[str, list[Slot]],
        now: datetime,
        holidays: set[date] | None,
        separation_date: date | None,
    ) -> None:
        self.request = request
        self.now = _seoul(now)
        self.last_day = _last_session_day(self.now, separation_date)
        self.holidays = holidays if holidays is not None else korean_holidays(
            self.now.date(), max(self.last_day, self.now.date())
        )
        eligible = [c for c in counselors if c.can_serve(request.region, request.language)]
        self.has_counselors = bool(eligible)
        self.calendar = _Calendar(eligible, booked)
        self.subject_busy: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.frontier: dict[timedelta, datetime] = {}
        self.plan = Plan(case_key=request.case_key)

    def minutes(self, kind: SessionKind) -> timedelta:
        return timedelta(minutes=self.request.session_minutes.get(kind, DEFAULT_MINUTES[kind]))

    def place(
        self, subject: str, kind: SessionKind, not_before: datetime, until: datetime | None = None
    ) -> PlannedSession | None:
        """Earliest placement from `not_before` on; past `until` give up (None), else overflow."""
        if not self.has_counselors:
            return self._overflow(subject, kind, _no_counselor_reason(self.request))
        length = self.minutes(kind)
        # Bookings only ever take time away, so the earliest time any counselor was free for
        # this length can only move later: start the search there.
        frontier = max(self.now, self.frontier.get(length, self.now))
        first = max(not_before, frontier)
        # A search that starts later than the frontier learns nothing about the time before it.
        frontier_seen = first > frontier
        for start in _candidate_starts(first, self.last_day, length, self.holidays):
            if until is not None and start > until:
                return None
            end = start + length
            counselor = self.calendar.least_loaded_free(start, end)
            if counselor is None:
                continue
            if not frontier_seen:
                self.frontier[length] = start
                frontier_seen = True
            if self._subject_free(subject, start, end):
                return self._book(subject, kind, counselor, start, end)
        if until is not None:
            return None
        if not frontier_seen:
            self.frontier[length] = datetime.combine(self.last_day + timedelta(days=1), DAY_START, SEOUL)
        return self._overflow(subject, kind, _no_slot_reason(self.request, self.last_day))

    def keep(self, session: PlannedSession) -> None:
        self.calendar.add(session.counselor_id, _seoul(session.start), _seoul(session.end))
        self.subject_busy[session.subject].append((_seoul(session.start), _seoul(session.end)))
        self.plan.sessions.append(session)

    def _subject_free(self, subject: str, start: datetime, end: datetime) -> bool:
        if subject == ORIENTATION_SUBJECT:
            return True
        return all(end <= s or start >= e for s, e in self.subject_busy[subject])

    def _book(
        self, subject: str, kind: SessionKind, counselor: Counselor, start: datetime, end: datetime
    ) -> PlannedSession:
        session = PlannedSession(
            case_key=self.request.case_key, subject=subject, kind=kind,
            counselor_id=counselor.id, start=start, end=end,
        )
        self.keep(session)
        return session

    def _overflow(self, subject: str, kind: SessionKind, reason: str) -> None:
        self.plan.overflow.append(
            Overflow(case_key=self.request.case_key, subject=subject, kind=kind, reason=reason)
        )
        return None


def plan_counseling(
    request: PlanRequest,
    counselors: list[Counselor],
    booked: dict[str, list[Slot]],
    *,
    now: datetime,
    holidays: set[date] | None = None,
) -> Plan:
    """A new plan: orientation first, then every (subject, kind) individual session."""
    planner = _Planner(request, counselors, booked, now, holidays, request.separation_date)
    orientation = _place_orientation(planner)
    individual_from = orientation.end if orientation else planner.now
    _place_individual(planner, set(), individual_from)
    return planner.plan


def reschedule(
    pending: list[PlannedSession],
    new_separation_date: date | None,
    request: PlanRequest,
    counselors: list[Counselor],
    booked: dict[str, list[Slot]],
    *,
    now: datetime,
    done: Iterable[str] = (),
    holidays: set[date] | None = None,
) -> Plan:
    """Revise a plan after an amended notice.

    `pending` are the sessions not held yet; `done` the keys of sessions already held. Pending
    sessions still in the future and before the new separation date stay as they are; the others
    are placed again, earlier, or go to overflow. Subjects the request adds (a larger headcount
    gives more cohorts, a longer roster more workers) get new sessions. `booked` may include the
    pending sessions themselves: they are taken out before planning.
    """
    request = request.model_copy(update={"separation_date": new_separation_date})
    own = {(s.counselor_id, _seoul(s.start), _seoul(s.end)) for s in pending}
    others = {
        cid: [s for s in slots if (cid, _seoul(s.start), _seoul(s.end)) not in own]
        for cid, slots in booked.items()
    }
    planner = _Planner(request, counselors, others, now, holidays, new_separation_date)
    still_fine = [s for s in pending if _fits(s, planner)]
    for session in still_fine:
        planner.keep(session)
    settled = set(done) | {s.key for s in still_fine}
    orientation_key = session_key(request.case_key, ORIENTATION_SUBJECT, SessionKind.ORIENTATION)
    if orientation_key not in settled:
        _place_orientation(planner)
    _place_individual(planner, settled, planner.now)
    return planner.plan


def _place_orientation(planner: _Planner) -> PlannedSession | None:
    request = planner.request
    detected = _seoul(request.detected_at) if request.detected_at else planner.now
    deadline = detected + timedelta(hours=request.orientation_within_hours)
    kind = SessionKind.ORIENTATION
    if not planner.has_counselors:
        return planner.place(ORIENTATION_SUBJECT, kind, detected)
    session = planner.place(ORIENTATION_SUBJECT, kind, detected, until=deadline)
    if session is None:
        planner.plan.warnings.append(
            f"오리엔테이션을 감지 후 {request.orientation_within_hours}시간 안에 잡지 못해 "
            "가장 빠른 가능 일정으로 배정합니다 / orientation could not be held within "
            f"{request.orientation_within_hours} hours of detection; earliest possible time used"
        )
        session = planner.place(ORIENTATION_SUBJECT, kind, detected)
    return session


def _place_individual(planner: _Planner, settled: set[str], not_before: datetime) -> None:
    request = planner.request
    for subject in subjects_for(request):
        for kind in request.session_kinds:
            if session_key(request.case_key, subject, kind) not in settled:
                planner.place(subject, kind, not_before)


def _fits(session: PlannedSession, planner: _Planner) -> bool:
    start = _seoul(session.start)
    return start >= planner.now and start.date() <= planner.last_day


def _candidate_starts(not_before: datetime, last_day: date, length: timedelta, holidays: set[date]):
    day = not_before.date()
    while day <= last_day:
        if is_working_day(day, holidays):
            start = datetime.combine(day, DAY_START, SEOUL)
            close = datetime.combine(day, DAY_END, SEOUL)
            while start + length <= close:
                if start >= not_before:
                    yield start
                start += SLOT_STEP
        day += timedelta(days=1)


def _last_session_day(now: datetime, separation_date: date | None) -> date:
    if separation_date is None:
        return (now + HORIZON_WITHOUT_SEPARATION).date()
    return separation_date - timedelta(days=1)


def _no_counselor_reason(request: PlanRequest) -> str:
    return (
        f"'{request.region}' 지역에 '{request.language}' 상담이 가능한 상담사가 없습니다 / "
        f"no counselor serves region '{request.region}' in language '{request.language}'"
    )


def _no_slot_reason(request: PlanRequest, last_day: date) -> str:
    if request.separation_date is None:
        return (
            f"{last_day.isoformat()}까지 상담사 일정에 빈 시간이 없습니다 / "
            f"no counselor time free up to {last_day.isoformat()}"
        )
    return (
        f"퇴직 예정일({request.separation_date.isoformat()}) 전에 상담사 일정에 빈 시간이 없습니다 / "
        f"no counselor time free before the separation date {request.separation_date.isoformat()}"
    )


def _seoul(moment: datetime) -> datetime:
    """Seoul time; a naive datetime is taken to be Seoul time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=SEOUL)
    return moment.astimezone(SEOUL)
