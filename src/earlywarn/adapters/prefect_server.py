"""A persistent local Prefect server for the embedded default, started in the background and stopped by pid.

Ephemeral mode loses most run history and costs ~15 s per process (see DESIGN.md), so the CLI points
Prefect at one server whose state lives in the project's state folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from earlywarn.adapters.prefect_template import seed_home


@dataclass(frozen=True)
class ServerPaths:
    home: Path  # PREFECT_HOME

    @property
    def pid_file(self) -> Path:
        return self.home / "server.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "server.log"


def prefect_environment(home: Path, api_url: str) -> dict[str, str]:
    """What every earlywarn process sets before importing prefect."""
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING"),
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
    }


def apply_prefect_environment(home: Path, api_url: str) -> None:
    for key, value in prefect_environment(home, api_url).items():
        os.environ.setdefault(key, value)


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


@dataclass
class ServerLaunch:
    """A server starting in the background (`process`), or None when one was already answering."""

    process: subprocess.Popen | None
    log_file: Path

    def wait(self, api_url: str, wait_seconds: float = 90) -> bool:
        """Block until the API answers. Returns True when this launch started the server."""
        deadline = time.monotonic() + wait_seconds
        while self.process is not None and time.monotonic() < deadline:
            if is_healthy(api_url):
                return True
            if self.process.poll() is not None:
                raise RuntimeError(f"Prefect server exited with {self.process.returncode}; see {self.log_file}")
            time.sleep(0.25)
        if self.process is not None:
            raise TimeoutError(f"Prefect server not healthy after {wait_seconds:.0f} s; see {self.log_file}")
        return False


def launch_server(paths: ServerPaths, api_url: str, port: int) -> ServerLaunch:
    """Start the server in the background if none answers, without waiting for it: its first boot on a
    new PREFECT_HOME runs its own migrations for several seconds, which the caller can overlap with work."""
    if is_healthy(api_url):
        return ServerLaunch(None, paths.log_file)
    paths.home.mkdir(parents=True, exist_ok=True)
    seed_home(paths.home)  # a new home starts from the installation's migrated Prefect database, when there is one
    env = {**os.environ, **prefect_environment(paths.home, api_url)}
    env.pop("PREFECT_API_URL")  # the server itself must not point at an API
    env["PREFECT_UI_API_URL"] = api_url  # the UI's browser side calls this, whatever the port
    log = paths.log_file.open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port), "--analytics-off"],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own process group: stop it by pid, it survives the caller's shell
    )
    paths.pid_file.write_text(str(process.pid))
    return ServerLaunch(process, paths.log_file)


def start_server(paths: ServerPaths, api_url: str, port: int, *, wait_seconds: float = 90) -> bool:
    """Start the server if none answers and wait until it does. Returns True when this call started it."""
    return launch_server(paths, api_url, port).wait(api_url, wait_seconds)


def stop_server(paths: ServerPaths, *, wait_seconds: float = 20) -> bool:
    """Stop the server this project started (by its pid). Returns True when one was stopped."""
    if not paths.pid_file.exists():
        return False
    pid = int(paths.pid_file.read_text().strip() or 0)
    paths.pid_file.unlink()
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.3)
    os.killpg(pid, signal.SIGKILL)
    return True
