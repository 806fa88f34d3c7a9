"""Notify flow: send what the outbox holds through Apprise; failures stay pending and are retried."""

from __future__ import annotations

from prefect import flow, task

from flows.common import app, notifier, utcnow


@task(name="dispatch-outbox")
def dispatch_task() -> dict:
    """Deliver due notifications; each target's result is stored."""
    from earlywarn.services.pipeline import dispatch_pending

    current = app()
    result = dispatch_pending(current, notifier(current), now=utcnow())
    return {"sent": result.sent, "failed": result.failed, "deferred": result.deferred, "no_target": result.no_target}


@flow(name="notify", log_prints=True)
def notify_flow() -> dict:
    return dispatch_task()
