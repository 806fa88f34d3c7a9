"""A real Prefect server (own PREFECT_HOME and port) with the Gunsan 2020 demo run against it, and
headless Debian Chromium driven by Playwright. No browser is downloaded: Chromium is /usr/bin/chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from earlywarn.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
# Chromium as root on a closed network: no sandbox, no GPU, and nothing that phones home at start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RUN_DEMO = (
    "import json\n"
    "from flows.pipeline import pipeline_flow\n"
    "print(json.dumps(pipeline_flow(clock='notice_date'), default=str))\n"
)


@dataclass(frozen=True)
class DemoServer:
    ui_url: str  # e.g. http://127.0.0.1:PORT
    api_url: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where screenshots go: $EARLYWARN_TEST_ARTIFACTS, else <repo>/var/test-artifacts."""
    folder = Path(os.environ.get("EARLYWARN_TEST_ARTIFACTS") or PROJECT_ROOT / "var" / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def sync_playwright():
    """Playwright's sync API, or a skip saying what is missing (checked before any server starts)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does) for the browser check")
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install -e '.[test]')")
    return start


@pytest.fixture(scope="session")
def demo_server(sync_playwright, tmp_path_factory) -> DemoServer:
    """A Prefect server on a free port, with `pipeline_flow(clock="notice_date")` run against it once."""
    from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server

    root = tmp_path_factory.mktemp("browser")
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    paths = ServerPaths(root / "prefect")
    # The UI asks the server where the API is; unset, Prefect answers http://127.0.0.1:4200/api whatever
    # port the server listens on, and every page shows "Can't connect to Server API".
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREFECT_UI_API_URL", api_url)
        start_server(paths, api_url, port, wait_seconds=120)
    try:
        env = {
            **os.environ,
            "PREFECT_HOME": str(paths.home),
            "PREFECT_API_URL": api_url,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "EARLYWARN_ENVIRONMENT": "test",
            "EARLYWARN_STATE_DIR": str(root / "var"),
            "EARLYWARN_QUIET_HOURS_START": "00:00",  # equal ends: no quiet hours at any hour
            "EARLYWARN_QUIET_HOURS_END": "00:00",
        }
        run = subprocess.run([sys.executable, "-c", RUN_DEMO], cwd=PROJECT_ROOT, env=env, capture_output=True,
                             text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert run.returncode == 0, f"the pipeline flow failed:\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
        yield DemoServer(ui_url=f"http://127.0.0.1:{port}", api_url=api_url)
    finally:
        stop_server(paths)


@pytest.fixture
def browser_page(sync_playwright, tmp_path):
    """A fresh headless Chromium (new empty profile) and one page; closed after the test."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 1600},
            locale="ko-KR",
            timezone_id="Asia/Seoul",
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.set_default_timeout(30_000)
            yield page
        finally:
            context.close()
