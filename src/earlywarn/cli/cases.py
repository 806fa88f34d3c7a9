"""earlywarn cases list|show|confirm|dismiss"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, announce_case_update, console, current_app, fail, print_json, print_table

app = typer.Typer(no_args_is_help=True)


@app.command("list")
def list_cases(
    state: Annotated[str | None, typer.Option(help="only cases in this state")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """사례 목록 (list cases)."""
    from earlywarn.services.queries import case_summaries

    with current_app().uow() as uow:
        cases = case_summaries(uow, state=state)
    if output is OutputFormat.json:
        print_json(cases)
    else:
        print_table(cases, ["id", "company", "type", "state", "headcount", "notice_date", "separation_date", "region"], title="사례 (cases)")


@app.command("show")
def show_case(case_id: int, output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table) -> None:
    """사례 상세 (one case: brief, sessions, enrollments, alerts, timeline)."""
    from earlywarn.services.briefs import case_brief_markdown
    from earlywarn.services.queries import case_detail

    app = current_app()
    with app.uow() as uow:
        detail = case_detail(uow, case_id)
        if detail is None:
            fail(f"사례 {case_id} 없음 (case {case_id} does not exist)")
        if output is OutputFormat.json:
            print_json(detail)
        else:
            from rich.markdown import Markdown

            console.print(Markdown(case_brief_markdown(uow, case_id, language=app.settings.language)))


def _decide(case_id: int, action_name: str, reason: str | None, actor: str) -> None:
    from earlywarn.domain.cases import CaseAction, InvalidTransition
    from earlywarn.services.case_actions import CaseNotFound, apply_case_action

    app = current_app()
    with app.uow() as uow:
        try:
            case = apply_case_action(uow, case_id, CaseAction(action_name), actor=actor, reason=reason, now=datetime.now(timezone.utc))
        except (CaseNotFound, InvalidTransition) as error:
            fail(str(error))
        uow.commit()
        console.print(f"사례 {case.id}: {case.state}")
    announce_case_update(app, case.id, case.company_id, case.state)


@app.command("confirm")
def confirm(case_id: int, reason: Annotated[str | None, typer.Option()] = None,
            actor: Annotated[str, typer.Option(help="who decides")] = "staff") -> None:
    """사례 확정 (confirm a detected case)."""
    _decide(case_id, "confirm", reason, actor)


@app.command("dismiss")
def dismiss(case_id: int, reason: Annotated[str, typer.Option(help="why (required; stays on the timeline)")],
            actor: Annotated[str, typer.Option(help="who decides")] = "staff") -> None:
    """사례 기각 (dismiss a detected case, with a reason kept on its timeline)."""
    _decide(case_id, "dismiss", reason, actor)
