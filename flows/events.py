"""Event-driven flows for served mode: a submitted notice, a detected restructuring, an updated case, and the sweep.

Each flow writes first and emits second: events leave only after the database commit, and the
scheduled sweep does whatever no event handled. Parameters are pydantic models so the UI's Run form
shows proper fields. Runs overlap (an event flow and the sweep may dispatch at once): the outbox's
row claim in services/dispatch.py keeps a pending alert from being sent twice.
"""

from __future__ import annotations

from typing import Literal

from prefect import flow, task
from pydantic import BaseModel, Field

from earlywarn.services.submit import NoticeSubmission
from flows.common import SettingsTaskRunner, app, notifier, utcnow
from flows.detect import detect_all
from flows.notify import dispatch_task
from flows.respond import publish_briefs_task, respond_and_publish

Clock = Literal["real", "notice_date"]


class RespondRequest(BaseModel):
    """A restructuring detected on a notice that still needs its response."""

    notice_id: int = Field(description="the notice the restructuring was detected on")
    clock: Clock = Field(default="real", description="notice_date plans as of the notice's date (replays)")


class BriefRequest(BaseModel):
    case_id: int = Field(description="the case whose brief artifact is refreshed")


class OperatorAlert(BaseModel):
    """A Prefect automation action that failed (e.g. a trigger whose parameters did not render)."""

    automation: str = Field(default="", description="the automation's name")
    reason: str = Field(default="", description="why the action failed")


@task(name="store-submission")
def store_task(submission: NoticeSubmission) -> list[int]:
    """Keep the submitted notice (raw input first) and return the notice ids to handle."""
    from earlywarn.services.submit import store_submission

    return store_submission(app(), submission, now=utcnow())


@task(name="handle-notices")
def handle_task(notice_ids: list[int], clock: str = "real") -> dict:
    """Detect and respond for exactly these notices; already-done work is left alone."""
    from earlywarn.services.submit import handle_notices

    handled = handle_notices(app(), notice_ids, now=utcnow(), clock=clock)
    return handled.summary() | {"detections": handled.detections}


@task(name="escalate-unacknowledged")
def escalate_task() -> int:
    """Queue escalations for alerts nobody acknowledged in time."""
    from earlywarn.services.pipeline import escalate_pending

    return escalate_pending(app(), now=utcnow())


@task(name="announce-detections")
def announce_task(detections: list[dict]) -> int:
    """After the commit: tell Prefect what was detected (the response is already done here)."""
    from earlywarn.adapters.events import restructuring_detected

    return sum(restructuring_detected(fact) for fact in detections)


@task(name="alert-operators")
def alert_operators_task(alert: OperatorAlert) -> int:
    """Straight to the operator tag: this alert is about the machinery, not about a case."""
    title = "earlywarn: Prefect 자동화 실패 (automation action failed)"
    body = f"{alert.automation}: {alert.reason}"
    return sum(result.ok for result in notifier(app()).send(title=title, body=body, tag="operator"))


def respond_notices(notice_ids: list[int], clock: str = "real") -> dict:
    handled = handle_task(notice_ids, clock)
    publish_briefs_task(handled["case_ids"])
    sent = dispatch_task()
    announce_task(handled["detections"])
    return {key: value for key, value in handled.items() if key != "detections"} | {"alerts_sent": sent["sent"]}


@flow(name="process-notice", log_prints=True)
def process_notice_flow(submission: NoticeSubmission) -> dict:
    """A submitted notice: store it, detect, respond and alert, in one run."""
    return respond_notices(store_task(submission))


@flow(name="respond-case", log_prints=True)
def respond_case_flow(request: RespondRequest) -> dict:
    """A restructuring detected elsewhere (e.g. the detect flow): open or update its case and alert."""
    return respond_notices([request.notice_id], request.clock)


@flow(name="refresh-brief", log_prints=True)
def refresh_brief_flow(request: BriefRequest) -> int:
    """A case changed outside a flow (staff decision, acknowledgement): publish its brief again."""
    return publish_briefs_task([request.case_id])


@flow(name="sweep", log_prints=True, task_runner=SettingsTaskRunner())
def sweep_flow(clock: Clock = "real") -> dict:
    """Whatever no event handled: notices without detection, detections without response, alerts due."""
    detected = detect_all()
    responded = respond_and_publish(clock)
    escalated = escalate_task()
    sent = dispatch_task()
    return {"detected": detected["examined"], "cases_opened": responded["cases_opened"], "escalated": escalated} | sent


@flow(name="alert-operators", log_prints=True)
def alert_operators_flow(alert: OperatorAlert) -> int:
    return alert_operators_task(alert)
