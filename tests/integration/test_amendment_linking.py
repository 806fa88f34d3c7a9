"""A changed re-publication of a notice supersedes its ancestor (kept, marked superseded); the case follows it."""

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, NoticeRow
from earlywarn.services import pipeline
from earlywarn.services.ingest import IngestOptions, ingest_bytes

NOW = datetime(2021, 3, 1, 1, 0, tzinfo=timezone.utc)
HEADER = "Company,City,Notice Date,Layoff Date,Employees Affected,Notice Type\n"
ORIGINAL = "Acme Widgets Inc.,Peoria,2021-02-01,2021-04-02,120,Layoff\n"
AMENDED = "Acme Widgets Inc.,Peoria,2021-02-15,2021-03-19,180,Amended Layoff\n"


def ingest(app, text: str, name: str, batch_size: int = 2000):
    options = IngestOptions(synonyms=app.config.header_synonyms, batch_size=batch_size)
    with app.uow() as uow:
        return ingest_bytes(uow, text.encode(), name=name, source="warn-test", options=options, now=NOW)


def notices(app) -> list[NoticeRow]:
    with app.uow() as uow:
        return list(uow.session.scalars(select(NoticeRow).order_by(NoticeRow.id)))


@pytest.mark.parametrize("batch_size", [1, 2000])
def test_an_amended_row_in_the_same_file_supersedes_its_original_whatever_the_batch_size(app, batch_size):
    result = ingest(app, HEADER + ORIGINAL + AMENDED, "warn.csv", batch_size)
    original, amended = notices(app)
    assert result.amendments == 1
    assert (original.status, amended.status, amended.supersedes_id) == ("superseded", "current", original.id)


def test_an_amendment_published_later_supersedes_the_stored_notice_and_the_case_follows_it(app):
    ingest(app, HEADER + ORIGINAL, "warn-feb-01.csv")
    pipeline.detect_pending(app, now=NOW)
    pipeline.respond_pending(app, now=NOW)
    ingest(app, HEADER + AMENDED, "warn-feb-15.csv")
    pipeline.detect_pending(app, now=NOW)
    pipeline.respond_pending(app, now=NOW)

    original, amended = notices(app)
    assert amended.supersedes_id == original.id and original.status == "superseded"
    with app.uow() as uow:
        cases = uow.session.scalars(select(CaseRow)).all()
    assert len(cases) == 1
    assert (cases[0].separation_date, cases[0].headcount) == (date(2021, 3, 19), 180)


def _ingest_any(app, text: str, name: str):
    options = IngestOptions(synonyms=app.config.header_synonyms)
    with app.uow() as uow:
        return ingest_bytes(uow, text.encode(), name=name, source="warn-test", options=options, now=NOW)


def test_a_republication_supersedes_the_site_s_notice_within_45_days_not_an_older_one(any_app):
    january = "Acme Widgets Inc.,Peoria,2021-01-04,2021-03-05,40,Layoff\n"
    june = "Acme Widgets Inc.,Peoria,2021-06-01,2021-08-02,120,Layoff\n"
    _ingest_any(any_app, HEADER + january + june, "warn-june.csv")
    amended = "Acme Widgets Inc.,Peoria,2021-07-16,2021-08-20,150,Amended Layoff\n"  # 45 days after June 1st

    assert _ingest_any(any_app, HEADER + amended, "warn-july.csv").amendments == 1
    first, second, third = notices(any_app)
    assert (first.status, second.status, third.supersedes_id) == ("current", "superseded", second.id)


def test_an_undated_amendment_supersedes_the_site_s_latest_notice_whatever_its_date(any_app):
    _ingest_any(any_app, HEADER + ORIGINAL, "warn-feb.csv")
    undated = "Acme Widgets Inc.,Peoria,,,180,Amended Layoff\n"

    assert _ingest_any(any_app, HEADER + undated, "warn-undated.csv").amendments == 1
    original, amended = notices(any_app)
    assert (original.status, amended.supersedes_id) == ("superseded", original.id)


def test_a_notice_46_days_later_republishes_nothing(any_app):
    _ingest_any(any_app, HEADER + ORIGINAL, "warn-feb.csv")  # notice date 2021-02-01
    later = "Acme Widgets Inc.,Peoria,2021-03-19,2021-05-02,120,Layoff\n"

    assert _ingest_any(any_app, HEADER + later, "warn-mar.csv").amendments == 0
    assert [notice.status for notice in notices(any_app)] == ["current", "current"]
