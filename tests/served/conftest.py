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
from dataclasses import dataclass
from pathlib import Path

import pytest

from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server
from earlywarn.settings import PROJECT_ROOT
from tests.conftest import apprise_yaml

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


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory):
    """A real Prefect server for this module (own PREFECT_HOME and port); stopped by its pid."""
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


def start_serving(env: dict[str, str], log: Path) -> subprocess.Popen:
    """`earlywarn serve` in its own session, so it (and its flow-run children) can be stopped by pid."""
    command = [str(Path(sys.executable).parent / "earlywarn"), "serve"]
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


def _automation_names(api_url: str, since: float) -> set[str]:
    """Automations created after `since` (a re-served deployment replaces the ones it had)."""
    import json
    import urllib.request
    from datetime import datetime

    request = urllib.request.Request(f"{api_url}/automations/filter", data=b"{}", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            automations = json.loads(response.read())
    except OSError:
        return set()
    return {a["name"] for a in automations if datetime.fromisoformat(a["created"]).timestamp() >= since}


@pytest.fixture
def served(prefect_api, tmp_path, http_receiver, request):
    """`earlywarn serve` against the module's server, alerts routed to the HTTP receiver.

    Parametrize indirectly with "postgresql" to keep the app's state on PostgreSQL.
    """
    api_url, prefect_home = prefect_api
    database_url = request.getfixturevalue("postgres_url") if getattr(request, "param", "sqlite") == "postgresql" else None
    apprise_config = tmp_path / "apprise.yml"
    apprise_config.write_text(apprise_yaml((http_receiver.url, EVERY_TAG)), encoding="utf-8")
    env = serve_environment(api_url, prefect_home, tmp_path / "var", apprise_config, database_url)
    log = tmp_path / "serve.log"
    process = start_serving(env, log)
    try:
        wait_for_deployments(api_url, process, log, {"notice submitted"})
        yield Served(api_url, env, process, log)
    finally:
        stop_serving(process)
