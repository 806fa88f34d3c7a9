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
from re import _compiler as sre_compile  # noqa: PLC2701  (what the engine itself skips ahead with)
from re import _constants as c  # noqa: PLC2701  (the parser's opcodes; stable within Python 3.11)
from re import _parser as sre_parse  # noqa: PLC2701

_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
# \d is gated as ASCII, full-width and Arabic-Indic digits: the ones notices are written in.
_DIGITS = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩"


@functools.cache  # patterns are immutable; a warm process (served runs fork from one) compiles each text once
def gated(source: str, flags: int = 0) -> re.Pattern[str]:
    parsed = sre_parse.parse(source, flags)
    if _engine_skips_ahead(parsed, flags):
        return re.compile(source, flags)
    first = None if flags & re.IGNORECASE else _first_chars(parsed)
    if not first:
        return re.compile(source, flags)
    char_class = "".join(re.escape(ch) for ch in sorted(first))
    return re.compile(f"(?=[{char_class}])(?:{source})", flags)


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
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
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
    return max(candidates, key=lambda strings: min(len(s) for s in strings), default=None)
