"""SQLAlchemy 2.0 typed ORM rows. Unique constraints carry the business keys that make re-runs safe."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which keeps no zone) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime: pass an aware datetime")
            value = value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict: JSON, list: JSON}


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    location: Mapped[str] = mapped_column(Text, default="")
    last_polled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class RawInputRow(Base):
    """A file or submission exactly as received, stored before anything parses it."""

    __tablename__ = "raw_inputs"
    __table_args__ = (UniqueConstraint("source", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(20), default="received")  # received | read | failed
    format: Mapped[str | None] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    mapping: Mapped[dict | None] = mapped_column(JSON)


class NoticeRow(Base):
    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("source", "content_hash"),
        # amendment linking reads a site's current notices near given dates: the date is compared in the index
        Index("ix_notices_site_key_date", "site_key", "notice_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    raw_input_id: Mapped[int | None] = mapped_column(ForeignKey("raw_inputs.id"))
    position: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str | None] = mapped_column(String(8))
    company: Mapped[str | None] = mapped_column(Text)
    site_key: Mapped[str | None] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    notice_date: Mapped[date | None] = mapped_column(Date)
    effective_date: Mapped[date | None] = mapped_column(Date)
    jobs: Mapped[int | None] = mapped_column(Integer)
    is_closure: Mapped[bool | None] = mapped_column(Boolean)
    is_amendment: Mapped[bool | None] = mapped_column(Boolean)
    title: Mapped[str | None] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON)  # the whole normalized NoticeRecord
    status: Mapped[str] = mapped_column(String(20), default="new")  # new | current | superseded
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id"))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)


class QuarantineRow(Base):
    __tablename__ = "quarantine"
    __table_args__ = (UniqueConstraint("source", "raw_input_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    raw_input_id: Mapped[int | None] = mapped_column(ForeignKey("raw_inputs.id"))
    position: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | replayed | discarded
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CompanyRow(Base):
    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(String(100))


class CompanyAliasRow(Base):
    __tablename__ = "company_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    alias: Mapped[str] = mapped_column(String(300), unique=True)


class DetectionRow(Base):
    __tablename__ = "detections"
    __table_args__ = (UniqueConstraint("notice_id", "rules_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    rules_version: Mapped[str] = mapped_column(String(40))
    is_restructuring: Mapped[bool] = mapped_column(Boolean)
    type: Mapped[str] = mapped_column(String(40))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"))
    headcount: Mapped[int | None] = mapped_column(Integer)
    separation_date: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float)
    result: Mapped[dict] = mapped_column(JSON)  # the whole Detection, evidence included
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    handled: Mapped[bool] = mapped_column(Boolean, default=False)  # the response has seen it


class SignalRow(Base):
    """A weak signal about a company (production halt, wage arrears ...) feeding its risk score."""

    __tablename__ = "signals"
    __table_args__ = (UniqueConstraint("notice_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    kind: Mapped[str] = mapped_column(String(40))
    observed_on: Mapped[date] = mapped_column(Date)


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(400), unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    type: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(100))
    jurisdiction: Mapped[str | None] = mapped_column(String(8))
    headcount: Mapped[int | None] = mapped_column(Integer)
    notice_date: Mapped[date | None] = mapped_column(Date)
    separation_date: Mapped[date | None] = mapped_column(Date)
    risk_score: Mapped[float] = mapped_column(Float, default=0.0)
    legal: Mapped[list] = mapped_column(JSON, default=list)
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CaseNoticeRow(Base):
    __tablename__ = "case_notices"
    __table_args__ = (UniqueConstraint("case_id", "notice_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))


class TimelineRow(Base):
    __tablename__ = "case_timeline"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class CounselorRow(Base):
    __tablename__ = "counselors"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(100))
    languages: Mapped[list] = mapped_column(JSON)
    hours_per_week: Mapped[float] = mapped_column(Float)


class SessionRow(Base):
    __tablename__ = "counseling_sessions"
    __table_args__ = (UniqueConstraint("case_id", "subject", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    subject: Mapped[str] = mapped_column(String(100))  # worker pseudonym, cohort-N or 'all'
    kind: Mapped[str] = mapped_column(String(40))  # orientation | mind_care | career
    counselor_code: Mapped[str | None] = mapped_column(String(60))
    starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(20))  # planned | done | cancelled | overflow
    overflow_reason: Mapped[str | None] = mapped_column(Text)


class ProgramRow(Base):
    __tablename__ = "programs"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)


class WorkerRow(Base):
    __tablename__ = "workers"
    id: Mapped[int] = mapped_column(primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(64), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    masked_name: Mapped[str] = mapped_column(String(100))
    contact_encrypted: Mapped[str | None] = mapped_column(Text)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    tenure_years: Mapped[float | None] = mapped_column(Float)
    job: Mapped[str | None] = mapped_column(String(200))


class EnrollmentRow(Base):
    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("subject", "program_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    subject: Mapped[str] = mapped_column(String(100))  # worker pseudonym or case-<id>-cohort
    program_code: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(20))  # offered | enrolled | completed | declined
    headcount: Mapped[int] = mapped_column(Integer, default=1)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    outcome: Mapped[str | None] = mapped_column(String(40))
    reemployed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class NotificationRow(Base):
    """The outbox. Written in the same transaction as the change that causes it."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    dedup_key: Mapped[str] = mapped_column(String(300), unique=True)  # case, alert kind, tag
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    tag: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    acked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    acked_by: Mapped[str | None] = mapped_column(String(100))
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class DeliveryRow(Base):
    """One attempt to one Apprise target; the target is stored masked."""

    __tablename__ = "notification_deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id"), index=True)
    target: Mapped[str] = mapped_column(Text)
    ok: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
