"""Beyond one machine: the Prefect server itself on PostgreSQL, and the app's state on PostgreSQL too."""

from __future__ import annotations

import time

import pytest

from earlywarn.adapters.events import NOTICE_SUBMITTED, emit_now, resource
from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server
from tests.served.conftest import _free_port, alerts_about, cases_of, korean_notice, serving, submission_for

pytestmark = [pytest.mark.slow, pytest.mark.prefect, pytest.mark.postgres]


@pytest.fixture(scope="module")
def prefect_api_on_postgres(postgres_server, tmp_path_factory):
    database = postgres_server.create_database("prefect_server")
    home, port = tmp_path_factory.mktemp("prefect-pg"), _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    with pytest.MonkeyPatch.context() as patch:  # start_server passes this environment to the server
        patch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", database.replace("postgresql+psycopg", "postgresql+asyncpg"))
        start_server(ServerPaths(home), api_url, port, wait_seconds=120)
    yield api_url, home
    stop_server(ServerPaths(home))


def test_a_submitted_notice_is_answered_when_prefect_and_the_app_both_run_on_postgresql(
    prefect_api_on_postgres, postgres_url, tmp_path, receiver
):
    company = "호남자동차"
    with serving(*prefect_api_on_postgres, tmp_path, receiver, postgres_url) as served:
        payload, key = submission_for(korean_notice(company))
        started = time.monotonic()
        emit_now(served.api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
        alerts_about(receiver, company)
        print(f"\nemit → alert latency (Prefect and app on PostgreSQL): {time.monotonic() - started:.2f} s")
        assert len(cases_of(served, company)) == 1
