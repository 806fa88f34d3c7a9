"""The served deployments on a Prefect process work pool: `earlywarn deploy`, then `earlywarn worker --count 2`
(two `prefect worker start --type process`), four runs of the pipeline deployment on the same input at
once, the application state on PostgreSQL. All complete, both workers take runs, nothing is duplicated,
and no worker or flow-run process outlives the test.

The module has its own Prefect server: the deployments keep their names on a pool, and no served process
of another module may take their runs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server
from earlywarn.bootstrap import build_app
from tests.conftest import apprise_yaml
from tests.reliability.workload import deliveries, invariant_violations, settings_for, snapshot, write_workload
from tests.served.conftest import EVERY_TAG, _free_port, api_headers, serve_environment

pytestmark = [pytest.mark.slow, pytest.mark.prefect, pytest.mark.postgres]

POOL = "earlywarn-test"
RUNS = 4
WORKERS = 2
WORKERS_ONLINE_SECONDS = 90
RUNS_DONE_SECONDS = 300


@pytest.fixture(scope="module")
def pool_api(tmp_path_factory):
    home, port = tmp_path_factory.mktemp("prefect-pool"), _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    start_server(ServerPaths(home), api_url, port, wait_seconds=120)
    yield api_url, home
    stop_server(ServerPaths(home))


def _cli(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "earlywarn"), *args]


def _post(api_url: str, path: str, body: dict) -> object:
    request = urllib.request.Request(f"{api_url}{path}", data=json.dumps(body).encode(), headers=api_headers())
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def _wait_for_workers(api_url: str, workers: subprocess.Popen, log: Path) -> list[str]:
    deadline = time.monotonic() + WORKERS_ONLINE_SECONDS
    while time.monotonic() < deadline:
        if workers.poll() is not None:
            raise AssertionError(f"earlywarn worker exited with {workers.returncode}:\n{log.read_text()[-3000:]}")
        online = [w["name"] for w in _post(api_url, f"/work_pools/{POOL}/workers/filter", {}) if w["status"] == "ONLINE"]
        if len(online) >= WORKERS:
            return online
        time.sleep(0.5)
    raise AssertionError(f"{WORKERS} workers not online after {WORKERS_ONLINE_SECONDS} s:\n{log.read_text()[-3000:]}")


def _wait_until_final(api_url: str, run_ids: list[str], family: set, workers: subprocess.Popen) -> list[dict]:
    deadline = time.monotonic() + RUNS_DONE_SECONDS
    while time.monotonic() < deadline:
        family.update(_descendants(workers.pid))  # every worker and flow-run process seen, for the leftover check
        runs = _post(api_url, "/flow_runs/filter", {"flow_runs": {"id": {"any_": run_ids}}})
        if len(runs) == len(run_ids) and all(run["state"]["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} for run in runs):
            return runs
        time.sleep(1)
    raise AssertionError(f"flow runs not finished after {RUNS_DONE_SECONDS} s: {[r['state']['type'] for r in runs]}")


def _workers_of(api_url: str, run_ids: list[str], timeout: float = 30) -> dict[str, str]:
    """flow run id → the name of the worker that submitted it (its prefect.worker.submitted-flow-run event)."""
    deadline = time.monotonic() + timeout
    found: dict[str, str] = {}
    while time.monotonic() < deadline:
        page = _post(api_url, "/events/filter", {"filter": {"event": {"name": ["prefect.worker.submitted-flow-run"]}}, "limit": 50})
        for event in page["events"]:
            for related in event["related"]:
                run_id = related["prefect.resource.id"].removeprefix("prefect.flow-run.")
                if run_id in run_ids:
                    found[run_id] = event["resource"]["prefect.resource.name"]
        if len(found) == len(run_ids):
            break
        time.sleep(1)  # events are stored a moment after they are emitted
    return found


def _descendants(pid: int) -> set:
    try:
        return set(psutil.Process(pid).children(recursive=True))
    except psutil.NoSuchProcess:
        return set()


def _stop(workers: subprocess.Popen) -> None:
    """As Ctrl-C or systemd would: SIGTERM to `earlywarn worker`, which stops its workers and their runs."""
    if workers.poll() is None:
        workers.send_signal(signal.SIGTERM)
    try:
        workers.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(workers.pid, signal.SIGKILL)
        workers.wait(timeout=10)


@pytest.mark.timeout(600)
def test_four_runs_of_the_pipeline_deployment_on_two_process_workers_create_nothing_twice(pool_api, postgres_url, tmp_path, receiver):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api_url, prefect_home = pool_api
    config = write_workload(tmp_path, planned=6, generated=60)
    apprise_config = tmp_path / "apprise.yml"
    apprise_config.write_text(apprise_yaml((receiver.url, EVERY_TAG)), encoding="utf-8")
    env = serve_environment(api_url, prefect_home, tmp_path / "var", apprise_config, postgres_url) | {
        "EARLYWARN_CONFIG_DIR": str(config),
        "EARLYWARN_BATCH_SIZE": "20",  # each run's detection fans out to two ranges on its thread runner
        "PREFECT_WORKER_QUERY_SECONDS": "1",  # poll every second, not every 10 s
    }
    app = build_app(settings_for(tmp_path / "var", config, postgres_url))  # migrated once, as `earlywarn deploy` would

    deployed = subprocess.run(_cli("deploy", "--pool", POOL), env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert deployed.returncode == 0, deployed.stdout[-3000:] + deployed.stderr[-3000:]

    log = tmp_path / "workers.log"
    family: set = set()
    with log.open("ab") as out:  # started away from the checkout: the module entrypoints need only the install
        workers = subprocess.Popen(_cli("worker", "--pool", POOL, "--count", str(WORKERS), "--limit", "2"), env=env, cwd=tmp_path,
                                   stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        online = _wait_for_workers(api_url, workers, log)
        family.update(_descendants(workers.pid))
        with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name("pipeline/poll-sources")
            assert deployment.work_pool_name == POOL
            started = time.monotonic()
            run_ids = [str(client.create_flow_run_from_deployment(deployment.id, parameters={"clock": "notice_date"}).id)
                       for _ in range(RUNS)]
        runs = _wait_until_final(api_url, run_ids, family, workers)
        seconds = time.monotonic() - started
        ran_on = _workers_of(api_url, run_ids)
    finally:
        _stop(workers)
    leftovers = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]

    assert [run["state"]["type"] for run in runs] == ["COMPLETED"] * RUNS, log.read_text()[-5000:]
    assert len(ran_on) == RUNS and len(set(ran_on.values())) == WORKERS, ran_on
    assert set(ran_on.values()) <= set(online)
    assert leftovers == [], leftovers
    per_alert, lost = deliveries(app, receiver.received)
    assert invariant_violations(app) == []  # no duplicate case, session, enrollment or alert; nothing unhandled or unsent
    assert {key: n for key, n in per_alert.items() if n > 1} == {}  # no alert delivered twice
    assert lost == []
    outcome = snapshot(app)
    assert len(outcome.cases) > 60 and outcome.sessions and outcome.alerts
    app.engine.dispose()
    print(f"\n{RUNS} pipeline runs on {WORKERS} process workers ({sorted(set(ran_on.values()))}): "
          f"all completed {seconds:.1f} s after they were created; {len(family)} worker and flow-run processes, none left")
