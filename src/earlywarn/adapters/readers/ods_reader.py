"""OpenDocument spreadsheets (.ods, LibreOffice's and many governments' own format) -> tables, one a sheet.

The venv has no ODS library (pandas' odf engine needs odfpy); the sheet is content.xml inside the zip, read
here with lxml as it streams: a row at a time, its repeated cells and rows expanded — but not the trailing
blank ones, which LibreOffice writes as a repeat of 1,017 columns and 1,048,576 rows.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from lxml import etree

from earlywarn.adapters.readers.headers import HeaderSynonyms
from earlywarn.adapters.readers.tabular import Table, open_table, without_summary_sheets
from earlywarn.domain.notices import NoticeRecord, RejectedItem

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ROW, _SHEET = f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_MAX_REPEAT = 1_000  # a filled row or cell repeated more than this is a formatting artefact, not data
OdsRow = list[object]


def is_ods(head: bytes) -> bool:
    """The zip's first entry is the uncompressed 'mimetype' naming the document type (ODF's rule)."""
    return head.startswith(b"PK\x03\x04") and b"opendocument.spreadsheet" in head[:200]


def open_ods_table(file: str | BinaryIO, source: str, synonyms: HeaderSynonyms,
                   override: dict | None = None) -> Table | None:
    found = without_summary_sheets([(name, table) for name, rows in ods_sheets(file)
                                    if (table := open_table(rows, source, synonyms, override)) is not None])
    if not found:
        return None
    first = found[0][1]
    return Table(first.headers, first.mapping, _all_items(found))


def _all_items(found: list[tuple[str, Table]]) -> Iterator[NoticeRecord | RejectedItem]:
    for name, table in found:
        for item in table.items:
            if len(found) > 1:
                item.position = f"{name} {item.position}"
            yield item


def ods_sheets(file: str | BinaryIO) -> list[tuple[str, list[OdsRow]]]:
    """(sheet name, rows) for every sheet; a sheet's trailing blank rows left out."""
    sheets: list[tuple[str, list[OdsRow]]] = []
    rows: list[OdsRow] = []
    with zipfile.ZipFile(file) as archive, archive.open("content.xml") as content:
        events = etree.iterparse(content, events=("start", "end"), tag=(_ROW, _SHEET), resolve_entities=False,
                                 no_network=True)
        for event, element in events:
            if element.tag == _SHEET:
                if event == "start":
                    rows = []
                else:
                    sheets.append((element.get(f"{{{_TABLE}}}name", ""), _without_trailing_blanks(rows)))
                    element.clear()
            elif event == "end":
                cells = _row_cells(element)
                repeat = int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
                rows.extend([cells] * (min(repeat, _MAX_REPEAT) if cells else 1))
                element.clear(keep_tail=True)
    return sheets


def _row_cells(row) -> OdsRow:
    cells: OdsRow = []
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        repeat = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
        value = _cell_value(cell)
        cells.extend([value] * min(repeat, _MAX_REPEAT))  # trailing blanks are dropped below
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _cell_value(cell) -> object:
    """A number as a number, a date as a datetime (as openpyxl gives them), else the cell's text."""
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{_OFFICE}}}value", "nan"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        return datetime.fromisoformat(cell.get(f"{{{_OFFICE}}}date-value", "")[:19])
    text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{_TEXT}}}p"))
    return text if text.strip() else None


def _without_trailing_blanks(rows: list[OdsRow]) -> list[OdsRow]:
    while rows and not rows[-1]:
        rows.pop()
    return rows
