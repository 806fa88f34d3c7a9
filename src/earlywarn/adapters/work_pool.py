"""A Prefect process work pool for the served deployments, and its workers: started in their own sessions,
stopped by pid together with the flow runs they started (those run in sessions of their own)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

DEFAULT_POOL = "earlywarn"


def ensure_process_pool(name: str) -> bool:
    """Create the process work pool unless it exists. Returns True when this call created it."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
    from prefect.workers.process import ProcessWorker

    with get_client(sync_client=True) as client:
        try:
            pool = client.read_work_pool(name)
        except ObjectNotFound:
            pass
        else:
            if pool.type != "process":
                raise ValueError(f"work pool {name!r} is of type {pool.type!r}, not process")
            return False
        try:
            client.create_work_pool(WorkPoolCreate(
                name=name, type="process", base_job_template=ProcessWorker.get_default_base_job_template(),
                description="earlywarn: the served deployments, run by `earlywarn worker` on each machine",
            ))
        except ObjectAlreadyExists:  # another machine created it meanwhile
            return False
        return True


def worker_names(pool: str, count: int) -> list[str]:
    """Unique in the pool across machines: the host name tells where a flow run ran."""
    return [f"{pool}-{socket.gethostname()}-{i}" for i in range(1, count + 1)]


def start_workers(pool: str, count: int, *, limit: int | None = None) -> list[subprocess.Popen]:
    """`prefect worker start --type process` × count, each in its own session, sharing this process's
    environment (PREFECT_API_URL, EARLYWARN_*); their flow runs inherit it."""
    processes = []
    for name in worker_names(pool, count):
        command = [sys.executable, "-m", "prefect", "worker", "start", "--pool", pool, "--type", "process", "--name", name]
        if limit:
            command += ["--limit", str(limit)]
        processes.append(subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True))
    return processes


def stop_workers(processes: list[subprocess.Popen], *, wait_seconds: float = 20) -> None:
    """SIGTERM the workers and every process they started (a flow run interrupted here is marked crashed
    and its work is re-done idempotently by the next run or the sweep); SIGKILL what outlives the wait."""
    import psutil

    family = _descendants(processes)
    for process in processes:
        _signal_group(process.pid, signal.SIGTERM)
    family |= _descendants(processes)  # anything started while the signal was on its way
    for member in family:
        try:
            member.terminate()
        except psutil.NoSuchProcess:
            pass
    deadline = time.monotonic() + wait_seconds
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    _, alive = psutil.wait_procs(list(family), timeout=max(0.1, deadline - time.monotonic()))
    for member in alive:
        try:
            member.kill()
        except psutil.NoSuchProcess:
            pass


def _descendants(processes: list[subprocess.Popen]) -> set:
    import psutil

    found = set()
    for process in processes:
        try:
            found.update(psutil.Process(process.pid).children(recursive=True))
        except psutil.NoSuchProcess:
            pass
    return found


def _signal_group(pid: int, signum: int) -> None:
    try:
        os.killpg(pid, signum)
    except ProcessLookupError:
        pass
