"""Detect flow: classify every notice the current rules version has not seen, in batched task runs."""

from __future__ import annotations

from prefect import flow, task

from flows.common import app, utcnow

BATCHES_PER_TASK = 10  # tens of task runs for a million notices, not a million


@task(name="detect-batches")
def detect_batches_task() -> dict:
    """Classify up to BATCHES_PER_TASK batches of pending notices."""
    from earlywarn.services.pipeline import detect_pending

    result = detect_pending(app(), now=utcnow(), max_batches=BATCHES_PER_TASK)
    return {"examined": result.examined, "restructuring": result.restructuring,
            "not_restructuring": result.not_restructuring, "signals": result.signals, "by_type": dict(result.by_type)}


def detect_all() -> dict:
    totals = {"examined": 0, "restructuring": 0, "not_restructuring": 0, "signals": 0}
    while True:
        part = detect_batches_task()
        for key in totals:
            totals[key] += part[key]
        if part["examined"] == 0:
            return totals


@flow(name="detect", log_prints=True)
def detect_flow() -> dict:
    return detect_all()
