"""The values each alert template receives (see the variable list at the top of each template)."""

from __future__ import annotations

from datetime import datetime, timedelta

from earlywarn.adapters.db.orm import CaseRow, CompanyRow


def case_key(case: CaseRow) -> str:
    return f"case-{case.id}"


def _case_facts(case: CaseRow, company: CompanyRow, region_name: str, source: str) -> dict:
    """What every alert about a case's event says: the company, the kind, the people and the days, and where from."""
    return {
        "company": company.name,
        "rtype": case.type,
        "headcount": case.headcount,
        "separation_date": case.separation_date,
        "notice_date": case.notice_date,
        "region_name": region_name,
        "source": source,
        "case_key": case_key(case),
    }


def case_opened(case: CaseRow, company: CompanyRow, *, region_name: str, source: str) -> dict:
    return {
        **_case_facts(case, company, region_name, source),
        "rules": [
            {"title_ko": rule.get("title_ko"), "title_en": rule.get("title_en"), "status": rule.get("status"), "deadline": _date(rule.get("deadline"))}
            for rule in case.legal or []
        ],
    }


def notice_withdrawn(case: CaseRow, company: CompanyRow, *, region_name: str, source: str, withdrawn_on) -> dict:
    """A case's notice withdrawn by its employer: what the case was opened for, and when it was withdrawn."""
    return {**_case_facts(case, company, region_name, source), "withdrawn_on": withdrawn_on, "case_state": case.state}


def sessions_planned(case: CaseRow, company: CompanyRow, sessions: list, overflow_count: int) -> dict:
    starts = sorted(s.start for s in sessions)
    orientation = next((s.start for s in sessions if s.kind.value == "orientation"), None)
    return {
        "company": company.name,
        "case_key": case_key(case),
        "session_count": len(sessions),
        "orientation_start": orientation,
        "first_date": starts[0] if starts else None,
        "last_date": starts[-1] if starts else None,
        "counselor_count": len({s.counselor_id for s in sessions}),
        "overflow_count": overflow_count,
    }


def overflow(case: CaseRow, company: CompanyRow, items: list) -> dict:
    return {
        "company": company.name,
        "case_key": case_key(case),
        "overflow_count": len(items),
        "separation_date": case.separation_date,
        "reasons": sorted({item.reason for item in items})[:5],
    }


def escalation(company: str | None, case: CaseRow | None, *, alert_title: str, sent_at: datetime, waited: timedelta, recipient: str) -> dict:
    return {
        "company": company or "-",
        "case_key": case_key(case) if case else "-",
        "alert_title": alert_title,
        "sent_at": sent_at,
        "waited_minutes": int(waited.total_seconds() // 60),
        "recipient": recipient,
    }


def watch_raised(company: CompanyRow, *, signal_title: str, source: str, url: str | None, score: float) -> dict:
    return {"company": company.name, "signal_title": signal_title, "source": source, "url": url, "score": round(score, 2)}


def _date(value):
    from datetime import date

    return date.fromisoformat(value) if isinstance(value, str) else value
