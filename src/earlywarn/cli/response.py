"""earlywarn roster import · enrollments list|advance|outcome · report"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, console, current_app, fail, print_json, print_table

roster_app = typer.Typer(no_args_is_help=True)
enrollments_app = typer.Typer(no_args_is_help=True)


@roster_app.command("import")
def import_roster_command(
    case_id: int,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV (UTF-8 or CP949)")],
    employer_size: Annotated[int | None, typer.Option(help="사업장 전체 인원 (employer size), when known")] = None,
    clock: Annotated[str, typer.Option(help="real | notice_date (replaying history, as `run --clock`)")] = "real",
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """동의받은 명단 가져오기 (import a consented worker roster; the case is re-planned per worker)."""
    from earlywarn.services.pipeline import response_config
    from earlywarn.services.roster_import import RosterError, import_roster, roster_secrets

    app = current_app()
    if clock not in ("real", "notice_date"):
        fail(f"--clock must be real or notice_date, got {clock!r}")
    config = response_config(app, clock=clock)
    with app.uow() as uow:
        try:
            result = import_roster(uow, case_id, file.read_bytes(), roster_secrets(app.settings), config.planning,
                                   config.messaging, now=_now(), employer_size=employer_size, actor="operator")
        except RosterError as error:
            fail(str(error))
        uow.commit()
    if output is OutputFormat.json:
        print_json(result.as_dict())
        return
    console.print(f"명단 (roster) {file.name} [{result.encoding}]: 행 {result.rows} · 새 근로자 {result.imported} · "
                  f"이미 있음 {result.already_known} · 거부 {len(result.rejected)}")
    for rejected in result.rejected:
        console.print(f"  [yellow]{rejected['line']}행 거부[/yellow]: {rejected['reason']} — {rejected['masked_row']}", markup=True)
    for flagged in result.flagged:
        console.print(f"  {flagged['line']}행 확인 필요 (check): {', '.join(flagged['flags'])}")
    if result.plan:
        console.print(f"재계획 (re-planned): 상담 {result.plan.sessions} · 초과 {result.plan.overflow} · 프로그램 제안 {result.plan.enrollments}")


@enrollments_app.command("list")
def list_enrollments(
    case_id: Annotated[int, typer.Option("--case", help="case id")],
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """재취업 프로그램 참여 목록 (enrollments of a case)."""
    from earlywarn.services.queries import case_detail

    with current_app().uow() as uow:
        detail = case_detail(uow, case_id)
    if detail is None:
        fail(f"사례 {case_id} 없음 (case {case_id} does not exist)")
    if output is OutputFormat.json:
        print_json(detail["enrollments"])
    else:
        print_table(detail["enrollments"], ["id", "subject", "program", "state", "headcount", "outcome", "reemployed_on"],
                    title=f"사례 {case_id} 프로그램 참여 (enrollments)")


@enrollments_app.command("advance")
def advance_command(
    enrollment_id: int,
    to: Annotated[str, typer.Option("--to", help="enrolled | completed | declined")],
    on: Annotated[str | None, typer.Option(help="the day it happened (YYYY-MM-DD); today by default")] = None,
    by: Annotated[str, typer.Option(help="who records it")] = "counselor",
) -> None:
    """참여 상태 변경 (move an enrollment on: enrolled, completed, declined)."""
    from earlywarn.domain.eligibility import InvalidEnrollmentChange, load_catalog
    from earlywarn.services.enrollments import EnrollmentNotFound, EnrollmentRefused, advance_enrollment

    app = current_app()
    with app.uow() as uow:
        try:
            change = advance_enrollment(uow, enrollment_id, to, catalog=load_catalog(app.config.programs_config),
                                        actor=by, now=_now(), on=_date(on) if on else None)
        except (EnrollmentNotFound, EnrollmentRefused, InvalidEnrollmentChange, ValueError) as error:
            fail(str(error))
        uow.commit()
    console.print(f"참여 {change.id} ({change.program}): {change.state}" + ("" if change.changed else " (변경 없음, unchanged)"))


@enrollments_app.command("outcome")
def outcome_command(
    enrollment_id: int,
    reemployed_on: Annotated[str, typer.Option("--reemployed-on", help="YYYY-MM-DD")],
    by: Annotated[str, typer.Option(help="who records it")] = "counselor",
) -> None:
    """재취업 결과 기록 (record the re-employment date)."""
    from earlywarn.domain.eligibility import InvalidEnrollmentChange
    from earlywarn.services.enrollments import EnrollmentNotFound, record_outcome

    with current_app().uow() as uow:
        try:
            change = record_outcome(uow, enrollment_id, reemployed_on=_date(reemployed_on), actor=by, now=_now())
        except (EnrollmentNotFound, InvalidEnrollmentChange) as error:
            fail(str(error))
        uow.commit()
    console.print(f"참여 {change.id}: 재취업 {change.reemployed_on}" + ("" if change.changed else " (변경 없음, unchanged)"))


def report(
    period: Annotated[str, typer.Option(help="YYYY or YYYY-MM")],
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """기간 보고서 (people supported and placed, sessions, alerts per company, program and month)."""
    from earlywarn.services.report import Period, PeriodError, period_report

    try:
        chosen = Period.parse(period)
    except PeriodError as error:
        fail(str(error))
    with current_app().uow() as uow:
        data = period_report(uow, chosen)
    if output is OutputFormat.json:
        print_json(data)
        return
    console.print(f"[bold]{data['period']}[/bold] 지원 인원 (supported) {data['people_supported']} · "
                  f"취업 인원 (placed) {data['people_placed']} · 상담 예정/완료 {data['sessions']['planned']}/{data['sessions']['held']} · "
                  f"알림 발송/확인 {data['alerts']['sent']}/{data['alerts']['acknowledged']}")
    print_table(data["by_company"], ["company", "supported", "placed", "sessions_planned", "sessions_held"], title="사업장별 (per company)")
    print_table(data["by_program"], ["program", "supported", "placed"], title="프로그램별 (per program)")
    print_table(data["by_month"], ["month", "supported", "placed", "sessions_planned", "sessions_held", "alerts_sent"], title="월별 (per month)")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"날짜는 YYYY-MM-DD 형식입니다 (date must be YYYY-MM-DD): {text!r}")
