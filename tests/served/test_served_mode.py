"""Served mode end to end: a real Prefect server, `earlywarn serve` in its own process, a real webhook.

An event in, an alert out: the latency printed is emit → alert received by the counselors' webhook.
"""

from __future__ import annotations

import time

import pytest

from earlywarn.adapters.events import NOTICE_SUBMITTED, RESTRUCTURING_DETECTED, emit_now, resource
from tests.served.conftest import alerts_about, cases_of, korean_notice, store_text, submission_for

pytestmark = [pytest.mark.slow, pytest.mark.prefect]


def test_a_submitted_korean_notice_event_opens_a_case_and_alerts_the_counselors_webhook(served, receiver):
    company = "한빛중공업"
    payload, key = submission_for(korean_notice(company))

    started = time.monotonic()
    emit_now(served.api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
    alerts = alerts_about(receiver, company)
    print(f"\nemit → alert latency: {time.monotonic() - started:.2f} s")

    assert alerts[0]["title"]
    [case] = cases_of(served, company)
    assert case["headcount"] == 250 and case["type"] == "voluntary_retirement"


def test_a_restructuring_detected_with_its_response_pending_triggers_the_response(served, receiver):
    company = "새만금조선"
    [notice_id] = store_text(served, korean_notice(company))

    pending = resource("notice", notice_id) | {"earlywarn.responded": "false"}
    emit_now(served.api_url, RESTRUCTURING_DETECTED, pending, {"notice_id": notice_id, "responded": False})

    alerts_about(receiver, company)
    assert len(cases_of(served, company)) == 1


def test_a_notice_stored_while_no_event_was_sent_is_handled_by_the_sweep(served, receiver):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    company = "대한철강"
    store_text(served, korean_notice(company, headcount=180))

    with temporary_settings(updates={PREFECT_API_URL: served.api_url}):
        run_deployment("sweep/sweep", timeout=0)

    alerts_about(receiver, company)
    assert len(cases_of(served, company)) == 1


def test_an_event_whose_trigger_cannot_build_the_run_alerts_the_operators(served, receiver):
    broken = resource("notice", "unknown") | {"earlywarn.responded": "false"}
    emit_now(served.api_url, RESTRUCTURING_DETECTED, broken, {"responded": False})  # no notice_id

    [alert] = alerts_about(receiver, "restructuring detected, response pending")
    assert "자동화 실패" in alert["title"]  # "automation action failed"


def test_earlywarn_submit_stores_the_notice_and_its_event_brings_the_alert(served, receiver):
    import json
    import subprocess
    import sys
    from pathlib import Path

    company = "금강기계"
    command = [str(Path(sys.executable).parent / "earlywarn"), "submit", "--format", "json"]
    done = subprocess.run(command, input=korean_notice(company).encode(), env=served.env, capture_output=True, timeout=60, check=True)

    assert json.loads(done.stdout)["event_emitted"] is True
    alerts_about(receiver, company)
