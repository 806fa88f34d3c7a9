"""XLSX workbooks -> tables, streamed with openpyxl's read-only mode; every sheet with a table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from openpyxl import load_workbook

from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms
from earlywarn.adapters.readers.tabular import Table, open_table
from earlywarn.domain.notices import NoticeRecord, RejectedItem


def open_workbook_table(
    file: str | BinaryIO, source: str, synonyms: HeaderSynonyms, override: dict | None = None
) -> Table | None:
    workbook = load_workbook(file, read_only=True, data_only=True)
    sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    tables = ((ws.title, open_table(ws.iter_rows(values_only=True), source, synonyms, override)) for ws in sheets)
    found = [(title, table) for title, table in tables if table is not None]
    if not found:
        workbook.close()
        return None
    several = len(found) > 1
    first_mapping: HeaderMapping = found[0][1].mapping
    headers = found[0][1].headers
    return Table(headers, first_mapping, _all_items(workbook, found, several))


def _all_items(workbook, found, several: bool) -> Iterator[NoticeRecord | RejectedItem]:
    try:
        for title, table in found:
            for item in table.items:
                if several:
                    item.position = f"{title} {item.position}"
                yield item
    finally:
        workbook.close()
