"""earlywarn serve, submit, replay: event-driven operation."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, console, current_app, fail, print_json, print_table

REPLAY_LABELS = {
    "notices": "대상 공지 (notices in scope)",
    "detected": "새로 감지 (newly detected)",
    "restructuring": "구조조정 (restructurings)",
    "cases_opened": "새 사례 (cases opened)",
    "notices_attached": "기존 사례에 연결 (attached)",
    "notices_withdrawn": "신고 철회 (notices withdrawn)",
    "sessions_planned": "상담 일정 (sessions planned)",
    "enrollments": "프로그램 연계 (enrollments)",
    "alerts_queued": "알림 대기열 (alerts queued)",
}


def serve(
    limit: Annotated[int, typer.Option(help="flow runs at once")] = 4,
    fast_start: Annotated[bool, typer.Option(help="start runs from a warm fork server (POSIX) instead of a fresh Python")] = True,
) -> None:
    """서비스 모드 (serve every deployment: schedules and event triggers) until Ctrl-C."""
    from earlywarn.cli.operations import ensure_server

    app = current_app()
    ensure_server(app)
    console.print("배포 등록 중 (registering deployments): poll-sources, sweep, daily-digest, on-notice-submitted, "
                  "on-restructuring-detected, on-case-updated, on-automation-failed")
    from flows.deployments import serve_all

    serve_all(limit=limit, fast_start=fast_start)


def submit(
    files: Annotated[list[Path] | None, typer.Argument(help="notice files; stdin when none", exists=True, dir_okay=False)] = None,
    source: Annotated[str, typer.Option(help="source the notices are filed under")] = "submitted",
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """공지 제출 (store notices, then tell the served deployments with an event)."""
    from earlywarn.adapters import events
    from earlywarn.adapters.prefect_server import is_healthy
    from earlywarn.services.submit import notices_of, store_bytes

    app = current_app()
    inputs = [(path.name, path.read_bytes()) for path in files] if files else [("stdin.txt", sys.stdin.buffer.read())]
    notice_ids: list[int] = []
    with app.uow() as uow:  # written first: the database is the record, the event only a hint
        for name, data in inputs:
            notice_ids += notices_of(uow, store_bytes(app, uow, data, name=name, source=source, now=datetime.now(timezone.utc)))
    api_url = app.settings.prefect_api_url
    served = bool(notice_ids) and is_healthy(api_url) and events.notice_submitted(api_url, {"notice_ids": notice_ids}, notice_ids[0])
    if output is OutputFormat.json:
        print_json({"notice_ids": notice_ids, "event_emitted": bool(served)})
        return
    console.print(f"저장한 공지 (notices stored): {notice_ids or '없음 (none)'}")
    console.print("이벤트 전송 (event emitted): earlywarn.notice.submitted" if served
                  else "서버 없음: 다음 sweep이 처리합니다 (no server: the next sweep handles them)")


def replay(
    notice: Annotated[int | None, typer.Option(help="one notice id")] = None,
    since: Annotated[datetime | None, typer.Option(help="first notice date (YYYY-MM-DD)", formats=["%Y-%m-%d"])] = None,
    until: Annotated[datetime | None, typer.Option(help="last notice date (YYYY-MM-DD)", formats=["%Y-%m-%d"])] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="report what would happen, change nothing")] = False,
    clock: Annotated[str, typer.Option(help="real, or notice_date for history")] = "real",
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """재처리 (re-run detection and response; business keys make it change nothing already done)."""
    from earlywarn.services.submit import handle_notices, replay_scope

    if notice is None and since is None and until is None:
        fail("--notice ID 또는 --since/--until 을 주세요 (give --notice ID or --since/--until)")
    app = current_app()
    with app.uow() as uow:
        ids = replay_scope(uow, notice_id=notice, since=since and since.date(), until=until and until.date())
    now = datetime.now(timezone.utc)
    summary = handle_notices(app, ids, now=now, clock=clock, dry_run=dry_run).summary()
    summary["alerts_sent"] = 0 if dry_run else _dispatch(app, now)
    summary["dry_run"] = dry_run
    if output is OutputFormat.json:
        print_json(summary)
        return
    rows = [{"항목 (measure)": label, "건수 (count)": summary[key]} for key, label in REPLAY_LABELS.items()]
    rows.append({"항목 (measure)": "알림 전송 (alerts sent)", "건수 (count)": summary["alerts_sent"]})
    title = "재처리 미리보기 — 아무것도 바꾸지 않음 (dry run: nothing changed)" if dry_run else "재처리 (replay)"
    print_table(rows, ["항목 (measure)", "건수 (count)"], title=title)


def _dispatch(app, now: datetime) -> int:
    from earlywarn.services.pipeline import dispatch_pending
    from flows.common import notifier

    return dispatch_pending(app, notifier(app), now=now).sent


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("submit")(submit)
    app.command("replay")(replay)
