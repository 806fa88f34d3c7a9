"""An alert's life: real delivery through Apprise to a local HTTP receiver and a local SMTP server,
retries with backoff, escalation of what nobody acknowledged, quiet hours. Time is passed in."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, DeliveryRow, NotificationRow, TimelineRow
from earlywarn.adapters.notifier import Notifier
from earlywarn.services import alert_context
from earlywarn.services.alerts import acknowledge, escalate_unacknowledged
from earlywarn.services.dispatch import FailurePolicy, QuietHours, dispatch_due
from earlywarn.services.outbox import AlertRouting, Messaging, enqueue
from tests.conftest import apprise_yaml

SEOUL = ZoneInfo("Asia/Seoul")
NOON = datetime(2020, 9, 22, 12, 0, tzinfo=SEOUL)
ACK_WITHIN = timedelta(minutes=240)


@pytest.fixture
def notifier(http_receiver, smtp_receiver, tmp_path):
    config = apprise_yaml((http_receiver.url, "counselor, supervisor"), (smtp_receiver.url, "counselor"))
    return Notifier(config_text=config, timeout_seconds=2, inbox_dir=tmp_path / "inbox")


def messaging(app) -> Messaging:
    return Messaging(AlertRouting.from_config(app.config.alerts_config), app.config.templates, app.settings.language)


def quiet(app) -> QuietHours:
    return QuietHours.parse(app.settings.quiet_hours_start, app.settings.quiet_hours_end)


def queue_case_opened(app, *, now: datetime = NOON) -> int:
    """A 타타대우상용차 case and its case_opened alert in the outbox; returns the alert id."""
    with app.uow() as uow:
        company = CompanyRow(key="tata-daewoo", name="타타대우상용차", region="gunsan")
        uow.session.add(company)
        uow.session.flush()
        case = CaseRow(event_key="tata-daewoo:voluntary_retirement:2020-10-30", company_id=company.id, type="voluntary_retirement",
                       state="detected", region="gunsan", headcount=300, notice_date=date(2020, 9, 21),
                       separation_date=date(2020, 10, 30), legal=[], evidence=[], opened_at=now, updated_at=now)
        uow.session.add(case)
        uow.session.flush()
        context = alert_context.case_opened(case, company, region_name="전북 군산", source="demo-official")
        enqueue(uow, messaging(app), kind="case_opened", subject=f"case-{case.id}", context=context, now=now, case_id=case.id)
        uow.commit()
        return uow.session.scalars(select(NotificationRow.id).where(NotificationRow.kind == "case_opened")).one()


def queue_overflow(app, case_id: int, *, now: datetime) -> None:
    context = {"company": "타타대우상용차", "case_key": f"case-{case_id}", "overflow_count": 40,
               "separation_date": date(2020, 10, 30), "reasons": ["상담사 부족 / not enough counselors"]}
    with app.uow() as uow:
        enqueue(uow, messaging(app), kind="overflow", subject=f"case-{case_id}-2020-10-30", context=context, now=now, case_id=case_id)
        uow.commit()


def dispatch(app, notifier, now: datetime):
    with app.uow() as uow:
        return dispatch_due(uow, notifier, now=now, quiet=quiet(app))


def escalate(app, now: datetime) -> int:
    with app.uow() as uow:
        result = escalate_unacknowledged(uow, messaging(app), ack_within=ACK_WITHIN, now=now)
        uow.commit()
    return result.escalated


def alert(app, alert_id: int) -> NotificationRow:
    with app.uow() as uow:
        return uow.session.get(NotificationRow, alert_id)


def deliveries(app, alert_id: int) -> list[tuple[str, bool]]:
    with app.uow() as uow:
        rows = uow.session.scalars(select(DeliveryRow).where(DeliveryRow.notification_id == alert_id).order_by(DeliveryRow.id))
        return [(row.target.split(":")[0], row.ok) for row in rows]


def test_an_alert_reaches_the_http_receiver_and_the_smtp_server_in_korean(app, notifier, http_receiver, smtp_receiver):
    alert_id = queue_case_opened(app)

    result = dispatch(app, notifier, NOON)

    assert (result.sent, result.failed) == (1, 0)
    [message] = http_receiver.wait_for(1)
    [mail] = smtp_receiver.wait_for(1)
    assert "타타대우상용차" in message["title"] and mail.subject == message["title"]
    assert sorted(deliveries(app, alert_id)) == [("json", True), ("mailto", True)]
    assert alert(app, alert_id).status == "sent"


def test_a_target_answering_500_is_retried_after_the_backoff_and_each_target_gets_the_alert_once(app, notifier, http_receiver, smtp_receiver):
    alert_id = queue_case_opened(app)
    http_receiver.fail_next(1, status=500)

    first = dispatch(app, notifier, NOON)
    too_soon = dispatch(app, notifier, NOON + timedelta(seconds=10))
    retried = dispatch(app, notifier, NOON + timedelta(seconds=30))
    later = dispatch(app, notifier, NOON + timedelta(hours=2))

    assert (first.failed, too_soon.examined, retried.sent, later.examined) == (1, 0, 1, 0)
    assert len(http_receiver.wait_for(1)) == 1 and len(smtp_receiver.mails) == 1
    assert sorted(deliveries(app, alert_id)) == [("json", False), ("json", True), ("mailto", True)]
    stored = alert(app, alert_id)
    assert (stored.status, stored.attempts, stored.last_error) == ("sent", 1, None)


def test_a_refused_connection_stays_pending_until_the_receiver_listens_again(app, notifier, http_receiver, smtp_receiver):
    alert_id = queue_case_opened(app)
    http_receiver.refuse()

    dispatch(app, notifier, NOON)
    dispatch(app, notifier, NOON + timedelta(seconds=30))
    failing = alert(app, alert_id)
    http_receiver.start()
    recovered = dispatch(app, notifier, NOON + timedelta(seconds=90))

    assert (failing.status, failing.attempts) == ("pending", 2)
    assert failing.next_attempt_at == NOON + timedelta(seconds=30 + 60)  # 30 s, then 60 s
    assert "127.0.0.1" in failing.last_error  # the masked target is named, the error kept
    assert recovered.sent == 1
    assert len(http_receiver.wait_for(1)) == 1 and len(smtp_receiver.mails) == 1


def test_an_alert_nobody_acknowledged_escalates_to_the_supervisor_once_ack_within_has_passed(app, notifier, http_receiver):
    alert_id = queue_case_opened(app)
    dispatch(app, notifier, NOON)

    assert escalate(app, NOON + ACK_WITHIN - timedelta(minutes=1)) == 0
    assert escalate(app, NOON + ACK_WITHIN) == 1
    assert escalate(app, NOON + ACK_WITHIN + timedelta(hours=1)) == 0
    with app.uow() as uow:
        escalation = uow.session.scalars(select(NotificationRow).where(NotificationRow.kind == "escalation")).one()
    assert (escalation.tag, escalation.urgent) == ("supervisor", True)
    assert dispatch(app, notifier, NOON + ACK_WITHIN).sent == 1
    titles = [m["title"] for m in http_receiver.wait_for(2)]
    assert titles[1] == escalation.title
    assert alert(app, alert_id).escalated_at == NOON + ACK_WITHIN


def test_an_acknowledged_alert_does_not_escalate(app, notifier):
    alert_id = queue_case_opened(app)
    dispatch(app, notifier, NOON)
    with app.uow() as uow:
        acknowledge(uow, alert_id, by="한서윤", now=NOON + timedelta(minutes=30))
        uow.commit()

    assert escalate(app, NOON + ACK_WITHIN * 2) == 0
    with app.uow() as uow:
        actions = list(uow.session.scalars(select(TimelineRow.action)))
    assert "alert_acknowledged" in actions and "alert_escalated" not in actions
    assert alert(app, alert_id).acked_by == "한서윤"


def test_quiet_hours_defer_a_routine_alert_to_seven_and_let_an_urgent_one_through(app, notifier, http_receiver):
    late = datetime(2020, 9, 22, 23, 30, tzinfo=SEOUL)
    alert_id = queue_case_opened(app, now=late)
    queue_overflow(app, alert(app, alert_id).case_id, now=late)

    at_night = dispatch(app, notifier, late)
    before_seven = dispatch(app, notifier, datetime(2020, 9, 23, 6, 59, tzinfo=SEOUL))
    at_seven = dispatch(app, notifier, datetime(2020, 9, 23, 7, 0, tzinfo=SEOUL))

    assert (at_night.sent, at_night.deferred) == (1, 1)
    assert before_seven.examined == 0
    assert at_seven.sent == 1
    received = http_receiver.wait_for(2)
    assert "타타대우상용차" in received[1]["title"]
    assert alert(app, alert_id).sent_at == datetime(2020, 9, 23, 7, 0, tzinfo=SEOUL)


def test_dispatching_the_same_moment_three_times_sends_nothing_twice(app, notifier, http_receiver, smtp_receiver):
    queue_case_opened(app)

    results = [dispatch(app, notifier, NOON) for _ in range(3)]

    assert [r.sent for r in results] == [1, 0, 0]
    assert len(http_receiver.received) == 1 and len(smtp_receiver.wait_for(1)) == 1


def test_operators_hear_once_when_a_target_stays_down_and_retries_go_on(app, http_receiver, tmp_path):
    from tests.support.receivers import HttpReceiver

    operators = HttpReceiver().start()
    try:
        config = apprise_yaml((http_receiver.url, "counselor"), (operators.url, "operator"))
        notifier = Notifier(config_text=config, timeout_seconds=2, inbox_dir=tmp_path / "inbox")
        policy = FailurePolicy(messaging(app), alert_after_attempts=3)
        alert_id = queue_case_opened(app)
        http_receiver.refuse()
        now = NOON
        for _ in range(6):
            with app.uow() as uow:
                dispatch_due(uow, notifier, now=now, quiet=quiet(app), failures=policy)
            now += timedelta(hours=1)  # past any backoff (capped at an hour), before quiet hours
        operator_alerts = [m for m in operators.received if "전송 실패" in m.get("title", "")]
        assert len(operator_alerts) == 1
        assert f"#{alert_id}" in operator_alerts[0]["title"]
        stuck = alert(app, alert_id)
        assert stuck.status == "pending" and stuck.attempts == 6
    finally:
        operators.close()
