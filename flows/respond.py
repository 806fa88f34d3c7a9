"""Respond flow: cases, counseling plans, enrollments and queued alerts; a brief per case in the UI."""

from __future__ import annotations

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from flows.common import app, utcnow


@task(name="respond")
def respond_task(clock: str = "real") -> dict:
    """Open or update cases for every unhandled restructuring detection."""
    from earlywarn.services.pipeline import respond_pending

    result = respond_pending(app(), now=utcnow(), clock=clock)
    return {"cases_opened": result.cases_opened, "notices_attached": result.notices_attached,
            "notices_withdrawn": result.notices_withdrawn, "sessions_planned": result.sessions_planned, "overflow": result.overflow,
            "enrollments": result.enrollments, "alerts_queued": result.alerts_queued, "case_ids": result.case_ids}


@task(name="publish-case-briefs")
def publish_briefs_task(case_ids: list[int]) -> int:
    """A markdown brief per case under a stable key, so the UI shows its latest version."""
    from earlywarn.services.briefs import case_brief_markdown

    current = app()
    with current.uow() as uow:
        for case_id in case_ids:
            create_markdown_artifact(
                key=f"case-{case_id}-summary",
                markdown=case_brief_markdown(uow, case_id, language=current.settings.language),
                description=f"case {case_id}",
            )
    return len(case_ids)


def respond_and_publish(clock: str = "real") -> dict:
    result = respond_task(clock)
    publish_briefs_task(result["case_ids"])
    return result


@flow(name="respond", log_prints=True)
def respond_flow(clock: str = "real") -> dict:
    return respond_and_publish(clock)
