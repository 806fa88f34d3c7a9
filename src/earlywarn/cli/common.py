"""Shared by the commands: the app (settings, database), Prefect environment, output helpers."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

# Piped output (CI logs, `| less`) gets a wide table rather than Rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 140)
err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def current_settings():
    """The settings, with Prefect's environment set from them before anything imports prefect."""
    from earlywarn.adapters.prefect_server import apply_prefect_environment
    from earlywarn.settings import get_settings

    settings = get_settings()
    apply_prefect_environment(settings.prefect_home, settings.prefect_api_url)
    return settings


def current_app():
    """Settings + migrated database. Prefect's environment is set first, before anything imports it."""
    from earlywarn.bootstrap import get_app

    current_settings()
    return get_app()


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def print_table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    console.print(table)


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]오류(error):[/red] {message}")
    raise typer.Exit(code)


def announce_case_update(app, case_id: int, company_id: int | None, change: str) -> None:
    """Tell a running server (so the served deployment refreshes the case brief); nothing to do without one."""
    from earlywarn.adapters.events import case_updated
    from earlywarn.adapters.prefect_server import is_healthy

    if is_healthy(app.settings.prefect_api_url, timeout=0.5):
        case_updated(case_id, company_id, change, api_url=app.settings.prefect_api_url)
