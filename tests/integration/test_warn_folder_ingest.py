"""The whole real WARN folder through the ingest service into a real database, twice."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from earlywarn.adapters.config_files import SourceConfig
from earlywarn.adapters.db.orm import NoticeRow, QuarantineRow, RawInputRow
from earlywarn.services.sources import ingest_source, options_for

NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)
pytestmark = pytest.mark.slow


def ingest_folder(app, folder):
    source = SourceConfig(name="warn", kind="folder", path=str(folder))
    options = options_for(source, app.config.header_synonyms, batch_size=5000, max_bytes=app.settings.max_file_bytes)
    with app.uow() as uow:
        return ingest_source(uow, source, folder, options, now=NOW)


def test_re_ingesting_the_whole_warn_folder_stores_nothing_new(app, shared_warn_dir):
    first = ingest_folder(app, shared_warn_dir)
    with app.uow() as uow:
        count = lambda model: uow.session.scalar(select(func.count()).select_from(model))  # noqa: E731
        before = (count(NoticeRow), count(QuarantineRow), count(RawInputRow))
    second = ingest_folder(app, shared_warn_dir)
    with app.uow() as uow:
        after = (count(NoticeRow), count(QuarantineRow), count(RawInputRow))

    assert sum(r.stored for r in first) > 30_000
    assert after == before
    assert all(r.already_read for r in second)
    assert sum(r.stored for r in second) == 0


def test_every_raw_file_is_kept_byte_for_byte(app, shared_warn_dir):
    ingest_folder(app, shared_warn_dir)
    with app.uow() as uow:
        stored = {row.name: row.content for row in uow.session.scalars(select(RawInputRow))}
    for path in shared_warn_dir.iterdir():
        if path.is_file() and path.suffix != ".md":
            assert stored[path.name] == path.read_bytes(), path.name
