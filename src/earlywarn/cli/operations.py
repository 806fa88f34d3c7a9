"""run, status and the local Prefect server."""

from __future__ import annotations

from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, console, current_app, current_settings, print_json, print_table

server_app = typer.Typer(no_args_is_help=True)

SUMMARY_LABELS = {
    "notices_read": "읽은 공지 (notices read)",
    "notices_stored": "새로 저장 (stored)",
    "duplicates": "중복 건너뜀 (duplicates)",
    "quarantined": "격리 (quarantined)",
    "restructurings_detected": "구조조정 감지 (restructurings detected)",
    "cases_opened": "새 사례 (cases opened)",
    "notices_attached": "기존 사례에 연결 (attached)",
    "notices_withdrawn": "신고 철회 (notices withdrawn)",
    "sessions_planned": "상담 일정 (sessions planned)",
    "overflow": "미배정 (overflow)",
    "enrollments": "프로그램 연계 (enrollments)",
    "alerts_queued": "알림 대기열 (alerts queued)",
    "alerts_delivered": "알림 전송 (alerts delivered)",
    "alerts_failed": "알림 실패 (alerts failed)",
    "alerts_deferred": "조용한 시간 뒤 전송 (deferred by quiet hours)",
}


def _paths(app):
    from earlywarn.adapters.prefect_server import ServerPaths

    return ServerPaths(app.settings.prefect_home)


def launch_local_server(settings):
    """Start the local Prefect server in the background if none answers (see `wait_for_server`)."""
    from earlywarn.adapters.prefect_server import ServerPaths, launch_server

    console.print("Prefect 서버 확인 중 (checking the local Prefect server)…")
    return launch_server(ServerPaths(settings.prefect_home), settings.prefect_api_url, settings.prefect_port)


def wait_for_server(server, settings) -> None:
    started = server.wait(settings.prefect_api_url)
    console.print(("Prefect 서버를 시작했습니다" if started else "Prefect 서버 실행 중") + f": {_ui_url(settings)}")


def ensure_server(app) -> None:
    wait_for_server(launch_local_server(app.settings), app.settings)


def _ui_url(settings) -> str:
    return settings.prefect_api_url.removesuffix("/api")


def run(
    clock: Annotated[str, typer.Option(help="real, or notice_date to replay history as of each notice's date")] = "real",
    source: Annotated[list[str] | None, typer.Option("--source", help="only these sources")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """파이프라인 실행 (run the main job: ingest → detect → respond → notify) as a Prefect flow."""
    settings = current_settings()
    # The server boots in the background while this process migrates its database and imports Prefect
    server = launch_local_server(settings)
    app = current_app()
    console.print(f"데이터베이스 (database): {app.engine.url.render_as_string(hide_password=True)}"
                  + (" — 마이그레이션 적용 (migrated)" if app.migrated else " — 최신 (up to date)"))
    from flows.pipeline import pipeline_flow, prepare_first_run

    prepare_first_run(app)  # while the server boots
    wait_for_server(server, settings)

    summary = pipeline_flow(sources=source or None, clock=clock)
    if output is OutputFormat.json:
        print_json(summary)
        return
    rows = [{"항목 (measure)": label, "건수 (count)": summary[key]} for key, label in SUMMARY_LABELS.items()]
    print_table(rows, ["항목 (measure)", "건수 (count)"], title="earlywarn 실행 요약 (run summary)")
    created = sum(summary[k] for k in ("notices_stored", "cases_opened", "sessions_planned", "enrollments", "alerts_queued"))
    if created == 0:
        console.print("새로 만든 것이 없습니다: 모두 이미 처리되었습니다 (nothing new: everything was already done).")
    console.print(f"Prefect UI: {_ui_url(app.settings)}  ·  사례 (cases): earlywarn cases list  ·  알림함 (inbox): {app.settings.inbox_dir / 'alerts.jsonl'}")


def status(output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table) -> None:
    """서버·outbox 상태 (server, database and outbox at a glance)."""
    from earlywarn.adapters.prefect_server import is_healthy
    from earlywarn.services.queries import counts

    app = current_app()
    with app.uow() as uow:
        state = {"prefect_api": app.settings.prefect_api_url, "prefect_healthy": is_healthy(app.settings.prefect_api_url)} | counts(uow)
    if output is OutputFormat.json:
        print_json(state)
    else:
        print_table([{"what": k, "value": v} for k, v in state.items()], ["what", "value"], title="earlywarn status")


@server_app.command("start")
def server_start() -> None:
    """로컬 Prefect 서버 시작 (start the local Prefect server in the background)."""
    ensure_server(current_app())


@server_app.command("prepare")
def server_prepare() -> None:
    """설치 단계: Prefect DB 미리 마이그레이션 (install step: migrate Prefect's database once, for new state folders)."""
    from earlywarn.adapters.prefect_template import prepare_template

    console.print(f"Prefect 데이터베이스 준비 (prepared): {prepare_template()}")


@server_app.command("stop")
def server_stop() -> None:
    """이 프로젝트가 시작한 서버 중지 (stop the server this project started)."""
    from earlywarn.adapters.prefect_server import stop_server

    stopped = stop_server(_paths(current_app()))
    console.print("Prefect 서버를 중지했습니다 (stopped)." if stopped else "중지할 서버가 없습니다 (no server of ours running).")
