"""A case moves with staff decisions and with the clock; a dismissed case reopens on a new notice."""

from datetime import datetime, timezone

from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, TimelineRow
from earlywarn.domain.cases import CaseAction
from earlywarn.services import pipeline
from earlywarn.services.case_actions import apply_case_action
from earlywarn.services.ingest import IngestOptions, ingest_bytes

BEFORE_SEPARATION = datetime(2020, 9, 22, 1, 0, tzinfo=timezone.utc)
AFTER_SEPARATION = datetime(2020, 11, 2, 1, 0, tzinfo=timezone.utc)
NEW_NOTICE = """타타대우상용차 희망퇴직 2차 접수

타타대우상용차는 희망퇴직 신청을 10월 12일까지 연장한다고 밝혔다. 퇴직 예정일은 2020년 10월 30일이다.
""".encode("utf-8")


def demo(app, now):
    pipeline.ingest_sources(app, None, now=now)
    pipeline.detect_pending(app, now=now)
    pipeline.respond_pending(app, now=now, clock="notice_date")


def tata_case(uow) -> CaseRow:
    return uow.session.scalars(select(CaseRow).join(CompanyRow).where(CompanyRow.name == "타타대우상용차")).one()


def decide(app, action: CaseAction, reason: str | None = None) -> int:
    with app.uow() as uow:
        case = tata_case(uow)
        apply_case_action(uow, case.id, action, actor="kim", reason=reason, now=BEFORE_SEPARATION)
        uow.commit()
        return case.id


def state_of(app, case_id: int) -> str:
    with app.uow() as uow:
        return uow.session.get(CaseRow, case_id).state


def test_a_confirmed_case_with_a_plan_is_responding_then_monitoring_after_separation(app):
    demo(app, BEFORE_SEPARATION)
    case_id = decide(app, CaseAction.CONFIRM)
    pipeline.respond_pending(app, now=BEFORE_SEPARATION)
    assert state_of(app, case_id) == "responding"
    pipeline.respond_pending(app, now=AFTER_SEPARATION)
    assert state_of(app, case_id) == "monitoring"


def test_a_new_notice_reopens_a_dismissed_case_and_the_dismissal_stays_on_the_timeline(app):
    demo(app, BEFORE_SEPARATION)
    case_id = decide(app, CaseAction.DISMISS, reason="오보로 판단 (judged a misreport)")
    with app.uow() as uow:
        ingest_bytes(uow, NEW_NOTICE, name="tata_2nd.txt", source="demo-announcements",
                     options=IngestOptions(synonyms=app.config.header_synonyms, defaults={"region": "gunsan"}), now=BEFORE_SEPARATION)
    pipeline.detect_pending(app, now=BEFORE_SEPARATION)
    result = pipeline.respond_pending(app, now=BEFORE_SEPARATION, clock="notice_date")

    assert result.cases_opened == 0
    assert state_of(app, case_id) == "detected"
    with app.uow() as uow:
        actions = list(uow.session.scalars(select(TimelineRow.action).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)))
    assert actions.index("dismiss") < actions.index("reopen")
