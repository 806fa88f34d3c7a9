"""Sites listed one a line, each with its count after a colon ("- Reno distribution center: 118 employees",
"• 평택센터: 140명"): the parts of one notice, their sum."""

from __future__ import annotations

import re

from .counts import Headcount

# A line that names a site by its kind, then a colon, then the count ("- Dayton plant: 70 employees"): a bullet may lead
# it. The site's word ends the label, so field lines ("Employees affected: 54", "Total workforce: 900") are none.
_SITE_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-•*·▪]\s*)?[^\n:]{0,60}?(?:center|centre|plant|facility|site|store|office|warehouse|mill|campus|hospital"
    r"|location|branch|factory|shop|terminal|depot|공장|센터|사업장|지점|매장|점|본사)\s*[:\-–—]\s*(?:about\s+|약\s*)?$",
    re.IGNORECASE,
)
# The count ends its line (a unit or a noun after it, nothing else: "118 employees", "140명").
_LINE_REST = re.compile(r"[^\n]{0,24}(?:\n|$)")


def summed_site_lines(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts that each follow a site's label on lines of their own, two or more in a row, become one count, their sum."""
    listed = [mention for mention in found if mention.role == "affected" and mention.high is None and _on_site_line(text, mention)]
    runs = _runs_of_adjacent_lines(text, listed)
    for run in runs:
        first, last = run[0], run[-1]
        total = Headcount(
            sum(mention.low for mention in run), None, any(mention.approximate for mention in run), first.start, last.end,
            text[first.start : last.end], "affected",
        )
        found = [mention for mention in found if mention not in run] + [total]
    return sorted(found, key=lambda mention: mention.start) if runs else found


def _on_site_line(text: str, mention: Headcount) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    return _SITE_LINE_LABEL.fullmatch(text, line_start, mention.start) is not None and _LINE_REST.match(text, mention.end) is not None


def _runs_of_adjacent_lines(text: str, listed: list[Headcount]) -> list[list[Headcount]]:
    """The listed counts grouped by runs of consecutive lines (two or more)."""
    runs: list[list[Headcount]] = []
    for mention in listed:
        if runs and text.count("\n", runs[-1][-1].end, mention.start) == 1:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) > 1]
