"""WARN notices published as PDF tables, on PDFs written here with fpdf2: a ruled table over three pages with its
header repeated and a page footer, a wrapped company name, a table of text columns without rules, and PDFs that
hold no table (a letter, a scanned image), an encrypted one and a broken file, each quarantined with its reason.

English only here: the machine's one Hangul font (Noto Sans CJK, OpenType CFF in a collection) is embedded by fpdf2
in a form pdfminer reads no characters from (pdfium does). The Korean PDFs are committed fixtures, written once
with that font turned into TrueType (tests/fixtures/readers/pdf/make_korean_pdfs.py, test_korean_pdf_tables.py)."""

from datetime import date
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod, VAlign
from PIL import Image

from earlywarn.adapters.readers import read_bytes, read_path
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from tests.unit.readers.reading import facts, read

HEADER = ["Company Name", "City", "Date Received", "Layoff Date", "Employees Affected"]
LONG_NAME = "Consolidated Widget Fabrication and Assembly Company"


class _Report(FPDF):
    """A state's report: a title on every page, 'Printed … Page n of N' at the foot."""

    def header(self):
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 8, "STATE DEPARTMENT OF LABOR - WARN NOTICES 2025", new_x="LMARGIN", new_y="NEXT")

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 8, f"Printed: 02/01/2025    Page {self.page_no()} of {{nb}}", align="C")


def _row(i: int) -> list[str]:
    name = LONG_NAME if i == 3 else f"Firm {chr(65 + i % 26)}{i} Manufacturing LLC"
    return [name, "Salem", f"01/{i % 28 + 1:02d}/2025", f"03/{i % 28 + 1:02d}/2025", str(10 + i)]


def _report(rows: list[list[str]], *, ruled: bool) -> bytes:
    pdf = _Report()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(60, 30, 30, 30, 30), borders_layout="ALL" if ruled else "NONE", v_align=VAlign.T,
                   text_align="LEFT", repeat_headings=1) as table:
        for cells in [HEADER, *rows]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def _notices(items) -> list[NoticeRecord]:
    return [item for item in items if isinstance(item, NoticeRecord)]


def test_a_ruled_table_over_three_pages_gives_every_notice_once(synonyms):
    data = _report([_row(i) for i in range(80)], ruled=True)
    assert data.count(b"/Type /Page\n") == 3
    notices, rejected = read(data, "warn_2025.pdf", synonyms)
    assert len(notices) == 80
    assert facts(notices[:2]) == [("Firm A0 Manufacturing LLC", date(2025, 1, 1), date(2025, 3, 1), 10),
                                  ("Firm B1 Manufacturing LLC", date(2025, 1, 2), date(2025, 3, 2), 11)]
    assert facts(notices[-1:]) == [("Firm B79 Manufacturing LLC", date(2025, 1, 24), date(2025, 3, 24), 89)]
    assert notices[0].city == "Salem" and notices[0].received_date == date(2025, 1, 1)
    assert not any("Page" in (n.company or "") or "STATE" in (n.company or "") for n in notices)
    assert not any(r.position == "file" for r in rejected)


def test_the_header_repeated_on_each_page_and_the_footers_are_no_notice(synonyms):
    result = read_bytes(_report([_row(i) for i in range(80)], ruled=True), "warn.pdf", "test", synonyms=synonyms)
    assert result.format == "pdf"
    assert {"Company Name": "company", "Date Received": "received_date", "Layoff Date": "effective_date",
            "Employees Affected": "jobs"}.items() <= result.mapping.items()
    items = list(result.items)
    notices = _notices(items)
    assert [n.company for n in notices].count("Company Name") == 0 and len({n.company for n in notices}) == 80
    assert [i for i in items if isinstance(i, RejectedItem)] == []  # a ruled table leaves titles and footers out


def test_a_header_repeated_on_every_page_of_a_text_table_is_no_rejected_row(synonyms):
    _, rejected = read(_report([_row(i) for i in range(80)], ruled=False), "warn.pdf", synonyms)
    assert not any("Company Name: Company Name" in r.raw or "Affected: Affected" in r.raw for r in rejected)
    assert {r.reason.split(" (")[0] for r in rejected} == {"쪽 바닥글입니다", "표 안의 제목 행입니다"}  # footers, titles


def test_a_company_name_wrapped_inside_its_ruled_cell_is_one_name(synonyms):
    notices, _ = read(_report([_row(i) for i in range(6)], ruled=True), "warn.pdf", synonyms)
    assert facts(notices)[3] == (LONG_NAME, date(2025, 1, 4), date(2025, 3, 4), 13)
    assert len(notices) == 6


def test_a_table_of_text_columns_without_rules_is_read_by_its_columns(synonyms):
    notices, rejected = read(_report([_row(i) for i in range(80)], ruled=False), "warn.pdf", synonyms)
    assert len(notices) == 80
    assert facts(notices[:1]) == [("Firm A0 Manufacturing LLC", date(2025, 1, 1), date(2025, 3, 1), 10)]
    assert facts(notices[3:4]) == [(LONG_NAME, date(2025, 1, 4), date(2025, 3, 4), 13)]  # its second line joined
    assert facts(notices[-1:]) == [("Firm B79 Manufacturing LLC", date(2025, 1, 24), date(2025, 3, 24), 89)]
    assert sum("page footer" in r.reason for r in rejected) == 3  # one a page


def test_a_header_word_wrapped_onto_a_line_of_its_own_completes_its_column_name(synonyms):
    result = read_bytes(_report([_row(i) for i in range(5)], ruled=False), "warn.pdf", "test", synonyms=synonyms)
    assert result.mapping.get("Employees Affected") == "jobs"
    assert [n.jobs for n in _notices(result.items)] == [10, 11, 12, 13, 14]


def test_a_pdf_file_on_disk_is_read_page_by_page_as_bytes_are(synonyms, tmp_path):
    path = tmp_path / "warn.pdf"
    path.write_bytes(_report([_row(i) for i in range(40)], ruled=True))
    from_disk = _notices(read_path(path, "test", synonyms=synonyms).items)
    assert facts(from_disk) == facts(read(path.read_bytes(), "warn.pdf", synonyms)[0]) and len(from_disk) == 40


def _one_file_rejection(data: bytes, synonyms) -> RejectedItem:
    [item] = list(read_bytes(data, "notice.pdf", "test", synonyms=synonyms).items)
    assert isinstance(item, RejectedItem) and item.position == "file"
    return item


def test_a_letter_in_prose_is_quarantined_as_no_table_of_notices(synonyms):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Dear Commissioner,\n\nThis letter is notice under the WARN Act that Harbor Mills Inc will "
                         "close its Salem plant on March 6, 2025. About 40 employees will be separated.\n\nSincerely,")
    item = _one_file_rejection(bytes(pdf.output()), synonyms)
    assert item.reason.startswith("PDF에서 공지 표를 찾지 못했습니다") and "no table of notices" in item.reason


def test_a_scanned_page_with_no_text_is_quarantined_as_an_image(synonyms):
    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (200, 100), 255), x=10, y=10, w=180)
    item = _one_file_rejection(bytes(pdf.output()), synonyms)
    assert item.reason.startswith("PDF에 글자가 없습니다") and "scanned image" in item.reason


def test_an_encrypted_pdf_is_quarantined_with_its_reason(synonyms):
    pdf = _Report()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 8, "Company Name    Date Received    Employees")
    item = _one_file_rejection(bytes(pdf.output()), synonyms)
    assert item.reason.startswith("암호가 걸린 PDF입니다") and "encrypted" in item.reason


def test_a_pdf_locked_against_editing_only_opens_without_a_password_and_is_read(synonyms):
    pdf = _Report()
    pdf.set_encryption(owner_password="owner", encryption_method=EncryptionMethod.AES_256)  # no user password
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    with pdf.table(borders_layout="ALL") as table:
        for cells in [HEADER, *(_row(i) for i in range(4))]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    notices, rejected = read(bytes(pdf.output()), "warn.pdf", synonyms)
    assert [n.jobs for n in notices] == [10, 11, 12, 13] and not rejected


def test_a_broken_pdf_is_quarantined_never_raised(synonyms, tmp_path):
    good = _report([_row(i) for i in range(3)], ruled=True)
    for broken in (b"%PDF-1.4\nnot a pdf at all", good[: len(good) // 3]):
        item = _one_file_rejection(broken, synonyms)
        assert "PDF" in item.reason
        path = tmp_path / "broken.pdf"
        path.write_bytes(broken)
        [from_disk] = list(read_path(path, "test", synonyms=synonyms).items)
        assert isinstance(from_disk, RejectedItem) and from_disk.position == "file"


def test_the_pdf_library_is_imported_only_when_a_pdf_comes():
    import subprocess
    import sys

    code = ("import sys, earlywarn.adapters.readers as r; "
            "print(any(m.startswith(('pdfplumber', 'pdfminer')) for m in sys.modules))")
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": f"{root / 'src'}:{root}"}).stdout
    assert out.strip() == "False"


def test_text_columns_keep_their_blank_cells_and_a_banner_line_joins_no_columns(synonyms):
    pdf = _Report()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 6, "Report Date: 02/01/2025            Region: All Regions of the State            Status: Final",
             new_x="LMARGIN", new_y="NEXT")
    rows = [_row(i) for i in range(12)]
    rows[2][1] = rows[5][1] = ""  # no city
    rows[4][3] = ""  # no layoff date
    with pdf.table(col_widths=(60, 30, 30, 30, 30), borders_layout="NONE", v_align=VAlign.T,
                   text_align=("LEFT", "LEFT", "CENTER", "CENTER", "RIGHT")) as table:
        for cells in [HEADER, *rows]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    notices, _ = read(bytes(pdf.output()), "warn.pdf", synonyms)
    assert len(notices) == 12
    assert [n.city for n in notices[:6]] == ["Salem", "Salem", None, "Salem", "Salem", None]
    assert facts(notices[4:5]) == [("Firm E4 Manufacturing LLC", date(2025, 1, 5), None, 14)]
    assert [n.jobs for n in notices] == list(range(10, 22))
