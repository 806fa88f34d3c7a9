"""Bad input never crashes ingest, never loses what is stored, and always leaves a clear reason."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from earlywarn.adapters.db.orm import NoticeRow, QuarantineRow
from earlywarn.adapters.readers import load_header_synonyms, read_bytes
from earlywarn.adapters.config_files import read_yaml
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from earlywarn.services.ingest import IngestOptions, ingest_bytes
from earlywarn.settings import PROJECT_ROOT

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)
SYNONYMS = load_header_synonyms(read_yaml(PROJECT_ROOT / "config" / "headers.yaml"))
GOOD = "Company,City,Notice Type,Emp #,Notice Date\nGood Steel Works,Gunsan,Layoff,120,2020-03-02\n".encode()


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip_bomb(size: int = 300 * 1024 * 1024) -> bytes:
    """A valid-looking XLSX whose one sheet inflates to `size` bytes of spaces (~300 KB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        genuine = zipfile.ZipFile(io.BytesIO(_xlsx([["Company", "Jobs"], ["A", 1]])))
        for item in genuine.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(item, genuine.read(item))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                sheet.write(chunk)
    return out.getvalue()


CASES = {
    "cp949.csv": ("Company,City,Notice Type,Emp #,Notice Date\n오씨아이,군산,희망퇴직,100,2020-02-20\n".encode("cp949"), None),
    "mixed-encoding.csv": (GOOD + "타타대우,군산,Layoff,30,2020-09-21\n".encode("cp949") + "현대,군산,Layoff,5,2020-09-22\n".encode(), None),
    "utf16.csv": ("Company,Emp #,Notice Date\nUtf Sixteen Corp,10,2020-01-05\n".encode("utf-16"), None),
    "binary.csv": (bytes(range(256)) * 64, "file"),
    "empty.csv": (b"   \n\n", "file"),
    "truncated.xlsx": (_xlsx([["Company", "Jobs", "Notice Date"], ["X", 1, "2020-01-01"]])[:700], "file"),
    "corrupt.xlsx": (b"PK\x03\x04" + os.urandom(4000), "file"),
    "invalid-dates.csv": (b"Company,Emp #,Notice Date\nBad Date Corp,,2020-13-45\nNo Date Co,,not a date\n", "row"),
    "wide.csv": (("Company,Emp #,Notice Date" + "," * 16_000 + "\nWide Corp,10,2020-01-01" + "," * 16_000 + "\n").encode(), None),
    "one-huge-cell.csv": (b"Company,Emp #,Notice Date,Notes\nHuge Cell Corp,10,2020-01-01,\"" + b"x" * (10 * 1024 * 1024) + b"\"\n", None),
}


@pytest.fixture
def options(app):
    return IngestOptions(synonyms=app.config.header_synonyms, max_bytes=app.settings.max_file_bytes, batch_size=500)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_stored_or_quarantined_with_a_reason_and_nothing_stored_is_lost(app, options, name, reliability_report):
    data, expect_quarantine = CASES[name]
    with app.uow() as uow:
        good = ingest_bytes(uow, GOOD, name="good.csv", source="before", options=options, now=NOW)
        result = ingest_bytes(uow, data, name=name, source="bad", options=options, now=NOW)
        quarantined = uow.session.scalars(select(QuarantineRow).where(QuarantineRow.source == "bad")).all()
        stored = uow.session.scalar(select(func.count()).select_from(NoticeRow).where(NoticeRow.source == "before"))
    assert good.stored == 1 and stored == 1  # what was stored before is still there
    assert result.rows_read == result.stored + result.duplicates + result.quarantined or result.quarantined
    assert all(item.reason and len(item.reason) > 10 for item in quarantined)
    if expect_quarantine == "file":
        assert [q.position for q in quarantined] == ["file"] and result.stored == 0
    elif expect_quarantine == "row":
        assert quarantined and all(q.position.startswith("row") for q in quarantined)
    else:
        assert result.stored >= 1, [q.reason for q in quarantined]
    reliability_report.add(f"bad input: {name}", trials=1, faults=1, note=f"stored {result.stored}, quarantined {len(quarantined)}")


@pytest.mark.timeout(120)
def test_a_zip_bomb_disguised_as_xlsx_is_quarantined_without_inflating_it(app, options, reliability_report):
    import resource

    bomb = _zip_bomb()
    assert len(bomb) < 2 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with app.uow() as uow:
        result = ingest_bytes(uow, bomb, name="report.xlsx", source="bad", options=options, now=NOW)
        item = uow.session.scalars(select(QuarantineRow)).one()
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert result.stored == 0 and item.position == "file"
    assert "decompress" in item.reason or "압축" in item.reason, item.reason
    assert grown_mb < 200
    reliability_report.add("bad input: zip bomb as .xlsx (300 MB inflated)", trials=1, faults=1, note=item.reason[:60])


def test_a_file_over_the_size_limit_is_quarantined_with_its_size(app, reliability_report):
    options = IngestOptions(synonyms=app.config.header_synonyms, max_bytes=1024)
    with app.uow() as uow:
        result = ingest_bytes(uow, GOOD * 100, name="big.csv", source="bad", options=options, now=NOW)
        item = uow.session.scalars(select(QuarantineRow)).one()
    assert result.quarantined == 1 and "over the limit" in item.reason
    reliability_report.add("bad input: over max_file_bytes", trials=1, faults=1)


def test_absurd_values_are_kept_as_flags_on_the_notice_not_rejected(app, options):
    data = (b"Company,Emp #,Notice Date,Layoff Date\nHuge Count Corp,250000,2020-01-01,2020-03-01\n"
            b"Old Year Corp,10,1975-05-05,1975-06-01\nFuture Corp,10,2031-01-01,2031-02-01\nNegative Corp,-40,2020-01-01,2020-03-01\n")
    with app.uow() as uow:
        ingest_bytes(uow, data, name="absurd.csv", source="absurd", options=options, now=NOW)
        records = {n.company: n.record for n in uow.session.scalars(select(NoticeRow))}
    assert set(records) >= {"Huge Count Corp", "Old Year Corp", "Future Corp"}
    flags = {company: " ".join(record["flags"]) for company, record in records.items()}
    assert "jobs" in flags["Huge Count Corp"] and "notice_date" in flags["Old Year Corp"] and "notice_date" in flags["Future Corp"], flags


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), name=st.sampled_from(["x.csv", "x.xlsx", "x.json", "x.txt", "x.html", "x.rss", "x"]))
def test_random_bytes_never_raise_and_every_item_is_a_notice_or_a_rejection(data, name):
    items = list(read_bytes(data, name, "fuzz", synonyms=SYNONYMS).items)
    assert items and all(isinstance(i, (NoticeRecord, RejectedItem)) for i in items)
    assert all(i.reason for i in items if isinstance(i, RejectedItem))


# Any printable text, plus the line breaks and tabs real multi-line cells hold; other control characters
# (form feeds, bare escapes) make a table ambiguous to any reader: the random-bytes test covers them.
cell = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\r\t"), max_size=30)


@settings(max_examples=150, deadline=None)
@given(header=st.lists(cell, min_size=1, max_size=8), rows=st.lists(st.lists(cell, max_size=10), max_size=20))
def test_random_csv_tables_never_raise_and_every_row_is_a_notice_or_a_rejection(header, rows):
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    items = list(read_bytes(out.getvalue().encode(), "t.csv", "fuzz", synonyms=SYNONYMS).items)
    assert all(isinstance(i, (NoticeRecord, RejectedItem)) for i in items)
    # at most one item per written record (plus a file-level rejection); which records are blank depends on
    # the delimiter the reader infers ("0|" over "," lines reads as a "|" table whose cells hold ",")
    assert len(items) <= len(rows) + 1


def test_csv_export_neutralises_formula_injection(app, options, tmp_path):
    data = b'Company,Emp #,Notice Date,City\n"=cmd|\' /C calc\'!A0",10,2020-01-01,"+SUM(1,2)"\n@evil Corp,5,2020-01-02,-2+3\n'
    with app.uow() as uow:
        ingest_bytes(uow, data, name="inject.csv", source="inject", options=options, now=NOW)
    env = os.environ | {"EARLYWARN_STATE_DIR": str(app.settings.state_dir), "EARLYWARN_ENVIRONMENT": "test"}
    out = subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "earlywarn"), "notices", "list", "--format", "csv"],
                         env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    cells = [c for row in csv.reader(io.StringIO(out.stdout)) for c in row]
    assert any("cmd|" in c for c in cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
