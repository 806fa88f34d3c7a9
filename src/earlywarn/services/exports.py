"""Exports for other tools. Cells that a spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

from sqlalchemy import select

from earlywarn.adapters.db.orm import NoticeRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """CSV formula injection: a text cell starting like a formula is prefixed with a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def notice_export_rows(uow: UnitOfWork, *, limit: int) -> list[dict]:
    query = select(NoticeRow).order_by(NoticeRow.id).limit(limit)
    return [
        {key: safe_cell(value) for key, value in {
            "id": n.id, "source": n.source, "kind": n.kind, "company": n.company, "location": n.location, "city": n.city,
            "region": n.region, "notice_date": n.notice_date.isoformat() if n.notice_date else None,
            "effective_date": n.effective_date.isoformat() if n.effective_date else None, "jobs": n.jobs,
            "is_closure": n.is_closure, "is_amendment": n.is_amendment, "status": n.status, "supersedes_id": n.supersedes_id,
            "title": n.title,
        }.items()}
        for n in uow.session.scalars(query)
    ]
