"""`earlywarn submit` and `earlywarn replay`: stored first, handled once, and a dry run that changes nothing."""

from __future__ import annotations

import json
import socket

import pytest
from typer.testing import CliRunner

from earlywarn.adapters.db.orm import CaseRow, NotificationRow, SessionRow
from earlywarn.bootstrap import get_app
from earlywarn.cli import app as cli
from earlywarn.settings import get_settings
from tests.served.conftest import korean_notice


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def cli_state(tmp_path, monkeypatch):
    """The CLI's own app on a fresh state folder, with no Prefect server answering."""
    port = _free_port()
    for key, value in {
        "EARLYWARN_ENVIRONMENT": "test", "EARLYWARN_STATE_DIR": str(tmp_path / "var"), "EARLYWARN_PREFECT_PORT": str(port),
        "EARLYWARN_QUIET_HOURS_START": "00:00", "EARLYWARN_QUIET_HOURS_END": "00:00",
        "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    get_app.cache_clear()
    yield tmp_path
    get_app().engine.dispose()
    get_settings.cache_clear()
    get_app.cache_clear()


def _run(*args: str, input: str | None = None) -> dict:
    result = CliRunner().invoke(cli, [*args, "--format", "json"], input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _count(model) -> int:
    with get_app().uow() as uow:
        return uow.session.query(model).count()


def test_submit_stores_a_notice_from_stdin_and_says_no_event_left_without_a_server(cli_state):
    submitted = _run("submit", input=korean_notice("한빛중공업"))

    assert len(submitted["notice_ids"]) == 1
    assert submitted["event_emitted"] is False


def test_submitting_the_same_file_twice_stores_one_notice(cli_state):
    notice = cli_state / "notice.txt"
    notice.write_text(korean_notice("대한철강"), encoding="utf-8")

    first = _run("submit", str(notice))
    second = _run("submit", str(notice))

    assert first["notice_ids"] == second["notice_ids"]


def test_a_dry_run_replay_reports_the_case_sessions_and_alerts_without_making_them(cli_state):
    [notice_id] = _run("submit", input=korean_notice("새만금조선"))["notice_ids"]

    preview = _run("replay", "--notice", str(notice_id), "--dry-run")

    assert preview["cases_opened"] == 1 and preview["alerts_queued"] >= 1
    assert preview["sessions_planned"] == _run("replay", "--notice", str(notice_id), "--dry-run")["sessions_planned"]
    assert _count(CaseRow) == _count(SessionRow) == _count(NotificationRow) == 0


def test_a_replay_does_what_the_dry_run_announced_and_a_second_replay_changes_nothing(cli_state):
    [notice_id] = _run("submit", input=korean_notice("군산테크"))["notice_ids"]
    preview = _run("replay", "--notice", str(notice_id), "--dry-run")

    done = _run("replay", "--notice", str(notice_id))
    again = _run("replay", "--since", "2000-01-01", "--until", "2100-12-31")

    for measure in ("cases_opened", "sessions_planned", "enrollments", "alerts_queued"):
        assert done[measure] == preview[measure], measure
        assert again[measure] == 0, measure
    assert _count(CaseRow) == 1 and _count(SessionRow) == preview["sessions_planned"]
    assert done["alerts_sent"] >= 1  # delivered to the local inbox


def test_replay_needs_a_notice_or_a_date_range(cli_state):
    result = CliRunner().invoke(cli, ["replay"])
    assert result.exit_code == 1
