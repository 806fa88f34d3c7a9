"""A table drawn with box-drawing characters (a HWP or Word table saved as text) -> a table's rows.

  ┌──────┬──────────┐
  │ 연번 │ 이직(예정)│      a cell wraps onto the lines below it, up to the next rule line:
  │      │   인원   │      '이직(예정) 인원' is one header, '2024. 2. 1.~ 2024. 2. 29.' one cell
  ├──────┼──────────┤
Lines between two rules are one row; a block of many lines with no rule between them is a table ruled only
around its edges, a line a row. Text outside the boxes (titles, notes, page numbers) is no row; a header
repeated after a page break is left out by the table reader (sections.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_VERTICAL = "│┃║"
_SPLIT = re.compile(f"[{_VERTICAL}]")
_FEWEST_BOX_LINES = 3
_MOST_WRAPPED_LINES = 4  # more lines than this without a rule are rows of their own, not one wrapped row


def is_boxed_table(text: str) -> bool:
    return sum(1 for line in text.splitlines() if _box_cells(line) is not None) >= _FEWEST_BOX_LINES


def boxed_rows(text: str) -> Iterator[list[str]]:
    block: list[list[str]] = []
    for line in text.splitlines():
        cells = _box_cells(line)
        if cells is not None:
            block.append(cells)
            continue
        yield from _block_rows(block)
        block = []
    yield from _block_rows(block)


def _box_cells(line: str) -> list[str] | None:
    """The cells of a line drawn between verticals ('│ 1 │ 본청 │'), or None for a rule or any other line."""
    stripped = line.strip()
    if len(stripped) < 2 or stripped[0] not in _VERTICAL or stripped[-1] not in _VERTICAL:
        return None
    return [cell.strip() for cell in _SPLIT.split(stripped[1:-1])]


def _block_rows(block: list[list[str]]) -> Iterator[list[str]]:
    if len(block) > _MOST_WRAPPED_LINES:
        yield from block
    elif block:
        width = max(map(len, block))
        yield [" ".join(line[i] for line in block if i < len(line) and line[i]) for i in range(width)]
