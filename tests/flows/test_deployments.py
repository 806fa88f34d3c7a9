"""Deployments, schedules and triggers are declared in one place and say what the README says."""

from flows.deployments import deployments


def by_name() -> dict:
    return {deployment.name: deployment for deployment in deployments()}


def test_every_deployment_is_declared_once():
    assert set(by_name()) == {"poll-sources", "sweep", "daily-digest", "daily-board", "on-notice-submitted",
                              "on-restructuring-detected", "on-case-updated", "on-automation-failed", "ack-alert"}


def test_scheduled_deployments_run_on_seoul_time():
    for name in ("poll-sources", "sweep", "daily-digest", "daily-board"):
        schedules = by_name()[name].schedules
        assert schedules, name
        assert all(s.schedule.timezone == "Asia/Seoul" for s in schedules), name


def test_each_event_starts_its_deployment():
    expected = {
        "on-notice-submitted": "earlywarn.notice.submitted",
        "on-restructuring-detected": "earlywarn.restructuring.detected",
        "on-case-updated": "earlywarn.case.updated",
        "on-automation-failed": "prefect.automation.action.failed",
    }
    for name, event in expected.items():
        triggers = by_name()[name].triggers
        assert [set(t.expect) for t in triggers] == [{event}], name


def test_an_alert_can_be_acknowledged_from_the_ui(flow_app):
    from sqlalchemy import select

    from earlywarn.adapters.db.orm import NotificationRow
    from flows.acknowledge import Acknowledgement, acknowledge_flow
    from flows.pipeline import pipeline_flow

    pipeline_flow(clock="notice_date")
    with flow_app.uow() as uow:
        alert_id = uow.session.scalars(select(NotificationRow.id)).first()
    result = acknowledge_flow(Acknowledgement(alert_id=alert_id, by="counselor-park"))
    assert result["acked_by"] == "counselor-park"
