"""Sites listed one a line, each with its count after a colon ("- Reno distribution center: 118 employees",
"• 평택센터: 140명"): the parts of one notice, their sum."""

from __future__ import annotations

import re

from .count_sums import both_plain_affected, summed_pairs
from .counts import Headcount

# A line that names a site by its kind, then a colon, then the count ("- Dayton plant: 70 employees"): a bullet may lead
# it. The site's word ends the label, so field lines ("Employees affected: 54", "Total workforce: 900") are none.
# A logistics digest's "Columbus DC" (distribution center) or "FC" (fulfillment center) is a site's word too, in capitals only.
# A bulleted line may drop the colon ("- 광주공장 28명", "- Akron plant 40 employees"): the bullet marks it a list's line.
_SITE_WORD = (
    r"(?:center|centre|plant|facility|site|store|office|warehouse|mill|campus|hospital"
    r"|location|branch|factory|shop|terminal|depot|(?-i:\b(?:DC|FC))|공장|센터|사업장|지점|매장|점|본사)"
)
_SITE_LINE_LABEL = re.compile(
    r"[ \t]*(?:(?:[-•*·▪]\s*)?[^\n:]{0,60}?" + _SITE_WORD + r"\s*[:\-–—]|[-•*·▪]\s*[^\n:]{0,60}?" + _SITE_WORD + r")"
    r"\s*(?:about\s+|약\s*)?$",
    re.IGNORECASE,
)
# The count ends its line, with at most a few words after it ("118 employees", "140명").
_LINE_REST = re.compile(r"[^\n]{0,24}(?:\n|$)")


def may_list_sites(text: str) -> bool:
    """A label's colon or a line's bullet is in the text: the plain strings a site's line needs."""
    return ":" in text or any(f"\n{bullet}" in text for bullet in "-•*·▪")


def summed_site_lines(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts that each follow a site's label on lines of their own, two or more in a row, become one count, their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and text.count("\n", last.end, mention.start) == 1
        and _on_site_line(text, last) and _on_site_line(text, mention),
    )


def _on_site_line(text: str, mention: Headcount) -> bool:
    """The count (or, for a sum so far, its first part) follows a site's label at its line's start, and ends its line."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return _SITE_LINE_LABEL.fullmatch(text, line_start, mention.start) is not None and _LINE_REST.match(text, mention.end) is not None
