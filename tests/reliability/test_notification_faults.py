"""Targets that refuse connections, answer 500 or hang past the timeout: the alert stays pending and
visible, is retried with a growing backoff (time is passed in), and is delivered once when the target
recovers; a healthy second target gets each alert exactly once meanwhile."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from earlywarn.adapters.db.orm import NotificationRow
from earlywarn.adapters.notifier import Notifier
from earlywarn.services.queries import alert_summaries
from tests.conftest import apprise_yaml
from tests.reliability.workload import NOW, TAGS, deliveries, run_stage
from tests.support.receivers import HttpReceiver


def _break(receiver: HttpReceiver, fault: str) -> None:
    if fault == "refused":
        receiver.refuse()
    elif fault == "http_500":
        receiver.fail_next(10_000, status=500)
    else:
        receiver.hang_next(10_000, seconds=3)


def _heal(receiver: HttpReceiver, fault: str) -> None:
    if fault == "refused":
        receiver.start()
    else:
        receiver.fail_next(0)
        receiver.hang_next(0, 0)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fault", ["refused", "http_500", "hang"])
def test_a_failing_target_is_retried_with_backoff_and_gets_each_alert_once_when_it_recovers(app, fault, reliability_report):
    with HttpReceiver() as flaky, HttpReceiver() as healthy:
        notifier = Notifier(config_text=apprise_yaml((flaky.url.replace("json://", "json://user:s3cretPw@"), TAGS),
                                                     (healthy.url, TAGS)), timeout_seconds=1)
        for stage in ("ingest", "detect", "respond"):
            run_stage(app, stage)
        _break(flaky, fault)

        now, waits, attempts = NOW, [], 3
        for attempt in range(1, attempts + 1):
            sent = run_stage(app, "dispatch", notifier, now=now)
            assert sent["sent"] == 0 and sent["failed"] > 0
            assert run_stage(app, "dispatch", notifier, now=now) == {"sent": 0, "failed": 0}  # not before the backoff
            with app.uow() as uow:
                rows = uow.session.scalars(select(NotificationRow)).all()
                assert {r.status for r in rows} == {"pending"} and {r.attempts for r in rows} == {attempt}
                waits.append({r.next_attempt_at - now for r in rows})
                visible = alert_summaries(uow, status="pending")
            assert all(a["last_error"] and "s3cretPw" not in str(a) for a in visible)
            now = max(r.next_attempt_at for r in rows)
        assert waits == [{timedelta(seconds=30)}, {timedelta(seconds=60)}, {timedelta(seconds=120)}]

        _heal(flaky, fault)
        recovered = run_stage(app, "dispatch", notifier, now=now)
        assert recovered["failed"] == 0 and recovered["sent"] == len(rows)
        assert run_stage(app, "dispatch", notifier, now=now + timedelta(hours=1)) == {"sent": 0, "failed": 0}

        flaky_per_alert, flaky_lost = deliveries(app, flaky.received)
        healthy_per_alert, healthy_lost = deliveries(app, healthy.received)
    assert set(flaky_per_alert.values()) == {1} and flaky_lost == []
    assert set(healthy_per_alert.values()) == {1} and healthy_lost == []
    duplicates = sum(n - 1 for c in (flaky_per_alert, healthy_per_alert) for n in c.values() if n > 1)
    reliability_report.add(f"notification target {fault}, then recovers", trials=attempts + 1,
                           faults=attempts * len(rows), duplicates=duplicates, losses=len(flaky_lost) + len(healthy_lost),
                           note="backoff 30/60/120 s; healthy target not re-sent")
