"""Numbers beside people that count none of those affected (2026.11.27): a share left vague ("the majority of its 125,000 employees"), a union's membership or its local's number,
another employer's cut told for comparison, strikers, a day of a month, a unit between the number and its noun, a size the staff
once had. Each is asked
of the words just before and after one count (no search of the whole text). Pools, which count for some measures and
not others, are decided in pools.py."""

from __future__ import annotations

import re

from .fastscan import AsciiLowered

# "furlough the majority of its roughly 125,000 employees", "most of its 300 staff": a share left vague is no count (the
# workforce inside it is not the people affected either). Not "as part of the 1,100 job cuts": one among them, all counted.
_EN_VAGUE_SHARE_BEFORE = AsciiLowered(
    r"\b(?:majority|most|many|some|much|part(?<!as\spart)|bulk|several|a\s+few|portion|number)\s+of\s+(?:its|their|the|our)\s+"
    r"(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# "the union, which represents about 3,800 nurses", "a union representing 900 workers": a union's membership, a workforce.
_EN_REPRESENTED_BEFORE = AsciiLowered(
    r"\brepresent(?:s|ed|ing)?\s+(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# Another employer's cut told beside this one ("Other systems have taken sharper steps: one across the state line eliminated
# 500 positions", "a rival cut 300 jobs last spring"): the count of a comparison, not of the people this notice is about.
_EN_OTHER_EMPLOYER_BEFORE = AsciiLowered(
    r"(?:[:;]\s*(?:one|another)|\ba\s+rival|\brivals|\bcompetitors|\bother\s+(?:regional\s+)?(?:companies|firms|employers|systems|hospitals|banks|chains))\b"
    r"[^.;:]{0,50}?\b(?:eliminated|cut|laid\s+off|shed|axed|slashed)\s+(?:about|roughly|some|nearly|more\s+than|over|around)?\s*$",
)
# "during a strike by 33,000 machinists", "a walkout by some 4,000 nurses": the strikers, who stop work of their own accord,
# not the people a stop or a cut reaches (the company's own furloughs are told apart).
_EN_STRIKERS_BEFORE = AsciiLowered(
    r"\b(?:strike|strikes|walkout|walkouts|stoppage)\s+by\s+(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# "a workforce that once employed 1,300 people", "한때 600명이 넘던 직원은 이제 152명이 남았다": a size the staff had once, not the
# people a closure or a cut reaches now (the ones left are told after it).
_EN_ONCE_BEFORE = AsciiLowered(
    r"\bonce\s+(?:numbered|employed|had|topped|counted|reached|boasted)\s+(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# "The company had sought 40 departures", "had hoped for 300 exits": a target told in the past perfect, against what came of it
# (those who accepted, told beside it), not the people who leave.
_EN_TARGET_BEFORE = AsciiLowered(
    r"\bhad\s+(?:sought|targeted|wanted|hoped\s+for|aimed\s+for|asked\s+for)\s+(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
)
# "UAW Local 1268 said members were told …", "IAM Lodge 1943": a union local's number is its name, not a count (capitalised:
# a "local" before a count is an adjective elsewhere, "local 40 suppliers" is rare and lower-cased).
_EN_UNION_LOCAL_BEFORE = re.compile(r"\b(?:Local|LOCAL|Lodge|LODGE)\s+(?:No\.\s*)?$")
_KO_ONCE_BEFORE = re.compile(r"한때\s*(?:[가-힣]+\s+){0,2}?(?:약\s*)?$")
# "began Sept. 13 after union members": a day of a month, not a count ("May", also a verb, is left out).
_EN_DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$|\b(?:January|February|March|April|June|July|August|September|October"
    r"|November|December)\s+$"
)
# The words between a number and its noun that make it no count of people: a unit ("capped at 104 weeks. The staff …") or a
# sentence's end; "eligible" ("1,500 eligible employees": the pool).
# ("U.S. workers", "Co. hourly workers" and "year-round jobs" are counts.)
# A percentage is a share, never a count ("roughly 30 percent of its staff": the share's own finder reads it).
_EN_NOT_COUNT_BETWEEN = re.compile(
    r"(?<![\w-])(?i:weeks?|months?|years?|days?|hours?|eligible|percent|per\s+cent|pct)(?![\w-])|(?<![A-Z])[.!?]\s+[A-Z]"
)


def _not_a_count_between(match: re.Match[str]) -> bool:
    """The words between the number and its noun ("104 weeks. The staff", "1,500 eligible employees") make it no count
    of people. Most counts have none: their noun follows the number and a space."""
    between = match.string[match.end("num") : match.end()]
    return between.count(" ") > 1 and _EN_NOT_COUNT_BETWEEN.search(between) is not None


def english_not_a_count(before: str, match: re.Match[str] | None) -> bool:
    """An English count (`match`, `before`: the 60 characters before it) that counts no one affected. Each pattern is
    asked only where a word it needs stands before the count (most counts: none)."""
    near = before[-40:]
    return bool(
        # (a noun of at least 4 letters after a unit and two spaces: a shorter span between is no match of the pattern)
        match is not None and match.end() - match.end("num") > 8 and _not_a_count_between(match)
        or not _MONTH_INITIALS.isdisjoint(before[-11:]) and _EN_DAY_OF_MONTH_BEFORE.search(before[-11:])
        or "of" in near.lower() and _EN_VAGUE_SHARE_BEFORE.found(near)
        or "once" in near and _EN_ONCE_BEFORE.found(near)
        or " by " in near and _EN_STRIKERS_BEFORE.found(near)
        or "had " in near and _EN_TARGET_BEFORE.found(near)
        or _other_employers_cut(before)
        or ("Lo" in before[-12:] or "LO" in before[-12:]) and _EN_UNION_LOCAL_BEFORE.search(before[-12:]) is not None
    )


def _other_employers_cut(before: str) -> bool:
    """_EN_OTHER_EMPLOYER_BEFORE, asked only of an ASCII text with a cut verb just before the count and one of the
    pattern's words before that (a non-ASCII text, where case folding may pair other letters, is always asked)."""
    if before.isascii():
        lowered = before.lower()
        if not any(verb in lowered[-24:] for verb in _CUT_VERBS) or not any(word in lowered for word in _OTHER_EMPLOYER_WORDS):
            return False
    return _EN_OTHER_EMPLOYER_BEFORE.found(before)


# The first letters of the months' names and abbreviations (a day of a month follows one; the pattern is case-sensitive).
_MONTH_INITIALS = frozenset("JFMASOND")
# What every match of _EN_OTHER_EMPLOYER_BEFORE contains, lower-cased: a cut verb near its end, one of these words before it.
_CUT_VERBS = ("eliminated", "cut", "laid", "shed", "axed", "slashed")
_OTHER_EMPLOYER_WORDS = (":", ";", "rival", "competitor", "other")


def is_membership(before: str) -> bool:
    """The count is the membership a union represents ("which represents about 3,800 nurses"): a workforce."""
    near = before[-40:]
    return "epresent" in near and _EN_REPRESENTED_BEFORE.found(near)


def korean_size_once(before: str) -> bool:
    """A Korean count told as the size the staff had once ("한때 600명이 넘던 직원"): asked only where 한때 is just before it."""
    near = before[-16:]
    return "한때" in near and _KO_ONCE_BEFORE.search(near) is not None
