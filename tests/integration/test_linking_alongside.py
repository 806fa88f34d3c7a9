"""Amendment linking by the detection process alongside ingest: once it has started, ingest stores notices
unlinked ('new') and the helper links them in id order before it detects them. The stored notices (status,
superseded links) and detections are a one-process run's, also when the helper, the ingest process or both are
killed mid-run: the pass after ingest, or the next run, links what is left, never twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from earlywarn.adapters.db.orm import DetectionRow, NoticeRow
from earlywarn.services.pipeline import detect_pending, ingest_sources_detecting
from earlywarn.settings import PROJECT_ROOT
from tests.support.killing import ingest_killing_the_helper
from tests.support.warn_folders import HEADER, app_reading_folder as _app, warn_row

NOW = datetime(2024, 1, 15, 9, 0, tzinfo=timezone.utc)


def _warn_rows(first: int, count: int) -> str:
    # sites recur every 97 x 13 rows about a month apart: republications, so links, in every file
    return "\n".join([HEADER, *(warn_row(n, companies=97) for n in range(first, first + count))]) + "\n"


@pytest.fixture
def warn_folder(tmp_path):
    folder = tmp_path / "warn"
    folder.mkdir()
    (folder / "a.csv").write_text(_warn_rows(0, 6000))
    (folder / "b.csv").write_text(_warn_rows(6000, 9000))
    return folder


def _notices(app) -> list[tuple]:
    """Each notice in id order as (hash, status, its ancestor's hash), and on SQLite its id and its ancestor's too
    (PostgreSQL's sequence moves on for rows a killed run or a conflict did not store: ids differ there)."""
    with app.uow() as uow:
        rows = list(uow.session.execute(
            select(NoticeRow.id, NoticeRow.content_hash, NoticeRow.status, NoticeRow.supersedes_id).order_by(NoticeRow.id)))
    hashes = {notice_id: content_hash for notice_id, content_hash, _, _ in rows}
    ids = app.engine.dialect.name == "sqlite"
    return [(content_hash, status, hashes.get(ancestor), *((notice_id, ancestor) if ids else ()))
            for notice_id, content_hash, status, ancestor in rows]


def _detections(app) -> tuple[int, int]:
    with app.uow() as uow:
        return (uow.session.scalar(select(func.count()).select_from(DetectionRow)),
                uow.session.scalar(select(func.count(func.distinct(DetectionRow.notice_id)))))


def _unlinked(app) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(NoticeRow).where(NoticeRow.status == "new"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request) -> dict:
    """Settings for the database of every app of a test: SQLite files, or one PostgreSQL database per app."""
    if request.param == "sqlite":
        return {}
    server = request.getfixturevalue("postgres_server")
    names = iter(range(100))
    return {"url_for": lambda: server.create_database(f"linking_{os.getpid()}_{id(request)}_{next(names)}")}


def _settings(database: dict) -> dict:
    return {"database_url": database["url_for"]()} if database else {}


@pytest.fixture
def one_process(tmp_path, warn_folder, database):
    """The reference: one process, ingest links every chunk, detection after it."""
    app = _app(tmp_path, "one", warn_folder, detect_alongside_rows=0, **_settings(database))
    totals, alongside = ingest_sources_detecting(app, None, now=NOW)
    detect_pending(app, now=NOW)
    assert alongside.examined == 0 and totals.total("amendments") > 100
    return app, totals


@pytest.mark.timeout(240)
def test_the_detection_process_links_what_ingest_stores_and_the_notices_are_one_process_s(tmp_path, warn_folder, one_process, database):
    reference, reference_totals = one_process
    app = _app(tmp_path, "two", warn_folder, detect_alongside_rows=200, **_settings(database))
    totals, alongside = ingest_sources_detecting(app, None, now=NOW)
    rest = detect_pending(app, now=NOW)
    assert alongside.amendments > 0  # the helper really linked part of the input
    assert totals.total("amendments") == reference_totals.total("amendments")
    assert _unlinked(app) == 0 and rest.examined == 0
    assert _notices(app) == _notices(reference)
    assert _detections(app) == _detections(reference) == (len(_notices(app)),) * 2


@pytest.mark.timeout(240)
def test_a_detection_process_killed_mid_run_leaves_its_links_to_the_pass_after_ingest(tmp_path, warn_folder, one_process, database):
    reference, _ = one_process
    app = _app(tmp_path, "killed-helper", warn_folder, detect_alongside_rows=200, **_settings(database))
    totals, alongside, killed = ingest_killing_the_helper(app, NOW, when=lambda alongside: alongside.rows >= 4000)
    assert killed and alongside.examined == 0 and totals.amendments_linked_after > 0  # linked after ingest, here
    assert _unlinked(app) == 0
    detect_pending(app, now=NOW)
    assert _notices(app) == _notices(reference)
    assert _detections(app) == _detections(reference)


_INGEST = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from tests.support.warn_folders import app_reading_folder
from earlywarn.services.pipeline import ingest_sources_detecting
url = {"database_url": sys.argv[4]} if len(sys.argv) > 4 else {}
app = app_reading_folder(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), detect_alongside_rows=200, **url)
ingest_sources_detecting(app, None, now=datetime(2024, 1, 15, 9, 0, tzinfo=timezone.utc))
print("DONE", flush=True)
"""


@pytest.mark.timeout(300)
@pytest.mark.parametrize("whom", ["ingest", "both"])
def test_an_ingest_killed_mid_run_leaves_unlinked_notices_that_the_next_run_links(tmp_path, warn_folder, one_process,
                                                                                   database, whom):
    """SIGKILL the ingest process (its helper sees its input end and goes on linking and detecting, alongside the
    next run) or the ingest process and its helper at once, while notices stored unlinked are in the database;
    then a run again."""
    reference, _ = one_process
    name = f"killed-{whom}"
    url = _settings(database)
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT / "src")])}
    child = subprocess.Popen([sys.executable, "-c", _INGEST, str(tmp_path), name, str(warn_folder), *url.values()],
                             cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, text=True, start_new_session=True)
    app = _app(tmp_path, name, warn_folder, detect_alongside_rows=200, **url)  # the same state, this process's view
    deadline = time.monotonic() + 200
    try:
        while time.monotonic() < deadline and child.poll() is None:
            try:
                stored, unlinked = len(_notices(app)), _unlinked(app)
            except Exception:  # noqa: BLE001 - the schema may not be there yet
                stored = unlinked = 0
            if unlinked and 4000 <= stored < 14000:
                break
            time.sleep(0.05)
        assert child.poll() is None, "the ingest ended before it could be killed mid-run"
        if whom == "both":
            os.killpg(child.pid, signal.SIGKILL)  # its own session: the ingest process and its helper
        else:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
    # a helper left running (whom == "ingest") links and detects on, alongside the next run: never the same notice twice
    stored_then, unlinked_then = len(_notices(app)), _unlinked(app)
    assert 0 < stored_then < len(_notices(reference))
    print(f"killed {whom}: {stored_then} notices stored, {unlinked_then} of them unlinked")

    totals, _ = ingest_sources_detecting(app, None, now=NOW)  # the next run
    detect_pending(app, now=NOW)
    assert _unlinked(app) == 0
    assert _notices(app) == _notices(reference)  # the same ids, statuses and links as an uninterrupted run
    assert _detections(app) == _detections(reference)
