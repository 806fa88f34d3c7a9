"""Served mode latency: `earlywarn.notice.submitted` emitted → alert received by a local Apprise webhook.

Starts its own Prefect server (own PREFECT_HOME and port) and `earlywarn serve` in its own process group,
emits N Korean restructuring notices one after another (each waits for its alert), prints p50/p95.
Target: p95 ≤ 5 s.   Run: .venv/bin/python -m benchmarks.bench_served_latency [--notices 20] [--database-url URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
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


def measure(api_url: str, receiver: HttpReceiver, notices: int, timeout: float = 60.0) -> list[float]:
    latencies = []
    for number in range(notices):
        company = COMPANIES[number % len(COMPANIES)]
        payload, key = submission_for(korean_notice(company, headcount=100 + number))
        expected = len(receiver.received) + 1
        started = time.monotonic()
        emit_now(api_url, NOTICE_SUBMITTED, resource("notice", key), payload)
        receiver.wait_for(expected, timeout=timeout)
        latencies.append(time.monotonic() - started)
        print(f"  {number + 1:2d} {company}: {latencies[-1]:.2f} s", flush=True)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=20, choices=range(1, len(COMPANIES) + 1), metavar="1..20")
    parser.add_argument("--database-url", default=None, help="app state on this database (SQLite in a temp folder by default)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="earlywarn-served-"))
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    paths = ServerPaths(root / "prefect")
    started = time.monotonic()
    start_server(paths, api_url, port, wait_seconds=120)
    print(f"Prefect server healthy in {time.monotonic() - started:.1f} s", flush=True)
    receiver = HttpReceiver().start()
    config = root / "apprise.yml"
    config.write_text(apprise_yaml((receiver.url, EVERY_TAG)), encoding="utf-8")
    env = serve_environment(api_url, paths.home, root / "var", config, args.database_url)
    log = root / "serve.log"
    process = start_serving(env, log)
    try:
        started = time.monotonic()
        wait_for_deployments(api_url, process, log, {"notice submitted"})
        print(f"deployments served in {time.monotonic() - started:.1f} s", flush=True)
        settle(api_url)
        latencies = measure(api_url, receiver, args.notices)
    finally:
        stop_serving(process)
        stop_server(paths)
        receiver.close()
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    verdict = "OK" if p95 <= TARGET_P95_SECONDS else "over target"
    print(f"emit → alert over {len(latencies)} notices: p50 {p50:.2f} s, p95 {p95:.2f} s, max {max(latencies):.2f} s "
          f"(target p95 ≤ {TARGET_P95_SECONDS:.0f} s: {verdict})")


if __name__ == "__main__":
    main()
