"""The case brief staff read in the Prefect UI: company, type, headcount, dates, legal rules,
evidence, sessions, enrollments, alerts. Values from outside are escaped before they reach Markdown."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.messages import RTYPE_LABELS, escape_text
from earlywarn.domain.notices import RestructuringType
from earlywarn.services.queries import case_detail

SEOUL = ZoneInfo("Asia/Seoul")

LABELS = {
    "ko": {"title": "사례 브리핑", "company": "사업장", "type": "구분", "state": "상태", "headcount": "대상 인원",
           "notice": "공지일", "separation": "퇴직 예정일", "region": "지역", "legal": "법정 기준", "evidence": "근거",
           "sessions": "상담 일정", "overflow": "미배정(초과)", "enrollments": "재취업 프로그램", "alerts": "알림",
           "timeline": "경과", "roster": "명단 인원(개인별 계획)", "per_worker": "명단 개인별", "unknown": "미상", "first": "가장 이른 일정",
           "withdrawn": "신고 철회: 사업장이 이 사례의 신고를 철회(취소)했다는 공지가 있습니다. 사례는 열려 있습니다 — 퇴직 취소 여부를 확인해 상담 유지나 종결을 결정해 주세요.",
           "status": {"met": "해당", "not_met": "해당 없음", "undetermined": "판단 보류"}},
    "en": {"title": "Case brief", "company": "Company", "type": "Type", "state": "State", "headcount": "Headcount",
           "notice": "Notice date", "separation": "Separation date", "region": "Region", "legal": "Legal rules", "evidence": "Evidence",
           "sessions": "Counseling", "overflow": "Overflow", "enrollments": "Re-employment programs", "alerts": "Alerts",
           "timeline": "Timeline", "roster": "workers on the roster (planned one by one)", "per_worker": "rostered workers", "unknown": "unknown", "first": "first session",
           "withdrawn": "Notice withdrawn: a notice says the employer withdrew (rescinded, cancelled) this case's notice. The case stays open — confirm the separations are called off, then keep the sessions or close the case.",
           "status": {"met": "met", "not_met": "not met", "undetermined": "undetermined"}},
}


def case_brief_markdown(uow: UnitOfWork, case_id: int, *, language: str = "ko") -> str:
    case = case_detail(uow, case_id)
    if case is None:
        return f"case {case_id} not found"
    return "\n".join(brief_lines(case, language))


def brief_lines(case: dict, language: str) -> list[str]:
    label = LABELS.get(language, LABELS["ko"])
    rtype = RTYPE_LABELS.get(language, RTYPE_LABELS["ko"]).get(RestructuringType(case["type"]), case["type"])
    value = lambda v: escape_text(str(v)) if v not in (None, "") else label["unknown"]  # noqa: E731
    lines = [
        f"# {label['title']} #{case['id']}: {value(case['company'])}",
        "",
        f"| {label['company']} | {label['type']} | {label['state']} | {label['headcount']} | {label['notice']} | {label['separation']} | {label['region']} |",
        "|---|---|---|---|---|---|---|",
        f"| {value(case['company'])} | {rtype} | {case['state']} | {value(case['headcount'])} | {value(case['notice_date'])} | {value(case['separation_date'])} | {value(case['region'])} |",
        "",
    ]
    withdrawn = [t for t in case["timeline"] if t["action"] == "notice_withdrawn"]
    if withdrawn:  # staff decide what a withdrawal means for the case: said before anything else
        lines += [f"> **{label['withdrawn']}** ({', '.join(_local(t['at']) for t in withdrawn)})", ""]
    lines.append(f"## {label['legal']}")
    for rule in case["legal"]:
        title = rule.get("title_ko") if language == "ko" else rule.get("title_en")
        deadline = f" — {rule.get('deadline_label') or ''} {rule['deadline']}" if rule.get("deadline") else ""
        lines.append(f"- **{escape_text(title or rule.get('rule_id', ''))}**: {label['status'].get(rule['status'], rule['status'])}{deadline}. {escape_text(rule.get('reason') or '')}")
    lines += ["", f"## {label['evidence']}"]
    lines += [f"- `{e.get('field', '')}`: “{escape_text(e.get('text', ''))}”" for e in case["evidence"][:12]]
    lines += ["", f"## {label['sessions']}"] + _session_lines(case["sessions"], label)
    lines += ["", f"## {label['enrollments']}"]
    if case.get("roster_workers"):
        lines.append(f"- {label['roster']}: {case['roster_workers']}")
    lines += [f"- {escape_text(program)}: {state} ({count}{', ' + label['per_worker'] if per_worker else ''})"
              for (program, state, per_worker), count in _enrollment_totals(case["enrollments"]).items()]
    lines += ["", f"## {label['alerts']}"]
    lines += [f"- #{a['id']} {a['kind']} → `{a['tag']}`: {a['status']}{' ✔ ' + str(a['acked_by']) if a['acked_at'] else ''}" for a in case["alerts"]]
    lines += ["", f"## {label['timeline']}"]
    lines += [f"- {_local(t['at'])} {escape_text(t['actor'])}: {t['action']}" for t in case["timeline"]]
    return lines


def _local(iso: str | None) -> str:
    """Staff read times in Seoul, whatever zone the server keeps."""
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone(SEOUL).strftime("%Y-%m-%d %H:%M")


def _enrollment_totals(enrollments: list[dict]) -> dict[tuple[str, str, bool], int]:
    """Headcount per (program, state, cohort or rostered workers): one line each, however long the roster."""
    totals: dict[tuple[str, str, bool], int] = {}
    for e in enrollments:
        key = (e["program"], e["state"], not e["subject"].endswith("-cohort"))
        totals[key] = totals.get(key, 0) + (e["headcount"] or 0)
    return totals


def _session_lines(sessions: list[dict], label: dict) -> list[str]:
    planned = [s for s in sessions if s["status"] == "planned"]
    by_kind = Counter(s["kind"] for s in planned)
    lines = [f"- {kind}: {count}" for kind, count in sorted(by_kind.items())]
    if planned:
        first = min(planned, key=lambda s: s["starts_at"] or "")
        lines.append(f"- {label['first']}: {_local(first['starts_at'])} KST ({first['kind']}, {first['counselor']})")
    overflow = [s for s in sessions if s["status"] == "overflow"]
    if overflow:
        lines.append(f"- **{label['overflow']}: {len(overflow)}** — {escape_text(overflow[0]['overflow_reason'] or '')}")
    return lines
