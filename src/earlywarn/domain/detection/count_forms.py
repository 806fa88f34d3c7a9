"""Counts as people say and write them (2026.11.28, a form-wide round): the forms of a count of people the finders in
headcount.py and bare_counts.py did not read, found by their own words, each behind a plain string its matches hold.

English, a count with its noun before it or around it: "a headcount reduction of 300", "reduce headcount by 300",
"layoffs of 300 at", "a 300-person layoff" (a "300-worker plant" is the size of a site: a workforce), "the layoffs will
affect 300", "which employs 300" and "where 300 work" (a workforce), "leaving 300 without work", "300 are expected to lose
their jobs", a post's "along with ~200 others". Both languages: a range told with both ends ("between 200 and 300 workers",
"300명에서 400명을"), and a workforce cut from one size to another ("cut its workforce from 1,000 to 700", "임직원 수를
1천명에서 700명으로 줄인다"): the difference is the people who go, as a share of a stated workforce is."""

from __future__ import annotations

import re
from dataclasses import replace

from collections.abc import Iterator

from .counts import Headcount, approximate_before, number
from .fastscan import gated

class _CaseFree:
    """A case-insensitive pattern written in lower case: matched in the lower-cased text when the text is ASCII (the same
    places, and the engine skips ahead to a possible first letter, as fastscan.AsciiLowered), else with IGNORECASE."""

    def __init__(self, source: str) -> None:
        self.pattern = re.compile(source, re.IGNORECASE)
        self._lowered = gated(source)

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        return self._lowered.finditer(lowered) if lowered is not None else self.pattern.finditer(text)


# An approximation before a bare count ("about 300", "~200"), and a count's figures (not a year: checked by value).
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over|up\s+to|another|an\s+estimated)\s+|~\s*)?"
_FIGURES = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?!,?\d)"
# A bare count ends there: a break, a place or a time after it, not a noun, a unit or a share.
_BARE_END = r"(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion|thousand)))(?=\s*[,.;:)—–]|\s*$|\s+(?:at|in|across|from|by|this|next|over|as|when|after|before|and|or)\b)"

# The cut named before its count: "a headcount reduction of 300", "layoffs of 300 at the plant", "job cuts numbering about
# 300", "reduce headcount by 300", "cut its staff by 300" (not "by 30%": a share).
_EN_CUT_OF = _CaseFree(
    r"\b(?:(?:headcount|workforce|staff(?:ing)?|job|payroll)\s+(?:reductions?|cuts?)|reductions?\s+in\s+(?:force|headcount|staff|staffing)"
    r"|layoffs|lay-offs|job\s+cuts|redundancies|furloughs|job\s+losses)\s+(?:of|numbering|totall?ing)\s+" + _ABOUT + _FIGURES + _BARE_END,
)
_EN_CUT_BY = _CaseFree(
    r"\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|trim(?:s|med|ming)?|shrink(?:s|ing)?|shr[au]nk|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?)\s+"
    r"(?:(?:its|their|our|the|total|overall|global)\s+){0,2}(?:headcount|workforce|staff|payroll|employee\s+base|team|ranks)\s+by\s+"
    + _ABOUT + _FIGURES + _BARE_END,
)
# A cut sized by a hyphenated count ("a 300-person layoff", "the 120-job cut", "a 45-employee reduction"): the people cut
# (not "a 320-person shop", the size of a firm).
_EN_HYPHENATED = _CaseFree(
    r"(?<![\w$.,-])" + _FIGURES + r"-(?:person|people|employee|worker|job|position|role|staff|member)\s+"
    r"(?:[a-z-]+\s+)?(?:layoffs?|lay-offs?|cuts?|job\s+cuts?|reductions?|rifs?|reduction\s+in\s+force|furloughs?"
    r"|downsizing|redundanc(?:y|ies)|buyouts?)\b"
)
# A whole group sized by a hyphenated count, let go ("will lay off its entire 45-person staff", "laid off its 45-person team"):
# every one of them.
_EN_SIZED_GROUP_LET_GO = _CaseFree(
    r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|let(?:s|ting)?\s+go(?:\s+of)?|dismiss(?:es|ed|ing)?|furlough(?:s|ed|ing)?|terminat(?:es|ed|ing))\s+"
    r"(?:its|the|their|our|his|her)\s+(?:entire\s+|whole\s+)?" + _FIGURES + r"-(?:person|people|member|strong|employee|worker)\s+"
    r"(?:[a-z-]+\s+)?(?:staff|team|workforce|crew|newsroom|department|unit|office|division|group)\b"
)
# The people a cut reaches, told as its object without a noun ("The layoffs will affect 300 at the bakery", "affecting
# some 300"), or what it leaves them ("leaving 300 without work", "putting 300 out of work").
_EN_AFFECTS = _CaseFree(r"\b(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?)\s+" + _ABOUT + _FIGURES + _BARE_END)
_EN_LEFT_WITHOUT_WORK = _CaseFree(
    r"\b(?:leav(?:e|es|ing)|left|put(?:s|ting)?|throw(?:s|ing|n)?|threw)\s+" + _ABOUT + _FIGURES
    + r"\s+(?:people\s+|workers\s+|employees\s+)?(?:without\s+(?:work|jobs?|a\s+job|employment)|out\s+of\s+(?:work|a\s+job|jobs)|jobless|unemployed)\b",
)
# A bare count that loses its jobs ("300 are expected to lose their jobs", "some 300 will lose their jobs").
_EN_LOSE_JOBS = _CaseFree(
    r"(?<![\w$.,])" + _FIGURES + r"\s+(?:(?:are|were|will|would|could|may|might|stand|is|are\s+set)\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?:lose|losing|lost)\s+(?:their|his|her)\s+(?:jobs?|positions|livelihoods)\b"
)
# The staff of a site told without a noun ("the bakery, which employs 300, will close", "the plant, where 300 work",
# "the twelve who work there"): a workforce, the count of a closure that lets all of them go.
_EN_EMPLOYS = _CaseFree(
    r"\b(?:employs|employed|employing)\s+" + _ABOUT + _FIGURES + _BARE_END
    + r"|\bwhere\s+" + _ABOUT + _FIGURES.replace("num", "num2") + r"\s+(?:currently\s+|still\s+)?(?:work|worked|are\s+employed)\b"
    r"|\bthe\s+" + _FIGURES.replace("num", "num3") + r"\s+who\s+(?:work|worked)\s+there\b",
)
# A post's count of the others let go with the writer ("Got laid off along with ~200 others", "me and 11 others").
_EN_OTHERS = _CaseFree(r"\b(?:along\s+with|alongside|together\s+with|me\s+and|with)\s+" + _ABOUT + _FIGURES + r"\s+others\b")

# Both ends of a range, the low end told first ("between 200 and 300 workers"; "300명에서 400명을", not "200명에서 350명으로
# 늘렸다", a count revised).
_EN_BETWEEN = re.compile(r"\bbetween\s+" + _ABOUT + r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+$", re.IGNORECASE)
_KO_RANGE_LOW = re.compile(r"(?P<num>\d[\d,]*)\s*(?:여\s*)?명\s*에서\s*$")
_KO_REVISED_AFTER = re.compile(r"\s*(?:으로|로|까지|이|가|은|는|으로는|선)")

# A workforce cut from one size to another: the difference goes. English: "cut its workforce from 1,000 to 700", "reduce
# headcount from about 1,000 to about 700", "cut its staff to 700 from 1,000 employees". Korean: "임직원 수를 1천명에서
# 700명으로 줄인다", "인력을 1,000명에서 700명 수준으로 감축한다".
_EN_STAFF_FROM_TO = _CaseFree(
    r"(?:\b(?:reduc|cut|trim|shrink|shrank|slash|lower|pare|bring|brought)\w*\s+(?:down\s+)?(?:(?:its|their|our|the|total|overall)\s+){0,2}"
    r"(?:headcount|workforce|staff|payroll|employee\s+base|team)\s+(?:down\s+)?"
    # the staff told as what will shrink ("its workforce will shrink from 1,000 employees to 700")
    r"|\b(?:headcount|workforce|staff|payroll)\s+(?:will|would|is\s+(?:set|expected|going)\s+to)\s+(?:shrink|fall|drop|decline|be\s+(?:cut|reduced))\s+)"
    r"(?:from\s+" + _ABOUT + r"(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+)?to\s+" + _ABOUT + r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    r"|to\s+" + _ABOUT + r"(?P<b2>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+)?from\s+" + _ABOUT + r"(?P<a2>\d{1,3}(?:,\d{3})+|\d+))"
    r"(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion)))"
    # a workforce sized by a hyphenated count, cut to a size ("trim its 1,000-person workforce to 700")
    r"|\b(?:reduc|cut|trim|shrink|slash|pare)\w*\s+(?:its|their|our|the)\s+(?P<a3>\d{1,3}(?:,\d{3})+|\d+)-(?:person|people|member|strong|employee)\s+"
    r"(?:headcount|workforce|staff|team)\s+to\s+" + _ABOUT + r"(?P<b3>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent)))"
)
# "임직원 수를 1천명에서 700명으로 줄인다", "직원 1천명을 700명으로 줄인다", "1천명인 직원을 700명으로 줄인다" (not "감원 규모를 …",
# a cut's own size revised).
_KO_STAFF = r"(?:직원|인력|인원|임직원|근로자|사원)"
_KO_SIZE = r"(?:약\s*)?(?P<{}>\d[\d,]*(?:\s?[십백천만]\d*)*)\s*(?:여\s*)?명"
_KO_STAFF_FROM_TO = re.compile(
    r"(?:(?<!감원\s)(?<!감원)(?<!감축\s)(?<!감축)" + _KO_STAFF + r"\s*(?:수|규모)?\s*(?:를|을|이|가|은|는)?\s*(?:현재\s*|기존\s*)?"
    + _KO_SIZE.format("a") + r"\s*(?:에서|→|을|를)"
    + r"|" + _KO_SIZE.format("a2") + r"\s*(?:인|이던|이었던|가량인|수준인)\s*(?:[가-힣]+\s+)?" + _KO_STAFF + r"\s*(?:을|를))"
    r"\s*(?:약\s*)?(?P<b>\d[\d,]*(?:\s?[십백천만]\d*)*)\s*(?:여\s*)?명\s*"
    r"(?:수준\s*|선\s*|대\s*)?(?:으로|로)\s*(?:\d[\d,]*\s*(?:여\s*)?명(?:을|를)?\s*)?(?:줄|감축|축소|슬림화|감소|감원)"
)


def english_count_forms(text: str, taken: set[int]) -> list[Headcount]:
    """The English forms above that are in the text, each looked for only where plain strings its matches hold are (not
    at the positions in `taken`, already found): a common string first, the form's own strings only where it is."""
    lowered = text.lower() if text.isascii() else None
    words = lowered if lowered is not None else text.lower()
    found: list[Headcount] = []
    if (" of " in words or "numbering" in words or " total" in words) and any(cut in words for cut in _CUT_WORDS):
        found += _bare(_EN_CUT_OF, text, lowered, taken)
    if " by " in words and any(staff in words for staff in _STAFF_CUT_BY):
        found += _bare(_EN_CUT_BY, text, lowered, taken)
    if "-" in words and _HYPHENATED_SIZE.search(words):
        found += _bare(_EN_HYPHENATED, text, lowered, taken)
        found += _bare(_EN_SIZED_GROUP_LET_GO, text, lowered, taken)
    if "affect" in words or "impact" in words:
        found += _bare(_EN_AFFECTS, text, lowered, taken)
    if ("without " in words or " out of " in words or "jobless" in words or "unemployed" in words) and any(
        left in words for left in _WITHOUT_WORK
    ):
        found += _bare(_EN_LEFT_WITHOUT_WORK, text, lowered, taken)
    if " their " in words and any(lost in words for lost in _LOST_JOBS):
        found += _bare(_EN_LOSE_JOBS, text, lowered, taken)
    if "employ" in words and any(verb in words for verb in _EMPLOYS_VERBS) or " work" in words and (
        " who work" in words or "where " in words
    ):
        found += _bare(_EN_EMPLOYS, text, lowered, taken, role="workforce")
    if " others" in words:
        found += _bare(_EN_OTHERS, text, lowered, taken)
    return _first_at_each_start(found)


# The plain strings each form's matches hold (lower-cased).
_CUT_WORDS = ("reduction", "cuts ", "layoffs ", "lay-offs ", "redundancies ", "furloughs ", "job losses ")
_STAFF_CUT_BY = ("headcount by", "workforce by", "staff by", "payroll by", "base by", "team by", "ranks by")
_HYPHENATED_SIZE = re.compile(r"-(?:person|people|employee|worker|job|position|role|staff|member) ")
_WITHOUT_WORK = ("without work", "without job", "without a job", "without employment", "out of work", "out of a job", "out of jobs", "jobless", "unemployed")
_LOST_JOBS = (" their job", " their position", " their livelihood")
_EMPLOYS_VERBS = ("employs ", "employed ", "employing ")
_STAFF_WORDS = ("headcount", "workforce", "staff", "payroll", "employee base", "team")


def _bare(pattern: _CaseFree, text: str, lowered: str | None, taken: set[int], role: str = "affected") -> list[Headcount]:
    found: list[Headcount] = []
    for match in pattern.finditer(text, lowered):
        found += _bare_one(match, text, taken, role)
    return found


def _bare_one(match: re.Match[str], text: str, taken: set[int], role: str) -> list[Headcount]:
    group = next(name for name in ("num", "num2", "num3") if match.groupdict().get(name))
    start, end = match.span(group)
    value = number(text[start:end])
    if start in taken or not value or ("," not in match.group(group) and 1900 <= value <= 2100):
        return []
    approximate = approximate_before(text[max(0, start - 14) : start])
    return [Headcount(value, None, approximate, start, end, text[start:end], role)]


def _first_at_each_start(found: list[Headcount]) -> list[Headcount]:
    """One mention at each place (two forms may read the same number)."""
    seen: set[int] = set()
    kept = []
    for mention in found:
        if mention.start not in seen:
            seen.add(mention.start)
            kept.append(mention)
    return kept


def joined_ranges(text: str, found: list[Headcount], lang: str) -> list[Headcount]:
    """A count told as the high end of a range whose low end stands before it ("between 200 and 300 workers", "300명에서
    400명을 감원") becomes the range, its low end first. Asked only where "between" or "명에서" is in the text."""
    if (lang == "ko" and "명에서" not in text.replace(" 에서", "에서")) or (lang != "ko" and "etween" not in text):
        return found
    low_before = _KO_RANGE_LOW if lang == "ko" else _EN_BETWEEN
    joined = []
    for mention in found:
        match = low_before.search(text, max(0, mention.start - 40), mention.start)
        low = number(match.group("num")) if match else None
        revised = lang == "ko" and _KO_REVISED_AFTER.match(text, mention.end) is not None
        if match and low and low < mention.low and not revised and mention.high is None:
            joined = [m for m in joined if m.start != match.start("num")]
            mention = replace(mention, low=low, high=mention.low, start=match.start("num"), text=text[match.start("num") : mention.end])
        joined.append(mention)
    return joined


def staff_cut_differences(text: str, found: list[Headcount], lang: str) -> list[Headcount]:
    """A workforce cut from one size to another becomes one count, the difference, in place of the two sizes. Asked only
    where the form's plain strings are in the text."""
    if lang == "ko":
        if not ("명에서" in text or "명 에서" in text or "→" in text or "명으로" in text and ("줄" in text or "감축" in text or "축소" in text)):
            return found
        matches = _KO_STAFF_FROM_TO.finditer(text)
    else:
        words = text.lower()
        if " to " not in words or " from " not in words and "-" not in words or not any(staff in words for staff in _STAFF_WORDS):
            return found
        matches = _EN_STAFF_FROM_TO.finditer(text, words if text.isascii() else None)
    for match in matches:
        first, last, larger_name, smaller_name = _told_order(match)
        start, end = match.start(first), match.end(last)
        larger, smaller = number(match.group(larger_name)), number(match.group(smaller_name))
        if not larger or not smaller or smaller >= larger or _years(match.group(first), match.group(last)):
            continue
        found = [m for m in found if not start <= m.start < end]
        approximate = approximate_before(text[max(0, start - 14) : start]) or any(word in match.group(0) for word in _ABOUT_WORDS)
        found.append(Headcount(larger - smaller, None, approximate, start, end, text[start:end]))
    return sorted(found, key=lambda mention: mention.start)


def _told_order(match: re.Match[str]) -> tuple[str, str, str, str]:
    """The groups of the first and the last size told, then of the larger (before) and the smaller (after)."""
    groups = match.groupdict()
    if groups.get("b2"):
        return "b2", "a2", "a2", "b2"  # "to 700 from 1,000"
    larger = next(name for name in ("a", "a2", "a3") if groups.get(name))
    smaller = "b3" if larger == "a3" else "b"
    return larger, smaller, larger, smaller


# Either size told as approximate ("from about 1,000 to about 700", "1천여명에서 약 700명으로").
_ABOUT_WORDS = ("여", "약", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "~")


def _years(*figures: str) -> bool:
    """"from 2019 to 2021": years, not sizes."""
    return all(figure.isdigit() and 1900 <= int(figure) <= 2100 for figure in figures)
