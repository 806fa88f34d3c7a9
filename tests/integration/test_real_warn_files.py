"""Acceptance: every real WARN file is read with no per-state code (the project's issue 3)."""

import re
from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.readers import load_header_synonyms, read_path
from earlywarn.domain.notices import NoticeRecord

ROOT = Path(__file__).resolve().parents[2]
WARN_DIR = ROOT / ".." / "shared" / "data" / "warn"
REQUIRED_SHARE = 0.98

pytestmark = pytest.mark.skipif(not WARN_DIR.is_dir(), reason=f"real WARN data not found at {WARN_DIR}")


def expected_row_counts() -> dict[str, int]:
    readme = (WARN_DIR / "README.md").read_text(encoding="utf-8")
    listing = readme.split("Row counts", 1)[1]
    return {name: int(count) for name, count in re.findall(r"\b([a-z]{2}) (\d+)", listing)}


def measure(path: Path, synonyms) -> dict:
    result = read_path(path, f"warn-{path.stem}", synonyms=synonyms)
    items = list(result.items)
    notices = [i for i in items if isinstance(i, NoticeRecord)]
    jobs_columns = [column for column, field in result.mapping.items() if field == "jobs"]
    numeric = [n for n in notices if jobs_columns and re.search(r"\d", n.raw.get(jobs_columns[0], ""))]
    return {
        "rows": len(items),
        "notices": len(notices),
        "rejected": len(items) - len(notices),
        "dated": sum(1 for n in notices if n.company and (n.notice_date or n.effective_date)),
        "numeric_jobs": len(numeric),
        "jobs": sum(1 for n in numeric if n.jobs is not None),
    }


@pytest.fixture(scope="module")
def table():
    synonyms = load_header_synonyms(yaml.safe_load((ROOT / "config" / "headers.yaml").read_text(encoding="utf-8")))
    files = sorted(p for p in WARN_DIR.iterdir() if p.suffix != ".md")
    measured = {path.name: measure(path, synonyms) for path in files}
    print(f"\n{'file':26}{'rows':>7}{'notices':>9}{'rejected':>10}{'with-date %':>13}{'jobs %':>8}")
    for name, m in measured.items():
        rows = max(m["rows"], 1)
        jobs_share = m["jobs"] / m["numeric_jobs"] if m["numeric_jobs"] else 1.0
        print(f"{name:26}{m['rows']:7}{m['notices']:9}{m['rejected']:10}{100 * m['dated'] / rows:13.1f}{100 * jobs_share:8.1f}")
    return measured


def test_every_file_yields_one_item_per_non_empty_row(table):
    expected = expected_row_counts()
    wrong = {name: (m["rows"], expected[name[:2]]) for name, m in table.items()
             if name.endswith(".csv") and m["rows"] != expected[name[:2]]}
    assert not wrong, f"rows read vs README count: {wrong}"


def test_nearly_every_row_becomes_a_notice_with_company_and_date(table):
    missing = {name: round(m["dated"] / m["rows"], 3) for name, m in table.items()
               if m["dated"] < REQUIRED_SHARE * m["rows"]}
    assert not missing, f"files under {REQUIRED_SHARE:.0%} of rows with company and date: {missing}"


def test_a_number_in_the_jobs_cell_always_becomes_jobs(table):
    missing = {name: (m["jobs"], m["numeric_jobs"]) for name, m in table.items()
               if m["jobs"] < REQUIRED_SHARE * m["numeric_jobs"]}
    assert not missing, f"files where numeric headcounts were lost: {missing}"
