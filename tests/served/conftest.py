"""Served mode for real: a Prefect server with its own home and port, and `earlywarn serve` in its own
process group, pointed at a local Apprise HTTP receiver. Both are stopped by pid."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server
from earlywarn.settings import PROJECT_ROOT
from tests.conftest import apprise_yaml
from tests.support.receivers import HttpReceiver

EVERY_TAG = "counselor, supervisor, operator, gunsan, digest"
DEPLOYMENTS_READY_SECONDS = 60


def korean_notice(company: str, headcount: int = 250) -> str:
    """A voluntary-retirement announcement dated next year, so counseling can be planned before it."""
    year = time.gmtime().tm_year + 1
    return (
        f"{company}, 군산공장 희망퇴직 신청 접수\n\n"
        f"{company}은 경영 악화에 따라 {year}년 3월 2일부터 3월 13일까지 생산직을 대상으로 희망퇴직 신청을 받는다고 밝혔다.\n"
        f"회사는 이번 희망퇴직으로 약 {headcount}명을 감축할 계획이며, 퇴직 예정일은 {year}년 4월 30일이다.\n"
    )


def submission_for(text: str) -> tuple[dict, str]:
    """The event payload (a NoticeSubmission) and the resource key naming the not-yet-stored notice."""
    return {"text": text, "name": "notice.txt"}, hashlib.sha256(text.encode()).hexdigest()[:16]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Served:
    api_url: str
    env: dict[str, str]
    process: subprocess.Popen
    log: Path

    def app(self):
        from earlywarn.bootstrap import build_app
        from earlywarn.settings import Settings

        return build_app(Settings(environment="test", home=PROJECT_ROOT, state_dir=Path(self.env["EARLYWARN_STATE_DIR"]),
                                  database_url=self.env.get("EARLYWARN_DATABASE_URL")))


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """A real Prefect server for the served tests (own PREFECT_HOME and port); stopped by its pid."""
    home = tmp_path_factory.mktemp("prefect")
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    paths = ServerPaths(home)
    start_server(paths, api_url, port, wait_seconds=120)
    yield api_url, home
    stop_server(paths)


def serve_environment(api_url: str, prefect_home: Path, state_dir: Path, apprise_config: Path, database_url: str | None) -> dict[str, str]:
    env = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_API_URL": api_url,
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "EARLYWARN_ENVIRONMENT": "test",
        "EARLYWARN_STATE_DIR": str(state_dir),
        "EARLYWARN_APPRISE_CONFIG": str(apprise_config),
        "EARLYWARN_QUIET_HOURS_START": "00:00",  # equal ends: no quiet hours, the test runs at any hour
        "EARLYWARN_QUIET_HOURS_END": "00:00",
        "EARLYWARN_PREFECT_PORT": api_url.rsplit(":", 1)[1].split("/")[0],
    }
    if database_url:
        env["EARLYWARN_DATABASE_URL"] = database_url
    return env


def start_serving(env: dict[str, str], log: Path, *options: str) -> subprocess.Popen:
    """`earlywarn serve` in its own session, so it (and its flow-run children) can be stopped by pid."""
    command = [str(Path(sys.executable).parent / "earlywarn"), "serve", *options]
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def stop_serving(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_for_deployments(api_url: str, process: subprocess.Popen, log: Path, names: set[str]) -> None:
    """Until the served process has registered its deployments and their trigger automations."""
    from earlywarn.adapters.prefect_server import is_healthy

    assert is_healthy(api_url)
    started = time.time() - 1
    deadline = time.monotonic() + DEPLOYMENTS_READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"earlywarn serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        if names <= _automation_names(api_url, since=started):
            time.sleep(1.0)  # the server's trigger cache picks new automations up within a moment
            return
        time.sleep(0.5)
    raise AssertionError(f"deployments not ready after {DEPLOYMENTS_READY_SECONDS} s:\n{log.read_text()[-3000:]}")


def api_headers() -> dict[str, str]:
    """JSON, with basic auth when PREFECT_API_AUTH_STRING is set (the server then refuses anything else)."""
    import base64

    headers = {"Content-Type": "application/json"}
    if auth := os.environ.get("PREFECT_API_AUTH_STRING"):
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    return headers


def _automation_names(api_url: str, since: float) -> set[str]:
    """Automations created after `since` (a re-served deployment replaces the ones it had)."""
    import json
    import urllib.request
    from datetime import datetime

    request = urllib.request.Request(f"{api_url}/automations/filter", data=b"{}", headers=api_headers())
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            automations = json.loads(response.read())
    except OSError:
        return set()
    return {a["name"] for a in automations if datetime.fromisoformat(a["created"]).timestamp() >= since}


@contextmanager
def serving(api_url: str, prefect_home: Path, folder: Path, receiver: HttpReceiver, database_url: str | None = None):
    """`earlywarn serve` against the given server, alerts routed to the HTTP receiver, stopped by pid."""
    apprise_config = folder / "apprise.yml"
    apprise_config.write_text(apprise_yaml((receiver.url, EVERY_TAG)), encoding="utf-8")
    env = serve_environment(api_url, prefect_home, folder / "var", apprise_config, database_url)
    log = folder / "serve.log"
    process = start_serving(env, log)
    try:
        wait_for_deployments(api_url, process, log, {"notice submitted", "restructuring detected, response pending"})
        yield Served(api_url, env, process, log)
    finally:
        stop_serving(process)


@pytest.fixture(scope="module")
def receiver():
    with HttpReceiver() as webhook:
        yield webhook


@pytest.fixture(scope="module")
def served(prefect_api, tmp_path_factory, receiver):
    """One served process for the module's SQLite tests (each test uses its own companies)."""
    with serving(*prefect_api, tmp_path_factory.mktemp("served"), receiver) as stack:
        yield stack


@pytest.fixture
def served_on_postgres(prefect_api, tmp_path, receiver, postgres_url):
    # only in its own module: two served processes at once would share (and steal) each other's runs
    """The same, with the app's state on PostgreSQL."""
    with serving(*prefect_api, tmp_path, receiver, postgres_url) as stack:
        yield stack


ALERT_TIMEOUT = 60.0


def alerts_about(receiver: HttpReceiver, text: str, timeout: float = ALERT_TIMEOUT) -> list[dict]:
    """The webhook bodies mentioning `text`, as soon as there is one."""
    import json

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [body for body in receiver.received if text in json.dumps(body, ensure_ascii=False)]
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no alert mentioning {text!r} within {timeout:.0f} s; received {receiver.received}")


def cases_of(served: Served, company: str) -> list[dict]:
    from earlywarn.services.queries import case_summaries

    app = served.app()
    try:
        with app.uow() as uow:
            return [case for case in case_summaries(uow) if case["company"] == company]
    finally:
        app.engine.dispose()


def store_text(served: Served, text: str) -> list[int]:
    """Store a notice the way `earlywarn submit` does, without any event."""
    from earlywarn.services.submit import NoticeSubmission, store_submission
    from flows.common import utcnow

    app = served.app()
    try:
        return store_submission(app, NoticeSubmission(text=text), now=utcnow())
    finally:
        app.engine.dispose()
