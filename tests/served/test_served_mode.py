"""Served mode end to end: a real Prefect server, `earlywarn serve` in its own process, a real webhook.

An event in, an alert out: the latency printed here is emit → alert received by the counselors' webhook.
"""

from __future__ import annotations

import json
import time

import pytest

from earlywarn.adapters.events import NOTICE_SUBMITTED, emit_now, resource
from tests.served.conftest import korean_notice, submission_for

pytestmark = [pytest.mark.slow, pytest.mark.prefect]

ALERT_TIMEOUT = 60.0


def _alerts_about(receiver, company: str, timeout: float) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [body for body in receiver.received if company in json.dumps(body, ensure_ascii=False)]
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no alert about {company} within {timeout:.0f} s; received {receiver.received}")


def _cases_of(served, company: str) -> list[dict]:
    from earlywarn.services.queries import case_summaries

    app = served.app()
    try:
        with app.uow() as uow:
            return [case for case in case_summaries(uow) if case["company"] == company]
    finally:
        app.engine.dispose()


@pytest.mark.parametrize("served", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_submitted_korean_notice_event_opens_a_case_and_alerts_the_counselors_webhook(served, http_receiver):
    company = "한빛중공업"
    payload, key = submission_for(korean_notice(company))

    started = time.monotonic()
    emit_now(served.api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
    alerts = _alerts_about(http_receiver, company, ALERT_TIMEOUT)
    latency = time.monotonic() - started

    print(f"\nemit → alert latency: {latency:.2f} s")
    assert "희망퇴직" in json.dumps(alerts, ensure_ascii=False) or alerts
    cases = _cases_of(served, company)
    assert len(cases) == 1 and cases[0]["headcount"] == 250


def test_a_notice_stored_while_no_event_was_sent_is_handled_by_the_sweep(served, http_receiver):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from earlywarn.services.submit import NoticeSubmission, store_submission
    from flows.common import utcnow

    company = "대한철강"
    app = served.app()
    try:
        store_submission(app, NoticeSubmission(text=korean_notice(company, headcount=180)), now=utcnow())
    finally:
        app.engine.dispose()

    with temporary_settings(updates={PREFECT_API_URL: served.api_url}):
        run_deployment("sweep/sweep", timeout=0)
    _alerts_about(http_receiver, company, ALERT_TIMEOUT)
    assert len(_cases_of(served, company)) == 1
