"""The `earlywarn` console script as a process: it ends without the interpreter's teardown, and that changes
neither its exit status nor what it printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from earlywarn.settings import PROJECT_ROOT

CONSOLE_SCRIPT = "import sys; from earlywarn.cli.main import main; sys.argv[0] = 'earlywarn'; sys.exit(main())"


def earlywarn(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "EARLYWARN_ENVIRONMENT": "test", "EARLYWARN_STATE_DIR": str(tmp_path / "var")}
    return subprocess.run([sys.executable, "-c", CONSOLE_SCRIPT, *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_command_that_succeeds_exits_0_with_its_whole_output_piped(tmp_path):
    done = earlywarn(tmp_path, "cases", "list", "--format", "json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_a_command_that_fails_exits_1_with_its_message(tmp_path):
    done = earlywarn(tmp_path, "cases", "show", "999999")

    assert done.returncode == 1
    assert "999999" in done.stderr + done.stdout


def test_a_usage_error_exits_2(tmp_path):
    done = earlywarn(tmp_path, "no-such-command")

    assert done.returncode == 2
    assert "no-such-command" in done.stderr
