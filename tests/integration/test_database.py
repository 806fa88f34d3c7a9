from datetime import datetime, timezone

from sqlalchemy import func, inspect, select

from earlywarn.adapters.db.engine import current_revision, make_engine, migrate
from earlywarn.adapters.db.orm import CompanyRow, NotificationRow
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
