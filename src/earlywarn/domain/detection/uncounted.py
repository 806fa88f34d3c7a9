"""Numbers beside people that count none of those affected (2026.11.27): the pool a measure is open to told as its
size ("대상자는 약 1,800명이다"), a share left vague ("the majority of its 125,000 employees"), a union's membership,
another employer's cut told for comparison, a day of a month, a unit between the number and its noun. Each is asked
of the words just before and after one count (no search of the whole text)."""

from __future__ import annotations

import re

from .fastscan import AsciiLowered

# The pool a measure is open to, then its size as the sentence's complement: "대상자는 약 1,800명이다", "신청 대상은 1968년생부터
# … 일반직원 2,000여 명이며", "해당 인원을 1,200명 규모로 추산", "(해당자 약 1,200명)", "신청 자격을 갖춘 직원이 400명 안팎일 것".
# Not a cut's own target ("감원 대상자는 85명": the dismissed), a final tally ("최종 대상자는 512명으로 확정"), or a count
# after another count ("대상은 2,000명이며 감축 목표는 500명": no 명 may stand between).
# The pool word is the clause's topic or subject (a particle or a colon after it) or opens a parenthesis ("(대상자 약
# 2,000명)"); a headline's bare "대상자 3백명 규모" is left as it is.
_KO_POOL_NAMED_BEFORE = re.compile(
    r"(?:(?P<pool>대상(?:자|\s*인원)?|해당\s*(?:인원|자)|신청\s*자격을\s*갖춘\s*(?:직원|인원|사람)?)\s*(?:은|는|이|가|을|:)"
    r"|\((?P<opened>대상자|해당자))"
    r"(?P<between>[^명.!?\n]{0,50})$"
)
# The measure a pool word belongs to when it is a cut or a stop: its 대상 are the people affected.
_KO_CUT_BEFORE_POOL = re.compile(r"(?:해고|감원|감축|권고사직|휴업|휴직|구조조정|정리|최종|확정)\s*$")
# The count as the complement of that pool: "…명이다", "…명으로,", "…명 수준이다", "…명 안팎일 것", "(약 1,100명)" (not
# "…명이 신청했다": the people who took it).
_KO_COMPLEMENT_AFTER = re.compile(
    r"^\s*(?:(?:가량|정도|안팎|내외|남짓|규모|수준|선)\s*)*(?:이다|입니다|이며|이고|이었|이에요|예요|으로|로|일\s*것|에\s*(?:달|이르|육박)|\)|,|\.|$)"
)

# "furlough the majority of its roughly 125,000 employees", "most of its 300 staff": a share left vague is no count (the
# workforce inside it is not the people affected either).
_EN_VAGUE_SHARE_BEFORE = AsciiLowered(
    r"\b(?:majority|most|many|some|much|part|bulk|several|a\s+few|portion|number)\s+of\s+(?:its|their|the|our)\s+"
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
# "began Sept. 13 after union members": a day of a month, not a count ("May", also a verb, is left out).
_EN_DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$|\b(?:January|February|March|April|June|July|August|September|October"
    r"|November|December)\s+$"
)
# The words between a number and its noun that make it no count of people: a unit ("capped at 104 weeks. The staff …") or a
# sentence's end; "eligible" ("1,500 eligible employees": the pool).
# ("U.S. workers", "Co. hourly workers" and "year-round jobs" are counts.)
_EN_NOT_COUNT_BETWEEN = re.compile(r"(?<![\w-])(?i:weeks?|months?|years?|days?|hours?|eligible)(?![\w-])|(?<![A-Z])[.!?]\s+[A-Z]")


def _not_a_count_between(match: re.Match[str]) -> bool:
    """The words between the number and its noun ("104 weeks. The staff", "1,500 eligible employees") make it no count
    of people. Most counts have none: their noun follows the number and a space."""
    between = match.string[match.end("num") : match.end()]
    return between.count(" ") > 1 and _EN_NOT_COUNT_BETWEEN.search(between) is not None


def is_pool_size(before: str, after: str) -> bool:
    """The count is the size of a pool named before it in its clause ("대상자는 약 1,800명이다"): asked only where a pool
    word stands in the 60 characters before the count."""
    if "대상" not in before and "해당" not in before and "자격" not in before:
        return False
    pool = _KO_POOL_NAMED_BEFORE.search(before)
    return (
        pool is not None and "목표" not in pool.group("between") and _KO_COMPLEMENT_AFTER.match(after) is not None
        and "확정" not in after[:20] and _KO_CUT_BEFORE_POOL.search(before, max(0, pool.start() - 8), pool.start()) is None
    )


def english_not_a_count(before: str, match: re.Match[str] | None) -> bool:
    """An English count (`match`, `before`: the 60 characters before it) that counts no one affected. Each pattern is
    asked only where a word it needs stands before the count (most counts: none)."""
    near = before[-40:]
    return bool(
        # (a noun of at least 4 letters after a unit and two spaces: a shorter span between is no match of the pattern)
        match is not None and match.end() - match.end("num") > 8 and _not_a_count_between(match)
        or not _MONTH_INITIALS.isdisjoint(before[-11:]) and _EN_DAY_OF_MONTH_BEFORE.search(before[-11:])
        or "of" in near.lower() and _EN_VAGUE_SHARE_BEFORE.found(near)
        or _other_employers_cut(before)
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
