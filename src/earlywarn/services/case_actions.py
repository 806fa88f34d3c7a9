"""Staff decisions on cases. Every decision stays on the case timeline, dismissals included."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select

from earlywarn.adapters.db.orm import CaseRow, SessionRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.cases import CaseAction, CaseState, transition
from earlywarn.services.respond import add_timeline


class CaseNotFound(LookupError):
    pass


def apply_case_action(uow: UnitOfWork, case_id: int, action: CaseAction, *, actor: str, reason: str | None, now: datetime) -> CaseRow:
    case = uow.session.get(CaseRow, case_id)
    if case is None:
        raise CaseNotFound(f"case {case_id} does not exist")
    before = CaseState(case.state)
    case.state = transition(before, action, reason=reason).value
    case.updated_at = now
    add_timeline(uow, case.id, now, actor, action.value, {"from": before.value, "to": case.state, "reason": reason})
    return case


def advance_case_states(uow: UnitOfWork, *, now: datetime) -> dict[str, int]:
    """Moves the clock makes: a confirmed case with a plan is responding; past its separation date, monitoring."""
    planned = exists().where(SessionRow.case_id == CaseRow.id, SessionRow.status == "planned")
    starting = select(CaseRow).where(CaseRow.state == CaseState.CONFIRMED.value, planned)
    passed = select(CaseRow).where(CaseRow.state == CaseState.RESPONDING.value, CaseRow.separation_date < now.date())
    moved = {"responding": 0, "monitoring": 0}
    for query, action, key in ((starting, CaseAction.START_RESPONSE, "responding"), (passed, CaseAction.SEPARATION_PASSED, "monitoring")):
        for case in uow.session.scalars(query).all():
            apply_case_action(uow, case.id, action, actor="earlywarn", reason=None, now=now)
            moved[key] += 1
    return moved
