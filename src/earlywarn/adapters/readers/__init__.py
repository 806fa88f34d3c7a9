"""Notice intake: read a file the project has never seen, in any tabular schema, into notices.

HTML, XLSX and PDF readers (bs4, openpyxl, pdfplumber: ~25 MB of imports and more) are imported when such a
file comes: a process that reads CSV only (ingest's read-ahead process) does without them.

`read_path` / `read_bytes` never raise for bad input: a file that cannot be read at all yields
one RejectedItem(position="file"), a row that cannot be normalised one RejectedItem("row N"; a PDF's
"page P row N", an XLSX or ODS file of several sheets' "<sheet> row N").
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from earlywarn.adapters.readers.csv_reader import csv_rows
from earlywarn.adapters.readers.detect import ENCODING_SAMPLE_BYTES, detect_encoding, detect_format
from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms, load_header_synonyms
from earlywarn.adapters.readers.limits import xlsx_too_large
from earlywarn.adapters.readers.json_reader import json_lines, json_objects, open_objects
from earlywarn.adapters.readers.tabular import Table, open_table
from earlywarn.adapters.readers.text_reader import email_notice, feed_notices, plain_text_notice, text_notice
from earlywarn.domain.notices import NoticeRecord, RejectedItem

__all__ = ["HeaderSynonyms", "ReadResult", "load_header_synonyms", "read_bytes", "read_feed_url", "read_path"]

Item = NoticeRecord | RejectedItem
SNIFF_TEXT_CHARS = 32 * 1024
_UNSUPPORTED = {
    "xls": "오래된 .xls 형식입니다. .xlsx 또는 CSV로 저장해 주세요 (legacy .xls: save as .xlsx or CSV)",
}


@dataclass
class ReadResult:
    format: str
    encoding: str | None
    mapping: dict[str, str]  # source column -> canonical field
    items: Iterator[Item]  # streaming, lazily read
    confidence: dict[str, float] | None = None  # source column -> 0..1


def read_path(path: Path, source: str, *, synonyms: HeaderSynonyms, override: dict | None = None) -> ReadResult:
    path = Path(path)
    try:
        with path.open("rb") as file:
            head = file.read(ENCODING_SAMPLE_BYTES)
    except OSError as error:
        return _file_rejected(source, "unknown", f"파일을 열 수 없습니다 (cannot open file: {error.strerror})", b"")
    file_format = detect_format(path.name, head)
    if file_format == "csv":
        return _guarded(source, file_format, head, lambda: _read_csv_file(path, head, source, synonyms, override))
    if file_format == "xlsx":
        if reason := xlsx_too_large(path):
            return _file_rejected(source, file_format, reason, head)
        from earlywarn.adapters.readers.xlsx_reader import open_workbook_table

        return _guarded(source, file_format, head, lambda: _from_table(
            "xlsx", None, open_workbook_table(str(path), source, synonyms, override), source, head))
    if file_format == "ods":
        return _read_ods(str(path), head, source, synonyms, override)
    if file_format == "pdf":
        return _read_pdf(str(path), head, source, synonyms, override)
    return read_bytes(path.read_bytes(), path.name, source, synonyms=synonyms, override=override)


def read_bytes(data: bytes, name: str, source: str, *, synonyms: HeaderSynonyms, override: dict | None = None) -> ReadResult:
    file_format = detect_format(name, data[:ENCODING_SAMPLE_BYTES])
    if not data.strip():
        return _file_rejected(source, file_format, "빈 파일입니다 (the file is empty)", data)
    if file_format in _UNSUPPORTED:
        return _file_rejected(source, file_format, _UNSUPPORTED[file_format], data)
    if file_format == "xlsx":
        if reason := xlsx_too_large(data):
            return _file_rejected(source, file_format, reason, data)
        from earlywarn.adapters.readers.xlsx_reader import open_workbook_table

        return _guarded(source, file_format, data, lambda: _from_table(
            "xlsx", None, open_workbook_table(io.BytesIO(data), source, synonyms, override), source, data))
    if file_format == "ods":
        return _read_ods(io.BytesIO(data), data, source, synonyms, override)
    if file_format == "pdf":
        return _read_pdf(io.BytesIO(data), data, source, synonyms, override)
    if file_format == "eml":
        return _guarded(source, file_format, data, lambda: _single("eml", None, email_notice(data, source)))
    if file_format == "feed":
        return _guarded(source, file_format, data, lambda: ReadResult("feed", None, {}, feed_notices(data, source)))
    encoding = detect_encoding(data[:ENCODING_SAMPLE_BYTES])
    if encoding is None:
        return _file_rejected(source, file_format, "문자 인코딩을 알 수 없습니다 (not text in a known encoding)", data)
    text = data.decode(encoding, errors="replace")
    readers: dict[str, Callable[[], ReadResult]] = {
        "csv": lambda: _from_table("csv", encoding, open_table(csv_rows(io.StringIO(text, newline="")), source,
                                                               synonyms, override), source, data),
        "html": lambda: _read_html(text, encoding, source, synonyms, override, data),
        "xml": lambda: _read_xml(data, encoding, source, synonyms, override),
        "json": lambda: _from_objects("json", encoding, json_objects(text, source), source, synonyms, override),
        "jsonl": lambda: _from_objects("jsonl", encoding, json_lines(io.StringIO(text), source), source, synonyms, override),
    }
    if file_format == "text" and _is_cards(text, synonyms):
        file_format = "cards"
        readers["cards"] = lambda: _read_cards(text, encoding, source, synonyms, override, data)
    elif file_format == "text" and _is_boxed(text):
        file_format = "boxed"
        readers["boxed"] = lambda: _read_boxed(text, encoding, source, synonyms, override, data)
    elif file_format == "text" and _is_fixed_width(text):
        file_format = "fixed"
        readers["fixed"] = lambda: _read_fixed_width(text, encoding, source, synonyms, override, data)
    reader = readers.get(file_format, lambda: _single("text", encoding, plain_text_notice(text, source)))
    return _guarded(source, file_format, data, reader)


def read_feed_url(url: str, source: str) -> ReadResult:
    """An RSS/Atom feed fetched by feedparser (tests use 127.0.0.1 only)."""
    return _guarded(source, "feed", url.encode(), lambda: ReadResult("feed", None, {}, feed_notices(url, source)))


def _read_csv_file(path: Path, head: bytes, source: str, synonyms: HeaderSynonyms, override: dict | None) -> ReadResult:
    encoding = detect_encoding(head)
    if encoding is None:
        return _file_rejected(source, "csv", "문자 인코딩을 알 수 없습니다 (not text in a known encoding)", head)

    def rows():
        with path.open("r", encoding=encoding, errors="replace", newline="") as stream:
            yield from csv_rows(stream)

    return _from_table("csv", encoding, open_table(rows(), source, synonyms, override), source, head)


def _read_html(text, encoding, source, synonyms, override, data) -> ReadResult:
    from earlywarn.adapters.readers.html_reader import (article_text, article_title, labelled_record_rows,
                                                        labelled_records_win, main_table_rows, parse_html)

    soup = parse_html(text)
    rows = main_table_rows(soup, synonyms)
    records = labelled_record_rows(soup, synonyms)
    if labelled_records_win(records, rows):
        rows = records
    if rows is not None:
        return _from_table("html", encoding, open_table(rows, source, synonyms, override), source, data)
    title = article_title(soup)
    return _single("html", encoding, text_notice(source, title, article_text(soup)))


def _read_ods(file, data: bytes, source: str, synonyms: HeaderSynonyms, override: dict | None) -> ReadResult:
    if reason := xlsx_too_large(file if isinstance(file, str) else data):  # a zip of XML as XLSX is: the same guard
        return _file_rejected(source, "ods", reason, data)
    from earlywarn.adapters.readers.ods_reader import open_ods_table

    return _guarded(source, "ods", data, lambda: _from_table(
        "ods", None, open_ods_table(file, source, synonyms, override), source, data))


def _read_pdf(file, data: bytes, source: str, synonyms: HeaderSynonyms, override: dict | None) -> ReadResult:
    """A PDF's tables, page by page; a PDF without one (a scan, a letter), an encrypted or a broken one is
    quarantined with the reason."""
    from earlywarn.adapters.readers.pdf_reader import PdfUnreadable, no_table_reason, open_pdf

    def read() -> ReadResult:
        try:
            pages = open_pdf(file)
        except PdfUnreadable as error:
            return _file_rejected(source, "pdf", str(error), data)
        table = _notices_table(open_table(pages.rows(), source, synonyms, override, pages.place))
        if table is None:
            return _file_rejected(source, "pdf", no_table_reason(pages), data)
        return _from_table("pdf", None, table, source, data)

    return _guarded(source, "pdf", data, read)


def _is_cards(text: str, synonyms: HeaderSynonyms) -> bool:
    from earlywarn.adapters.readers.cards import is_card_start, text_card_rows

    return is_card_start(text_card_rows(text[:SNIFF_TEXT_CHARS]), synonyms)


def _read_cards(text, encoding, source, synonyms, override, data) -> ReadResult:
    """'Label:   value' cards, a notice each (cards.py); the text as one notice when none names its company."""
    from earlywarn.adapters.readers.cards import text_card_rows

    table = _notices_table(open_table(text_card_rows(text), source, synonyms, override))
    if table is None:
        return _single("text", encoding, plain_text_notice(text, source))
    return _from_table("cards", encoding, table, source, data)


def _is_boxed(text: str) -> bool:
    from earlywarn.adapters.readers.boxed_reader import is_boxed_table

    return is_boxed_table(text[:SNIFF_TEXT_CHARS])


def _read_boxed(text, encoding, source, synonyms, override, data) -> ReadResult:
    """A table drawn with box-drawing lines (HWP saved as text): its rows, or the text as one notice when none
    of them is a header."""
    from earlywarn.adapters.readers.boxed_reader import boxed_rows

    table = _notices_table(open_table(boxed_rows(text), source, synonyms, override))
    if table is None:
        return _single("text", encoding, plain_text_notice(text, source))
    return _from_table("boxed", encoding, table, source, data)


def _is_fixed_width(text: str) -> bool:
    from earlywarn.adapters.readers.fixed_width import is_fixed_width_table

    return is_fixed_width_table(text[:SNIFF_TEXT_CHARS])


def _read_fixed_width(text, encoding, source, synonyms, override, data) -> ReadResult:
    """A report printed in fixed-width columns (a legacy system's print-out saved as text): its rows, or the text as
    one notice when no column of them names a company."""
    from earlywarn.adapters.readers.fixed_width import fixed_width_rows

    table = _notices_table(open_table(fixed_width_rows(text), source, synonyms, override))
    if table is None or not _names_its_company(table):
        return _single("text", encoding, plain_text_notice(text, source))
    return _from_table("fixed", encoding, table, source, data)


_GUESSED = 0.4  # the confidence of a column taken for a field by its values alone (headers.py's _take_best)


def _names_its_company(table: Table) -> bool:
    """A header naming its company column: a line of prose over a rule is no table whose words a guess made one."""
    return any(table.mapping.confidence.get(column, 0.0) > _GUESSED for column in table.mapping.columns_for("company"))


def _notices_table(table: Table | None) -> Table | None:
    """The table when it is one of notices (a company column); a text laid out in lines or boxes may be none."""
    return table if table is not None and table.mapping.columns_for("company") else None


def _read_xml(data, encoding, source, synonyms, override) -> ReadResult:
    from earlywarn.adapters.readers.xml_reader import xml_rows

    rows = xml_rows(data)
    return _from_table("xml", encoding, open_table(rows, source, synonyms, override) if rows else None, source, data)


def _from_table(file_format: str, encoding: str | None, table: Table | None, source: str, data: bytes) -> ReadResult:
    if table is None:
        return _file_rejected(source, file_format, "표에 데이터가 없습니다 (no table with data in the file)", data)
    return _result(file_format, encoding, table.mapping, _guard_items(source, table.items))


def _from_objects(file_format, encoding, objects, source, synonyms, override) -> ReadResult:
    mapping, items = open_objects(objects, source, synonyms, override)
    return _result(file_format, encoding, mapping, _guard_items(source, items))


def _result(file_format: str, encoding: str | None, mapping: HeaderMapping, items: Iterator[Item]) -> ReadResult:
    return ReadResult(file_format, encoding, dict(mapping.mapping), items, dict(mapping.confidence))


def _single(file_format: str, encoding: str | None, item: Item) -> ReadResult:
    return ReadResult(file_format, encoding, {}, iter([item]))


def _guarded(source: str, file_format: str, data: bytes, read: Callable[[], ReadResult]) -> ReadResult:
    try:
        return read()
    except Exception as error:  # noqa: BLE001 - any failure on bad input becomes a quarantined item
        return _file_rejected(source, file_format, _unreadable(file_format, error), data)


def _guard_items(source: str, items: Iterator[Item]) -> Iterator[Item]:
    position = "file"
    try:
        for item in items:
            position = item.position or position
            yield item
        if position == "file":  # nothing at all came out: the file must still show up somewhere
            yield RejectedItem(source=source, position="file", reason="표에 데이터가 없습니다 (no table with data in the file)", raw="")
    except Exception as error:  # noqa: BLE001 - a broken file mid-way is quarantined, not raised
        yield RejectedItem(source=source, position=f"after {position}",
                           reason=f"읽기가 중단되었습니다 (reading stopped: {error})", raw="")


def _unreadable(file_format: str, error: Exception) -> str:
    return f"{file_format} 파일을 읽을 수 없습니다 (cannot read {file_format}: {type(error).__name__}: {error})"


def _file_rejected(source: str, file_format: str, reason: str, data: bytes) -> ReadResult:
    excerpt = data[:500].decode("utf-8", errors="replace")
    return ReadResult(file_format, None, {}, iter([RejectedItem(source=source, position="file", reason=reason, raw=excerpt)]))
