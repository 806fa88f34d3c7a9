"""The main job as a real Prefect flow run: the summary, the artifacts staff see, and a safe re-run."""

import json

from prefect.client.orchestration import get_client

from earlywarn.adapters.file_inbox import read_inbox
from earlywarn.cli.operations import SUMMARY_LABELS
from flows.pipeline import pipeline_flow


async def _artifact_keys() -> set[str]:
    async with get_client() as client:
        return {artifact.key for artifact in await client.read_artifacts() if artifact.key}


def test_the_pipeline_flow_opens_two_cases_and_delivers_alerts_to_the_inbox(flow_app):
    summary = pipeline_flow(clock="notice_date")

    assert summary["cases_opened"] == 2
    assert summary["quarantined"] == 1
    assert summary["alerts_delivered"] >= 2
    assert summary["notices_withdrawn"] == 0  # shown with the other counts: no notice of the examples is withdrawn
    assert set(SUMMARY_LABELS) <= set(summary)  # every count the CLI labels is in the flow's summary
    inbox = read_inbox(flow_app.settings.inbox_dir / "alerts.jsonl")
    assert any("타타대우상용차" in json.dumps(line, ensure_ascii=False) for line in inbox)


def test_the_pipeline_publishes_a_brief_per_case_and_a_run_summary(flow_app):
    import asyncio

    summary = pipeline_flow(clock="notice_date")
    keys = asyncio.run(_artifact_keys())
    assert "pipeline-summary" in keys
    for case_id in summary["case_ids"]:
        assert f"case-{case_id}-summary" in keys


def test_a_second_pipeline_run_creates_nothing_new(flow_app):
    pipeline_flow(clock="notice_date")
    again = pipeline_flow(clock="notice_date")
    for measure in ("notices_stored", "cases_opened", "sessions_planned", "enrollments", "alerts_queued", "alerts_delivered"):
        assert again[measure] == 0, measure
