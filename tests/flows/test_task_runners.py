"""EARLYWARN_TASK_RUNNER=dask: the pipeline's detection fans out to Dask worker processes (a local cluster
of 2 processes, one thread each), and the outcome is the one of the default thread runner: the same
cases, sessions, enrollments and alerts, no duplicate.

The input is the Gunsan demo plus 66 generated WARN rows. Detection ranges are cut one per worker, of one
to ten batches: with EARLYWARN_BATCH_SIZE=4 the 73 stored notices make two task runs, side by side.
"""

from __future__ import annotations

import os
import time

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId, TaskRunFilter, TaskRunFilterName

from earlywarn.bootstrap import get_app
from earlywarn.settings import Settings, get_settings
from flows.common import SettingsTaskRunner, task_runner
from flows.pipeline import pipeline_flow
from tests.reliability.workload import counts, invariant_violations, snapshot, write_workload

pytestmark = [pytest.mark.slow, pytest.mark.prefect]


@pytest.fixture(scope="module")
def workload(tmp_path_factory):
    return write_workload(tmp_path_factory.mktemp("workload"), planned=6, generated=60)


def run_pipeline(monkeypatch, state, config, **settings: str) -> dict:
    """One pipeline flow run with its settings in the environment, as a deployment's process has them;
    the outcome by business keys, the range task runs and the time it took."""
    env = {
        "EARLYWARN_ENVIRONMENT": "test", "EARLYWARN_STATE_DIR": str(state), "EARLYWARN_CONFIG_DIR": str(config),
        "EARLYWARN_BATCH_SIZE": "4", "EARLYWARN_QUIET_HOURS_START": "00:00", "EARLYWARN_QUIET_HOURS_END": "00:00",
    } | {f"EARLYWARN_{name.upper()}": value for name, value in settings.items()}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    get_app.cache_clear()
    try:
        started = time.monotonic()
        state_ = pipeline_flow(clock="notice_date", return_state=True)
        seconds = time.monotonic() - started
        summary = state_.result()
        app = get_app()
        with get_client(sync_client=True) as client:
            ranges = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state_.state_details.flow_run_id])),
                task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="detect-range")),
            )
        return {"summary": summary, "snapshot": snapshot(app), "counts": counts(app), "violations": invariant_violations(app),
                "ranges": ranges, "seconds": seconds}
    finally:
        get_app().engine.dispose()
        get_settings.cache_clear()
        get_app.cache_clear()


def assert_same_outcome(threads: dict, dask: dict) -> None:
    assert threads["violations"] == [] and dask["violations"] == []  # no duplicate key, nothing unhandled or unsent
    assert dask["snapshot"] == threads["snapshot"]
    assert dask["counts"] == threads["counts"]
    for measure in ("notices_stored", "restructurings_detected", "cases_opened", "sessions_planned", "alerts_delivered"):
        assert dask["summary"][measure] == threads["summary"][measure], measure
    assert threads["summary"]["cases_opened"] > 60 and threads["summary"]["sessions_planned"] > 0
    assert len(dask["ranges"]) >= 2 and all(run.state.is_completed() for run in dask["ranges"])


def test_the_dask_runner_on_its_own_local_cluster_gives_the_outcome_of_the_thread_runner(prefect_server, workload, tmp_path, monkeypatch):
    threads = run_pipeline(monkeypatch, tmp_path / "threads", workload)
    dask = run_pipeline(monkeypatch, tmp_path / "dask", workload, task_runner="dask", task_workers="2")

    assert_same_outcome(threads, dask)
    print(f"\npipeline: threads {threads['seconds']:.1f} s, dask (local cluster, 2 processes) {dask['seconds']:.1f} s, "
          f"{len(dask['ranges'])} detection ranges")


def test_the_dask_runner_at_an_existing_scheduler_classifies_in_its_worker_processes(prefect_server, workload, tmp_path, monkeypatch):
    from distributed import Client, LocalCluster, get_task_stream

    threads = run_pipeline(monkeypatch, tmp_path / "threads", workload)
    # the cluster's processes get the environment they start with, as workers on other machines would
    for name, value in {"EARLYWARN_ENVIRONMENT": "test", "EARLYWARN_STATE_DIR": str(tmp_path / "dask"),
                        "EARLYWARN_CONFIG_DIR": str(workload), "EARLYWARN_BATCH_SIZE": "4"}.items():
        monkeypatch.setenv(name, value)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster, set_as_default=False) as client:  # not the default: the runner must use the address
        with get_task_stream(client) as stream:  # its data is collected when the block ends
            dask = run_pipeline(monkeypatch, tmp_path / "dask", workload, task_runner="dask", dask_address=cluster.scheduler_address)
        worker_pids = client.run(os.getpid)
    ran_on = {entry["worker"] for entry in stream.data}  # the cluster runs nothing else

    assert_same_outcome(threads, dask)
    assert ran_on and ran_on <= set(worker_pids), (ran_on, worker_pids)
    assert os.getpid() not in worker_pids.values()
    print(f"\ndetection ranges ran on {len(ran_on)} of 2 worker processes {sorted(worker_pids.values())}")


def test_the_setting_chooses_the_runner(tmp_path):
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    def settings(**values) -> Settings:
        return Settings(environment="test", state_dir=tmp_path, **values)

    threads = task_runner(settings())
    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 2
    local = task_runner(settings(task_runner="dask", task_workers=3))
    assert isinstance(local, DaskTaskRunner) and local.address is None
    assert local.cluster_kwargs == {"n_workers": 3, "threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    remote = task_runner(settings(task_runner="dask", dask_address="tcp://10.0.0.5:8786"))
    assert remote.address == "tcp://10.0.0.5:8786"
    assert isinstance(pipeline_flow.task_runner, SettingsTaskRunner)  # decided per run, from the settings of its process
