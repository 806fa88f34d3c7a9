"""Board flow: open cases and upcoming separation dates as a table, and two charts, in the Prefect UI."""

from __future__ import annotations

from datetime import date

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.common import app, utcnow

SEOUL = "Asia/Seoul"


@task(name="build-board")
def board_task(as_of: date | None = None) -> dict:
    """Build the board as of a day (today in Seoul by default), publish it, and save the PNGs."""
    from zoneinfo import ZoneInfo

    from earlywarn.services.charts import build_board, save_charts
    from earlywarn.services.watch import WatchConfig

    current = app()
    today = as_of or utcnow().astimezone(ZoneInfo(SEOUL)).date()
    with current.uow() as uow:
        board = build_board(uow, today=today, watch=WatchConfig.from_config(current.config.detection_config),
                            companies_config=current.config.companies_config)
    create_table_artifact(key="open-cases-board", table=board.rows or [{"case_id": None, "company": "진행 중인 사례 없음 (no open case)"}],
                          description=f"진행 중인 사례와 퇴직 예정일 (open cases and separation dates), {today}")
    create_markdown_artifact(key="open-cases-charts", markdown=board.markdown,
                             description=f"퇴직 예정일·위험 점수 그림 (charts), {today}")
    paths = save_charts(current.settings.state_dir / "charts", board.charts, today)
    sizes = {name: len(png) for name, png in board.charts.items()}
    print(f"board {today}: {len(board.rows)} open cases; charts {sizes} bytes; hangul font: {board.font.family or 'none (romanized)'}")
    return {"open_cases": len(board.rows), "charts": [str(p) for p in paths], "chart_bytes": sizes, "hangul_font": board.font.family}


@flow(name="board", log_prints=True)
def board_flow(as_of: date | None = None) -> dict:
    return board_task(as_of)
