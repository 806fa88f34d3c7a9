"""The work the reliability tests run: the Gunsan demo plus generated WARN rows, a fixed clock,
the stages in order, and the checks (counts, invariants, deliveries per notification).

Also runnable as a process (`python -m tests.reliability.workload STATE CONFIG RECEIVER_URL [DB_URL]`)
so the crash and concurrency tests can SIGKILL it or start four at once. It prints one line
`STAGE <name>` before each stage (flushed), and `DONE <json>` at the end.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from earlywarn.adapters.db.orm import (
    CaseNoticeRow,
    CaseRow,
    DeliveryRow,
    DetectionRow,
    EnrollmentRow,
    NoticeRow,
    NotificationRow,
    QuarantineRow,
    RawInputRow,
    SessionRow,
)
from earlywarn.adapters.notifier import Notifier
from earlywarn.settings import PROJECT_ROOT, Settings

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)  # 10:00 in Seoul: outside quiet hours
TAGS = "counselor, supervisor, digest, operator"
STAGES = ("ingest", "detect", "respond", "dispatch")
WORDS = ("Acme", "Birch", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Kestrel",
         "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer", "Quartz", "Raven", "Summit", "Tundra", "Umber", "Vertex")
KINDS = ("Mass Layoff", "Closing", "Layoff Permanent", "Closure Permanent")


def warn_lines(count: int, seed: int) -> list[str]:
    """A WARN-like CSV (header first) of `count` distinct companies."""
    rng = random.Random(seed)
    lines = ["Company,City,Notice Type,Emp #,Notice Date,Layoff Date"]
    for i in range(count):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i:05d} Manufacturing"
        notice = date(2020, 1, 2) + timedelta(days=rng.randrange(330))
        lines.append(f"{name},Springfield,{rng.choice(KINDS)},{rng.randrange(5, 900)},"
                     f"{notice:%m/%d/%Y},{(notice + timedelta(days=60)).isoformat()}")
    return lines


def write_workload(root: Path, *, planned: int = 20, generated: int = 800, seed: int = 2020) -> Path:
    """A config folder whose sources are the demo plus generated WARN files; returns the config dir.

    `planned` rows fall in the demo region (counselors there: cases get sessions, enrollments and
    alerts); `generated` rows fall in a region no counselor serves (cases and case_opened alerts only).
    """
    config = root / "config"
    shutil.copytree(PROJECT_ROOT / "config", config)
    lines = warn_lines(planned + generated, seed)
    for folder, rows in (("gunsan-warn", lines[1 : planned + 1]), ("iowa-warn", lines[planned + 1 :])):
        (root / folder).mkdir()
        (root / folder / f"{folder}.csv").write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")
    sources = (config / "sources.yaml").read_text(encoding="utf-8")
    sources += (f"  - name: generated-gunsan\n    kind: folder\n    path: {root / 'gunsan-warn'}\n    region: gunsan\n"
                f"  - name: generated-iowa\n    kind: folder\n    path: {root / 'iowa-warn'}\n    region: iowa\n")
    (config / "sources.yaml").write_text(sources, encoding="utf-8")
    return config


def settings_for(state: Path, config: Path | None = None, database_url: str | None = None, **extra) -> Settings:
    return Settings(environment="test", home=PROJECT_ROOT, config_dir=config, state_dir=state,
                    database_url=database_url, batch_size=200, **extra)


def http_notifier(url: str, *, timeout: float = 5.0, inbox: Path | None = None) -> Notifier:
    from tests.conftest import apprise_yaml

    return Notifier(config_text=apprise_yaml((url, TAGS)), timeout_seconds=timeout, inbox_dir=inbox)


def run_stage(app, stage: str, notifier=None, *, now: datetime = NOW) -> dict:
    from earlywarn.services import pipeline

    if stage == "ingest":
        return pipeline.ingest_sources(app, None, now=now).as_dict()
    if stage == "detect":
        return {"examined": pipeline.detect_pending(app, now=now).examined}
    if stage == "respond":
        result = pipeline.respond_pending(app, now=now, clock="notice_date")
        return {"cases_opened": result.cases_opened, "sessions": result.sessions_planned, "alerts": result.alerts_queued}
    if stage == "dispatch":
        sent = failed = 0
        while True:  # one call sends at most 500: drain the outbox
            result = pipeline.dispatch_pending(app, notifier, now=now)
            sent, failed = sent + result.sent, failed + result.failed
            if result.sent + result.failed == 0:
                return {"sent": sent, "failed": failed}
    raise ValueError(stage)


def run_all(app, notifier, *, now: datetime = NOW, say=lambda line: None) -> dict:
    summary = {}
    for stage in STAGES:
        say(f"STAGE {stage}")
        summary[stage] = run_stage(app, stage, notifier, now=now)
    return summary


# ---------------------------------------------------------------- checks


def counts(app) -> dict[str, int]:
    with app.uow() as uow:
        return {
            model.__tablename__: uow.session.scalar(select(func.count()).select_from(model))
            for model in (RawInputRow, NoticeRow, QuarantineRow, DetectionRow, CaseRow, CaseNoticeRow, SessionRow,
                          EnrollmentRow, NotificationRow, DeliveryRow)
        }


@dataclass
class Snapshot:
    """What a run leaves behind, by business identity (not by row id)."""

    notices: set
    quarantine: set
    cases: set
    sessions: set
    enrollments: set
    alerts: set


def snapshot(app) -> Snapshot:
    with app.uow() as uow:
        s = uow.session
        case_keys = dict(s.execute(select(CaseRow.id, CaseRow.event_key)).all())
        return Snapshot(
            notices=set(s.execute(select(NoticeRow.source, NoticeRow.content_hash)).all()),
            quarantine={(src, raw, pos) for src, raw, pos in s.execute(
                select(QuarantineRow.source, RawInputRow.sha256, QuarantineRow.position).join(RawInputRow)).all()},
            cases=set(case_keys.values()),
            sessions={(case_keys[c], subj, kind, status) for c, subj, kind, status in s.execute(
                select(SessionRow.case_id, SessionRow.subject, SessionRow.kind, SessionRow.status)).all()},
            enrollments={(case_keys[c], subj.replace(f"case-{c}-", "case-"), p) for c, subj, p in s.execute(
                select(EnrollmentRow.case_id, EnrollmentRow.subject, EnrollmentRow.program_code)).all()},
            alerts={(case_keys.get(c), kind, tag) for c, kind, tag in s.execute(
                select(NotificationRow.case_id, NotificationRow.kind, NotificationRow.tag)).all()},
        )


def invariant_violations(app) -> list[str]:
    """Database invariants that must hold after any run that finished (even after a crash)."""
    problems = []
    with app.uow() as uow:
        s = uow.session
        for model, columns in ((NoticeRow, ("source", "content_hash")), (DetectionRow, ("notice_id", "rules_version")),
                               (CaseRow, ("event_key",)), (SessionRow, ("case_id", "subject", "kind")),
                               (EnrollmentRow, ("subject", "program_code")), (NotificationRow, ("dedup_key",))):
            cols = [getattr(model, c) for c in columns]
            dupes = s.execute(select(*cols).group_by(*cols).having(func.count() > 1)).all()
            if dupes:
                problems.append(f"{model.__tablename__}: duplicate keys {dupes[:3]}")
        unhandled = s.scalar(select(func.count()).select_from(DetectionRow).where(DetectionRow.handled.is_(False)))
        if unhandled:
            problems.append(f"{unhandled} detections not handled")
        linked = select(CaseNoticeRow.notice_id)
        orphan = s.scalar(select(func.count()).select_from(DetectionRow).where(
            DetectionRow.is_restructuring.is_(True), DetectionRow.company_id.is_not(None), DetectionRow.notice_id.not_in(linked)))
        if orphan:
            problems.append(f"{orphan} restructuring detections with no case")
        planned_cases = select(SessionRow.case_id)
        unplanned = s.scalars(select(CaseRow.event_key).where(CaseRow.region == "gunsan", CaseRow.id.not_in(planned_cases))).all()
        if unplanned:
            problems.append(f"cases without a plan: {unplanned[:3]}")
        no_alert = s.scalars(select(CaseRow.event_key).where(CaseRow.id.not_in(select(NotificationRow.case_id).where(
            NotificationRow.kind == "case_opened")))).all()
        if no_alert:
            problems.append(f"cases without a case_opened alert: {no_alert[:3]}")
        pending = s.scalar(select(func.count()).select_from(NotificationRow).where(NotificationRow.status != "sent"))
        if pending:
            problems.append(f"{pending} alerts not sent")
    return problems


def deliveries(app, received: list[dict]) -> tuple[Counter, list[str]]:
    """Messages received per alert (title+body identify one alert here), and alerts never received."""
    with app.uow() as uow:
        alerts = {(n.title, n.body): n.dedup_key for n in uow.session.scalars(select(NotificationRow))}
    per_alert = Counter(alerts.get((m.get("title"), m.get("message")), "<unknown>") for m in received)
    lost = [key for key in alerts.values() if per_alert[key] == 0]
    return per_alert, lost


def main(argv: list[str]) -> None:
    from earlywarn.bootstrap import build_app

    state, config, url = Path(argv[0]), Path(argv[1]), argv[2]
    database_url = argv[3] if len(argv) > 3 else None
    app = build_app(settings_for(state, config, database_url))

    def say(line: str) -> None:
        print(line, flush=True)

    summary = run_all(app, http_notifier(url), say=say)
    say("DONE " + json.dumps(summary))


if __name__ == "__main__":
    main(sys.argv[1:])
