"""Who and where: the company that is the subject of the event, its site, and the region."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from earlywarn.domain.companies import CompanyDirectory

from .fastscan import led, required_literals
from .regex_source import alternation_tree

_KO_SUBJECT = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:\(주\)\s?|㈜\s?|주식회사\s)?"
    r"(?P<name>[A-Za-z0-9가-힣&·\-]+?(?:\s?\(주\))?)(?:에서는|에서|측은|은|는|이|가|도)(?=\s)"
)
_KO_GENERIC_SUFFIX = re.compile(r"(?:업체|업계|회사|기업|자회사|협력사|협력업체|구단|당국|정부|노조|센터|측|들|사람|씨|[0-9]+일|년|월)$")
_KO_HEADLINE_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(?P<name>[A-Za-z0-9가-힣&·]{2,20}),\s")
_EN_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of|and))*)(?:,\s[^,]{3,50},)?\s+"
    r"(?:said|says|will|is|are|has|had|plans|planned|announced|announces|filed|told|began|offered|notified|"
    r"agreed|reported|reached|warned|expects|cut|cuts|laid|laying|closed|closes|to)\b"
)
_EN_LEADING = re.compile(r"^(?:The|A|An)\s+")
# The words a Korean site ends with (none overlaps another: a site ends at the first one after its name).
_KO_SITE_WORD_SOURCE = "공장|조선소|제철소|사업장|물류센터|연구소|발전소|캠퍼스"
_KO_SITE = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<site>[가-힣A-Za-z]{{1,8}}\d?(?:{_KO_SITE_WORD_SOURCE}))")
# "Xxx " once then up to twice more (the same as {1,3}): starting with a plain character class lets the
# regex engine skip ahead to capital letters instead of trying every position (~5x faster on 1 KB).
_EN_SITE = re.compile(
    r"(?P<site>[A-Z][\w.'-]+\s+(?:[A-Z][\w.'-]+\s+){0,2}(?:(?:assembly|furnace|cereal|tire|truck|battery|paper|manufacturing|"
    r"distribution|processing)\s+)?(?:[Pp]lant|[Ff]actory|[Ff]acility|[Mm]ill|[Ss]hipyard|headquarters|[Cc]ampus|"
    r"[Ww]arehouse|distribution\s+center))\b"
)
# A Korean site match starts at most this many characters before its site word ([가-힣A-Za-z]{1,8}\d?).
_KO_SITE_REACH = 9
_KO_SITE_WORDS = re.compile(_KO_SITE_WORD_SOURCE)
# Where a Korean site match may begin: its first letter and the look-behind before it.
_KO_SITE_START = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z]")
# Strings one of which every English site match contains ("lant" of Plant/plant, ...), searched for in one scan.
_EN_SITE_WORDS = re.compile("|".join(map(re.escape, required_literals([_EN_SITE.pattern]))))
_EN_SITE_NOT = re.compile(r"^(?:The|Its|A|An|All|Our|This|That)\b")


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


class Regions:
    """Korean 시·도 (with their cities) and US states (names and codes)."""

    def __init__(self, config: dict[str, Any]) -> None:
        korean: dict[str, list[str]] = config.get("KR", {})
        us: dict[str, str] = config.get("US", {})
        self._kr_by_name = {name: province for province, names in korean.items() for name in (province, *names)}
        self._us_by_name = {name: name for name in us.values()} | {code: name for code, name in us.items()}
        self._us_upper = {key.upper(): value for key, value in self._us_by_name.items()}
        names = sorted(self._kr_by_name, key=len, reverse=True)
        # a tree by first characters: at a place where a name may begin, only the names that begin there are tried
        # (the same match: names that begin alike keep their order, the longest first)
        self._kr_pattern = re.compile(alternation_tree([(name[0], re.escape(name[1:])) for name in names])) if names else None
        states = sorted(us.values(), key=len, reverse=True)
        # led: the word-start check moved behind each name's first letter, so the engine skips ahead to a possible
        # first letter (the look-behind in front was tried at every position: ~6x slower on 1 KB)
        self._us_pattern = led(r"(?<!\w)(?:" + "|".join(map(re.escape, states)) + r")\b") if states else None

    def of_field(self, value: str | None) -> tuple[str | None, str | None]:
        """(jurisdiction, region) of a table cell: 'IA', 'Iowa', '전북', '전라북도'."""
        if not value:
            return None, None
        cleaned = value.strip()
        state = self._us_upper.get(cleaned.upper())
        if state:
            return "US", state
        province = self._kr_by_name.get(cleaned)
        if province:
            return "KR", province
        return None, cleaned

    def in_text(self, text: str, lang: str) -> tuple[str | None, str | None, Span | None]:
        """The first region named in a text: Korean in any text, US states in English text."""
        found = []
        if self._kr_pattern and (match := self._kr_pattern.search(text)):
            found.append((match.start(), "KR", self._kr_by_name[match.group(0)], match))
        if lang != "ko" and self._us_pattern and (match := self._us_pattern.search(text)):
            found.append((match.start(), "US", match.group(0), match))
        if not found:
            return None, None, None
        _, jurisdiction, region, match = min(found, key=lambda item: item[0])
        return jurisdiction, region, Span(match.group(0), match.start(), match.end())


def known_company(text: str, directory: CompanyDirectory, start: int, end: int) -> Span | None:
    """The first configured company name (alias) inside text[start:end]."""
    match = directory.find_name(text, start, end)
    return Span(match.group(0), match.start(), match.end()) if match else None


def subject_company(text: str, start: int, end: int, lang: str, stopwords: frozenset[str]) -> Span | None:
    """The grammatical subject that names an employer in text[start:end]."""
    if lang == "ko":
        headline = _KO_HEADLINE_SUBJECT.match(text, start, end)
        if headline and _plausible_ko(headline.group("name"), stopwords):
            return Span(headline.group("name"), headline.start("name"), headline.end("name"))
        for match in _KO_SUBJECT.finditer(text, start, end):
            name = match.group("name")
            if _plausible_ko(name, stopwords):
                return Span(match.group(0)[: match.end("name") - match.start()].strip(), match.start(), match.end("name"))
        return None
    for match in _EN_SUBJECT.finditer(text, start, end):
        name = _EN_LEADING.sub("", match.group("name")).strip(" ,")
        if len(name) >= 2 and name not in stopwords:
            offset = match.group("name").find(name)
            return Span(name, match.start("name") + offset, match.start("name") + offset + len(name))
    return None


def site_in(text: str, start: int, end: int, lang: str) -> Span | None:
    if lang == "ko":
        match = _first_korean_site(text, start, end)
        return Span(match.group("site"), match.start("site"), match.end("site")) if match else None
    if _EN_SITE_WORDS.search(text, start, end) is None:
        return None  # no site word: skip the scan
    for match in _EN_SITE.finditer(text, start, end):
        site = _EN_SITE_NOT.sub("", match.group("site")).strip()
        if not site or site[0].islower():
            continue
        return Span(site, match.end("site") - len(site), match.end("site"))
    return None


def _first_korean_site(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of _KO_SITE in text[start:end], tried only where one may begin: a match is up to
    _KO_SITE_REACH letters and a digit, then a site word (the site words never overlap: test). The same match as a
    scan from `start`, which tries every position (~30-50 us per KB of letters once a site word is not a site's:
    "군산 공장")."""
    tried = start
    for word in _KO_SITE_WORDS.finditer(text, start, end):
        at = max(tried, word.start() - _KO_SITE_REACH)
        # only where a name may begin (a letter after no letter or digit), each tried as the scan would
        while (begins := _KO_SITE_START.search(text, at, word.start())) is not None:
            if match := _KO_SITE.match(text, begins.start(), end):
                return match
            at = begins.start() + 1
        tried = max(tried, word.start())
    return None


def _plausible_ko(name: str, stopwords: frozenset[str]) -> bool:
    return len(name) >= 2 and name not in stopwords and not _KO_GENERIC_SUFFIX.search(name) and not name.isdigit()


# A cut's verb written capitalized after a capitalized word and before the staff ("questions for Dearborn Trim employees",
# "Precision Cut workers will get a raise"): a company's name before its people, not a cut (English only; not in a
# headline written in title case, "GM Cuts Workers at Lordstown", where every long word is capitalized).
_EN_NAME_VERB = re.compile(r"(?:Cut|Trim|Shed|Axe|Slash)s?\s+(?:employees|workers|staff|associates|team\s+members)\b")
_EN_NAME_BEFORE = re.compile(r"(?:^|[\s(\"'])[A-Z][\w&'-]*\s$")
_LOWERCASE_LONG_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]{3,}")


def verb_in_a_name(text: str, start: int) -> bool:
    """The trigger starting at `start` begins with a capitalized cut verb that is part of a company's name."""
    if not text[start : start + 1].isupper() or _EN_NAME_VERB.match(text, start) is None:
        return False
    if _EN_NAME_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    return _LOWERCASE_LONG_WORD.search(text, line_start, len(text) if line_end < 0 else line_end) is not None
