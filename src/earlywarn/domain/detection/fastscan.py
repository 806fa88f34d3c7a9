"""Speed for long alternations of patterns.

Python's regex engine skips quickly to places where a match can start only when every
alternative begins with a plain character. Lexicon patterns begin with groups and look-behinds,
so the engine tries every position. `gated` puts a look-ahead on the set of characters a match
can start with (computed from the parsed pattern) in front: the same matches, about 3x faster.
When the first characters cannot be known (a pattern starting with \\s, \\w or '.'), no gate; when the
engine can skip ahead by itself (a literal prefix), a gate would only slow it down, so none either.
`required_literals` gives plain strings one of which every match contains: a search for a pattern that
cannot match is skipped with a few `in` tests.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from re import _compiler as sre_compile  # noqa: PLC2701  (what the engine itself skips ahead with)
from re import _constants as c  # noqa: PLC2701  (the parser's opcodes; stable within Python 3.11)
from re import _parser as sre_parse  # noqa: PLC2701

from .regex_source import alternation_tree, branches, leading_group, led_by_char

_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
# \d is gated as ASCII, full-width and Arabic-Indic digits: the ones notices are written in.
_DIGITS = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩"


@functools.cache  # patterns are immutable; a warm process (served runs fork from one) compiles each text once
def gated(source: str, flags: int = 0, starts: str | None = None, *, led_within: bool = True) -> re.Pattern[str]:
    """`starts`: what every match begins with (the caller's claim, which its tests check), looked ahead for once
    the character gate passed: where the gate lets common letters through (English e, t, y; Korean 이, 지) for a
    few words ("the ", "이달"), the alternatives are not all tried at each of those letters (~2-3x faster).
    A pattern that begins with a group holding capturing groups is led within the group when it can be (see
    _led_within_leading_group; `unled` gives the gated form, which the tests compare it with)."""
    parsed = sre_parse.parse(source, flags)
    if _engine_skips_ahead(parsed, flags):
        return re.compile(source, flags)
    first = None if flags & re.IGNORECASE else _first_chars(parsed)
    if not first:
        return re.compile(source, flags)
    if led_within and not starts and (within := _led_within_leading_group(source, flags, first)) is not None:
        return within
    char_class = "".join(re.escape(ch) for ch in sorted(first))
    refined = f"(?={starts})" if starts else ""
    return re.compile(f"(?=[{char_class}]){refined}(?:{source})", flags)


def _led_within_leading_group(source: str, flags: int, gate: set[str]) -> re.Pattern[str] | None:
    """A pattern that begins with a group holding capturing groups, or one itself ("(?P<num>\\d…|[일이…]?[백천만]…)…"),
    with the group's alternatives led by plain characters inside it (see `led`; the group cannot be distributed:
    a name would repeat). The engine then skips ahead to a possible first character by itself, where the gate's
    look-ahead is tried at every position (~1,000 per KB). The same matches: the alternatives that start with the
    same character keep their order, the others never match at the same place. None when some alternative cannot
    be led or a group inside would be copied."""
    parts = leading_group(source)
    if parts is None or parts[2][1:].startswith(("?", "*", "+", "{")):
        return None
    head, body, after = parts
    pieces = [piece for branch in branches(body) for piece in led_by_char(branch, gate)]
    if any(first is None for first, _ in pieces):
        return None
    kept = [(first, rest) for first, rest in pieces if first in gate]
    try:
        pattern = re.compile(f"{head}{alternation_tree(kept)}{after}", flags)
    except re.error:  # a group inside was copied (its name would repeat)
        return None
    # the same groups in the same order (numbers, names), and the engine now skips ahead
    same_groups = pattern.groups == re.compile(source, flags).groups and list(pattern.groupindex.items()) == list(re.compile(source, flags).groupindex.items())
    if not same_groups or not _engine_skips_ahead(sre_parse.parse(pattern.pattern, flags), flags):
        return None
    _LED_FROM[pattern.pattern] = (source, flags)
    return pattern


# led pattern -> (its source, flags): the tests compare each with its gated form (see unled)
_LED_FROM: dict[str, tuple[str, int]] = {}


def unled(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The gated form of a pattern `gated` led within its leading group (None: it is not one)."""
    if pattern.pattern not in _LED_FROM:
        return None
    source, flags = _LED_FROM[pattern.pattern]
    return gated(source, flags, led_within=False)


def _engine_skips_ahead(parsed, flags: int) -> bool:
    """The engine already skips ahead by itself (a literal prefix, "자연\\s*감소", or every alternative
    starting with a plain character): a gate would only slow it down, about 10x for a literal prefix."""
    if parsed.getwidth()[0] == 0:
        return False
    prefix, _, _ = sre_compile._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, flags))


def _first_chars(items) -> set[str] | None:
    """Characters a match of the parsed sequence can start with; None when unknown or empty-able."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # boundaries and look-arounds consume nothing: the next item starts the match
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
            optional = _first_chars(av[2])  # an optional item: the match may start here or after it
            if optional is None:
                return None
            chars |= optional
            continue
        found = _first_of(op, av)
        return None if found is None else chars | found
    return None


def _first_of(op, av) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars = set()
        for item_op, item_av in av:
            if item_op is c.LITERAL:
                chars.add(chr(item_av))
            elif item_op is c.RANGE and item_av[1] - item_av[0] < 512:
                chars.update(chr(code) for code in range(item_av[0], item_av[1] + 1))
            elif item_op is c.CATEGORY and item_av is c.CATEGORY_DIGIT:
                chars.update(_DIGITS)
            else:
                return None  # negated sets and categories (\d, \w) are too wide to gate
        return chars
    if op is c.SUBPATTERN:
        return _first_chars(av[-1])
    if op is c.BRANCH:
        chars = set()
        for branch in av[1]:
            found = _first_chars(branch)
            if found is None:
                return None
            chars |= found
        return chars
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(av[2])
    return None


def required_literals(sources: list[str], flags: int = 0) -> tuple[str, ...] | None:
    """Plain strings one of which every match of any of `sources` contains (None when some source has
    none): `any(s in text for s in ...)` is ~50x cheaper than a regex scan, so a document-wide search
    that cannot match is skipped ("attrition" in "…through attrition…")."""
    if flags & re.IGNORECASE:
        return None
    found: set[str] = set()
    for source in sources:
        parsed = sre_parse.parse(source, flags)
        needed = None if parsed.state.flags & re.IGNORECASE else _required(parsed)
        if not needed:
            return None
        found |= needed
    return tuple(sorted(found))


def _required(items) -> set[str] | None:
    """The best set of strings one of which a match of this sequence must contain."""
    return max(_candidates(items, deep=False), key=lambda strings: min(len(s) for s in strings), default=None)


def _candidates(items, *, deep: bool = True) -> list[set[str]]:
    """Sets of strings: a match of this sequence contains one of each. `deep`: a group's every set, not its best."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        if op is c.SUBPATTERN and not av[1] & re.IGNORECASE and deep:
            candidates += _candidates(av[-1])
            continue
        if op is c.SUBPATTERN:
            inner = None if av[1] & re.IGNORECASE else _required(av[-1])  # (?i:…): letters of either case
        elif op is c.BRANCH:
            alternatives = [_required(branch) for branch in av[1]]
            inner = set().union(*alternatives) if all(alternatives) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        else:
            inner = None
        if inner:
            candidates.append(inner)
    return candidates


def gate_chars(source: str, flags: int = 0) -> set[str] | None:
    """The characters `gated(source, flags)` lets a match start with (None: it puts no gate in front)."""
    parsed = sre_parse.parse(source, flags)
    if flags & re.IGNORECASE or _engine_skips_ahead(parsed, flags):
        return None
    return _first_chars(parsed) or None


class AlternativesScan:
    """`finditer`/`search` with exactly the matches of `(?P<name0>gated(source0))|(?P<name1>gated(source1))|…`
    (the lastgroup of a match is a key of `owner`, which gives the name), several times faster.

    That combined pattern is slow (~270 µs per KB of English triggers): its alternatives begin with groups
    and look-behinds, so the engine tries every one of them at every position. Here each alternative is
    rewritten to begin with one plain character: a leading group is distributed ("(?:close|shut)\\s+x"
    becomes "close\\s+x|shut\\s+x": the same choices in the same order), a leading \\b or (?<!\\w) becomes a
    look-behind after that first character, and a leading \\d+ under a gate becomes one alternative per
    gated digit. The alternatives are then merged into a tree by their first characters
    ("c(?:(?<!\\w(?s:.))(?:lose…|ut…)|eas…)|s…"): a position is tried only against the alternatives that
    can start there, in their original order (alternatives that start with different characters never
    match at the same place, so grouping them changes nothing), and the engine skips ahead to a possible
    first character by itself. An empty marker group at the end of each alternative says which one matched.

    The few alternatives that cannot begin with a plain character (\\w*mill…) go to a second pattern, searched
    only when a string every match of it contains is in the text; the two are merged as the combined pattern
    would choose: the leftmost match, and at the same position the alternative that comes first.
    """

    def __init__(self, named: tuple[tuple[str, str], ...], flags: int = 0) -> None:
        self.owner: dict[str, str] = {}  # marker group -> the name it belongs to
        self._rank: dict[str, int] = {}  # marker group -> its place in the combined pattern's order
        fast: list[tuple[str, str]] = []
        slow: list[str] = []
        for name, source in named:
            gate = gate_chars(source, flags)
            for branch in branches(source):
                pieces = [(None, branch)] if flags & re.IGNORECASE else led_by_char(branch, gate)
                for first, rest in pieces:
                    marker = f"a{len(self._rank)}"
                    self.owner[marker], self._rank[marker] = name, len(self._rank)
                    if first is None:
                        gate_source = f"(?=[{''.join(re.escape(ch) for ch in sorted(gate))}])" if gate else ""
                        slow.append(f"{gate_source}(?:{rest})(?P<{marker}>)")
                    elif gate is None or first in gate:  # outside the gate the combined pattern never matched it
                        fast.append((first, rest + f"(?P<{marker}>)"))
        # Digits (\\d+ under a gate: one alternative per gated digit) in a pattern of their own: each alternative
        # at the top of a pattern is one more test at every position tried, and most positions are letters.
        digits = [piece for piece in fast if piece[0] in _DIGITS]
        fast = [piece for piece in fast if piece[0] not in _DIGITS]
        self._fast = re.compile(alternation_tree(fast) if fast else r"(?!x)x", flags)
        self._digits = re.compile(alternation_tree(digits), flags) if digits else None
        # every set of strings each digit-led alternative's match contains one of (the Korean ones all hold 재계약): the
        # digit scan stops at every digit of the text (~16 us per mixed KB), and is searched only where one may match
        self._digits_need = _needs_of((rest for _, rest in digits), flags) if digits and not flags & re.IGNORECASE else None
        for group in self._fast.groupindex:  # the copies alternation_tree made of some alternatives
            self.owner[group], self._rank[group] = self.owner[group.split("_")[0]], self._rank[group.split("_")[0]]
        self._slow = gated("|".join(slow), flags) if slow else None
        # every set of strings each slow alternative's match contains one of ("mill" and "closure"/"closing"/…):
        # the slow pattern tries every position, and is searched only where one of them may match
        self._slow_needs = _needs_of(slow, flags) if not flags & re.IGNORECASE else None
        self.pattern = "|".join(p.pattern for p in (self._fast, self._digits, self._slow) if p)  # for reading, not matching

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str):
        scans = [self._fast]
        if self._digits is not None and (self._digits_need is None or _may_contain(text, self._digits_need)):
            scans.append(self._digits)
        if self._slow is not None and (self._slow_needs is None or _may_contain(text, self._slow_needs)):
            scans.append(self._slow)
        if len(scans) == 1:
            yield from self._fast.finditer(text)
            return
        rank = self._rank
        current = [scan.search(text) for scan in scans]
        while True:
            live = [i for i, match in enumerate(current) if match]
            if len(live) == 1:  # the others match nowhere further on (most texts: no digit-led trigger at all)
                only = current[live[0]]
                yield only
                yield from scans[live[0]].finditer(text, max(only.end(), only.start() + 1))
                return
            # the leftmost match, and at the same place the alternative that comes first
            chosen = min((current[i] for i in live), key=lambda m: (m.start(), rank[m.lastgroup]), default=None)
            if chosen is None:
                return
            yield chosen
            pos = max(chosen.end(), chosen.start() + 1)  # an empty match moves on by one, as finditer does
            # a match that starts at or after pos is also the first one from pos (the engine sees the whole text)
            for i, match in enumerate(current):
                if match and match.start() < pos:
                    current[i] = scans[i].search(text, pos)


def _needs_of(sources: Iterable[str], flags: int = 0) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """For each distinct source, the sets of strings one of each its every match contains (see _candidates); None
    when some source needs none (it may match in any text)."""
    needs = dict.fromkeys(
        tuple(tuple(sorted(strings)) for strings in _candidates(sre_parse.parse(source, flags))) for source in sources
    )
    return None if () in needs else tuple(needs)


def _may_contain(text: str, needs: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    """Whether some source's every set has a string in the text (else none of them can match there)."""
    return any(all(any(s in text for s in strings) for strings in need) for need in needs)


@functools.cache  # a warm process reuses the scan of an unchanged lexicon
def alternatives_scan(named: tuple[tuple[str, str], ...], flags: int = 0) -> AlternativesScan:
    return AlternativesScan(named, flags)


@functools.cache
def led(source: str, flags: int = 0) -> re.Pattern[str]:
    """`gated(source, flags)` with every alternative rewritten to begin with a plain character and merged into
    a tree by first characters (see AlternativesScan): the same matches, ~1.3-3x faster for an alternation of
    \\b-led words. As `gated` when some alternative cannot be rewritten or the engine skips ahead by itself."""
    pieces = _led_pieces(source, flags)
    if pieces is None:
        return gated(source, flags)
    return re.compile(alternation_tree(pieces) if pieces else r"(?!x)x", flags)


def _led_pieces(source: str, flags: int) -> list[tuple[str, str]] | None:
    """The alternatives of `source` as (first character, the rest) pieces; None when `led` is `gated`."""
    if _engine_skips_ahead(sre_parse.parse(source, flags), flags):
        return None
    return led_pieces(source, flags)


def led_pieces(source: str, flags: int = 0, *, gated: bool = True) -> list[tuple[str, str]] | None:
    """The alternatives of `source` as (first character, the rest) pieces, the same matches in the same order (also
    where the engine skips ahead by itself) as `gated(source, flags)`, or with `gated=False` as the plain pattern (a
    leading class or \\d is not expanded to the gate's characters: such an alternative cannot be led); None when some
    alternative cannot be led by a plain character, or the pattern has capturing groups, is case-insensitive or may
    match empty."""
    parsed = sre_parse.parse(source, flags)
    if flags & re.IGNORECASE or parsed.state.groups > 1 or parsed.getwidth()[0] == 0:
        return None
    gate = (_first_chars(parsed) or None) if gated else None
    pieces = [piece for branch in branches(source) for piece in led_by_char(branch, gate)]
    if any(first is None for first, _ in pieces):
        return None
    return [(first, rest) for first, rest in pieces if gate is None or first in gate]


# Hangul syllables many words of Korean notices begin with (직원, 고용, 사업, 해고, 명, 지난, 이번, …).
COMMON_KOREAN_FIRSTS = frozenset("직고사업가는원해명자지하일조대은부정장의이다에기한인시수전")


class LeftmostOfTwo:
    """`search` with the match of `led(source)`, as two patterns: the alternatives that begin with a common
    character, and the others. At each position where a match may begin, the engine steps through every top-level
    alternative of the tree (~1.5 ns each, whatever the character there): ~100 for the Korean sentence cues, at
    ~15 positions of a sentence. Apart, most positions step through the few common ones only (~0.8x the time of
    one pattern, two searches included). Alternatives that begin with different characters never match at the same
    place, and each part keeps its alternatives' trees whole: the leftmost of the two matches is the one pattern's."""

    def __init__(self, pieces: list[tuple[str, str]], common: frozenset[str], flags: int) -> None:
        self._common = re.compile(alternation_tree([p for p in pieces if p[0] in common]), flags)
        self._others = re.compile(alternation_tree([p for p in pieces if p[0] not in common]), flags)
        self.pattern = alternation_tree(pieces)  # the one pattern (led's): for reading and the tests, not matching

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        common, others = self._common.search(text, pos, endpos), self._others.search(text, pos, endpos)
        if common is None or others is None:
            return common or others
        return common if common.start() < others.start() else others


@functools.cache
def led_apart(source: str, common: frozenset[str], flags: int = 0) -> re.Pattern[str] | LeftmostOfTwo:
    """`led(source, flags)`, or as LeftmostOfTwo when both the common first characters and others begin alternatives."""
    pieces = _led_pieces(source, flags)
    if pieces is None or all(p[0] in common for p in pieces) or not any(p[0] in common for p in pieces):
        return led(source, flags)
    return LeftmostOfTwo(pieces, common, flags)


class SkipToStarts:
    """`finditer` of `gated(source, flags, starts)`, the same matches, tried only where `starts` matches: those places
    are found by `led(starts)`, which the engine skips ahead to by itself, instead of the gate's look-ahead tried at
    every position (~20 ns each): the Korean date pattern over a 1 KB document that is mostly English ~20% faster,
    over Korean text the same.
    A match is non-empty (checked), so the next one is looked for from where it ends, as `finditer` does."""

    def __init__(self, source: str, flags: int = 0, *, starts: str) -> None:
        if sre_parse.parse(source, flags).getwidth()[0] == 0:
            raise ValueError(f"SkipToStarts needs a pattern that cannot match empty: {source!r}")
        self.compiled = gated(source, flags, starts)
        self.pattern = self.compiled.pattern  # for reading and the tests
        self._starts = led(starts, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (start := self._starts.search(text, pos)) is not None:
            if match := self.compiled.match(text, start.start()):
                yield match
                pos = match.end()
            else:
                pos = start.start() + 1


class AsciiLowered:
    """A case-insensitive pattern written in lower case. An ASCII text is searched lower-cased with a case-sensitive
    `led` copy: for ASCII, IGNORECASE only pairs a-z with A-Z, so the same places match, and the engine can skip
    ahead to a possible first letter (a case-insensitive pattern led by \\b tries every position: ~3 us on 60
    characters, ~10x the lower-cased search). Other texts are searched with the pattern itself."""

    def __init__(self, source: str) -> None:
        self.pattern = re.compile(source, re.IGNORECASE)
        self._lowered = led(source)

    def found(self, text: str) -> bool:
        if text.isascii():
            return self._lowered.search(text.lower()) is not None
        return self.pattern.search(text) is not None


class FinalCharScan:
    """`finditer` of a pattern whose every match ends with the character `final`, found nowhere else in a match, and
    whose other characters all satisfy `may_precede`. A match then lies in the run of such characters just before
    some `final` in the text: each is searched for there alone, from the run's start to the character after `final`
    (which the pattern's look-ahead sees). The same matches; the Korean counts (ending with 명) cost ~4x less than a
    scan that stops at every numeral syllable (이, 일, 사, …) of the text."""

    def __init__(self, pattern: re.Pattern[str], final: str, may_precede: Callable[[str], bool]) -> None:
        self.pattern, self._final, self._may_precede = pattern, final, may_precede

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (at := text.find(self._final, pos)) >= 0:
            start = at
            while start > pos and self._may_precede(text[start - 1]):
                start -= 1
            if match := self.pattern.search(text, start, at + 2):
                yield match
            pos = at + 1


class ByFirstCharacter:
    """`finditer` of an alternation whose alternatives each begin with a plain character and never match empty: the same
    matches, the alternatives that begin with one character searched as a pattern of their own (in their order), and
    only when that character is in the text.

    A pattern led by several characters is scanned with a test of the character set at every position (~45
    instructions a character of Korean text, ~25 us per KB); one led by one character is scanned as a string search,
    ~10x cheaper. Worth it for a few first characters, most of them rare in a text: the sentence marks (most texts
    hold '.' alone). Alternatives that begin with different characters never match at the same place, so the
    leftmost match of the scans is the alternation's; each goes on from where the last one ended.
    (Not for the Korean site words: searched in a sentence and then the text, with several of their eight first
    characters there, the merging costs more than it saves.)"""

    def __init__(self, alternatives: Iterable[tuple[str, str]], flags: int = 0) -> None:
        by_first: dict[str, list[str]] = {}
        for first, source in alternatives:
            parsed = sre_parse.parse(source, flags)
            if flags & re.IGNORECASE or _first_literal(parsed) != first or parsed.getwidth()[0] == 0:
                raise ValueError(f"ByFirstCharacter: {source!r} must begin with {first!r} and never match empty")
            by_first.setdefault(first, []).append(source)
        self._led = [(first, re.compile("|".join(sources), flags)) for first, sources in by_first.items()]
        self.pattern = "|".join(source for sources in by_first.values() for source in sources)  # for reading

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        scans = [pattern for first, pattern in self._led if first in text]
        if len(scans) <= 1:
            return scans[0].finditer(text) if scans else iter(())
        return self._merged(text, scans)

    @staticmethod
    def _merged(text: str, scans: list[re.Pattern[str]]) -> Iterator[re.Match[str]]:
        current = [(match, scan) for scan in scans if (match := scan.search(text)) is not None]
        while current:
            chosen = min(current, key=lambda found: found[0].start())[0]
            yield chosen
            pos = chosen.end()  # never empty: the next match is looked for from its end, as finditer does
            current = [(match, scan) if match.start() >= pos else (scan.search(text, pos), scan) for match, scan in current]
            current = [(match, scan) for match, scan in current if match is not None]


def _first_literal(parsed) -> str | None:
    """The plain character a parsed pattern begins with (within its leading groups), else None."""
    items = parsed
    while len(items) and items[0][0] is c.SUBPATTERN:
        items = items[0][1][-1]
    return chr(items[0][1]) if len(items) and items[0][0] is c.LITERAL else None


def anchored_at_start(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern begins at the text's start: it opens with "^" outside any alternation.
    "^a|b" opens with "^" too, but its "b" matches anywhere (the parser reads it as one top-level branch)."""
    return pattern.startswith("^") and sre_parse.parse(pattern, flags)[0][0] is c.AT
