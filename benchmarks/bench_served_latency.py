"""Served mode latency: `earlywarn.notice.submitted` emitted → alert received by a local Apprise webhook.

Starts its own Prefect server (own PREFECT_HOME and port) and `earlywarn serve` in its own process group,
emits N Korean restructuring notices one after another (each waits for its alert), prints p50/p95.
Measures both ways served runs can start (a warm fork server, Prefect's spawn of a fresh Python), one after
the other on one Prefect server, and prints the ratio. Target: p95 ≤ 5 s.
Run: .venv/bin/python -m benchmarks.bench_served_latency [--notices 20] [--modes fast,spawn] [--database-url URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from earlywarn.adapters.events import NOTICE_SUBMITTED, emit_now, resource
from earlywarn.adapters.prefect_server import ServerPaths, start_server, stop_server
from tests.conftest import apprise_yaml
from tests.served.conftest import (
    EVERY_TAG,
    _free_port,
    api_headers,
    korean_notice,
    serve_environment,
    start_serving,
    stop_serving,
    submission_for,
    wait_for_deployments,
)
from tests.support.receivers import HttpReceiver

TARGET_P95_SECONDS = 5.0
# distinct companies: a second notice about the same company attaches to its open case (no new alert)
COMPANIES = ["한빛중공업", "대한철강", "새만금조선", "군산테크", "서해화학", "금강기계", "호남자동차", "전북소재", "동방물산", "미래전자",
             "청솔제지", "백두건설", "푸른해운", "은하방직", "태양광산", "소백식품", "나래항공", "보람유리", "가람섬유", "온누리전기"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def settle(api_url: str, timeout: float = 90.0) -> None:
    """Serving starts the scheduled runs at once (poll-sources reads the demo sources): let them finish."""
    import json
    import urllib.request

    body = json.dumps({"flow_runs": {"state": {"type": {"any_": ["PENDING", "RUNNING"]}}}}).encode()
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        request = urllib.request.Request(f"{api_url}/flow_runs/count", data=body, headers=api_headers())
        with urllib.request.urlopen(request, timeout=5) as response:
            quiet = quiet + 1 if json.loads(response.read()) == 0 else 0
        time.sleep(1.0)


def measure(api_url: str, receiver: HttpReceiver, notices: int, timeout: float = 60.0) -> tuple[list[float], list[datetime]]:
    latencies, emitted = [], []
    for number in range(notices):
        company = COMPANIES[number % len(COMPANIES)]
        payload, key = submission_for(korean_notice(company, headcount=100 + number))
        expected = len(receiver.received) + 1
        started = time.monotonic()
        emitted.append(datetime.now(timezone.utc))
        emit_now(api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
        receiver.wait_for(expected, timeout=timeout)
        latencies.append(time.monotonic() - started)
        print(f"  {number + 1:2d} {company}: {latencies[-1]:.2f} s", flush=True)
    return latencies, emitted


def breakdown(api_url: str, emitted: list[datetime], latencies: list[float]) -> str:
    """Median seconds per step, from the flow runs the events started (matched in order of creation)."""
    import json
    import urllib.request

    body = json.dumps({"flow_runs": {"start_time": {"after_": emitted[0].isoformat()}}, "sort": "EXPECTED_START_TIME_ASC",
                       "deployments": {"name": {"any_": ["on-notice-submitted"]}}}).encode()
    request = urllib.request.Request(f"{api_url}/flow_runs/filter", data=body, headers=api_headers())
    with urllib.request.urlopen(request, timeout=10) as response:
        runs = sorted(json.loads(response.read()), key=lambda run: run["created"])
    runs = [run for run in runs if run.get("start_time") and run.get("end_time")]
    if len(runs) != len(emitted):
        return f"(breakdown skipped: {len(runs)} finished runs for {len(emitted)} events)"
    steps: dict[str, list[float]] = {"event → run created": [], "created → running": [], "flow body": [], "after the flow": []}
    for run, at, latency in zip(runs, emitted, latencies):
        created, start, end = (datetime.fromisoformat(run[field]) for field in ("created", "start_time", "end_time"))
        steps["event → run created"].append((created - at).total_seconds())
        steps["created → running"].append((start - created).total_seconds())
        steps["flow body"].append((end - start).total_seconds())
        steps["after the flow"].append(latency - (end - at).total_seconds())
    return "; ".join(f"{name} {statistics.median(values):.2f} s" for name, values in steps.items())


MODES = {"fast": ("--fast-start",), "spawn": ("--no-fast-start",)}  # warm fork server vs a fresh Python per run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=20, choices=range(1, len(COMPANIES) + 1), metavar="1..20")
    parser.add_argument("--modes", default="fast,spawn", help="how served runs start: fast (fork server), spawn (Prefect's own)")
    parser.add_argument("--database-url", default=None, help="app state on this database (SQLite in a temp folder by default)")
    args = parser.parse_args()
    if args.database_url and "," in args.modes:
        parser.error("with --database-url measure one mode per run: the second would find every company's case open")
    root = Path(tempfile.mkdtemp(prefix="earlywarn-served-"))
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    paths = ServerPaths(root / "prefect")
    started = time.monotonic()
    start_server(paths, api_url, port, wait_seconds=120)
    print(f"Prefect server healthy in {time.monotonic() - started:.1f} s", flush=True)
    results = {}
    try:
        for mode in args.modes.split(","):
            print(f"-- runs started by {mode}", flush=True)
            results[mode] = measure_mode(api_url, paths, root / mode, args, MODES[mode])
    finally:
        stop_server(paths)
    for mode, latencies in results.items():
        p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
        verdict = "OK" if p95 <= TARGET_P95_SECONDS else "over target"
        print(f"{mode:>5}: emit → alert over {len(latencies)} notices: p50 {p50:.2f} s, p95 {p95:.2f} s, "
              f"max {max(latencies):.2f} s (target p95 ≤ {TARGET_P95_SECONDS:.0f} s: {verdict})")
    if "fast" in results and "spawn" in results:
        ratio = statistics.median(results["spawn"]) / statistics.median(results["fast"])
        print(f"fork server vs spawn, p50: {ratio:.2f}x faster")


def measure_mode(api_url: str, paths: ServerPaths, root: Path, args, options: tuple[str, ...]) -> list[float]:
    """Serve (with these options) on a fresh state folder, emit the notices, return the latencies."""
    root.mkdir(parents=True)
    receiver = HttpReceiver().start()
    config = root / "apprise.yml"
    config.write_text(apprise_yaml((receiver.url, EVERY_TAG)), encoding="utf-8")
    env = serve_environment(api_url, paths.home, root / "var", config, args.database_url)
    log = root / "serve.log"
    process = start_serving(env, log, *options)
    try:
        started = time.monotonic()
        wait_for_deployments(api_url, process, log, {"notice submitted"})
        print(f"deployments served in {time.monotonic() - started:.1f} s", flush=True)
        settle(api_url)
        latencies, emitted = measure(api_url, receiver, args.notices)
        time.sleep(2)  # the last run's end is recorded after its alert went out
        print("median per step: " + breakdown(api_url, emitted, latencies), flush=True)
    finally:
        stop_serving(process)
        receiver.close()
    return latencies


if __name__ == "__main__":
    main()
