"""earlywarn alerts list|ack"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, announce_case_update, console, current_app, fail, print_json, print_table

app = typer.Typer(no_args_is_help=True)


@app.command("list")
def list_alerts(
    status: Annotated[str | None, typer.Option(help="pending, sent")] = None,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """알림 목록 (list alerts and their delivery results)."""
    from earlywarn.services.queries import alert_summaries

    with current_app().uow() as uow:
        alerts = alert_summaries(uow, status=status)
    if output is OutputFormat.json:
        print_json(alerts)
    else:
        print_table(alerts, ["id", "case_id", "kind", "tag", "status", "attempts", "sent_at", "acked_by"], title="알림 (alerts)")


@app.command("ack")
def ack(alert_id: int, by: Annotated[str, typer.Option(help="who acknowledges")] = "counselor") -> None:
    """알림 확인 (acknowledge an alert so it does not escalate)."""
    from earlywarn.services.alerts import AlertNotFound, acknowledge

    app = current_app()
    with app.uow() as uow:
        try:
            alert = acknowledge(uow, alert_id, by=by, now=datetime.now(timezone.utc))
        except AlertNotFound as error:
            fail(str(error))
        uow.commit()
    console.print(f"알림 {alert_id} 확인됨 (acknowledged by {by})")
    if alert.case_id:
        announce_case_update(app, alert.case_id, None, "alert_acknowledged")
