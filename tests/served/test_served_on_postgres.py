"""Served mode with the app's state on PostgreSQL (the Prefect server keeps its own SQLite)."""

from __future__ import annotations

import time

import pytest

from earlywarn.adapters.events import NOTICE_SUBMITTED, emit_now, resource
from tests.served.conftest import alerts_about, cases_of, korean_notice, submission_for

pytestmark = [pytest.mark.slow, pytest.mark.prefect, pytest.mark.postgres]


def test_a_submitted_notice_event_opens_its_case_in_postgresql_and_alerts_the_webhook(served_on_postgres, receiver):
    company = "서해화학"
    payload, key = submission_for(korean_notice(company))

    started = time.monotonic()
    emit_now(served_on_postgres.api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
    alerts_about(receiver, company)
    print(f"\nemit → alert latency (PostgreSQL state): {time.monotonic() - started:.2f} s")

    assert served_on_postgres.env["EARLYWARN_DATABASE_URL"].startswith("postgresql")
    assert len(cases_of(served_on_postgres, company)) == 1
