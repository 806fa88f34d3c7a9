"""Re-employment enrollment: per-worker offers once a roster exists, and each enrollment's life cycle.

offered → enrolled → completed, or declined; a re-employment date is the outcome staff record.
Places are counted across the center (a program's capacity is per intake, not per case).
Every change is written to the case timeline; asking for the state an enrollment already has (or
has gone past: enrolled when completed) changes nothing, so a command run twice is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from earlywarn.adapters.db.orm import CaseRow, EnrollmentRow, TimelineRow, WorkerRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.eligibility import (
    EligibilitySubject,
    EnrollmentState,
    InvalidEnrollmentChange,
    Program,
    advance,
    eligible_programs,
)

TAKING_PLACES = (EnrollmentState.ENROLLED.value, EnrollmentState.COMPLETED.value)


class EnrollmentNotFound(LookupError):
    pass


class EnrollmentRefused(ValueError):
    """The program has no place left, or the subject no longer qualifies."""


@dataclass
class EnrollmentChange:
    id: int
    case_id: int
    subject: str
    program: str
    state: str
    reemployed_on: date | None
    changed: bool

    @classmethod
    def of(cls, row: EnrollmentRow, changed: bool) -> "EnrollmentChange":
        return cls(row.id, row.case_id, row.subject, row.program_code, row.state, row.reemployed_on, changed)


def places_taken(uow: UnitOfWork) -> dict[str, int]:
    """Headcount enrolled or completed per program, across every case."""
    query = (select(EnrollmentRow.program_code, func.sum(EnrollmentRow.headcount))
             .where(EnrollmentRow.state.in_(TAKING_PLACES)).group_by(EnrollmentRow.program_code))
    return {code: int(total or 0) for code, total in uow.session.execute(query)}


def worker_subject(case: CaseRow, worker: WorkerRow | None, employer_size: int | None) -> EligibilitySubject:
    """Eligibility facts: age in the separation year (notice year when unknown), tenure, employer size."""
    if worker is None:
        return EligibilitySubject(separation_kind=case.type, region=case.region, is_cohort=True, employer_size=employer_size)
    anchor = case.separation_date or case.notice_date
    age = anchor.year - worker.birth_year if anchor and worker.birth_year else None
    return EligibilitySubject(age=age, tenure_years=worker.tenure_years, employer_size=employer_size,
                              separation_kind=case.type, region=case.region)


def enroll_workers(uow: UnitOfWork, case: CaseRow, catalog: list[Program], *, now: datetime) -> int:
    """Offer each rostered worker every program they may join (places left counted). Returns offers added."""
    workers = list(uow.session.scalars(select(WorkerRow).where(WorkerRow.case_id == case.id).order_by(WorkerRow.id)))
    employer_size = latest_employer_size(uow, case.id)
    taken = places_taken(uow)
    rows = []
    for worker in workers:
        for decision in eligible_programs(worker_subject(case, worker, employer_size), catalog, enrolled=taken):
            if decision.eligible:
                rows.append(dict(case_id=case.id, subject=worker.pseudonym, program_code=decision.program_code,
                                 state=EnrollmentState.OFFERED.value, headcount=1, reasons=decision.reasons, created_at=now))
    return uow.insert_ignoring_duplicates(EnrollmentRow, rows, unique=("subject", "program_code"))


def advance_enrollment(
    uow: UnitOfWork, enrollment_id: int, to: EnrollmentState | str, *, catalog: list[Program], actor: str, now: datetime,
    on: date | None = None,
) -> EnrollmentChange:
    """Move an enrollment on; joining a program checks its places and the subject's eligibility again."""
    row = _get(uow, enrollment_id)
    to = EnrollmentState(to)
    if row.state == to.value or _already_past(row.state, to):
        return EnrollmentChange.of(row, changed=False)
    before = row.state
    advance(before, to)  # InvalidEnrollmentChange when the move is not allowed
    if to is EnrollmentState.ENROLLED:
        _check_places(uow, row, catalog)
    row.state = to.value
    _timeline(uow, row, now, actor, "enrollment_advanced", {"from": before, "to": to.value, "on": (on or now.date()).isoformat()})
    return EnrollmentChange.of(row, changed=True)


def record_outcome(uow: UnitOfWork, enrollment_id: int, *, reemployed_on: date, actor: str, now: datetime) -> EnrollmentChange:
    """Record that the subject found a job on `reemployed_on` (the same date again changes nothing)."""
    row = _get(uow, enrollment_id)
    if row.outcome == "reemployed" and row.reemployed_on == reemployed_on:
        return EnrollmentChange.of(row, changed=False)
    if row.state == EnrollmentState.OFFERED.value:
        raise InvalidEnrollmentChange(
            "제안 단계의 참여에는 취업 결과를 기록할 수 없습니다 / an offer not taken up has no outcome; enroll or decline it first"
        )
    previous = row.reemployed_on
    row.outcome, row.reemployed_on = "reemployed", reemployed_on
    _timeline(uow, row, now, actor, "enrollment_outcome",
              {"outcome": "reemployed", "reemployed_on": reemployed_on.isoformat(), "previous": previous.isoformat() if previous else None})
    return EnrollmentChange.of(row, changed=True)


def latest_employer_size(uow: UnitOfWork, case_id: int) -> int | None:
    """The employer size staff gave with the latest roster import, if any."""
    query = (select(TimelineRow.detail).where(TimelineRow.case_id == case_id, TimelineRow.action == "roster_imported")
             .order_by(TimelineRow.at.desc(), TimelineRow.id.desc()))
    for detail in uow.session.scalars(query):
        if (detail or {}).get("employer_size") is not None:
            return int(detail["employer_size"])
    return None


def _already_past(state: str, to: EnrollmentState) -> bool:
    """Enrolling what is already completed is a repeat of a step done, not a move back."""
    return to is EnrollmentState.ENROLLED and state == EnrollmentState.COMPLETED.value


def _check_places(uow: UnitOfWork, row: EnrollmentRow, catalog: list[Program]) -> None:
    program = next((p for p in catalog if p.code == row.program_code), None)
    if program is None:
        return  # a program no longer in the catalog has no known rules or capacity
    case = uow.session.get(CaseRow, row.case_id)
    worker = uow.session.scalars(select(WorkerRow).where(WorkerRow.pseudonym == row.subject)).first()
    subject = worker_subject(case, worker, latest_employer_size(uow, case.id))
    # a cohort of N needs N places: count N-1 of them as already taken
    taken = places_taken(uow).get(program.code, 0) + row.headcount - 1
    decision = eligible_programs(subject, [program], enrolled={program.code: taken})[0]
    if not decision.eligible:
        raise EnrollmentRefused("; ".join(r for r in decision.reasons if r) or "not eligible")


def _get(uow: UnitOfWork, enrollment_id: int) -> EnrollmentRow:
    row = uow.session.get(EnrollmentRow, enrollment_id)
    if row is None:
        raise EnrollmentNotFound(f"참여 {enrollment_id} 없음 / enrollment {enrollment_id} does not exist")
    return row


def _timeline(uow: UnitOfWork, row: EnrollmentRow, now: datetime, actor: str, action: str, detail: dict) -> None:
    detail = {"enrollment_id": row.id, "subject": row.subject, "program": row.program_code} | detail
    uow.session.add(TimelineRow(case_id=row.case_id, at=now, actor=actor, action=action, detail=detail))
