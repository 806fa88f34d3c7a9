"""Which of a lexicon's required strings a text contains, found in one scan.

(Detection now finds the document-wide cues and signals with one locator, `first_matches.FirstMatches`: this scan is
left for the patterns it cannot locate.)

A document-wide cue or a weak signal is searched for only when one of the strings every match of it contains is in
the text (`required_literals`). Tested one by one (`literal in text`), each costs a pass over the text: ~1 us per KB
of Korean text (stored two bytes a character), ~45 tests for the Korean cues and signals of a 1 KB document. One
regex scan finds all of them at once: it stops only at a possible first character (~90 places per KB), and there
tries the strings in a tree by their characters (`alternation_tree`), ~2.5x faster. An ASCII text is tested one
string at a time: a pass over one byte a character is cheap, and a Latin-script lexicon's strings begin with
nearly every letter, where the scan would stop at every position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .regex_source import alternation_tree

Present = Callable[[Iterable[str]], bool]  # whether any of these strings is in the text


class LiteralScan:
    """`present(text)`: a test of whether any of some of the strings given is in the text, exactly as `in` tells
    (a string not given is not looked for).

    The scan matches one character at each place where one of the strings begins, the string itself in a look-ahead
    (so strings that overlap are each found), the longest first: every string found at a place is the reported one
    or a prefix of it."""

    def __init__(self, literals: Iterable[str], *, scan_non_ascii: bool = True) -> None:
        strings = sorted(set(literals), key=lambda literal: (-len(literal), literal))
        self._prefixes = {s: frozenset(p for p in strings if s.startswith(p)) for s in strings}
        self._scan = None
        if strings and scan_non_ascii and "" not in strings:
            firsts = "".join(sorted({re.escape(s[0]) for s in strings}))
            tree = alternation_tree([(s[0], re.escape(s[1:])) for s in strings])
            self._scan = re.compile(f"[{firsts}](?<=(?=({tree}))(?s:.))")

    def present(self, text: str) -> Present:
        if self._scan is None or text.isascii():
            return lambda literals: any(literal in text for literal in literals)
        found: set[str] = set()
        for string in set(self._scan.findall(text)):
            found |= self._prefixes[string]
        return lambda literals: not found.isdisjoint(literals)
