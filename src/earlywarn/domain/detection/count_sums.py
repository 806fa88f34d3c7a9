"""Counts told in parts that are one cut: listed site by site ("포항공장 120명, 광양공장 85명을 감원"; "공장별 영향 인원은 천안
120명, 구미 85명"), or added up in a chat ("57 FTEs in Seoul + 23 in Busan"), or phase by phase in a schedule ("Phase 1: 60 employees … /
Phase 2: 45 employees …"). Each list becomes one count, its sum."""

from __future__ import annotations

import re

from .counts import Headcount, number

# "포항공장 120명, 광양공장 85명을 감원": counts listed by site or job group before one verb are the parts of one cut
# (also told "이천센터에서 90명, 용인센터에서 40명을", as a speaker says it).
_KO_SITE = r"[가-힣A-Za-z0-9]*(?:공장|사업장|사업소|지점|점포|매장|본사|지사|법인|센터|사업부|본부|캠퍼스|(?:생산|사무|연구|기술|영업|관리)직)(?:에서)?"
_KO_SITE_BEFORE = re.compile(_KO_SITE + r"\s*$")
_KO_LIST_NEXT = re.compile(r"\s*(?:,|과|와|및)\s*" + _KO_SITE + r"\s*")
# A list led by a per-site label of the people affected ("공장별 영향 인원은 천안 120명, 구미 85명, 광주 45명"): the sites are
# bare names after it, and each count is a part of the cut even where a word before it reads as a size ("인원은 천안 120명";
# not "공장별 인원은 …", the staff of each plant).
_KO_PER_SITE_LABEL = re.compile(
    r"(?:공장|사업장|지점|점포|매장|센터|지역|사업부|법인|부서|직군)별\s*(?:[가-힣]+\s+)?"
    r"(?:영향\s*인원|(?:감원|감축|해고|퇴직)\s*(?:인원|규모|대상자?)?|대상\s*인원|대상자)"
    r"\s*(?:은|는|이|가|:)?\s*[가-힣A-Za-z0-9]{1,8}\s*$"
)
_COUNTED_ROLES = ("affected", "workforce")
_KO_NAMED_NEXT = re.compile(r"\s*(?:,|과|와|및|·)\s*[가-힣A-Za-z0-9]{1,8}\s*")
# "57 FTEs in Seoul + 23 in Busan": a count at one place, then "+" and a count at another (the noun may be dropped).
_EN_PLUS_PART = re.compile(
    r"\s+(?:in|at|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*\+\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+)?(?:in|at|from)\s+(?P<place>[A-Z][\w.-]*)"
)


def summed_site_lists(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts listed site by site ("포항공장 120명, 광양공장 85명을") become one count: their sum."""
    merged: list[Headcount] = []
    for mention in found:
        last = merged[-1] if merged else None
        if last is not None and _listed_after(text, last, mention):
            merged[-1] = Headcount(
                last.low + mention.low, None, last.approximate or mention.approximate, last.start, mention.end,
                text[last.start : mention.end], "affected",
            )
        else:
            merged.append(mention)
    return merged


def _listed_after(text: str, last: Headcount, mention: Headcount) -> bool:
    if last.high is not None or mention.high is not None:
        return False
    if last.role == mention.role == "affected" and _KO_LIST_NEXT.fullmatch(text, last.end, mention.start) is not None:
        return _KO_SITE_BEFORE.search(text, max(0, last.start - 16), last.start) is not None
    return (
        last.role in _COUNTED_ROLES and mention.role in _COUNTED_ROLES
        and _KO_NAMED_NEXT.fullmatch(text, last.end, mention.start) is not None
        and "별" in text[max(0, last.start - 40) : last.start]
        and _KO_PER_SITE_LABEL.search(text, max(0, last.start - 40), last.start) is not None
    )


def summed_plus_parts(text: str, found: list[Headcount]) -> list[Headcount]:
    """An English count followed by "+ N in <place>" parts becomes one count, their sum (looked for only after a count)."""
    summed = []
    for mention in found:
        end, total = mention.end, mention.low
        while mention.role == "affected" and mention.high is None and (part := _EN_PLUS_PART.match(text, end)):
            total += number(part.group("num")) or 0
            end = part.end("place")
        if end == mention.end:
            summed.append(mention)
        else:
            summed.append(Headcount(total, None, mention.approximate, mention.start, end, text[mention.start : end], "affected"))
    return summed


# A schedule of waves, one a line, each led by its label and its count ("Phase 1: 60 employees – last day August 16",
# "2차: 40명 (10월 31일 퇴직)"): the waves are the parts of one cut.
_PHASE_LABEL = re.compile(r"(?:[Pp]hase|PHASE|[Ww]ave|WAVE|[Ss]tage|[Rr]ound|[Tt]ranche)\s*\d{1,2}\s*[:\-–—)]\s*$|\d{1,2}\s*차\s*[:\-–—)]?\s*$")


def summed_phase_lines(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts that each open a line labeled as a phase or a wave become one count, their sum (two lines or more)."""
    phased = [mention for mention in found if mention.role == "affected" and mention.high is None and _opens_phase_line(text, mention)]
    if len(phased) < 2:
        return found
    first, last = phased[0], phased[-1]
    total = Headcount(
        sum(mention.low for mention in phased), None, any(mention.approximate for mention in phased), first.start, last.end,
        text[first.start : last.end], "affected",
    )
    return sorted([mention for mention in found if mention not in phased] + [total], key=lambda mention: mention.start)


def _opens_phase_line(text: str, mention: Headcount) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start <= 16 and _PHASE_LABEL.search(text, line_start, mention.start) is not None
