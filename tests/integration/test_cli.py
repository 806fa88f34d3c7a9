"""The operator's commands against a real database filled by the demo (no Prefect needed for these)."""

import csv
import io
import json
from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from earlywarn.bootstrap import get_app
from earlywarn.cli import app as cli
from earlywarn.services import pipeline
from earlywarn.settings import get_settings

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)
CASE_FIELDS = {"id", "company", "type", "state", "region", "jurisdiction", "headcount", "notice_date",
               "separation_date", "risk_score", "opened_at"}


@pytest.fixture
def demo_state(tmp_path, monkeypatch):
    monkeypatch.setenv("EARLYWARN_ENVIRONMENT", "test")
    monkeypatch.setenv("EARLYWARN_STATE_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    get_app.cache_clear()
    app = get_app()
    pipeline.ingest_sources(app, None, now=NOW)
    pipeline.detect_pending(app, now=NOW)
    pipeline.respond_pending(app, now=NOW, clock="notice_date")
    yield app
    app.engine.dispose()
    get_settings.cache_clear()
    get_app.cache_clear()


def invoke(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_cases_list_as_json_has_the_documented_fields(demo_state):
    cases = json.loads(invoke("cases", "list", "--format", "json"))
    assert len(cases) == 2
    for case in cases:
        assert set(case) == CASE_FIELDS


def test_cases_show_as_json_carries_plan_enrollments_alerts_and_timeline(demo_state):
    case_id = json.loads(invoke("cases", "list", "--format", "json"))[0]["id"]
    detail = json.loads(invoke("cases", "show", str(case_id), "--format", "json"))
    assert detail["sessions"] and detail["enrollments"] and detail["alerts"] and detail["timeline"]
    assert detail["timeline"][0]["action"] == "case_opened"


def test_a_missing_case_is_a_clear_error_not_a_traceback(demo_state):
    result = CliRunner().invoke(cli, ["cases", "show", "999"])
    assert result.exit_code == 1
    assert "999" in result.output
    assert "Traceback" not in result.output


def test_dismissing_needs_a_reason_and_stays_on_the_timeline(demo_state):
    case_id = json.loads(invoke("cases", "list", "--format", "json"))[0]["id"]
    invoke("cases", "dismiss", str(case_id), "--reason", "언론 보도 오류 (misreported)", "--actor", "kim")
    detail = json.loads(invoke("cases", "show", str(case_id), "--format", "json"))
    assert detail["state"] == "dismissed"
    last = detail["timeline"][-1]
    assert (last["action"], last["actor"], last["detail"]["reason"]) == ("dismiss", "kim", "언론 보도 오류 (misreported)")


def test_alerts_list_as_json_and_ack(demo_state):
    alerts = json.loads(invoke("alerts", "list", "--format", "json"))
    assert alerts and all(a["status"] == "pending" for a in alerts)
    invoke("alerts", "ack", str(alerts[0]["id"]), "--by", "counselor-lee")
    acked = json.loads(invoke("alerts", "list", "--format", "json"))[0]
    assert acked["acked_by"] == "counselor-lee"


def test_the_quarantine_lists_the_malformed_file_and_replay_keeps_it_visible(demo_state):
    items = json.loads(invoke("quarantine", "list", "--format", "json"))
    assert len(items) == 1 and items[0]["position"] == "file"
    output = invoke("quarantine", "replay", str(items[0]["id"]))
    assert "quarantined" in output
    assert len(json.loads(invoke("quarantine", "list", "--format", "json"))) == 1


def test_replaying_a_quarantined_file_with_a_corrected_copy_stores_its_notices(demo_state, tmp_path):
    item = json.loads(invoke("quarantine", "list", "--format", "json"))[0]
    fixed = tmp_path / "fixed_feed.json"
    fixed.write_text(json.dumps([{"title": "군산 산업단지 입주 기업 동향", "text": "군산 산업단지의 가동률이 회복되고 있다."}], ensure_ascii=False), encoding="utf-8")
    output = invoke("quarantine", "replay", str(item["id"]), "--file", str(fixed))
    assert "stored 1" in output
    assert json.loads(invoke("quarantine", "list", "--format", "json")) == []


def test_notices_export_as_csv_has_one_row_per_notice(demo_state):
    rows = list(csv.DictReader(io.StringIO(invoke("notices", "list", "--format", "csv"))))
    assert len(rows) == 7
    assert {"company", "notice_date", "jobs", "status"} <= set(rows[0])
