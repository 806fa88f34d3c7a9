"""Prefect event publisher: earlywarn's facts as Prefect events, emitted only after the database commit.

`emit_event` returns normally when the API is down (the event is simply lost, see DESIGN.md), so an
event is a hint that speeds things up, never the record: the database is the source of truth and the
scheduled sweep finds whatever no event handled.
"""

from __future__ import annotations

import logging

NOTICE_SUBMITTED = "earlywarn.notice.submitted"
RESTRUCTURING_DETECTED = "earlywarn.restructuring.detected"
CASE_UPDATED = "earlywarn.case.updated"

log = logging.getLogger(__name__)


def resource(kind: str, ident: int | str, role: str | None = None) -> dict[str, str]:
    """A resource id such as `earlywarn.case.12`; related resources carry a role."""
    labels = {"prefect.resource.id": f"earlywarn.{kind}.{ident}", "prefect.resource.name": f"{kind} {ident}"}
    if role:
        labels["prefect.resource.role"] = role
    return labels


def publish(event: str, primary: dict[str, str], payload: dict, related: list[dict[str, str]] | None = None) -> bool:
    """Emit one event. Returns False when Prefect would not send it (no API configured)."""
    from prefect.events import emit_event

    try:
        sent = emit_event(event=event, resource=primary, related=related or [], payload=payload)
    except Exception as error:  # an event is a hint: losing one must never undo a committed change
        log.warning("event %s not emitted: %s", event, error)
        return False
    return sent is not None


def emit_now(api_url: str, event: str, primary: dict[str, str], payload: dict, related: list[dict[str, str]] | None = None) -> None:
    """Deliver one event and wait until the server has it (emit_event only queues it in a background thread).

    For processes outside flow runs (the CLI, tests, benchmarks): an error here means the event was not sent.
    """
    import asyncio

    from prefect.events import Event
    from prefect.events.clients import PrefectEventsClient

    async def send() -> None:
        async with PrefectEventsClient(api_url=api_url, checkpoint_every=1) as client:
            await client.emit(Event(event=event, resource=primary, related=related or [], payload=payload))

    asyncio.run(send())


def notice_submitted(api_url: str, submission: dict, key: int | str) -> bool:
    """Notices wait for detection and response. `submission` is the flow's parameter (NoticeSubmission as
    a dict); `key` names the resource: the first stored notice id, or a content hash before storing."""
    related = [resource("notice", ident, "notice") for ident in submission.get("notice_ids", [])[1:]]
    try:
        emit_now(api_url, NOTICE_SUBMITTED, resource("notice", key), submission, related)
    except Exception as error:  # the notice is stored: the sweep handles it without the event
        log.warning("event %s not emitted: %s", NOTICE_SUBMITTED, error)
        return False
    return True


def restructuring_detected(detection: dict) -> bool:
    """`detection` holds detection_id, notice_id, company_id, type, headcount and responded."""
    primary = resource("notice", detection["notice_id"]) | {"earlywarn.responded": str(bool(detection["responded"])).lower()}
    related = [resource("company", detection["company_id"], "company")] if detection.get("company_id") else []
    return publish(RESTRUCTURING_DETECTED, primary, detection, related)


def case_updated(case_id: int, company_id: int | None, change: str, *, api_url: str | None = None) -> bool:
    """Inside a flow run the event is queued; from the CLI (`api_url` given) it is delivered before returning."""
    related = [resource("company", company_id, "company")] if company_id else []
    payload = {"case_id": case_id, "change": change}
    if api_url is None:
        return publish(CASE_UPDATED, resource("case", case_id), payload, related)
    try:
        emit_now(api_url, CASE_UPDATED, resource("case", case_id), payload, related)
    except Exception as error:  # the change is committed; the brief refreshes on the next run
        log.warning("event %s not emitted: %s", CASE_UPDATED, error)
        return False
    return True
