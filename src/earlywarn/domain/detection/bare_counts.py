"""English counts told with no noun after them (split from headcount.py): what the cuts total ("Job cuts … will total
2,000"), the number of roles reduced or put at a count, a count revised ("from 212 to 168", "raised the number to 130"),
the subject of a passive cut ("the remaining 60 will be let go"), and a headline's count right after its trigger ("lays
off 300.", "lays off a dozen, about 15% of staff"). Each is found where its words are, never by a scan of every number."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .counts import (
    EN_DOZEN, EN_FIGURE_NOW_IS, EN_FIGURE_WORD, EN_FIGURE_WORDS, EN_REVISED_FIGURE, EN_REVISED_FIGURE_OWNERS, EN_REVISING_VERB, Headcount, approximate_before, number,
)
from .fastscan import gated, led


def counts_told_without_noun(text: str, taken: set[int]) -> list[Headcount]:
    """The counts told as the cuts' total, a number reduced, put at or revised to, or a passive cut's subject (not at the
    positions in `taken`, already found), each looked for only where a plain string its every match holds is in the text."""
    found: list[Headcount] = []
    if _EN_CUTS_TOTAL_NEEDS.search(text):
        found += _cuts_totals(text, taken)
    if "number of" in text or "puts the " in text:
        found += _cuts_totals(text, taken | {mention.start for mention in found}, _EN_REDUCED_BY)
    if " from " in text and _EN_REVISED_TO_NEEDS.search(text):
        found += _cuts_totals(text, taken | {mention.start for mention in found}, _EN_REVISED_TO)
    if " to " in text and any(word in text for word in _REVISABLE_WORDS):
        found += _cuts_totals(text, taken | {mention.start for mention in found}, _EN_NUMBER_REVISED_TO)
    if any(word in text for word in _FIGURE_WORDS):
        found += _figures_now(text, taken | {mention.start for mention in found})
    if "pplica" in text:
        found += _cuts_totals(text, taken | {mention.start for mention in found}, _EN_APPLICATIONS_REACHED)
    if ": " in text:
        found += _cuts_totals(text, taken | {mention.start for mention in found}, _EN_LIST_HEAD)
    if " be" in text:
        found += _passive_cut_counts(text, taken | {mention.start for mention in found})
    return found


# Where a headline's bare count is cut, named right after it ("to lay off 142 at Fresno facility", "lay off 210 in Ohio and
# 95 in Michigan", "RIF hits ~80 in QA", "at its Dayton plant"): a capitalised place or unit, or a site of its own; not a
# month or a quarter ("lays off 30 in January" may be a count of days or a date's number).
_EN_AT_PLACE = (
    r"\s+(?:(?:at|in)\s+(?:(?:its|the|their)\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|Q[1-4]\b)[A-Z]"
    r"|at\s+(?:its|the|their)\s+[a-z])"
)
# A count right after a trigger with no noun after it, as a headline writes it ("lays off roughly 650 more in gaming",
# "laid off 300.", "Mill furloughs 400 as orders slump": the trigger's word may end after the trigger, and a clause of why
# may follow; "will reduce its workforce by 1,500 through honorary retirement": the way after it): the people cut (matched
# where the trigger ends: no scan of the text). Not a share, money or a year. A count in words, "lays off a dozen, about
# 15% of staff": a comma may follow it (what they are a share of; after digits a comma may be a number's).
_EN_BARE_COUNT_AFTER = re.compile(
    r"(?:s|es|ed)?\s+(?:by\s+|(?:hits?|affects?|affected)\s+)?(?:(?:about|roughly|around|nearly|some|another|up\s+to|over|more\s+than|almost|approximately)\s+|~\s*)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+|\d+)|(?P<words>" + EN_DOZEN + r"))"
    # (or a dash or a comma before the share they are: "is laying off 300 — about 30% of its staff", "about 300, or 30% of
    # its staff")
    r"(?=\s+(?:more|others|additional)\b|\s+(?:as|amid|after|following|while|through|via)\s|\s*(?:[.;:!?\n]|$)|(?(words),|(?!))"
    r"|\s+[—–]\s|,\s+or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|around\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"|" + _EN_AT_PLACE + r")"
)
# A count stated as what the cuts add up to, with no noun after it: "Job cuts … will total 2,000",
# "the layoffs number about 500" (not money or a share: "$2 billion", "12%").
_EN_CUTS_TOTAL = gated(
    r"(?:[Cc]uts|[Ll]ayoffs|[Rr]eductions|[Ll]osses|[Rr]edundancies|[Ee]liminations|[Dd]epartures|[Ss]eparations)\b[^.;]{0,60}?"
    r"\b(?:total(?:s|ed|led|ing|ling)?|number(?:s|ed)?|amount(?:s|ed)?\s+to|c(?:o|a)mes?\s+to)\s+"
    r"(?:(?:about|roughly|some|nearly|more\s+than|over|around|approximately|up\s+to|almost)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|million|billion|thousand)))"
)
# What every match of _EN_CUTS_TOTAL contains (a plain first character a fast scan finds): texts without it are
# not scanned.
_EN_CUTS_TOTAL_NEEDS = led(
    r"\b(?:total(?:s|ed|led|ing|ling)?|number(?:s|ed)?|amount(?:s|ed)?\s+to|c(?:o|a)mes?\s+to)\s+"
    r"(?:(?:about|roughly|some|nearly|more\s+than|over|around|approximately|up\s+to|almost)\s+)?\d"
)
# A cut told as a number of roles reduced by a count: "reduce the number of support roles at the Leeds site by 60";
# or as the number of jobs lost put at a count ("the company puts the number of jobs that will be lost at around 1,900"),
# or a filing's count of the cut told before ("puts the number at 342": ranked as a final count, headcount_choice.py).
_EN_REDUCED_BY = re.compile(
    r"(?:reduc(?:e|es|ed|ing)\s+the\s+number\s+of\s+[^.;]{0,80}?\bby"
    r"|\b(?:puts?|putting|estimat(?:e|es|ed|ing)|sets?)\s+the\s+number\s+of\s+(?:jobs|positions|roles|posts|people|workers|employees)\s+"
    r"(?:(?:that|which|to\s+be)\s+)?[^.;]{0,40}?\bat"
    # a filing that puts the number at a count, the cut named before ("A WARN notice filed Tuesday puts the number at 342")
    r"|\b(?:notice|filing|notification)\s+(?:[\w,.\x27-]+\s+){0,6}?puts\s+the\s+(?:number|figure|total|count)\s+at)\s+(?:(?:about|around|up\s+to|some|nearly|roughly|approximately)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|million|billion)))"
)


# The people of a cut, then its list by place after a colon ("will lay off workers at three plants: 180 in Dayton, 95 in
# Lima and 60 in Toledo"; a post's "The WARN filings: 263 at the Dallas terminal and 58 at Tulsa"): the first count, bare
# (the others are summed with it, count_sums.summed_plus_parts).
_EN_LIST_HEAD = re.compile(
    r"(?:\b(?:workers|employees|staff|people|jobs|positions|roles)\s+(?:[\w,.\x27-]+\s+){0,5}?[\w\x27-]+|\bWARN\s+(?:filings?|notices?)):\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])"
)


# A cut revised in a follow-up: "lowering the number of layoffs from 212 to 168", "reduces the planned layoffs from 600 to
# 240", an amended WARN notice's "employees who will experience an employment loss … reduced from 120 to 96": the count it
# is revised to (not a workforce cut from one size to another: that is the people who stay).
_EN_REVISED_TO = re.compile(
    r"(?:layoffs|lay-offs|job\s+cuts|cuts|reductions|redundancies|job\s+losses|eliminations|layoff\s+count|employment\s+loss(?:es)?"
    # the people told by what happens to them ("raising the number of workers to be permanently laid off at its Columbus
    # center from 112 to 147"; not "reduce the number of staff from 900 to 700", the ones who stay)
    r"|(?:to\s+be|being)\s+(?:permanently\s+)?(?:laid\s+off|let\s+go|cut|eliminated|terminated))\b[^.;]{0,60}?"
    r"\bfrom\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?(?!(?:19|20)\d\d\b)\d[\d,]*\s+to\s+(?:(?:about|roughly|some|nearly|around)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion)))",
    re.IGNORECASE,
)

# A count revised in a follow-up told as the number it now is ("In a revised notice, the company raised the number to 130",
# "lowered the number of layoffs to 90"): the count now (counted as a final count in headcount_choice.py), not the first
# one told (not "reduced the number of staff to 400": the people who stay).
_EN_NUMBER_REVISED_TO = gated(
    r"\b" + EN_REVISING_VERB + r"\s+(?:" + EN_REVISED_FIGURE +
    r"(?:\s+of\s+(?:layoffs|job\s+cuts|cuts|redundancies|job\s+losses|affected\s+(?:employees|workers|staff)"
    r"|(?:employees|workers|jobs|positions)\s+(?:affected|impacted|to\s+be\s+(?:cut|laid\s+off))"
    # the jobs it will cut ("raised the number of jobs it will cut to 700")
    r"|(?:jobs|positions|roles|workers|employees)\s+(?:it|they|the\s+company)\s+(?:will|would|plans\s+to|intends\s+to)\s+(?:cut|eliminate|lay\s+off))"
    r"|\s+(?:up|down|upward|downward))?"
    # the count just told, pointed back to ("initially said 240 jobs would go … it lowered that to 180")
    r"|that)"
    r"\s+to\s+(?:(?:about|roughly|nearly|some|around|approximately)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion)))"
)
# What every match of _EN_NUMBER_REVISED_TO contains: "the number", "its total", "that figure" … or "that to".
_REVISABLE_WORDS = (
    *(f"{owner} {word}" for owner in EN_REVISED_FIGURE_OWNERS for word in EN_FIGURE_WORDS),
    "that to",
)


# The cuts' figure told as what it now is ("On Thursday the company told the union the number would be 520", "The total
# has risen to 610"): the count now (a final count in headcount_choice.py), as a revised one is. Matched at each figure's
# word (found by str.find), its owner checked just before it: no scan of the text.
_EN_FIGURE_NOW_AT = re.compile(
    EN_FIGURE_WORD + EN_FIGURE_NOW_IS + r"\s+(?:(?:about|roughly|nearly|some|around|approximately)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion)))"
)
_FIGURE_WORDS = tuple(f" {word} " for word in EN_FIGURE_WORDS)
# The figure's owner ending the few characters before its word: "the", "its", "that", "this" (a whole word).
_FIGURE_OWNER_END = re.compile(r"(?:^|[^a-z0-9])(?:" + "|".join(EN_REVISED_FIGURE_OWNERS) + r") $")


def _figures_now(text: str, taken: set[int]) -> list[Headcount]:
    found = []
    for word in _FIGURE_WORDS:
        at = text.find(word)
        while at >= 0:
            match = _EN_FIGURE_NOW_AT.match(text, at + 1)
            if match and _FIGURE_OWNER_END.search(text[max(0, at - 5) : at + 1].lower()):
                start, end = match.span("num")
                value = number(match.group("num"))
                if start not in taken and value is not None:
                    approximate = approximate_before(text[max(0, start - 14) : start])
                    found.append(Headcount(value, None, approximate, start, end, match.group("num")))
            at = text.find(word, at + 1)
    return found


# A buyout's take-up told as the applications it drew ("applications for its early retirement program reached 1,020",
# "applicants totaled 340"): those who leave (a text with "pplica" only).
_EN_APPLICATIONS_REACHED = re.compile(
    r"\b(?:applications|applicants|acceptances)\b[^.;]{0,60}?\b(?:reached|totall?ed|numbered|came\s+to|hit|topped|stood\s+at)\s+"
    r"(?:(?:about|roughly|some|nearly|more\s+than|over|around|approximately|almost)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*(?:\.\d|\s*(?:%|percent|per\s+cent|million|billion)))",
    re.IGNORECASE,
)


# What every match of _EN_REVISED_TO contains, led by a plain string: texts without it are not scanned.
_EN_REVISED_TO_NEEDS = led(r"from\s+(?:(?:about|roughly|some|nearly)\s+)?\d[\d,]*\s+to\s+(?:(?:about|roughly|some|nearly|around)\s+)?\d")


# A bare count as the subject of a cut in the passive, its noun told before ("about 40 will be hired by the vendor and the
# remaining 60 will be let go", "Of the 300, 120 are being laid off"): the people cut. Found where the passive cut's words
# are (led by a literal), the number looked for just before them.
_EN_PASSIVE_CUT = led(
    r"(?:will|would|are|were|is|was|to)\s+(?:be|being|now\s+be)\s+(?:let\s+go|laid\s+off|dismissed|terminated|made\s+redundant|furloughed)\b"
)
_EN_BARE_COUNT_BEFORE = re.compile(
    r"(?<![\w$.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:more|others|of\s+them))?\s+$"
)


def _passive_cut_counts(text: str, taken: set[int]) -> list[Headcount]:
    found = []
    for cut in _EN_PASSIVE_CUT.finditer(text):
        match = _EN_BARE_COUNT_BEFORE.search(text, max(0, cut.start() - 24), cut.start())
        if match is None or match.start("num") in taken:
            continue
        value = number(match.group("num"))
        if value is None or "," not in match.group("num") and 1900 <= value <= 2100:
            continue
        start, end = match.span("num")
        found.append(Headcount(value, None, approximate_before(text[max(0, start - 14) : start]), start, end, match.group("num")))
    return found


def counts_after_triggers(text: str, trigger_ends: Sequence[int], taken: set[int]) -> list[Headcount]:
    """A headline's count right after a trigger (see _EN_BARE_COUNT_AFTER), not at the positions in `taken`."""
    found = []
    for match in filter(None, (_EN_BARE_COUNT_AFTER.match(text, end) for end in trigger_ends)):
        group = "num" if match.group("num") else "words"
        start, end = match.span(group)
        value = number(match.group(group))
        if start in taken or value is None or ("," not in match.group(group) and 1900 <= value <= 2100):
            continue
        approximate = approximate_before(text[max(0, start - 14) : start])
        found.append(Headcount(value, None, approximate, start, end, match.group(group)))
    return found


def _cuts_totals(text: str, taken: set[int], pattern: re.Pattern[str] = _EN_CUTS_TOTAL) -> list[Headcount]:
    found = []
    for match in pattern.finditer(text):
        start, end = match.span("num")
        value = number(match.group("num"))
        if start in taken or value is None:
            continue
        approximate = approximate_before(text[max(0, start - 14) : start])
        found.append(Headcount(value, None, approximate, start, end, match.group("num")))
    return found
