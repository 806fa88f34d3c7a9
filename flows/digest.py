"""Digest flow: one daily digest per region into the outbox, then the outbox is dispatched."""

from __future__ import annotations

from datetime import date

from prefect import flow, task

from flows.common import app, utcnow
from flows.notify import dispatch_task

SEOUL = "Asia/Seoul"


@task(name="queue-daily-digests")
def digest_task(day: date | None = None) -> dict:
    """Queue the day's digest (today in Seoul by default) for every region; a repeat queues nothing."""
    from zoneinfo import ZoneInfo

    from earlywarn.domain.scheduling import CounselorConfig
    from earlywarn.services.digest import queue_daily_digests
    from earlywarn.services.pipeline import response_config

    current = app()
    now = utcnow()
    day = day or now.astimezone(ZoneInfo(SEOUL)).date()
    regions = CounselorConfig.model_validate(current.config.counselors_config).regions
    with current.uow() as uow:
        result = queue_daily_digests(uow, response_config(current).messaging, day=day, regions=regions, now=now)
        uow.commit()
    return {"day": day.isoformat(), "regions": result.regions, "queued": result.queued}


@flow(name="digest", log_prints=True)
def digest_flow(day: date | None = None) -> dict:
    queued = digest_task(day)
    return queued | {"dispatch": dispatch_task()}
