"""Reading ahead (a second process reads and normalises a big file while ingest stores it) stores exactly what
reading in one process stores, raises what it would raise, and ends with ingest whichever way ingest ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from earlywarn.adapters.db.orm import NoticeRow, QuarantineRow, RawInputRow
from earlywarn.services.ingest import IngestOptions, ingest_bytes
from earlywarn.services.notice_rows import Reading
from earlywarn.services.pipeline import ingest_sources
from earlywarn.services.read_ahead import ReadAhead, min_bytes_for
from earlywarn.settings import PROJECT_ROOT
from tests.support.warn_folders import HEADER, app_reading_folder as _app, warn_row

NOW = datetime(2024, 1, 15, 9, 0, tzinfo=timezone.utc)


def _warn_rows(first: int, count: int) -> str:
    """Notices of a few sites, republished with other counts (amendments), and rows that are quarantined."""
    lines = [HEADER]
    for n in range(first, first + count):
        if n % 50 == 7:
            lines.append(f",Town {n % 13},Layoff,{n},2023-03-01,")  # no company: quarantined
        elif n % 50 == 8:
            lines.append("Total,,,12345,,")  # a totals row: quarantined
        elif n % 50 == 9:
            lines.append(f"Company {n % 17:03d} Holdings - Amended,Town {n % 13},Layoff,{n},,")  # undated amendment
        else:
            lines.append(warn_row(n, companies=17))
    return "\n".join(lines) + "\n"


def _stored(app) -> dict[str, list[tuple]]:
    with app.uow() as uow:
        notices = uow.session.execute(select(
            NoticeRow.id, NoticeRow.content_hash, NoticeRow.position, NoticeRow.status, NoticeRow.supersedes_id,
            NoticeRow.site_key, NoticeRow.notice_date, NoticeRow.record).order_by(NoticeRow.id)).all()
        quarantine = uow.session.execute(select(
            QuarantineRow.position, QuarantineRow.reason, QuarantineRow.raw).order_by(QuarantineRow.id)).all()
        raw = uow.session.execute(select(
            RawInputRow.name, RawInputRow.status, RawInputRow.format, RawInputRow.mapping).order_by(RawInputRow.id)).all()
    return {"notices": [tuple(row) for row in notices], "quarantine": [tuple(row) for row in quarantine],
            "raw_inputs": [tuple(row) for row in raw]}


@pytest.fixture
def warn_folder(tmp_path):
    folder = tmp_path / "warn"
    folder.mkdir()
    (folder / "a.csv").write_text(_warn_rows(0, 1500))
    (folder / "b.csv").write_text(_warn_rows(1500, 2500))
    return folder


@pytest.mark.timeout(120)
def test_a_folder_read_ahead_stores_the_same_notices_links_and_quarantine_as_reading_in_one_process(
    tmp_path, warn_folder, monkeypatch
):
    files_read_ahead = []
    original = ReadAhead.read
    monkeypatch.setattr(ReadAhead, "read", lambda self, data, *args: files_read_ahead.append(len(data)) or original(self, data, *args))

    here = _app(tmp_path, "here", warn_folder, read_ahead_bytes=0)
    ahead = _app(tmp_path, "ahead", warn_folder, read_ahead_bytes=1)
    totals_here, totals_ahead = ingest_sources(here, None, now=NOW), ingest_sources(ahead, None, now=NOW)

    assert len(files_read_ahead) == 2  # both files went through the second process, in chunks of 100 rows
    assert totals_ahead.as_dict() == totals_here.as_dict()
    assert totals_here.total("amendments") > 0 and totals_here.total("quarantined") > 0
    assert _stored(ahead) == _stored(here)
    assert ingest_sources(ahead, None, now=NOW).total("stored") == 0  # a re-run reads nothing again


def test_an_error_while_reading_ahead_is_raised_by_ingest_as_reading_in_one_process_raises_it(tmp_path, warn_folder):
    app = _app(tmp_path, "error", warn_folder)
    data = (warn_folder / "a.csv").read_bytes()
    errors = []
    for read_ahead in (None, ReadAhead(1)):
        options = IngestOptions(synonyms=app.config.header_synonyms, defaults={"no_such_field": "x"}, read_ahead=read_ahead)
        with app.uow() as uow, pytest.raises(ValueError) as raised:
            ingest_bytes(uow, data, name="a.csv", source=f"warn-{read_ahead is None}", options=options, now=NOW)
        errors.append(str(raised.value))
        if read_ahead:
            read_ahead.close()
    assert errors[0] == errors[1] and "no_such_field" in errors[0]
    with app.uow() as uow:  # the file stays unread: the next run reads it again
        assert set(uow.session.scalars(select(RawInputRow.status))) == {"received"}


def test_a_file_left_mid_way_stops_its_read_ahead_process_and_the_next_file_is_read_whole(tmp_path, warn_folder):
    app = _app(tmp_path, "left", warn_folder)
    data = (warn_folder / "b.csv").read_bytes()
    reading = Reading(synonyms=app.config.header_synonyms, batch_size=100)
    with ReadAhead(1) as read_ahead:
        _, chunks = read_ahead.read(data, "b.csv", "warn", reading)
        next(chunks)
        first_process = read_ahead.process
        chunks.close()  # what a failed store does (_store_items closes the chunks)
        assert read_ahead.process is None and first_process.poll() is not None

        _, chunks = read_ahead.read(data, "b.csv", "warn", reading)
        assert sum(chunk.rows_read for chunk in chunks) == 2500
        assert read_ahead.process is not first_process

        read_ahead.read(data, "b.csv", "warn", reading)  # chunks never taken (the caller failed before storing)
        _, chunks = read_ahead.read(data, "b.csv", "warn", reading)
        assert sum(chunk.rows_read for chunk in chunks) == 2500


_KILLED_PARENT = """
import sys, time
from pathlib import Path
from earlywarn.adapters.readers import load_header_synonyms
from earlywarn.adapters.config_files import read_yaml
from earlywarn.services.notice_rows import Reading
from earlywarn.services.read_ahead import ReadAhead, min_bytes_for

read_ahead = ReadAhead(1)
reading = Reading(synonyms=load_header_synonyms(read_yaml(Path(sys.argv[2]))), batch_size=100)
_, chunks = read_ahead.read(Path(sys.argv[1]).read_bytes(), "b.csv", "warn", reading)
next(chunks)
print(read_ahead.process.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.timeout(60)
def test_the_read_ahead_process_ends_when_the_ingest_process_is_killed(tmp_path, warn_folder):
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT / "src"), str(PROJECT_ROOT)])}
    parent = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT, str(warn_folder / "b.csv"),
                               str(PROJECT_ROOT / "config" / "headers.yaml")], stdout=subprocess.PIPE, text=True, env=env)
    child = int(parent.stdout.readline())
    assert _running(child)  # waiting for the parent to take its next chunk
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(child)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return not any(line.startswith("State:") and "Z" in line for line in status)
    except FileNotFoundError:
        return False


def test_small_files_are_read_in_the_ingest_process():
    assert not ReadAhead(1_000_000).wants(b"x" * 999_999) and ReadAhead(1_000_000).wants(b"x" * 1_000_000)
    assert not ReadAhead(0).wants(b"x" * 10_000_000)  # 0: never


def test_files_are_read_ahead_by_default_only_with_a_third_core(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert min_bytes_for(None) == 0 and min_bytes_for(5) == 5
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2})
    assert min_bytes_for(None) == 1_000_000 and min_bytes_for(0) == 0
