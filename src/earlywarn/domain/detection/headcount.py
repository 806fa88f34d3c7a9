"""Headcount affected, found in text: not the workforce size, not the eligible pool."""

from __future__ import annotations

import re
from dataclasses import dataclass

from earlywarn.domain.values import korean_number

from .fastscan import gated
from .text import Sentences

_KO_NUMERAL = r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[십백천만]\d*)*|[일이삼사오육칠팔구]?[백천만](?:[일이삼사오육칠팔구]?[십백천만]|\d+)*)"
_KO_MENTION = gated(
    rf"(?P<num>{_KO_NUMERAL})(?:\s*[~∼\-]\s*(?P<high>{_KO_NUMERAL}))?\s*(?P<about>여)?\s*명(?![단부함])"
)
_EN_NUMERAL = r"\d{1,3}(?:,\d{3})+|\d+"
_EN_NOUN = (
    r"(?:jobs|positions|roles|employees|workers|people|staff(?:ers)?|job\s+losses|layoffs|members|"
    r"nurses|engineers|developers|drivers|pilots|technicians|associates|agents|contractors|teachers|"
    r"miners|operators|representatives|salaried|hourly)\b"
)
_EN_MENTION = gated(
    rf"(?P<num>{_EN_NUMERAL})(?:\s*(?:-|–|to)\s*(?P<high>{_EN_NUMERAL}))?\s+"
    rf"(?:(?:[a-z-]+\s+){{0,3}}?{_EN_NOUN}|(?:[a-z]+\s+){{0,3}}?(?:accept|accepted|applied|took|signed\s+up))"
)
_VAGUE = re.compile(
    r"(?<![가-힣])(?P<ko>수십|수백|수천)\s*(?:여\s*)?명|\b(?P<en>dozens|hundreds|thousands)\s+of\s+(?:workers|employees|jobs|people|staff)\b",
    re.IGNORECASE,
)
# The conservative low ends earlywarn.domain.values uses for vague plurals.
_VAGUE_LOW = {"수십": 20, "수백": 200, "수천": 2000, "dozens": 20, "hundreds": 200, "thousands": 2000}

_KO_TOTAL_AFTER = re.compile(r"^\s*(?:의\s*)?(?:중|가운데)(?![가-힣])")
_KO_POOL_AFTER = re.compile(r"^\s*(?:을|를|의)?\s*대상")
_KO_TOTAL_BEFORE = re.compile(r"(?:전체|총|전|임직원|직원\s*수)\s*(?:직원|인원|임직원)?\s*$")
_EN_TOTAL_BEFORE = re.compile(
    r"(?:\bof\s+(?:its|their|the)|\bout\s+of|\bworkforce\s+of|\bemploys|\bemploying|\btotal\s+of|\bits)\s+"
    r"(?:roughly|about|approximately|some|nearly|more\s+than|over|around)?\s*$",
    re.IGNORECASE,
)
_EN_POOL_BEFORE = re.compile(r"\boffer(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}to\s+(?:roughly|about|some|nearly|more\s+than|over)?\s*$", re.IGNORECASE)
_EN_POOL_AFTER = re.compile(r"\beligible\b|\bwith\s+\d+\s+or\s+more\s+years|\baged\s+\d+|\bor\s+older\b", re.IGNORECASE)
_APPROX_BEFORE = re.compile(
    r"(?:약|최대|대략|about|approximately|roughly|around|nearly|more\s+than|over|up\s+to|as\s+many\s+as|some|almost)\s*$",
    re.IGNORECASE,
)
_APPROX_AFTER = re.compile(r"^\s*(?:가량|정도|이상|안팎|내외|넘는|남짓)")


@dataclass(frozen=True, slots=True)
class Headcount:
    low: int
    high: int | None
    approximate: bool
    start: int
    end: int
    text: str


def headcount_mentions(text: str, lang: str) -> list[Headcount]:
    """Every number of people in the text that is not a total workforce or an eligible pool."""
    pattern = _KO_MENTION if lang == "ko" else _EN_MENTION
    found = []
    for match in pattern.finditer(text):
        # A number glued to a word or another number ('2020년생', '3.5', '$1,000') is not a headcount;
        # checked here because a leading look-behind would slow the whole scan.
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,$_"):
            continue
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() : match.end() + 40]
        if _is_total_or_pool(before, after, lang):
            continue
        value = _number(match.group("num"))
        if value is None:
            continue
        high = _number(match.group("high")) if match.group("high") else None
        approximate = bool(match.groupdict().get("about")) or bool(_APPROX_BEFORE.search(before[-14:]) or _APPROX_AFTER.search(after))
        found.append(Headcount(value, high if high and high > value else None, approximate, match.start(), match.end(), match.group(0)))
    return found


def vague_mention(text: str) -> Headcount | None:
    """'수백 명', 'hundreds of workers': a conservative low end, marked approximate."""
    match = _VAGUE.search(text)
    if not match:
        return None
    low = _VAGUE_LOW[(match.group("ko") or match.group("en")).lower()]
    return Headcount(low, None, True, match.start(), match.end(), match.group(0))


def pick_headcount(
    mentions: list[Headcount], sentences: Sentences, event_sentences: list[int], *, minimum: int
) -> Headcount | None:
    """The mention closest after the first event sentence: news states the event, then the number."""
    if not mentions or not event_sentences:
        return None
    first = event_sentences[0]

    def distance(mention: Headcount) -> tuple[int, int]:
        index = sentences.index(mention.start)
        gap = index - first if index >= first else 10 + first - index
        return (0 if index in event_sentences else 1, gap, mention.start)

    usable = [m for m in mentions if m.low >= minimum]
    return min(usable, key=distance) if usable else None


def _is_total_or_pool(before: str, after: str, lang: str) -> bool:
    if lang == "ko":
        return bool(_KO_TOTAL_AFTER.search(after) or _KO_POOL_AFTER.search(after) or _KO_TOTAL_BEFORE.search(before[-12:]))
    return bool(_EN_TOTAL_BEFORE.search(before) or _EN_POOL_BEFORE.search(before) or _EN_POOL_AFTER.search(after[:45]))


def _number(raw: str) -> int | None:
    value = korean_number(raw.replace(" ", ""))
    return value if value is not None and value < 10_000_000 else None
