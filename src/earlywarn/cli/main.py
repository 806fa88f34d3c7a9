"""Typer application: every command group is registered here."""

from __future__ import annotations

import atexit
import os
import sys

import typer

from earlywarn.cli import alerts, cases, intake, operations, response, workers
from earlywarn.cli import serve as served

app = typer.Typer(help="earlywarn — 고용위기 조기경보 (early warning of job losses)", no_args_is_help=True)
app.add_typer(cases.app, name="cases", help="사례 조회·확정·기각 (cases)")
app.add_typer(alerts.app, name="alerts", help="알림 조회·확인 (alerts)")
app.add_typer(intake.quarantine_app, name="quarantine", help="격리된 입력 (quarantine)")
app.add_typer(intake.notices_app, name="notices", help="공지 조회·내보내기 (notices)")
app.add_typer(operations.server_app, name="server", help="로컬 Prefect 서버 (local Prefect server)")
app.command("run")(operations.run)
app.command("ingest")(intake.ingest)
app.command("status")(operations.status)


def _register_classify() -> None:
    try:
        from earlywarn.cli_classify import classify_command
    except ImportError:  # detection not installed in this build
        return
    app.command("classify", help="JSONL 분류 (classify texts, JSONL in and out)")(classify_command)


_register_classify()
served.register(app)  # serve, submit, replay
workers.register(app)  # deploy, worker
app.add_typer(response.roster_app, name="roster", help="동의받은 근로자 명단 (worker rosters)")
app.add_typer(response.enrollments_app, name="enrollments", help="재취업 프로그램 참여 (enrollments)")
app.command("report")(response.report)


def main() -> None:
    """The console script. A command that ran Prefect leaves an interpreter of ~100k objects whose teardown
    (every module freed one by one) takes ~1 s on the 2-core machine after the work is done: once the
    command has exited and every exit handler has run (Prefect's event and log flushes, logging's), the
    process ends without it. Any other end (an uncaught exception, Ctrl-C) tears down as usual."""
    atexit.register(_end_process)  # registered first, so it runs after every handler registered later
    try:
        app()
    except SystemExit as stop:
        _exit_status.append(_status_of(stop.code))
        raise


_exit_status: list[int] = []


def _status_of(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 1  # a message: Python has printed it and exits with 1


def _end_process() -> None:
    if not _exit_status:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[-1])
