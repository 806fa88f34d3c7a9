"""Columns whose numeric dates are written day first (dd/mm/yyyy), decided a column at a time.

'08/01/2024' is 8 January in a British HR1 list and August 1st in a US WARN file: the cell alone cannot tell.
A column that holds a date whose first part is past 12 ('15/02/2024') is written day first, and so is every
other date in it; a column with none stays month first, as US publishers (most of ours) write.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")
_MONTHS = 12


def day_first_columns(headers: Sequence[str], sample_rows: Sequence[Sequence[object]]) -> frozenset[str]:
    return frozenset(header for i, header in enumerate(headers)
                     if _written_day_first(row[i] for row in sample_rows if i < len(row)))


def _written_day_first(cells) -> bool:
    """Some first part is a day past 12 and no second part is (a column mixing both is no evidence)."""
    firsts_past = seconds_past = False
    for cell in cells:
        if not isinstance(cell, str) or not (found := _NUMERIC_DATE.match(cell)):
            continue
        firsts_past = firsts_past or int(found.group(1)) > _MONTHS
        seconds_past = seconds_past or int(found.group(2)) > _MONTHS
    return firsts_past and not seconds_past
