"""Cold start: `earlywarn run --clock notice_date` on the demo as a whole process, wall time.

Each run gets a fresh state folder (EARLYWARN_STATE_DIR) and its own port, so it never touches the
team's server on 4200:
  no server     the run starts the local Prefect server itself, then runs the pipeline;
  server up     the server the first run started is still up; a second fresh state folder uses it;
  re-run        the same state again (nothing new to do);
  restart       the server stopped (a reboot): the run starts it again on its kept state.
A new PREFECT_HOME starts from the installation's migrated Prefect database when the install step
(`make`, i.e. `earlywarn server prepare`) made one for this environment; without it, the server's first boot
runs all of Prefect's migrations (~4.5 s more here). The report says which case was measured.
The server is stopped by its pid (`earlywarn server stop`) at the end.

Run: python -m benchmarks.cold_start
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EARLYWARN = Path(sys.executable).parent / "earlywarn"
TARGET_SECONDS = 15.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(state: Path, port: int) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PREFECT_", "EARLYWARN_"))}
    return env | {
        "EARLYWARN_STATE_DIR": str(state),
        "EARLYWARN_PREFECT_PORT": str(port),
        "EARLYWARN_QUIET_HOURS_START": "00:00",  # as `make run`: the demo's alerts go out now
        "EARLYWARN_QUIET_HOURS_END": "00:00",
    }


def _timed_run(state: Path, port: int, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([str(EARLYWARN), *args], cwd=ROOT, env=_environment(state, port),
                          capture_output=True, text=True, timeout=300, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"earlywarn {' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def measure() -> list[tuple[str, float]]:
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="earlywarn-bench-cold-") as root:
        first, second = Path(root) / "first", Path(root) / "second"
        try:
            no_server, _ = _timed_run(first, port, "run", "--clock", "notice_date")
            server_up, _ = _timed_run(second, port, "run", "--clock", "notice_date")
            rerun, output = _timed_run(second, port, "run", "--clock", "notice_date")
            _stop_server(first, port)
            restart, _ = _timed_run(first, port, "run", "--clock", "notice_date")
        finally:
            _stop_server(first, port)
    nothing_new = "nothing new" in output
    return [("no server (starts it)", no_server), ("server already up", server_up),
            ("re-run, server up" + ("" if nothing_new else " (CHANGED SOMETHING)"), rerun),
            ("server stopped, state kept (restarts it)", restart)]


def _stop_server(state: Path, port: int) -> None:
    subprocess.run([str(EARLYWARN), "server", "stop"], cwd=ROOT, env=_environment(state, port),
                   capture_output=True, timeout=60, check=False)


def report(rows: list[tuple[str, float]]) -> list[str]:
    lines = [f"{'earlywarn run --clock notice_date':>42} {'wall s':>7}  target <= {TARGET_SECONDS:.0f} s"]
    lines += [f"{label:>42} {seconds:>7.1f}  {'ok' if seconds <= TARGET_SECONDS else 'over'}" for label, seconds in rows]
    return lines


def template_line() -> str:
    from earlywarn.adapters.prefect_template import template_path

    template = template_path()
    if template.exists():
        return f"Prefect database template (install step): {template}"
    return "no Prefect database template (install step not run): a new state folder's server migrates Prefect's database"


def main() -> None:
    for line in report(measure()):
        print(line)
    print(template_line())


if __name__ == "__main__":
    main()
