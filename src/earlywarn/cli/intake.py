"""earlywarn ingest, notices list, quarantine list|replay"""

from __future__ import annotations

import csv
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer

from earlywarn.cli.common import OutputFormat, console, current_app, fail, print_json, print_table

quarantine_app = typer.Typer(no_args_is_help=True)
notices_app = typer.Typer(no_args_is_help=True)


def _options(app, source_name: str):
    from earlywarn.services.pipeline import ingest_options

    return ingest_options(app, source_name)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files to read", exists=True, dir_okay=False)],
    source: Annotated[str, typer.Option(help="source name the notices are filed under")] = "manual",
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """파일 읽기 (read notice files: per-file counts and the inferred column mapping)."""
    from rich.progress import Progress

    from earlywarn.services.ingest import ingest_bytes

    app = current_app()
    options = _options(app, source)
    results = []
    with Progress(console=console, transient=True, disable=output is OutputFormat.json) as progress:
        for path in paths:
            task = progress.add_task(path.name, total=None)
            with app.uow() as uow:
                results.append(ingest_bytes(uow, path.read_bytes(), name=path.name, source=source, options=options,
                                            now=datetime.now(timezone.utc), on_progress=lambda n, t=task: progress.advance(t, n)))
    rows = [{"file": r.name, "format": r.format, "encoding": r.encoding, "rows": r.rows_read, "stored": r.stored,
             "duplicates": r.duplicates, "amendments": r.amendments, "quarantined": r.quarantined,
             "already_read": r.already_read, "mapping": r.mapping} for r in results]
    if output is OutputFormat.json:
        print_json(rows)
        return
    print_table(rows, ["file", "format", "encoding", "rows", "stored", "duplicates", "amendments", "quarantined"], title="ingest")
    for row in rows:
        console.print(f"{row['file']}: " + ", ".join(f"{k} ← {v}" for k, v in row["mapping"].items()))


@notices_app.command("list")
def list_notices(
    output: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
    limit: Annotated[int, typer.Option()] = 1000,
) -> None:
    """정규화된 공지 내보내기 (export normalized notices as JSON or CSV)."""
    from earlywarn.services.exports import notice_export_rows

    with current_app().uow() as uow:
        rows = notice_export_rows(uow, limit=limit)
    if output == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        print_json(rows)


@quarantine_app.command("list")
def list_quarantine(
    all_items: Annotated[bool, typer.Option("--all", help="include replayed items")] = False,
    output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """격리 목록 (inputs that could not be read, with the reason)."""
    from earlywarn.services.queries import quarantine_items

    with current_app().uow() as uow:
        items = quarantine_items(uow, status=None if all_items else "open")
    if output is OutputFormat.json:
        print_json(items)
    else:
        print_table(items, ["id", "source", "position", "reason", "status"], title="격리 (quarantine)")


@quarantine_app.command("replay")
def replay(
    item_id: int,
    file: Annotated[Path | None, typer.Option(help="a corrected file to read instead", exists=True, dir_okay=False)] = None,
) -> None:
    """격리 항목 재처리 (re-read a quarantined input, or a corrected file in its place)."""
    from earlywarn.adapters.db.orm import QuarantineRow
    from earlywarn.services.replay import QuarantineItemNotFound, replay_quarantined

    app = current_app()
    with app.uow() as uow:
        item = uow.session.get(QuarantineRow, item_id)
        if item is None:
            fail(f"격리 항목 {item_id} 없음 (no quarantine item {item_id})")
        try:
            result = replay_quarantined(uow, item_id, _options(app, item.source), now=datetime.now(timezone.utc),
                                        data=file.read_bytes() if file else None, name=file.name if file else None)
        except QuarantineItemNotFound as error:
            fail(str(error))
    console.print(f"stored {result.stored}, duplicates {result.duplicates}, quarantined {result.quarantined}")
