"""XLSX workbooks -> tables, streamed with openpyxl's read-only mode; every sheet with a table."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

from openpyxl import load_workbook

from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms
from earlywarn.adapters.readers.tabular import Table, open_table, without_summary_sheets
from earlywarn.domain.notices import NoticeRecord, RejectedItem


def open_workbook_table(
    file: str | BinaryIO, source: str, synonyms: HeaderSynonyms, override: dict | None = None
) -> Table | None:
    workbook = load_workbook(file, read_only=True, data_only=True)
    sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    tables = ((ws.title, open_table(_rows(ws), source, synonyms, override)) for ws in sheets)
    found = without_summary_sheets([(title, table) for title, table in tables if table is not None])
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


def _rows(ws) -> Iterator[Sequence[object]]:
    return _merged_down(ws.iter_rows(values_only=True), _vertical_merges(ws))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
_CHUNK = 1 << 20


def _vertical_merges(ws) -> dict[int, list[tuple[int, int]]]:
    """A sheet's cells merged down one column ('소재지' merged down the rows of a city's workplaces): by the first row
    of each, its column (0-based) and its last row. Read-only mode keeps no merges, so they are read from the sheet's
    XML, a chunk at a time. A merge across columns (a title, a header over its parts) is left as it is."""
    if not hasattr(ws, "_get_source"):
        return {}
    merges: dict[int, list[tuple[int, int]]] = {}
    tail = b""
    with ws._get_source() as source:
        while chunk := source.read(_CHUNK):
            text, end = tail + chunk, 0
            for found in _MERGE.finditer(text):
                first_column, top, last_column, bottom = found.groups()
                end = found.end()
                if first_column == last_column and int(bottom) > int(top):
                    merges.setdefault(int(top), []).append((_column_index(first_column), int(bottom)))
            tail = text[max(end, len(text) - 100):]  # a merge cut by the chunk's end is read with the next chunk
    return merges


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _merged_down(rows: Iterable[Sequence[object]], merges: dict[int, list[tuple[int, int]]]
                 ) -> Iterator[Sequence[object]]:
    """The rows, each cell of a merge down a column given the merge's value (openpyxl gives it to the first only)."""
    if not merges:
        yield from rows
        return
    open_merges: list[tuple[int, int, object]] = []  # column, last row, value
    for number, row in enumerate(rows, start=1):
        open_merges = [merge for merge in open_merges if merge[1] >= number]
        if open_merges:
            row = list(row)
            for column, _, value in open_merges:
                if column < len(row) and row[column] is None:
                    row[column] = value
        for column, bottom in merges.get(number, ()):
            if column < len(row) and row[column] is not None:
                open_merges.append((column, bottom, row[column]))
        yield row
