"""A long PDF is read a page at a time: the memory of one page, not of all of them.

pdfplumber keeps every page's parsed characters until the page is closed: read without closing, the 60 pages
below take ~270 MB more (647 MB for 143 pages); read by the PDF reader, a few MB."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.readers.test_pdf_tables import _report, _row

ROOT = Path(__file__).resolve().parents[2]
READ = """
import resource, sys, yaml
from pathlib import Path
from earlywarn.adapters.readers import load_header_synonyms, read_path
from earlywarn.domain.notices import NoticeRecord
synonyms = load_header_synonyms(yaml.safe_load(Path(sys.argv[2]).read_text(encoding="utf-8")))
result = read_path(Path(sys.argv[1]), "test", synonyms=synonyms)
first = next(result.items)  # the reader's imports and the first page are in memory from here on
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
notices = isinstance(first, NoticeRecord) + sum(isinstance(item, NoticeRecord) for item in result.items)
print(notices, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


@pytest.mark.slow
def test_a_sixty_page_pdf_is_read_in_the_memory_of_a_page_or_so(tmp_path):
    path = tmp_path / "warn_long.pdf"
    path.write_bytes(_report([_row(i) for i in range(2_300)], ruled=False))
    out = subprocess.run([sys.executable, "-c", READ, str(path), str(ROOT / "config" / "headers.yaml")],
                         capture_output=True, text=True, check=True, timeout=300,
                         env={"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PATH": "/usr/bin:/bin"}).stdout
    notices, grown_mb = map(int, out.split())
    assert notices == 2_300
    assert grown_mb < 60, f"reading grew the process by {grown_mb} MB"
