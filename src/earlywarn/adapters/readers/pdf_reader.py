"""A PDF of tables (US states' WARN lists, a 보도자료's attachment) -> a table's rows, a page at a time.

A page's ruled tables (pdfplumber's "lines" strategy: cells drawn as lines or boxes) give their cells; a page
without one is read by its text's columns: a line's words close together are one phrase, phrases apart are
cells (but a name whose syllables are spread evenly over its cell, HWP's 균등 분할, is one phrase), and the
gutters no phrase of a table line crosses (a line of three cells or more) are the page's column boundaries.
Every line of such a page becomes a row (titles, footers and a wrapped name's second line too): the table reader
drops repeated headers, page footers and titles and joins continuation rows, as it does for CSV exports of the
same reports. A line break inside a cell is a space.

Pages are read one after the other and each one's parsed objects are let go before the next (`page.close()`),
so a long PDF needs the memory of one page. pdfplumber (with pdfminer.six) is imported only when a PDF comes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_PHRASE_GAP_EM = 0.5  # a space is ~0.25-0.33 em wide; cells stand further apart than half an em
_TABLE_LINE_CELLS = 3  # a line of this many phrases or more is a table's line (a notice has company, date, count)
_LINE_TOLERANCE_EM = 0.5  # words whose tops differ less than this are on one line
# letters further apart than this are two words. pdfplumber's default, 3 points whatever the size, joins words
# that an export set apart by their places without a space character between them (HWP's PDFs do, a space
# there is ~0.25 em: 2.3 points at 9 points): '주식회사삼화섬유', '서울구로구'. Letters of a word abut.
_WORDS = {"x_tolerance_ratio": 0.15}

NO_TEXT = ("PDF에 글자가 없습니다. 스캔한 이미지로 보입니다: 표를 CSV/XLSX로 받거나 글자 인식(OCR) 후 넣어 주세요 "
           "(no text in the PDF, a scanned image? Get the table as CSV/XLSX, or OCR it first)")
NO_TABLE = ("PDF에서 공지 표를 찾지 못했습니다 (no table of notices in the PDF: a letter or a notice in prose? "
            "Get the table as CSV/XLSX)")
ENCRYPTED = "암호가 걸린 PDF입니다. 암호를 푼 파일을 넣어 주세요 (the PDF is encrypted: give it without a password)"


class PdfUnreadable(Exception):
    """The PDF cannot be opened: the reason, said for people."""


@dataclass
class PdfPages:
    """The rows of a PDF's tables, and what was seen on the way (for the message when there is no table)."""

    pdf: object
    pages: int = 0
    text_seen: bool = False
    tables_seen: int = 0
    _columns: list[tuple[float, float]] = field(default_factory=list)
    _page_starts: list[int] = field(default_factory=list)  # how many rows came before each page's

    def rows(self) -> Iterator[list[str]]:
        before = 0
        try:
            for number in range(len(self.pdf.pages)):
                page = self.pdf.pages[number]
                try:
                    rows = self._page_rows(page)
                finally:
                    page.close()  # the page's parsed characters, lines and caches go now
                self.pages += 1
                self._page_starts.append(before)
                before += len(rows)
                yield from rows
        finally:
            self.pdf.close()

    def place(self, number: int) -> str:
        """Row `number` of rows() (1-based, already read) as staff find it: 'page 3 row 5', the fifth row read
        on the third page (a ruled table's fifth row; on a page read by its text, the fifth line)."""
        page = bisect_right(self._page_starts, number - 1)  # pages without a row share the next one's start
        return f"page {page} row {number - self._page_starts[page - 1]}"

    def _page_rows(self, page) -> list[list[str]]:
        if page.chars:
            self.text_seen = True
        else:
            return []
        tables = [rows for table in page.find_tables(_LINES) if _is_grid(rows := table.extract(**_WORDS))]
        if tables:
            self.tables_seen += len(tables)
            return [[_cell_text(cell) for cell in row] for rows in tables for row in rows]
        return self._text_rows(page)

    def _text_rows(self, page) -> list[list[str]]:
        lines = [_phrases(line) for line in _lines(page.extract_words(extra_attrs=["size"], **_WORDS))]
        table_lines = [line for line in lines if len(line) >= _TABLE_LINE_CELLS]
        # a page of one table line continues the table of the pages before it (its header is there)
        if len(table_lines) < (1 if self._columns else 2):
            return []
        self.tables_seen += 1
        columns = _columns(_row_lines(table_lines))
        self._columns = columns
        return [_placed(line, columns) for line in lines]


def open_pdf(file: str | BinaryIO) -> PdfPages:
    """The PDF opened (its cross-reference read, no page yet), or PdfUnreadable."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(file)
        pdf.pages  # noqa: B018 - the page tree: a broken or encrypted file fails here, not mid-way
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfUnreadable(ENCRYPTED) from error
        raise PdfUnreadable(_broken(cause)) from error
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise PdfUnreadable(ENCRYPTED) from error
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise PdfUnreadable(_broken(error)) from error
    return PdfPages(pdf)


def no_table_reason(pages: PdfPages) -> str:
    return NO_TABLE if pages.text_seen else NO_TEXT


def _broken(error: object) -> str:
    detail = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else str(error)
    return f"손상되었거나 PDF가 아닌 파일입니다 (a damaged PDF, or no PDF: {detail[:200]})"


def _is_grid(rows: list[list[str | None]]) -> bool:
    """Two rows and two columns at least, with text: a box drawn around a letterhead is no table."""
    return len(rows) >= 2 and max(map(len, rows)) >= 2 and any(cell for row in rows for cell in row)


def _cell_text(cell: str | None) -> str:
    return " ".join(cell.split()) if cell else ""


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines, top to bottom, each line's words left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        tolerance = _LINE_TOLERANCE_EM * (word.get("size") or word["bottom"] - word["top"])
        if lines and word["top"] - lines[-1][0]["top"] <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


Phrase = tuple[float, float, str]  # x0, x1, text


def _phrases(line: list[dict]) -> list[Phrase]:
    phrases: list[list] = []
    spread: list[dict] = []  # the lone syllables of a name spread over its cell, so far: the whole phrase
    for word in line:
        size = word.get("size") or word["bottom"] - word["top"]
        joined = bool(phrases) and (word["x0"] - phrases[-1][1] <= _PHRASE_GAP_EM * size
                                    or _spreads(spread, word, size))
        if joined:
            phrases[-1][1] = max(phrases[-1][1], word["x1"])
            phrases[-1][2] += " " + word["text"]
        else:
            phrases.append([word["x0"], word["x1"], word["text"]])
        # a syllable that begins a phrase, or goes on a phrase of syllables only ('삼성 계' spreads no further)
        if not _is_syllable(word["text"]) or (joined and not spread):
            spread = []
        else:
            spread = [*spread, word] if joined else [word]
    return [(x0, x1, text) for x0, x1, text in phrases]


_EVEN_GAP_EM = 0.1


def _is_syllable(text: str) -> bool:
    return len(text) == 1 and "\uac00" <= text <= "\ud7a3"


def _spreads(spread: list[dict], word: dict, size: float) -> bool:
    """A lone syllable as far from the lone syllable before it as that one is from its own (HWP's 균등 분할 spreads
    a header's name over its cell: '사   업   장   명'): one word, as a ruled cell reads it. The gap to the next
    cell's first syllable is another ('인   원  비   고' is two): a name of two syllables sets the gap alone."""
    if not spread or not _is_syllable(word["text"]):
        return False
    if len(spread) == 1:
        return True
    gap, before = word["x0"] - spread[-1]["x1"], spread[-1]["x0"] - spread[-2]["x1"]
    return abs(gap - before) <= _EVEN_GAP_EM * size


def _row_lines(table_lines: list[list[Phrase]]) -> list[list[Phrase]]:
    """The lines that set the columns: as many cells as most table lines have, or more. A line of fewer (a
    report's 'Date: … Region: … Status: …' banner) would join columns its phrases straddle."""
    counts = Counter(len(line) for line in table_lines)
    most = max(counts, key=lambda count: (counts[count], count))
    return [line for line in table_lines if len(line) >= most]


def _columns(table_lines: list[list[Phrase]]) -> list[tuple[float, float]]:
    """The spans of the page's columns: the table lines' phrases merged where they overlap."""
    spans = sorted((x0, x1) for line in table_lines for x0, x1, _ in line)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(x0, x1) for x0, x1 in columns]


def _placed(line: list[Phrase], columns: list[tuple[float, float]]) -> list[str]:
    """A line's phrases in the columns they start in (a phrase in a gutter: the column right of it); a second
    phrase in a taken column goes to the next free one, so a footer's 'Page 1 of 3' stays a cell of its own."""
    cells = [""] * len(columns)
    for x0, _, text in line:
        at = next((i for i, (_, end) in enumerate(columns) if x0 <= end), len(columns) - 1)
        free = next((i for i in range(at, len(columns)) if not cells[i]), None)
        if free is None:
            cells[at] = f"{cells[at]} {text}"
        else:
            cells[free] = text
    return cells
