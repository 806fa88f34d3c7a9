"""Submitted notices and replays: store first, then detect and respond for exactly those notices.

Used by the event-driven flows (a notice arrives in an `earlywarn.notice.submitted` event), by
`earlywarn submit` and by `earlywarn replay`. Business keys make every step safe to run again:
a notice already detected under the current rules, or a detection already handled, is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import and_, or_, select

from earlywarn.adapters.db.orm import DetectionRow, NoticeRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.bootstrap import App
from earlywarn.domain.notices import NoticeRecord
from earlywarn.services.detect import detect_batch
from earlywarn.services.ingest import FileIngestResult, chunks, ingest_bytes, ingest_record
from earlywarn.services.pipeline import ingest_options, response_config
from earlywarn.services.respond import RespondResult, respond_batch

SUBMITTED_SOURCE = "submitted"


class NoticeSubmission(BaseModel):
    """What `earlywarn.notice.submitted` carries: notices already stored, or one notice to store."""

    notice_ids: list[int] = Field(default_factory=list, description="notices already stored (by `earlywarn submit`)")
    notice: NoticeRecord | None = Field(default=None, description="one normalized notice to store")
    text: str | None = Field(default=None, description="raw text of an announcement or article to store")
    name: str = Field(default="submitted.txt", description="file name the raw text is kept under")
    source: str = Field(default=SUBMITTED_SOURCE, description="source the raw text is filed under")

    @model_validator(mode="after")
    def _something_to_do(self) -> "NoticeSubmission":
        if not (self.notice_ids or self.notice or self.text):
            raise ValueError("a submission needs notice_ids, a notice or a text")
        return self


@dataclass
class Handled:
    """What handling some notices did (or, in a dry run, would do)."""

    notice_ids: list[int] = field(default_factory=list)
    detected: int = 0
    restructuring: int = 0
    response: RespondResult = field(default_factory=RespondResult)
    detections: list[dict] = field(default_factory=list)  # for restructuring.detected events

    @property
    def case_ids(self) -> list[int]:
        return self.response.case_ids

    def summary(self) -> dict:
        response = {key: getattr(self.response, key) for key in RESPONSE_KEYS}
        return {"notices": len(self.notice_ids), "detected": self.detected, "restructuring": self.restructuring} | response | {"case_ids": self.case_ids}


RESPONSE_KEYS = ("cases_opened", "notices_attached", "notices_withdrawn", "sessions_planned", "enrollments", "alerts_queued")


def store_submission(app: App, submission: NoticeSubmission, *, now: datetime) -> list[int]:
    """Keep the submitted notice (raw first, like every input) and return the ids to handle."""
    ids = list(submission.notice_ids)
    with app.uow() as uow:
        if submission.notice is not None:
            ids += store_record(uow, submission.notice, now=now)
        if submission.text:
            result = store_bytes(app, uow, submission.text.encode("utf-8"), name=submission.name, source=submission.source, now=now)
            ids += notices_of(uow, result)
    return list(dict.fromkeys(ids))


def store_bytes(app: App, uow: UnitOfWork, data: bytes, *, name: str, source: str, now: datetime) -> FileIngestResult:
    """The ingest service, with the options of the named source when one is configured."""
    options = ingest_options(app, source)
    return ingest_bytes(uow, data, name=name, source=source, options=options, now=now)


def store_record(uow: UnitOfWork, record: NoticeRecord, *, now: datetime) -> list[int]:
    """An already normalized notice: its JSON is the raw input, stored before the notice row."""
    ingest_record(uow, record, now=now)
    query = select(NoticeRow.id).where(NoticeRow.source == record.source, NoticeRow.content_hash == record.content_hash())
    return list(uow.session.scalars(query))


def notices_of(uow: UnitOfWork, result: FileIngestResult) -> list[int]:
    """Every notice read from this raw input, new or already stored before."""
    if result.raw_input_id is None:
        return []
    return list(uow.session.scalars(select(NoticeRow.id).where(NoticeRow.raw_input_id == result.raw_input_id).order_by(NoticeRow.id)))


def handle_notices(app: App, notice_ids: list[int], *, now: datetime, clock: str = "real", dry_run: bool = False) -> Handled:
    """Detect what the current rules have not seen, respond to what is not handled, for these notices only.

    A dry run does the same work in one transaction and rolls it back, so its counts are exactly what
    a real run would do (nothing is sent: dispatch is a separate step).
    """
    handled = Handled(notice_ids=list(notice_ids))
    config = response_config(app, clock=clock)
    with app.uow() as uow:
        for chunk in chunks(notice_ids, app.settings.batch_size):
            _detect(app, uow, chunk, handled, now)
            _respond(uow, chunk, config, handled, now)
            if not dry_run:
                uow.commit()
    return handled


def _detect(app: App, uow: UnitOfWork, notice_ids: list[int], handled: Handled, now: datetime) -> None:
    rules = app.config.detection_rules
    seen = select(DetectionRow.notice_id).where(DetectionRow.rules_version == rules.version)
    notices = list(uow.session.scalars(select(NoticeRow).where(NoticeRow.id.in_(notice_ids), NoticeRow.id.not_in(seen)).order_by(NoticeRow.id)))
    if notices:
        result = detect_batch(uow, notices, rules=rules, company_config=app.config.companies_config, now=now)
        handled.detected += result.examined
        handled.restructuring += result.restructuring


def _respond(uow: UnitOfWork, notice_ids: list[int], config, handled: Handled, now: datetime) -> None:
    query = select(DetectionRow).where(DetectionRow.notice_id.in_(notice_ids), DetectionRow.handled.is_(False)).order_by(DetectionRow.id)
    detections = list(uow.session.scalars(query))
    if not detections:
        return
    handled.response.add(respond_batch(uow, detections, config, now=now))
    handled.detections += [_detection_fact(d) for d in detections if d.is_restructuring]


def _detection_fact(detection: DetectionRow) -> dict:
    return {"detection_id": detection.id, "notice_id": detection.notice_id, "company_id": detection.company_id,
            "type": detection.type, "headcount": detection.headcount, "responded": True}


def replay_scope(uow: UnitOfWork, *, notice_id: int | None = None, since: date | None = None, until: date | None = None) -> list[int]:
    """Notices to replay: one by id, or those dated in [since, until] (the notice date, else the day received)."""
    if notice_id is not None:
        return [notice_id] if uow.session.get(NoticeRow, notice_id) else []
    low = since or date.min
    high = until or date.max
    received_low = datetime.combine(low, time.min, tzinfo=timezone.utc)
    received_high = datetime.combine(high, time.max, tzinfo=timezone.utc)
    dated = and_(NoticeRow.notice_date >= low, NoticeRow.notice_date <= high)
    undated = and_(NoticeRow.notice_date.is_(None), NoticeRow.received_at >= received_low, NoticeRow.received_at <= received_high)
    return list(uow.session.scalars(select(NoticeRow.id).where(or_(dated, undated)).order_by(NoticeRow.id)))
