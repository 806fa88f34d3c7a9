"""Running anything again changes nothing already done: each stage, the whole pipeline, and a
Prefect "Retry" (the same flow, the same parameters, again) three times in a row."""

from __future__ import annotations

import json

import pytest

from earlywarn.adapters.file_inbox import read_inbox
from tests.reliability.workload import STAGES, counts, deliveries, http_notifier, invariant_violations, run_all, run_stage


def _duplicates(per_alert) -> int:
    return sum(count - 1 for count in per_alert.values() if count > 1)


def test_each_stage_run_three_times_in_a_row_adds_no_row_and_sends_no_alert_twice(any_app, http_receiver, reliability_report):
    notifier = http_notifier(http_receiver.url)
    for stage in STAGES:
        run_stage(any_app, stage, notifier)
        after_first = counts(any_app)
        for _ in range(2):
            run_stage(any_app, stage, notifier)
            assert counts(any_app) == after_first, f"running {stage} again changed the database"

    per_alert, lost = deliveries(any_app, http_receiver.received)
    assert invariant_violations(any_app) == []
    assert max(per_alert.values()) == 1
    assert lost == []
    reliability_report.add(f"re-run each stage x3 ({any_app.engine.dialect.name})", trials=3 * len(STAGES),
                           duplicates=_duplicates(per_alert), losses=len(lost))


def test_the_whole_pipeline_run_three_times_creates_each_case_session_enrollment_and_alert_once(
    any_app, http_receiver, reliability_report
):
    notifier = http_notifier(http_receiver.url)
    first = run_all(any_app, notifier)
    after_first = counts(any_app)
    delivered = len(http_receiver.received)
    assert first["respond"]["cases_opened"] == 2 and first["dispatch"]["sent"] == delivered > 0

    for _ in range(2):
        again = run_all(any_app, notifier)
        assert counts(any_app) == after_first
        assert again["ingest"]["stored"] == 0
        assert again["respond"] == {"cases_opened": 0, "sessions": 0, "alerts": 0}
        assert again["dispatch"] == {"sent": 0, "failed": 0}

    per_alert, lost = deliveries(any_app, http_receiver.received)
    assert len(http_receiver.received) == delivered
    assert _duplicates(per_alert) == 0 and lost == []
    reliability_report.add(f"re-run whole pipeline x3 ({any_app.engine.dialect.name})", trials=3,
                           duplicates=_duplicates(per_alert), losses=len(lost))


@pytest.mark.slow
@pytest.mark.prefect
def test_a_retried_pipeline_flow_run_with_the_same_parameters_sends_nothing_twice(flow_app, reliability_report):
    """A Prefect Retry reruns the whole flow with the same parameters: simulated by calling it again."""
    from flows.detect import detect_flow
    from flows.ingest import ingest_flow
    from flows.notify import notify_flow
    from flows.pipeline import pipeline_flow
    from flows.respond import respond_flow

    inbox = flow_app.settings.inbox_dir / "alerts.jsonl"
    first = pipeline_flow(clock="notice_date")
    after_first = counts(flow_app)
    delivered = read_inbox(inbox)
    assert first["cases_opened"] == 2 and first["alerts_delivered"] == len(delivered) > 0

    for _ in range(2):
        again = pipeline_flow(clock="notice_date")
        for measure in ("notices_stored", "cases_opened", "sessions_planned", "enrollments", "alerts_queued", "alerts_delivered"):
            assert again[measure] == 0, measure
    for stage_flow, kwargs in ((ingest_flow, {}), (detect_flow, {}), (respond_flow, {"clock": "notice_date"}), (notify_flow, {})):
        for _ in range(3):
            stage_flow(**kwargs)
    assert counts(flow_app) == after_first

    lines = [json.dumps([m["title"], m["body"]], ensure_ascii=False) for m in read_inbox(inbox)]
    duplicates = len(lines) - len(set(lines))
    assert len(lines) == len(delivered) and duplicates == 0
    assert invariant_violations(flow_app) == []
    reliability_report.add("Prefect flow re-run x3 (pipeline + each stage flow)", trials=3 + 12, duplicates=duplicates)
