"""An official notice later withdrawn by its employer, through the real pipeline: the first notice opens the case, the
rescission opens none, is attached to that case with a 'notice_withdrawn' timeline entry, and its alert reaches the
case's counselors (a local Apprise target) once, the case left open for staff to decide."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseNoticeRow, CaseRow, NotificationRow, NoticeRow, TimelineRow
from earlywarn.adapters.notifier import Notifier
from earlywarn.services import pipeline
from earlywarn.services.briefs import case_brief_markdown
from earlywarn.services.ingest import IngestOptions, ingest_bytes
from tests.conftest import apprise_yaml

NOW = datetime(2021, 3, 1, 1, 0, tzinfo=timezone.utc)  # 10:00 in Seoul: outside quiet hours
LATER = datetime(2021, 3, 20, 1, 0, tzinfo=timezone.utc)
HEADER = "Company,City,Notice Date,Layoff Date,Employees Affected,Notice Type\n"
ORIGINAL = "Acme Widgets Inc.,Peoria,2021-02-01,2021-04-02,120,Layoff\n"
RESCINDED = "Acme Widgets Inc. (Rescinded),Peoria,2021-03-15,2021-04-02,120,Layoff\n"
OTHER_COMPANY_RESCINDED = "Bolt Foundry LLC - WARN CANCELLED,Joliet,2021-03-16,2021-05-01,60,Closure\n"


@pytest.fixture
def notifier(http_receiver, tmp_path):
    config = apprise_yaml((http_receiver.url, "counselor, supervisor, digest, operator"))
    return Notifier(config_text=config, timeout_seconds=5, inbox_dir=tmp_path / "inbox")


def run(app, text: str, name: str, now: datetime, notifier):
    options = IngestOptions(synonyms=app.config.header_synonyms)
    with app.uow() as uow:
        ingest_bytes(uow, text.encode(), name=name, source="warn-test", options=options, now=now)
    detected = pipeline.detect_pending(app, now=now)
    responded = pipeline.respond_pending(app, now=now)
    dispatched = pipeline.dispatch_pending(app, notifier, now=now)
    return detected, responded, dispatched


def test_a_rescinded_notice_is_attached_to_its_open_case_marked_on_the_timeline_and_told_to_counselors_once(
        app, notifier, http_receiver):
    _, first, _ = run(app, HEADER + ORIGINAL, "warn-feb.csv", NOW, notifier)
    assert first.cases_opened == 1
    detected, responded, dispatched = run(app, HEADER + ORIGINAL + RESCINDED + OTHER_COMPANY_RESCINDED,
                                          "warn-mar.csv", LATER, notifier)

    assert (detected.restructuring, detected.not_restructuring) == (0, 2)
    assert (responded.cases_opened, responded.notices_withdrawn) == (0, 1)  # Bolt Foundry's withdrawal alone: no case
    with app.uow() as uow:
        cases = uow.session.scalars(select(CaseRow)).all()
        assert len(cases) == 1 and cases[0].state not in ("closed", "dismissed")
        case = cases[0]
        withdrawn = uow.session.scalars(select(NoticeRow).where(NoticeRow.company == "Acme Widgets Inc.")
                                        .order_by(NoticeRow.id.desc())).first()
        linked = set(uow.session.scalars(select(CaseNoticeRow.notice_id).where(CaseNoticeRow.case_id == case.id)))
        assert withdrawn.id in linked
        actions = [t.action for t in uow.session.scalars(select(TimelineRow).where(TimelineRow.case_id == case.id))]
        assert actions.count("notice_withdrawn") == 1
        alerts = uow.session.scalars(select(NotificationRow).where(NotificationRow.kind == "notice_withdrawn")).all()
        brief = case_brief_markdown(uow, case.id)
    assert "신고 철회" in brief and "사례는 열려 있습니다" in brief
    assert [(a.case_id, a.tag, a.status) for a in alerts] == [(case.id, "counselor", "sent")]
    assert dispatched.failed == 0
    http_receiver.wait_for(2, timeout=5)  # the case_opened alert of February, this one
    titles = [message.get("title", "") for message in http_receiver.received]
    assert "[조기경보] Acme Widgets Inc 정리해고 신고 철회 — 사례 case-1 확인 필요" in titles

    # the same file again, and a second copy of the rescission: no second alert, no second entry
    run(app, HEADER + RESCINDED.replace("2021-03-15", "2021-03-16"), "warn-mar-copy.csv", LATER, notifier)
    with app.uow() as uow:
        assert len(uow.session.scalars(select(NotificationRow).where(NotificationRow.kind == "notice_withdrawn")).all()) == 1
        assert len(uow.session.scalars(select(CaseRow)).all()) == 1


def test_a_rescission_listed_before_the_notice_it_withdraws_is_told_to_the_case_that_notice_opens(app, notifier):
    # newest first, as many state files are: the rescission is read (and answered) before its notice
    _, responded, dispatched = run(app, HEADER + RESCINDED + ORIGINAL, "warn-newest-first.csv", LATER, notifier)

    assert (responded.cases_opened, responded.notices_withdrawn) == (1, 1)
    with app.uow() as uow:
        case = uow.session.scalars(select(CaseRow)).one()
        actions = [t.action for t in uow.session.scalars(select(TimelineRow).where(TimelineRow.case_id == case.id))]
        kinds = sorted(n.kind for n in uow.session.scalars(select(NotificationRow).where(NotificationRow.case_id == case.id)))
    assert actions[:2] == ["case_opened", "notice_withdrawn"] and case.state not in ("closed", "dismissed")
    assert "case_opened" in kinds and kinds.count("notice_withdrawn") == 1
