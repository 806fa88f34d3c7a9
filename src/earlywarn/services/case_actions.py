"""Staff decisions on cases. Every decision stays on the case timeline, dismissals included."""

from __future__ import annotations

from datetime import datetime

from earlywarn.adapters.db.orm import CaseRow
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
