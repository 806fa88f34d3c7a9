"""Detection alongside ingest (a second process on big inputs) gives the one-process outcome, and loses
nothing when that process dies or the classifier fails on one notice."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from earlywarn.adapters.db.orm import DetectionRow, NoticeRow
from earlywarn.services import detect as detect_service
from earlywarn.services.pipeline import detect_pending, ingest_sources_detecting
from tests.support.killing import ingest_killing_the_helper
from tests.support.warn_folders import HEADER, app_reading_folder as _app, warn_row

NOW = datetime(2024, 1, 15, 9, 0, tzinfo=timezone.utc)


def _warn_rows(first: int, count: int) -> str:
    return "\n".join([HEADER, *(warn_row(n, companies=97) for n in range(first, first + count))]) + "\n"


def _outcome(app) -> dict[str, tuple]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(NoticeRow.content_hash, DetectionRow.type, DetectionRow.headcount, DetectionRow.company_id)
            .join(DetectionRow, DetectionRow.notice_id == NoticeRow.id)
        )
        return {content_hash: (kind, headcount, company_id is not None) for content_hash, kind, headcount, company_id in rows}


def _detections_per_notice(app) -> tuple[int, int, int]:
    with app.uow() as uow:
        notices = uow.session.scalar(select(func.count()).select_from(NoticeRow))
        detections = uow.session.scalar(select(func.count()).select_from(DetectionRow))
        distinct = uow.session.scalar(select(func.count(func.distinct(DetectionRow.notice_id))))
    return notices, detections, distinct


@pytest.fixture
def warn_folder(tmp_path):
    folder = tmp_path / "warn"
    folder.mkdir()
    # big enough that ingest is still reading when the second process is ready (it takes ~1-2 s to start)
    (folder / "a.csv").write_text(_warn_rows(0, 6000))
    (folder / "b.csv").write_text(_warn_rows(6000, 9000))
    return folder


@pytest.mark.timeout(180)
def test_detection_alongside_ingest_gives_the_same_detections_as_one_process(tmp_path, warn_folder):
    one = _app(tmp_path, "one", warn_folder, detect_alongside_rows=0)
    totals, alongside = ingest_sources_detecting(one, None, now=NOW)
    assert alongside.examined == 0  # never started
    rest = detect_pending(one, now=NOW)

    two = _app(tmp_path, "two", warn_folder, detect_alongside_rows=200)
    totals_two, alongside_two = ingest_sources_detecting(two, None, now=NOW)
    rest_two = detect_pending(two, now=NOW)

    assert alongside_two.examined > 0  # the second process really classified part of the input
    assert alongside_two.examined + rest_two.examined == rest.examined == totals.total("stored") == totals_two.total("stored")
    # the helper detected the last chunks after ingest ended: the pass after it found nothing and compiled no rules
    assert rest_two.examined == 0 and "detection_rules" not in two.config.__dict__
    assert _outcome(two) == _outcome(one)
    notices, detections, distinct = _detections_per_notice(two)
    assert notices == detections == distinct


@pytest.mark.timeout(180)
def test_a_detection_process_killed_mid_run_loses_nothing_and_doubles_nothing(tmp_path, warn_folder):
    app = _app(tmp_path, "killed", warn_folder, detect_alongside_rows=200)
    # mid-run: once it has stored detections (or late in ingest, when the machine is too slow for that)
    totals, alongside, killed = ingest_killing_the_helper(
        app, NOW, when=lambda alongside: bool(_detections_per_notice(app)[1]) or alongside.rows >= 13000)
    assert killed and alongside.examined == 0  # its result never came back
    rest = detect_pending(app, now=NOW)
    notices, detections, distinct = _detections_per_notice(app)
    assert notices == totals.total("stored") == detections == distinct  # every notice detected exactly once
    assert rest.examined <= notices


def test_a_notice_the_classifier_fails_on_stays_pending_and_the_batch_goes_on(tmp_path, warn_folder, monkeypatch):
    app = _app(tmp_path, "failing", warn_folder, detect_alongside_rows=0)
    ingest_sources_detecting(app, None, now=NOW)
    real_detect = detect_service.detect
    calls = {"n": 0}

    def fails_on_the_fifth(notice, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("a text the rules cannot handle")
        return real_detect(notice, *args, **kwargs)

    monkeypatch.setattr(detect_service, "detect", fails_on_the_fifth)
    first = detect_pending(app, now=NOW)
    notices, detections, _ = _detections_per_notice(app)
    assert first.failed == 1 and detections == notices - 1
    monkeypatch.setattr(detect_service, "detect", real_detect)
    second = detect_pending(app, now=NOW)  # the next run retries it
    assert second.examined == 1 and second.failed == 0
    assert _detections_per_notice(app)[1] == notices


@pytest.mark.timeout(120)
def test_a_detection_process_whose_input_ends_stops_by_itself_and_still_reports(tmp_path, warn_folder):
    # the end of its input is how the helper learns that ingest is over, and what it sees if the parent dies
    from earlywarn.services.alongside import DetectAlongside

    alongside = DetectAlongside(_app(tmp_path, "ended", warn_folder, detect_alongside_rows=1), now=NOW)
    alongside.on_rows(1)
    alongside.process.stdin.close()
    assert alongside.process.wait(timeout=90) == 0
    assert alongside.finish().examined == 0  # nothing was stored yet, and the result still comes back


@pytest.mark.timeout(120)
def test_a_detection_process_that_cannot_start_leaves_ingest_whole_and_every_notice_pending(tmp_path, warn_folder, monkeypatch):
    import sys

    app = _app(tmp_path, "unstartable", warn_folder, detect_alongside_rows=200)
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the helper's interpreter exits at once
    totals, alongside = ingest_sources_detecting(app, None, now=NOW)
    monkeypatch.undo()
    assert alongside.examined == 0 and totals.total("stored") > 0
    assert detect_pending(app, now=NOW).examined == totals.total("stored")
