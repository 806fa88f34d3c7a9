"""A share of a stated workforce as the headcount: "a third of its 900 staff", "직원 7,500명의 절반"; a percentage
of the workforce whose size another sentence states ("12% of its workforce … had approximately 1,850 employees")."""

from __future__ import annotations

import re

from .counts import EN_NOUN, EN_NUMERAL, EN_OWNER, KO_NUMERAL, Headcount, number
from .fastscan import gated, led
from .pools import share_is_pool

# A share of a stated workforce: "a third of its 900 support staff", "two-thirds of their 30,000 employees",
# "25% of its 800 workers", "a third of the plant's 900 workers" (its owner named). The share is the headcount (approximate) when no count of the affected is stated:
# the text states the people affected as a fraction, and the response plans for that many. Looked for only
# when the text has " of " before a possessive; the workforce number inside is kept as the workforce.
_EN_FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "thirds": 2 / 3, "quarter": 1 / 4, "quarters": 3 / 4, "fourth": 1 / 4, "fourths": 3 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
# "one in five of its 400 staff": one in that many.
_EN_ONE_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# The part told of a workforce: a percentage, "one in five", or a fraction in words (the shares below all begin or end
# with it; "one-fourth", "three-fourths" as American statements write a quarter).
_EN_PART = (
    r"(?:(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|[Oo]ne\s+in\s+(?P<onein>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
    r"|(?P<frac>[Hh]alf|(?:[Aa]|[Oo]ne)[-\s](?:third|quarter|fourth|fifth|tenth)|[Tt]wo[-\s]thirds|[Tt]hree[-\s](?:quarters|fourths)))"
)
# A group sized as people ("its 480-person engineering team", "a 60-member crew") is people whatever its noun: a team,
# a department, a newsroom.
_EN_SIZED_GROUP_WORDS = r"team|department|division|unit|group|crew|newsroom|organi[sz]ation|org|office|desk"
_EN_SIZED_GROUP = rf"(?:{_EN_SIZED_GROUP_WORDS})\b"
_EN_SHARE = gated(
    _EN_PART
    + rf"\s+of\s+(?:its|their|the|our)\s+{EN_OWNER}(?:(?:roughly|about|some|nearly|around)\s+)?(?P<num>{EN_NUMERAL})"
    rf"(?:-(?:member|person|people|strong)\s+(?:[A-Za-z][A-Za-z&'.-]*\s+){{0,3}}?(?:{EN_NOUN}|workforce\b|{_EN_SIZED_GROUP})"
    rf"|\s+(?:[A-Za-z][A-Za-z&'.-]*\s+){{0,3}}?(?:{EN_NOUN}|workforce\b))"
)
# What every match of _EN_SHARE and _KO_SHARE contains (their middle or end, which a fast scan finds: a plain
# first character): texts without it are not scanned (~30-40 us each per 1 KB).
_EN_SHARE_NEEDS = led(r"(?:%|percent|cent|alf|thirds?|quarters?|fourths?|fifth|tenth|in\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))\s+of\s+(?:its|their|the|our)\s")
_KO_SHARE_NEEDS = re.compile(r"명\s*(?:의|중(?:에|에서)?|가운데|인\s[^.\n]{0,20}?(?:을|를|의)|(?:인데|이고|이며)\s*,?\s*[그이]\s*(?:중|가운데))\s*(?:에서|에)?\s*(?:약\s*)?(?:\d|절반|반)")
# "현재 45명인 기자를 3분의 1 줄이겠다", "현재 45명인 기자의 3분의 1을 줄인다": the workforce told as what it is now, then the
# share cut from it.
KO_WHOLE_NAMED_AFTER = r"인\s+(?:[가-힣]+\s+){0,2}?[가-힣]+(?:을|를|의)"
# "생산직이 84명인데, 그중 3분의 1을 내보낸다": the workforce told as a clause of its own, the share of it pointed back to.
KO_WHOLE_THEN_PART_AFTER = r"(?:인데|이고|이며)\s*,?\s*[그이]\s*(?:중|가운데)(?:에서|에)?"
# The Korean share of a stated workforce: "직원 7,500명의 절반", "전체 직원 900명 중 3분의 1", "임직원 1천2백명의 30%",
# a rounded one ("직원 6백여명 중 3분의 1": a third of about 600).
_KO_FRACTIONS = {"절반": 1 / 2, "반": 1 / 2}
_KO_SHARE = gated(
    # ("팀 60명 중에 3분의 1", as it is said)
    rf"(?P<num>{KO_NUMERAL})\s*(?:여\s*)?명\s*(?:의|중(?:에|에서)?|가운데|{KO_WHOLE_NAMED_AFTER}|{KO_WHOLE_THEN_PART_AFTER})\s*(?:약\s*)?"
    # "3분의 1로 줄인다" cuts to a third, not by one; "120명 가운데 절반에게 권고사직": the half told to go
    r"(?:(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|퍼센트|프로)|(?P<den>[2-9])\s*분의\s*(?P<nom>[1-8])(?!\s*(?:로|으로))|(?P<frac>절반|반)(?=[\s을를이가은는의에,.]|$))"
)
# The workforce named first, its share after it as "of them" in the same sentence ("told its remaining 180 employees
# that a quarter of them would lose their jobs").
_EN_SHARE_OF_THEM = gated(
    # ("A hotel group with 4,500 staff has furloughed 80% of them": the workforce told as what the employer has)
    rf"\b(?:its|their|the|our|all|with)\s+(?:(?:remaining|current|roughly|about|some|nearly)\s+)?(?P<num>{EN_NUMERAL})\s+"
    rf"(?:[A-Za-z][A-Za-z&'.-]*\s+){{0,2}}?{EN_NOUN}[^.;!?]{{0,60}}?\b"
    + _EN_PART + r"\s+of\s+them\b"
)

# The workforce sized after its noun ("cut about 6% of its workforce of roughly 20,000", "half of its staff of 300"):
# the same share, looked for only where "workforce of" or "staff of" is.
_EN_SHARE_OF_SIZED = gated(
    _EN_PART
    + rf"\s+of\s+(?:its|their|the|our)\s+{EN_OWNER}(?:global\s+|total\s+|entire\s+)?(?:workforce|staff)\s+of\s+"
    rf"(?:(?:roughly|about|some|nearly|around|approximately|more\s+than)\s+)?(?P<num>{EN_NUMERAL})(?!\s*(?:%|percent|per\s+cent))"
)

# ... or the sized workforce cut by a percentage ("will reduce its workforce of approximately 1,650 employees by
# approximately 18%", a filing's words): the same share, behind the same gate.
_EN_SIZED_CUT_BY = gated(
    r"\b(?:[Rr]educ|[Cc]ut|[Tt]rim|[Ss]hrink)\w*\s+(?:its|their|our|the)\s+(?:global\s+|total\s+|entire\s+)?(?:workforce|staff)\s+of\s+"
    rf"(?:(?:roughly|about|some|nearly|around|approximately|more\s+than)\s+)?(?P<num>{EN_NUMERAL})\s+(?:[A-Za-z-]+\s+){{0,2}}?"
    r"by\s+(?:(?:roughly|about|some|nearly|around|approximately)\s+)?(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
)

# ... or a workforce sized by a hyphenated count cut by a percentage ("We are reducing our 650-person team by roughly 18%",
# "trim its 1,200-strong workforce by 10%", as a memo or a blog writes it): the same share.
_EN_SIZED_GROUP_CUT_BY = gated(
    r"\b(?:[Rr]educ|[Cc]ut|[Tt]rim|[Ss]hrink|[Ss]lash)\w*\s+(?:its|their|our|the)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)-(?:person|people|member|strong)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:workforce|staff|company|" + _EN_SIZED_GROUP_WORDS + r")\s+"
    r"by\s+(?:(?:roughly|about|some|nearly|around|approximately)\s+)?(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
)

# ... or the cut named as a percentage reduction across the workforce ("guided to a 6% reduction in force across its
# ~4,000 employees", an analyst's note): the same share, looked for only where "reduction" or "cut" follows a "%".
_EN_PERCENT_CUT_ACROSS = gated(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:reduction\s+in\s+(?:force|headcount|staff|staffing|(?:its\s+)?workforce)"
    r"|(?:headcount|workforce|staff|job)\s+(?:reduction|cuts?))\s+(?:across|among|of|at)\s+(?:its|their|the|our)\s+" + EN_OWNER
    + rf"(?:~\s*|(?:roughly|about|some|nearly|around|approximately)\s+)?(?P<num>{EN_NUMERAL})\s+(?:[A-Za-z][A-Za-z&'.-]*\s+){{0,2}}?{EN_NOUN}"
)
# The pattern's words after a percentage, with "%" or spelled out ("a 7 percent headcount reduction among its 3,000
# employees", as US papers write it; "per cent" as British ones do).
_EN_PERCENT_CUT_NEEDS = tuple(
    sign + word for sign in ("% ", "percent ", "per cent ") for word in ("reduction", "headcount", "workforce", "staff", "job")
)


def english_shares(text: str) -> list[Headcount]:
    found = []
    if " of " in text and _EN_SHARE_NEEDS.search(text):
        found += _share_mentions(_EN_SHARE, text, _english_fraction)
    if "workforce of " in text or "staff of " in text:
        found += _share_mentions(_EN_SHARE_OF_SIZED, text, _english_fraction)
        found += _share_mentions(_EN_SIZED_CUT_BY, text, _english_fraction)
    if "-person " in text or "-member " in text or "-strong " in text or "-people " in text:
        found += _share_mentions(_EN_SIZED_GROUP_CUT_BY, text, _english_fraction)
    if " of them" in text:
        found += _share_mentions(_EN_SHARE_OF_THEM, text, _english_fraction)
    if any(cut in text for cut in _EN_PERCENT_CUT_NEEDS):
        found += _share_mentions(_EN_PERCENT_CUT_ACROSS, text, _english_fraction)
    return found


def korean_shares(text: str) -> list[Headcount]:
    if "명" not in text or not _KO_SHARE_NEEDS.search(text):
        return []
    return _share_mentions(_KO_SHARE_SCAN, text, _korean_fraction)


# What may stand in a Korean count and the spaces after it, before its 명 (KO_NUMERAL: digits, separators, numeral
# syllables, a space between them; 여, "about", after it).
_KO_COUNT_CHARACTERS = frozenset(",.십백천만일이삼사오육칠팔구여")


class _KoreanShareScan:
    """`finditer` with the matches of _KO_SHARE, tried only where one may begin: in the run of count characters
    just before a 명 (every match is a count, spaces, then 명). The gated pattern is tried at every digit and numeral
    syllable of the text (~35 us per KB); here at a few places before each 명."""

    def finditer(self, text: str):
        done = 0  # matches do not overlap: the next one starts where the last one ended
        at = text.find("명")
        while at >= 0:
            start = at
            while start > done and (text[start - 1] in _KO_COUNT_CHARACTERS or text[start - 1].isdecimal() or text[start - 1].isspace()):
                start -= 1
            for begin in range(max(start, done), at):
                if match := _KO_SHARE.match(text, begin):
                    yield match
                    done = match.end()
                    break
            at = text.find("명", max(at + 1, done))


_KO_SHARE_SCAN = _KoreanShareScan()


def _english_fraction(match: re.Match[str]) -> float:
    if match.group("pct"):
        return float(match.group("pct")) / 100
    if match.group("onein"):
        count = match.group("onein").lower()
        return 1 / (int(count) if count.isdigit() else _EN_ONE_IN[count])
    return _EN_FRACTIONS[re.split(r"[-\s]", match.group("frac").lower())[-1]]


def _korean_fraction(match: re.Match[str]) -> float:
    if match.group("pct"):
        return float(match.group("pct")) / 100
    if match.group("den"):  # "3분의 1": the denominator comes first
        return int(match.group("nom")) / int(match.group("den"))
    return _KO_FRACTIONS[match.group("frac")]


def _share_mentions(pattern: re.Pattern[str], text: str, fraction) -> list[Headcount]:
    found = []
    for match in pattern.finditer(text):
        whole = number(match.group("num"))
        if whole is None:
            continue
        value = round(whole * fraction(match))
        if 0 < value < whole and not share_is_pool(text, match.end()):
            found.append(Headcount(value, None, True, match.start(), match.end(), match.group(0), "share"))
    return found


# A cut told as a percentage of the workforce with no number in it ("a reduction in force of approximately 12% of the
# Company's workforce", "전체 인력의 30%를 줄인다"): with the workforce's size stated once elsewhere in the text ("the
# Company had approximately 1,850 full-time employees", "전 직원 210명"), that share of it is the headcount.
# ... or as the workforce cut by a percentage ("reducing our global headcount by about 6%", an earnings call's words).
_EN_SHARE_OF_WORKFORCE = re.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:its|their|the|our|the\s+company\W?s)\s+"
    r"(?:total\s+|global\s+|overall\s+|entire\s+)?(?:workforce|staff|employees|headcount)\b"
    r"|\b(?:reduc|cut|trim|shrink)\w*\s+(?:its|their|our|the|the\s+company\W?s)\s+(?:total\s+|global\s+|overall\s+|entire\s+)?(?:workforce|headcount|staff)"
    r"\s+by\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+)?(?P<by>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    # ... or as a fraction of a group said to be cut, in a chat ("a quarter of the support org gets cut. we're 480 people")
    r"|\b(?P<frac>a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|half)\s+of\s+(?:the|our|its|their|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:org|organi[sz]ation|team|department|division|unit|staff|workforce|group)\s+(?:gets?|got|is|are|will\s+be|is\s+being|are\s+being|was|were)"
    r"\s+(?:cut|laid\s+off|let\s+go)\b"
    # ... or as the part left after the others are placed ("two thirds have been offered relocation; the remaining third
    # will be let go"): that fraction of the whole.
    r"|\bthe\s+remaining\s+(?P<rest>half|third|quarter|fifth|tenth)\s+(?:of\s+them\s+)?(?:will|would|are\s+to|is\s+to)\s+be\s+"
    r"(?:let\s+go|laid\s+off|made\s+redundant|dismissed)\b",
    re.IGNORECASE,
)
_EN_FRACTION_NEEDS = ("quarter", "third", "half", "fifth", "tenth")
_EN_CUT_NEEDS = (" cut", " let go", " laid off")
_EN_FRACTION_WORDS = {"a third": 1 / 3, "a quarter": 1 / 4, "a fifth": 1 / 5, "a tenth": 1 / 10, "half": 1 / 2}
_KO_SHARE_OF_WORKFORCE = re.compile(r"(?:전체|전)?\s*(?:인력|직원|인원|임직원)(?:의)\s*(?:약\s*)?(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|퍼센트|프로)")
# What every match of it contains, found by a scan that skips ahead (the pattern itself, which may begin with a
# space, is tried at every position: ~70 us per KB).
_KO_SHARE_OF_WORKFORCE_NEEDS = re.compile(r"(?:인력|직원|인원|임직원)의")


def _may_tell_a_share(text: str, lang: str) -> bool:
    """A percentage, or (English) a fraction word next to a cut: most texts have neither, and are not scanned."""
    if "%" in text or "percent" in text or "per cent" in text or "퍼센트" in text or "프로" in text:
        return True
    return lang == "en" and any(word in text for word in _EN_FRACTION_NEEDS) and any(cut in text for cut in _EN_CUT_NEEDS)


def _share_of_workforce(match: re.Match[str]) -> float:
    if match.groupdict().get("frac"):
        return _EN_FRACTION_WORDS[" ".join(match.group("frac").lower().split())]
    if match.groupdict().get("rest"):
        return _EN_FRACTIONS[match.group("rest").lower()]
    return float(match.group("pct") or match.group("by")) / 100


def shares_of_stated_workforce(text: str, lang: str, mentions: list[Headcount]) -> list[Headcount]:
    """That share of the one workforce size the text states (none when it states two, or a share of its own)."""
    # the mentions first: most texts state no workforce size (five passes over the text saved)
    sizes = {mention.low for mention in mentions if mention.role == "workforce"}
    if len(sizes) != 1 or any(mention.role == "share" for mention in mentions):
        return []
    if not _may_tell_a_share(text, lang):
        return []
    if lang == "ko" and not _KO_SHARE_OF_WORKFORCE_NEEDS.search(text):
        return []
    whole = sizes.pop()
    found = []
    for match in (_KO_SHARE_OF_WORKFORCE if lang == "ko" else _EN_SHARE_OF_WORKFORCE).finditer(text):
        value = round(whole * _share_of_workforce(match))
        if 0 < value < whole:
            found.append(Headcount(value, None, True, match.start(), match.end(), match.group(0), "share"))
    return found
