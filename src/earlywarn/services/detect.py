"""Detect: classify every notice not yet seen by the current rules version, in batches."""

from __future__ import annotations

import logging
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Text, cast, select

from earlywarn.adapters.db.orm import CompanyAliasRow, CompanyRow, DetectionRow, NoticeRow, SignalRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.domain.companies import CompanyDirectory
from earlywarn.domain.detection import Detection, detect
from earlywarn.domain.detection.tabular import TabularFacts
from earlywarn.domain.notices import NoticeKind, NoticeRecord
from earlywarn.services.bulk import fewer_collections

if TYPE_CHECKING:
    from earlywarn.bootstrap import App

log = logging.getLogger(__name__)


@dataclass
class DetectResult:
    examined: int = 0
    restructuring: int = 0
    not_restructuring: int = 0
    signals: int = 0
    failed: int = 0  # notices the classifier raised on: left pending (retried next run), logged with their id
    by_type: Counter = field(default_factory=Counter)
    last_id: int = 0  # the highest notice id the pending queries returned (0: none)

    def add(self, other: "DetectResult") -> None:
        self.last_id = max(self.last_id, other.last_id)
        self.examined += other.examined
        self.restructuring += other.restructuring
        self.not_restructuring += other.not_restructuring
        self.signals += other.signals
        self.failed += other.failed
        self.by_type.update(other.by_type)


@dataclass(frozen=True, slots=True)
class PendingNotice:
    """What detection needs of a stored notice: its id, its date and the normalized record (for an official
    row, the fields its detection reads)."""

    id: int
    notice_date: date | None
    record: NoticeRecord | TabularFacts


def _not_detected(rules_version: str):
    # NOT EXISTS probes the (notice_id, rules_version) unique index per notice; NOT IN built the whole set
    seen = select(DetectionRow.id).where(DetectionRow.notice_id == NoticeRow.id, DetectionRow.rules_version == rules_version)
    return ~seen.exists()


def pending_notices(
    uow: UnitOfWork, rules_version: str, limit: int, after_id: int = 0, through_id: int | None = None
) -> list[PendingNotice]:
    query = (
        select(NoticeRow.id, NoticeRow.notice_date, NoticeRow.kind, cast(NoticeRow.record, Text))
        .where(NoticeRow.id > after_id, _not_detected(rules_version))
        .order_by(NoticeRow.id)
        .limit(limit)
    )
    if through_id is not None:
        query = query.where(NoticeRow.id <= through_id)
    # The record's JSON text goes straight to pydantic's parser: no json.loads, no ORM objects. An official
    # row is decoded as the fields its detection reads (TabularFacts), a text notice whole
    with fewer_collections():
        return [
            PendingNotice(notice_id, notice_date, _DECODE.get(kind, NoticeRecord.model_validate_json)(record))
            for notice_id, notice_date, kind, record in uow.session.connection().execute(query)  # Core rows, no ORM machinery
        ]


_DECODE = {NoticeKind.TABULAR.value: TabularFacts.model_validate_json}


def pending_ranges(uow: UnitOfWork, rules_version: str, *, most: int, least: int = 1, parts: int = 1) -> list[tuple[int, int]]:
    """The ids of the notices not yet detected as (first, last) ranges, in id order: at least `parts` ranges
    when there is work for them (ranges of `least` notices or more), none over `most` notices.

    Ranges never overlap, so tasks classifying them side by side never write the same detection."""
    query = select(NoticeRow.id).where(_not_detected(rules_version)).order_by(NoticeRow.id)
    ids = array("q", uow.session.scalars(query.execution_options(yield_per=10_000)))  # 8 bytes a notice
    size = min(most, max(least, -(-len(ids) // parts)))
    return [(ids[start], ids[min(start + size, len(ids)) - 1]) for start in range(0, len(ids), size)]


def detect_pending(
    app: App, *, now: datetime, max_batches: int | None = None, first_id: int = 1, last_id: int | None = None,
    directory: "Directory | None" = None,
) -> DetectResult:
    """Classify pending notices batch by batch (only those with ids first_id..last_id when given). A caller that
    runs passes again and again (detection alongside ingest) keeps one `directory` for them all: it is topped up
    with the companies added since, where a new one would read every company again."""
    # one bulk block for the whole loop: restoring the thresholds between the pending query and the batch
    # collected the batch's 2,000 fresh records at once (~7 µs a notice)
    with fewer_collections():
        return _detect_pending(app, now=now, max_batches=max_batches, first_id=first_id, last_id=last_id, directory=directory)


def _detect_pending(app: App, *, now: datetime, max_batches: int | None, first_id: int, last_id: int | None,
                    directory: "Directory | None") -> DetectResult:
    total = DetectResult()
    # The rules are compiled (~2 s of a process) only once something is pending: after detection alongside
    # ingest has detected everything, this pass costs one query. The pending query needs only their version
    version = app.config.detection_rules_version
    rules = None
    batches, after_id = 0, first_id - 1
    while max_batches is None or batches < max_batches:
        with app.uow() as uow:
            notices = pending_notices(uow, version, app.settings.batch_size, after_id, last_id)
            if not notices:
                break
            if rules is None:
                rules = app.config.detection_rules
                if rules.version != version:  # rules set on the config by hand after the version was read
                    raise RuntimeError(f"detection rules {rules.version} are not {version}, the version pending notices were read for")
                directory = directory or Directory(app.config.companies_config)  # loaded once, topped up per batch
            after_id = total.last_id = notices[-1].id
            total.add(detect_batch(uow, notices, rules=rules, company_config=app.config.companies_config, now=now,
                                   directory=directory))
            uow.commit()
        batches += 1
    return total


def detect_batch(
    uow: UnitOfWork, notices: list, *, rules, company_config: dict, now: datetime, directory: "Directory | None" = None
) -> DetectResult:
    """Classify one batch and store detections, companies and weak signals in one transaction.

    `notices` are PendingNotice or NoticeRow; pass a Directory to reuse one across batches.
    """
    with fewer_collections():
        return _detect_batch(uow, notices, rules=rules, company_config=company_config, now=now, directory=directory)


def _detect_batch(uow: UnitOfWork, notices: list, *, rules, company_config: dict, now: datetime, directory) -> DetectResult:
    result = DetectResult()
    directory = directory or Directory(company_config)
    companies = directory.refresh(uow)
    today = now.date()
    detections: list[tuple[object, Detection]] = []
    for row in notices:
        try:
            detections.append((row, detect(_record(row), rules, companies, today=today)))
        except Exception:  # noqa: BLE001 - one text the rules cannot handle must not stop the batch
            log.exception("detection failed on notice %s; it stays pending and is retried on the next run", row.id)
            result.failed += 1
    company_ids = _ensure_companies(uow, companies, [d for _, d in detections], directory.company_ids)
    rows, signal_rows = [], []
    for notice, detection in detections:
        company_id = company_ids.get(detection.company) if detection.company else None
        rows.append(_detection_row(notice, detection, company_id))
        if company_id is not None:
            observed = notice.notice_date or today
            signal_rows += [(company_id, notice.id, kind, observed) for kind in detection.signals]
        result.examined += 1
        result.by_type[detection.type._value_] += 1
        if detection.is_restructuring:
            result.restructuring += 1
        else:
            result.not_restructuring += 1
    uow.insert_rows(DetectionRow.__table__, DETECTION_COLUMNS, rows, unique=("notice_id", "rules_version"),
                    constants={"created_at": now, "handled": False}, as_is=("result",))
    uow.insert_rows(SignalRow.__table__, SIGNAL_COLUMNS, signal_rows, unique=("notice_id", "kind"))
    result.signals = len(signal_rows)
    return result


def _record(notice) -> NoticeRecord | TabularFacts:
    record = notice.record
    return record if isinstance(record, (NoticeRecord, TabularFacts)) else NoticeRecord.model_validate(record)


class Directory:
    """The company directory of one detection run: config aliases plus every company in the database.

    Loaded once, then topped up with only the companies and aliases added since (ids above the last
    seen), so a run over a million notices does not reload every company for every batch.
    """

    def __init__(self, company_config: dict):
        self.companies = CompanyDirectory.from_config(company_config)
        self._last_company = 0
        self._last_alias = 0
        self.company_ids: dict[str, int] = {}  # company key -> id, filled as batches create or find them

    def refresh(self, uow: UnitOfWork) -> CompanyDirectory:
        # two range queries on primary keys: an OR across the outer join would scan every company per batch
        new_companies = (
            select(CompanyRow.id, CompanyRow.name, CompanyAliasRow.id, CompanyAliasRow.alias)
            .join(CompanyAliasRow, isouter=True)
            .where(CompanyRow.id > self._last_company)
        )
        new_aliases = (
            select(CompanyRow.id, CompanyRow.name, CompanyAliasRow.id, CompanyAliasRow.alias)
            .join(CompanyAliasRow)
            .where(CompanyAliasRow.id > self._last_alias, CompanyRow.id <= self._last_company)
        )
        rows = [*uow.session.execute(new_companies), *uow.session.execute(new_aliases)]
        for company_id, name, alias_id, alias in sorted(rows, key=lambda row: (row[0], row[2] or 0)):
            # exact matches only: a fuzzy match on auto-created names merged "Quartz Summit 00193" into
            # "Quartz Summit 00059", and only when another run had stored it (batch boundaries changed cases)
            self.companies.add(name, [alias] if alias else [], fuzzy=False)
            self._last_company = max(self._last_company, company_id)
            self._last_alias = max(self._last_alias, alias_id or 0)
        return self.companies


def load_directory(uow: UnitOfWork, company_config: dict) -> CompanyDirectory:
    """Aliases from config, plus every company already known to the database."""
    return Directory(company_config).refresh(uow)


def _ensure_companies(
    uow: UnitOfWork, directory: CompanyDirectory, detections: list[Detection], known: dict[str, int] | None = None
) -> dict[str, int]:
    """Canonical name -> company id, creating the missing companies. `known` (key -> id) carries over
    between batches, so a company seen before costs no insert and no lookup."""
    names = {d.company for d in detections if d.company}
    if not names:
        return {}
    known = {} if known is None else known
    rows = []
    for name in names:
        match = directory.resolve(name)
        rows.append(dict(key=match.key, name=match.canonical))
    keys = {row["key"]: row["name"] for row in rows}
    # in key order: two transactions inserting the same companies take their locks in the same order
    missing = sorted((row for row in rows if row["key"] not in known), key=lambda row: row["key"])
    if missing:
        # through the driver (no per-row parameter processing), the new ids read back by RETURNING; only the keys
        # another transaction or an earlier run stored already (the conflicts) are looked up
        inserted = uow.insert_rows(CompanyRow.__table__, ("key", "name"), [(row["key"], row["name"]) for row in missing],
                                   unique=("key",), returning=("key", "id"))
        known.update(inserted)
        if existing := {row["key"] for row in missing if row["key"] not in known}:
            known.update(uow.session.execute(select(CompanyRow.key, CompanyRow.id).where(CompanyRow.key.in_(existing))).all())
    return {keys[key]: known[key] for key in keys if key in known}


# A detection row as inserted (UnitOfWork.insert_rows); created_at and handled are the same for a whole batch
DETECTION_COLUMNS = ("notice_id", "rules_version", "is_restructuring", "type", "company_id", "headcount",
                     "separation_date", "confidence", "result")
SIGNAL_COLUMNS = ("company_id", "notice_id", "kind", "observed_on")


def _detection_row(notice: NoticeRow, detection: Detection, company_id: int | None) -> tuple:
    return (
        notice.id,
        detection.rules_version,
        detection.is_restructuring,
        detection.type._value_,  # .value: the same str through enum's property (~0.5 µs)
        company_id,
        detection.headcount,
        detection.separation_date,
        detection.confidence,
        detection.model_dump_json(),  # JSON text, stored as is
    )
