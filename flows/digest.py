"""Digest flow: one daily digest per region into the outbox, then the outbox is dispatched."""

from __future__ import annotations

from datetime import date

from prefect import flow, task

from flows.common import app, utcnow
from flows.notify import dispatch_task

@task(name="queue-daily-digests")
def digest_task(day: date | None = None) -> dict:
    """Queue the day's digest (today in Seoul by default) for every region; a repeat queues nothing."""
    from earlywarn.services.pipeline import queue_digests

    day, result = queue_digests(app(), day=day, now=utcnow())
    return {"day": day.isoformat(), "regions": result.regions, "queued": result.queued}


@flow(name="digest", log_prints=True)
def digest_flow(day: date | None = None) -> dict:
    queued = digest_task(day)
    return queued | {"dispatch": dispatch_task()}
