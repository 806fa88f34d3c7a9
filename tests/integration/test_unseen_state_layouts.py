"""Readers generalise to WARN layouts of states whose real files the project has never read.

The files in tests/fixtures/readers/unseen_states are synthetic (made by make_fixtures.py there) but
laid out as those states publish: banners, two-row headers, totals and notes under the data, Excel
serials, date ranges, "TBD" headcounts, d/b/a companies. Each has an `.expect.json` beside it.
"""

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.readers import load_header_synonyms, read_path
from earlywarn.domain.notices import NoticeRecord

ROOT = Path(__file__).resolve().parents[2]
LAYOUTS = ROOT / "tests" / "fixtures" / "readers" / "unseen_states"
FILES = sorted(p for p in LAYOUTS.iterdir() if p.suffix != ".py" and not p.name.endswith(".expect.json"))


def expectations(path: Path) -> dict:
    return json.loads((LAYOUTS / f"{path.stem}.expect.json").read_text(encoding="utf-8"))


def notices_of(path: Path, synonyms) -> list[NoticeRecord]:
    result = read_path(path, f"unseen-{path.stem}", synonyms=synonyms)
    return [item for item in result.items if isinstance(item, NoticeRecord)]


def is_complete(notice: NoticeRecord) -> bool:
    return bool(notice.company and (notice.notice_date or notice.effective_date) and notice.jobs is not None)


def is_correct(notice: NoticeRecord | None, truth: dict) -> bool:
    """The right company and headcount, and at least one date that the truth gives read the same."""
    if notice is None or notice.jobs != truth["jobs"]:
        return False
    read = {field: getattr(notice, field) and getattr(notice, field).isoformat() for field in ("notice_date", "effective_date")}
    # a date the truth leaves null cannot be the match: two nulls agreeing says nothing about the row
    return any(truth[field] is not None and read[field] == truth[field] for field in read)


def notice_for(notices: list[NoticeRecord], wanted: dict, place: tuple[int, int] = (0, 1)) -> NoticeRecord | None:
    """The notice read for a truth or spot row: its company's, the last one read. A file of revisions repeats a
    company (an original, its amendment, its rescission, each a notice): there it is the one of the row's notice date.
    `place` (i, m): the row is the i-th of m truth rows of one company and notice date, a notice listed once per site
    (Illinois, Washington), each site's row a notice of its own: the i-th of the last m such notices read that give a
    headcount (the truth lists the rows giving company, date and headcount: a site's 'Unknown' count is none)."""
    same = [n for n in notices if n.company == wanted["company"]]
    if len(same) > 1 and wanted.get("notice_date"):
        dated = [n for n in same if n.notice_date and n.notice_date.isoformat() == wanted["notice_date"]]
        same = dated or same
    index, count = place
    counted = [n for n in same if n.jobs is not None] if count > 1 else same
    return counted[index - count] if count <= len(counted) else same[-1] if same else None


def truth_places(truth: list[dict]) -> list[tuple[int, int]]:
    """Each truth row's (i, m): the i-th of the m rows naming its company and notice date (mostly (0, 1))."""
    keys = [(t["company"], t["notice_date"]) for t in truth]
    counts, seen = Counter(keys), Counter()
    places = []
    for key in keys:
        places.append((seen[key], counts[key]))
        seen[key] += 1
    return places


def correct_share(notices: list[NoticeRecord], expected: dict) -> float:
    truth = expected["truth"]
    right = sum(is_correct(notice_for(notices, t, place), t) for t, place in zip(truth, truth_places(truth)))
    return right / expected["data_rows"]


@pytest.fixture(scope="module")
def synonyms():
    return load_header_synonyms(yaml.safe_load((ROOT / "config" / "headers.yaml").read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_data_row_and_nothing_else_becomes_a_notice(path, synonyms):
    expected = expectations(path)["data_rows"]
    assert len(notices_of(path, synonyms)) == expected


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_rows_that_give_company_date_and_headcount_keep_all_three(path, synonyms):
    notices = notices_of(path, synonyms)
    expected = expectations(path)
    share = sum(map(is_complete, notices)) / expected["data_rows"]
    # shares are written to four places, rounded: 20 of 22 rows is written 0.9091, a hair above 20/22
    assert round(share, 4) >= expected["complete_share"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_row_gets_its_own_company_date_and_headcount(path, synonyms):
    expected = expectations(path)
    # the truth lists the rows to check: every data row, or (tabfresh2's author) those that give all three
    right = correct_share(notices_of(path, synonyms), expected) * expected["data_rows"]
    assert round(right) == len(expected["truth"])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_spot_values_are_read_exactly(path, synonyms):
    notices = notices_of(path, synonyms)
    for spot in expectations(path)["spots"]:
        notice = notice_for(notices, spot)
        companies = sorted({str(n.company) for n in notices})[:5]
        assert notice is not None, f"no notice for {spot['company']!r}; companies read: {companies}"
        for field, value in spot.items():
            actual = getattr(notice, field)
            shown = actual.isoformat() if isinstance(actual, date) else actual
            assert _same(field, shown, value), f"{spot['company']}: {field} is {shown!r}, expected {value!r}"


def _same(field: str, shown: object, value: object) -> bool:
    """A county written in capitals is given in title case ('BEXAR' -> 'Bexar'); authors expect it either way."""
    if field == "county" and isinstance(shown, str) and isinstance(value, str):
        return shown.casefold() == value.casefold()
    return shown == value


def test_every_layout_has_its_expectations():
    assert len(FILES) >= 12 and all((LAYOUTS / f"{p.stem}.expect.json").is_file() for p in FILES)


def test_the_truths_rows_of_a_notice_listed_once_per_site_are_matched_site_by_site():
    def site(jobs):
        return NoticeRecord(source="s", kind="tabular", company="Aspen Tool Co", notice_date=date(2025, 4, 1),
                            jobs=jobs)

    notices = [site(120), site(None), site(45)]  # three sites, the second's count 'Unknown'
    truth = [{"company": "Aspen Tool Co", "notice_date": "2025-04-01", "effective_date": None, "jobs": jobs}
             for jobs in (120, 45)]
    assert correct_share(notices, {"data_rows": 3, "truth": truth}) * 3 == 2
    assert correct_share(notices[::-1], {"data_rows": 3, "truth": truth}) == 0  # read in another order: no match
