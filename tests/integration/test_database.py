from datetime import date, datetime, timezone

from sqlalchemy import func, inspect, select

from earlywarn.adapters.db.engine import current_revision, make_engine, migrate
from earlywarn.adapters.db import unit_of_work
from earlywarn.adapters.db.orm import CompanyRow, NoticeRow, NotificationRow, RawInputRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork

NOW = datetime(2020, 9, 21, 0, 0, tzinfo=timezone.utc)


def test_the_first_migration_creates_every_table_and_a_second_changes_nothing(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'state.db'}")
    assert migrate(engine) is True
    tables = set(inspect(engine).get_table_names())
    for table in ("sources", "raw_inputs", "notices", "quarantine", "companies", "company_aliases", "detections",
                  "signals", "cases", "case_timeline", "counselors", "counseling_sessions", "programs", "workers",
                  "enrollments", "notifications", "notification_deliveries"):
        assert table in tables
    assert current_revision(engine) is not None
    assert migrate(engine) is False


def test_inserting_the_same_business_key_twice_keeps_one_row(any_app):
    app = any_app
    rows = [dict(key="oci", name="OCI"), dict(key="tata-daewoo", name="타타대우상용차")]
    with app.uow() as uow:
        first = uow.insert_ignoring_duplicates(CompanyRow, rows, unique=("key",))
        second = uow.insert_ignoring_duplicates(CompanyRow, rows + [dict(key="gm-korea", name="한국지엠")], unique=("key",))
        uow.commit()
    with app.uow() as uow:
        names = sorted(uow.session.scalars(select(CompanyRow.name)))
    assert first == 2
    assert second == 1
    assert names == sorted(["OCI", "타타대우상용차", "한국지엠"])


def test_inserting_plain_tuples_through_the_driver_stores_what_the_orm_would(any_app, monkeypatch):
    """UnitOfWork.insert_rows: pages of multi-row VALUES (3 rows a page here), duplicates skipped, only the new
    rows returned, constants and typed values (dates, booleans, aware datetimes, JSON text) stored as the ORM would."""
    monkeypatch.setattr(unit_of_work, "MAX_ROWS_PER_STATEMENT", 3)
    columns = ("source", "content_hash", "kind", "notice_date", "is_closure", "jobs", "record")
    rows = [("warn", f"h{i}", "tabular", date(2020, 1, i + 1), i % 2 == 0, i, f'{{"n": {i}}}') for i in range(7)]
    with any_app.uow() as uow:
        raw_id = uow.insert_returning(RawInputRow, [dict(source="warn", name="f.csv", sha256="s", size=1, content=b"x",
                                                         received_at=NOW)], unique=("source", "sha256"), returning=("id",))[0][0]
        constants = {"raw_input_id": raw_id, "position": "", "status": "current", "received_at": NOW}
        insert = dict(unique=("source", "content_hash"), returning=("id", "content_hash"), constants=constants, as_is=("record",))
        first = uow.insert_rows(NoticeRow.__table__, columns, rows[:5], **insert)
        second = uow.insert_rows(NoticeRow.__table__, columns, rows, **insert)
        uow.commit()
    with any_app.uow() as uow:
        stored = uow.session.scalars(select(NoticeRow).order_by(NoticeRow.id)).all()
    assert [hash_ for _, hash_ in sorted(first)] == ["h0", "h1", "h2", "h3", "h4"]
    assert [hash_ for _, hash_ in sorted(second)] == ["h5", "h6"]
    assert [(n.content_hash, n.notice_date, n.is_closure, n.jobs, n.record, n.status, n.received_at, n.raw_input_id)
            for n in stored] == [(f"h{i}", date(2020, 1, i + 1), i % 2 == 0, i, {"n": i}, "current", NOW, raw_id) for i in range(7)]


def test_leaving_a_unit_of_work_without_commit_rolls_back(app):
    with app.uow() as uow:
        uow.insert_ignoring_duplicates(CompanyRow, [dict(key="oci", name="OCI")], unique=("key",))
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CompanyRow)) == 0


def test_stored_datetimes_come_back_aware_in_utc(app):
    with app.uow() as uow:
        uow.session.add(NotificationRow(dedup_key="k", kind="case_opened", tag="counselor", title="t", body="b",
                                        next_attempt_at=NOW, created_at=NOW))
        uow.commit()
    with app.uow() as uow:
        stored = uow.session.scalars(select(NotificationRow)).one()
    assert stored.created_at == NOW
    assert stored.created_at.tzinfo is not None
