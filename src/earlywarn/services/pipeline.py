"""The stages as batch loops that flows (and tests, without Prefect) call. Each batch commits alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from earlywarn.adapters.config_files import SourceConfig
from earlywarn.bootstrap import App
from earlywarn.domain.eligibility import load_catalog
from earlywarn.domain.scheduling import CounselorConfig
from earlywarn.services.alongside import DetectAlongside, with_rows_counted
from earlywarn.services.detect import DetectResult, detect_pending, pending_ranges  # noqa: F401 - detect_pending: callers import it from here
from earlywarn.services.dispatch import DispatchResult, FailurePolicy, QuietHours, dispatch_due
from earlywarn.services.ingest import FileIngestResult, IngestOptions
from earlywarn.services.read_ahead import ReadAhead, min_bytes_for
from earlywarn.services.outbox import AlertRouting, Messaging
from earlywarn.services.plan import PlanningConfig
from earlywarn.services.respond import RespondResult, ResponseConfig, pending_detections, respond_batch
from earlywarn.services.sources import ingest_source, options_for
from earlywarn.services.case_actions import advance_case_states
from earlywarn.services.watch import WatchConfig, raise_watches


SEOUL = ZoneInfo("Asia/Seoul")

@dataclass
class IngestTotals:
    files: list[FileIngestResult] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    def as_dict(self) -> dict:
        keys = ("rows_read", "stored", "duplicates", "amendments", "quarantined")
        return {key: self.total(key) for key in keys} | {"files": len(self.files), "files_already_read": sum(f.already_read for f in self.files)}


def ingest_options(app: App, source: SourceConfig | str) -> IngestOptions:
    """How to read a source's files; a name not in config/sources.yaml gets the defaults."""
    if isinstance(source, str):
        source = app.config.source(source) or SourceConfig(name=source, kind="file", path="")
    return options_for(source, app.config.header_synonyms, batch_size=app.settings.batch_size, max_bytes=app.settings.max_file_bytes)


def ingest_sources(app: App, names: list[str] | None, *, now: datetime, on_progress: Callable[[int], None] | None = None) -> IngestTotals:
    totals = IngestTotals()
    with ReadAhead(min_bytes_for(app.settings.read_ahead_bytes)) as read_ahead:
        for source in app.config.sources:
            if names and source.name not in names:
                continue
            options = replace(ingest_options(app, source), read_ahead=read_ahead)
            with app.uow() as uow:
                totals.files += ingest_source(uow, source, app.config.source_path(source), options, now=now, on_progress=on_progress)
    return totals


def ingest_sources_detecting(
    app: App, names: list[str] | None, *, now: datetime, on_progress: Callable[[int], None] | None = None
) -> tuple[IngestTotals, DetectResult]:
    """ingest_sources, with detection alongside in a second process once the input is big (see
    services.alongside); what that process detected is returned, what it left is still pending."""
    alongside = DetectAlongside(app, now=now)
    try:
        totals = ingest_sources(app, names, now=now, on_progress=with_rows_counted(on_progress, alongside))
    finally:
        detected = alongside.finish()
    return totals, detected


def detection_ranges(app: App, *, batches_per_range: int, parts: int) -> list[tuple[int, int]]:
    """Pending notices as id ranges for detection tasks that run side by side: one per worker at least
    (never under a batch), at most `batches_per_range` batches each."""
    size = app.settings.batch_size
    with app.uow() as uow:
        return pending_ranges(uow, app.config.detection_rules_version, most=size * batches_per_range, least=size, parts=parts)


def messaging_for(app: App) -> Messaging:
    return Messaging(AlertRouting.from_config(app.config.alerts_config), app.config.templates, app.settings.language)


def response_config(app: App, *, clock: str = "real") -> ResponseConfig:
    config = app.config
    messaging = messaging_for(app)
    planning = PlanningConfig(
        counselors=CounselorConfig.model_validate(config.counselors_config),
        catalog=load_catalog(config.programs_config),
        language=app.settings.language,
        clock=clock,
    )
    return ResponseConfig(planning=planning, messaging=messaging, thresholds=config.thresholds_config)


def respond_pending(app: App, *, now: datetime, clock: str = "real") -> RespondResult:
    total = RespondResult()
    config = response_config(app, clock=clock)
    while True:
        with app.uow() as uow:
            detections = pending_detections(uow, app.settings.batch_size)
            if not detections:
                break
            result = respond_batch(uow, detections, config, now=now)
            uow.commit()
        total.add(result)
    with app.uow() as uow:
        watches = raise_watches(uow, WatchConfig.from_config(app.config.detection_config), config.messaging, now=now)
        advance_case_states(uow, now=now)
        uow.commit()
    total.watches_opened = watches.watches_opened
    return total


def dispatch_pending(app: App, notifier, *, now: datetime) -> DispatchResult:
    quiet = QuietHours.parse(app.settings.quiet_hours_start, app.settings.quiet_hours_end)
    failures = FailurePolicy(messaging_for(app), app.settings.notify_failures_before_alert)
    with app.uow() as uow:
        return dispatch_due(uow, notifier, now=now, quiet=quiet, failures=failures)


def escalate_pending(app: App, *, now: datetime) -> int:
    """Queue an escalation for every alert nobody acknowledged in time (dispatch sends it)."""
    from earlywarn.services.alerts import escalate_unacknowledged

    ack_within = timedelta(minutes=app.settings.ack_within_minutes)
    with app.uow() as uow:
        result = escalate_unacknowledged(uow, messaging_for(app), ack_within=ack_within, now=now)
        uow.commit()
    return result.escalated


def queue_digests(app: App, *, day: date | None, now: datetime):
    """The day's digest (today in Seoul by default) for every region; a repeat queues nothing."""
    from earlywarn.services.digest import queue_daily_digests

    day = day or now.astimezone(SEOUL).date()
    regions = CounselorConfig.model_validate(app.config.counselors_config).regions
    with app.uow() as uow:
        result = queue_daily_digests(uow, messaging_for(app), day=day, regions=regions, now=now)
        uow.commit()
    return day, result
