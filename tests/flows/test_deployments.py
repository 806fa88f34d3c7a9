"""Deployments, schedules and triggers are declared in one place and say what the README says."""

from flows.deployments import deployments


def by_name() -> dict:
    return {deployment.name: deployment for deployment in deployments()}


def test_every_deployment_is_declared_once():
    assert set(by_name()) == {"poll-sources", "sweep", "daily-digest", "daily-board", "on-notice-submitted",
                              "on-restructuring-detected", "on-case-updated", "on-automation-failed"}


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
