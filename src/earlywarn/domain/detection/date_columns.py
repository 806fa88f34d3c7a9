"""Dates in a table pasted as text: the column a date stands under names what the date is (split from dates.py)."""

from __future__ import annotations

import re


def in_leaving_column(text: str, start: int, end: int, leaving_header: re.Pattern[str]) -> bool:
    """A date (text[start:end]) in a table pasted as text ("구분 | 대상 | 인원 | 퇴직일" over "희망퇴직 | … | 87명 | 2026.3.31")
    under a column whose header names the day people leave or a site closes: `leaving_header` (the words a language puts
    before such a date) finds it in the header."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if "|" not in text[line_start : line_end if line_end >= 0 else len(text)]:
        return False
    header_start = line_start
    while header_start > 0:  # up to the first line of the block of table rows
        above = text.rfind("\n", 0, header_start - 1) + 1
        if "|" not in text[above : header_start - 1]:
            break
        header_start = above
    if header_start == line_start:
        return False
    header = text[header_start : text.find("\n", header_start)].split("|")
    column = text.count("|", line_start, start)
    if column >= len(header):
        return False
    name = header[column].strip()
    return bool(name) and leaving_header.search(name) is not None
