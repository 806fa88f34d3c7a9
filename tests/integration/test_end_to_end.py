"""The whole path without Prefect: demo notices in → cases, plans, enrollments → alerts delivered for real."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from earlywarn.adapters.db.orm import CaseRow, EnrollmentRow, NotificationRow, QuarantineRow, SessionRow
from earlywarn.adapters.notifier import Notifier
from earlywarn.services import pipeline
from earlywarn.services.queries import case_summaries
from tests.conftest import apprise_yaml

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)  # 10:00 in Seoul: outside quiet hours


def run_everything(app, notifier):
    ingested = pipeline.ingest_sources(app, None, now=NOW)
    detected = pipeline.detect_pending(app, now=NOW)
    responded = pipeline.respond_pending(app, now=NOW, clock="notice_date")
    dispatched = pipeline.dispatch_pending(app, notifier, now=NOW)
    return ingested, detected, responded, dispatched


def table_counts(app) -> dict:
    with app.uow() as uow:
        count = lambda model: uow.session.scalar(select(func.count()).select_from(model))  # noqa: E731
        return {model.__tablename__: count(model) for model in (CaseRow, SessionRow, EnrollmentRow, NotificationRow, QuarantineRow)}


@pytest.fixture
def notifier(http_receiver, tmp_path):
    config = apprise_yaml((http_receiver.url, "counselor, supervisor, digest, operator"))
    return Notifier(config_text=config, timeout_seconds=5, inbox_dir=tmp_path / "inbox")


def test_the_gunsan_demo_opens_exactly_the_oci_and_tata_daewoo_cases(app, notifier):
    ingested, detected, responded, dispatched = run_everything(app, notifier)

    with app.uow() as uow:
        companies = sorted(case["company"] for case in case_summaries(uow))
    assert companies == sorted(["OCI", "타타대우상용차"])
    assert responded.cases_opened == 2
    assert responded.notices_attached == 2  # the text notices join the official reports' cases
    assert ingested.total("quarantined") == 1
    assert detected.restructuring == 4


def test_the_malformed_demo_file_is_quarantined_with_a_reason(app, notifier):
    run_everything(app, notifier)
    with app.uow() as uow:
        items = uow.session.scalars(select(QuarantineRow)).all()
    assert [item.position for item in items] == ["file"]
    assert "broken_feed.json" in (items[0].reason + str(items[0].raw_input_id)) or items[0].reason
    assert items[0].raw  # the content is kept for the operator


def test_each_case_gets_counseling_before_separation_and_program_offers(app, notifier):
    run_everything(app, notifier)
    with app.uow() as uow:
        for case in uow.session.scalars(select(CaseRow)):
            sessions = uow.session.scalars(select(SessionRow).where(SessionRow.case_id == case.id, SessionRow.status == "planned")).all()
            assert any(s.kind == "orientation" for s in sessions)
            assert any(s.kind == "mind_care" for s in sessions)
            assert all(s.starts_at.date() <= case.separation_date for s in sessions)
            enrollments = uow.session.scalars(select(EnrollmentRow).where(EnrollmentRow.case_id == case.id)).all()
            assert enrollments


def test_alerts_are_delivered_in_korean_to_the_local_receiver(app, notifier, http_receiver):
    _, _, _, dispatched = run_everything(app, notifier)
    assert dispatched.sent >= 2
    assert dispatched.failed == 0
    http_receiver.wait_for(dispatched.sent, timeout=5)
    titles = [message.get("title", "") for message in http_receiver.received]
    assert any("타타대우상용차" in title for title in titles)
    assert any("OCI" in title for title in titles)


def test_running_everything_again_adds_no_case_session_enrollment_or_alert(app, notifier, http_receiver):
    run_everything(app, notifier)
    before = table_counts(app)
    delivered = len(http_receiver.received)
    _, _, responded, dispatched = run_everything(app, notifier)
    assert table_counts(app) == before
    assert responded.cases_opened == 0
    assert dispatched.sent == 0
    assert len(http_receiver.received) == delivered
