"""Every served deployment in one place: schedules and event triggers. `earlywarn serve` serves them all.

Trigger parameters are Jinja templates over the event. A template that fails to render drops the run
silently (only a `prefect.automation.action.failed` event tells). Integer ids are rendered as they are
(a single `{{ x }}` keeps its JSON type; `| string` would fail the integer schema), free text with
`| string`; the `alert-operators` deployment turns such failures into an operator alert, and the sweep
catches up whatever an event did not start.
"""

from __future__ import annotations

from datetime import timedelta

from prefect.events import DeploymentEventTrigger
from prefect.schedules import Cron, Interval
from prefect.types.entrypoint import EntrypointType

from earlywarn.adapters.events import CASE_UPDATED, NOTICE_SUBMITTED, RESTRUCTURING_DETECTED
from flows.acknowledge import acknowledge_flow
from flows.board import board_flow
from flows.digest import digest_flow
from flows.events import (
    alert_operators_flow,
    process_notice_flow,
    refresh_brief_flow,
    respond_case_flow,
    sweep_flow,
)
from flows.pipeline import pipeline_flow

TAGS = ["earlywarn"]
POLL_MINUTES = 15
SWEEP_MINUTES = 5
DIGEST_CRON = "0 9 * * *"
BOARD_CRON = "30 8 * * *"  # the board and its charts are fresh before the digest goes out
TIMEZONE = "Asia/Seoul"
AUTOMATION_FAILED = "prefect.automation.action.failed"


def _payload(expression: str) -> dict:
    """The event payload (or a part of it) passed as a JSON value, not as a string."""
    return {"__prefect_kind": "json", "value": {"__prefect_kind": "jinja", "template": "{{ " + expression + " | tojson }}"}}


def scheduled() -> list:
    return [
        pipeline_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="poll-sources", tags=TAGS, schedules=[Interval(timedelta(minutes=POLL_MINUTES), timezone=TIMEZONE)],
            description="Read every configured source and run detect → respond → notify over what is new.",
        ),
        sweep_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="sweep", tags=TAGS, schedules=[Interval(timedelta(minutes=SWEEP_MINUTES), timezone=TIMEZONE)],
            description="Catch up what no event handled, escalate unacknowledged alerts, send the outbox.",
        ),
        digest_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="daily-digest", tags=TAGS, schedules=[Cron(DIGEST_CRON, timezone=TIMEZONE)],
            description="The day's digest per region at 09:00 Asia/Seoul, then the outbox is sent.",
        ),
        board_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="daily-board", tags=TAGS, schedules=[Cron(BOARD_CRON, timezone=TIMEZONE)],
            description="The open-cases board and the charts of upcoming separations and risk scores.",
        ),
    ]


def event_driven() -> list:
    return [
        process_notice_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="on-notice-submitted", tags=TAGS,
            triggers=[DeploymentEventTrigger(
                name="notice submitted", expect={NOTICE_SUBMITTED}, match={"prefect.resource.id": "earlywarn.notice.*"},
                parameters={"submission": _payload("event.payload")},
            )],
            description="Store the notice in the event, detect, respond and alert.",
        ),
        respond_case_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="on-restructuring-detected", tags=TAGS,
            triggers=[DeploymentEventTrigger(
                name="restructuring detected, response pending", expect={RESTRUCTURING_DETECTED},
                # flows that already responded label their events responded=true: no second run for them
                match={"prefect.resource.id": "earlywarn.notice.*", "earlywarn.responded": "false"},
                parameters={"request": {"notice_id": "{{ event.payload.notice_id }}"}},
            )],
            description="Open or update the case of a detected restructuring and alert counselors.",
        ),
        refresh_brief_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="on-case-updated", tags=TAGS,
            triggers=[DeploymentEventTrigger(
                name="case updated", expect={CASE_UPDATED}, match={"prefect.resource.id": "earlywarn.case.*"},
                parameters={"request": {"case_id": "{{ event.payload.case_id }}"}},
            )],
            description="Publish the case's brief artifact again.",
        ),
        alert_operators_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH,
            name="on-automation-failed", tags=TAGS,
            triggers=[DeploymentEventTrigger(
                name="automation action failed", expect={AUTOMATION_FAILED},
                parameters={"alert": {"automation": "{{ event.resource.get('prefect.resource.name', '') | string }}",
                                      "reason": "{{ event.payload.get('reason', '') | string }}"}},
            )],
            description="Tell operators (Apprise tag 'operator') that an automation action failed.",
        ),
    ]


def on_demand() -> list:
    return [
        acknowledge_flow.to_deployment(
            entrypoint_type=EntrypointType.MODULE_PATH, name="ack-alert", tags=TAGS,
            description="Acknowledge an alert from the UI (Run → alert id, your name) so it does not escalate.",
        ),
    ]


def deployments() -> list:
    """Module entrypoints (flows.events:...), so they resolve from any working directory."""
    return scheduled() + event_driven() + on_demand()


def serve_all(limit: int | None = 4, *, fast_start: bool = True) -> None:
    """Register every deployment and run them from this one process until interrupted (as prefect.serve does).

    fast_start: each run forks from a warm process that has prefect and the flows imported, instead of
    a fresh Python importing them again (see earlywarn.adapters.fast_flow_start).
    """
    import asyncio

    from prefect.exceptions import TerminationSignal
    from prefect.runner import Runner

    from earlywarn.adapters import fast_flow_start

    fast_start = fast_start and fast_flow_start.use_fork_server()
    runner = Runner(limit=limit)
    for deployment in deployments():
        deployment_id = runner.add_deployment(deployment)
        if fast_start:
            fast_flow_start.run_from_memory(runner, deployment_id, deployment.entrypoint)
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, TerminationSignal):
        pass
