"""Four pipeline processes on the same input at once: no duplicate row or alert, no lock left, all finish."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from earlywarn.bootstrap import build_app
from earlywarn.settings import PROJECT_ROOT
from tests.reliability.workload import deliveries, invariant_violations, settings_for, write_workload

RUNS = 4


def _start(state, config, url, database_url):
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT / "src")])}
    args = [sys.executable, "-m", "tests.reliability.workload", str(state), str(config), url] + ([database_url] if database_url else [])
    return subprocess.Popen(args, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_four_runs_on_the_same_input_at_once_all_finish_without_duplicates(database, request, tmp_path, http_receiver, reliability_report):
    config = write_workload(tmp_path, planned=6, generated=60)
    database_url = request.getfixturevalue("postgres_url") if database == "postgresql" else None
    state = tmp_path / "state"
    app = build_app(settings_for(state, config, database_url))  # migrated once, as `earlywarn run` would

    processes = [_start(state, config, http_receiver.url, database_url) for _ in range(RUNS)]
    outcomes = [process.communicate(timeout=240) for process in processes]
    codes = [process.returncode for process in processes]

    per_alert, lost = deliveries(app, http_receiver.received)
    duplicates = sum(count - 1 for count in per_alert.values() if count > 1)
    reliability_report.add(f"{RUNS} concurrent pipeline processes ({database})", trials=RUNS,
                           duplicates=duplicates, losses=len(lost), note=f"exit codes {codes}")
    assert codes == [0] * RUNS, [err[-2000:] for _, err in outcomes]
    assert invariant_violations(app) == []
    assert duplicates == 0, {key: n for key, n in per_alert.items() if n > 1}
    assert lost == []
    if database == "postgresql":
        with app.engine.connect() as connection:
            from sqlalchemy import text

            waiting = connection.execute(text(
                "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid "
                "where not l.granted or (a.datname = current_database() and a.pid <> pg_backend_pid() and a.state like 'idle in transaction%')"
            )).scalar()
        assert waiting == 0
    app.engine.dispose()
