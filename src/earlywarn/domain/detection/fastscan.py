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
        fast: list[tuple[tuple[str, ...], str]] = []
        slow: list[str] = []
        for name, source in named:
            gate = gate_chars(source, flags)
            for branch in _branches(source):
                pieces = [(None, branch)] if flags & re.IGNORECASE else _led_by_char(branch, gate)
                for first, rest in pieces:
                    marker = f"a{len(self._rank)}"
                    self.owner[marker], self._rank[marker] = name, len(self._rank)
                    if first is None:
                        gate_source = f"(?=[{''.join(re.escape(ch) for ch in sorted(gate))}])" if gate else ""
                        slow.append(f"{gate_source}(?:{rest})(?P<{marker}>)")
                    elif gate is None or first in gate:  # outside the gate the combined pattern never matched it
                        fast.append(_tokens(first, rest + f"(?P<{marker}>)"))
        # Digits (\\d+ under a gate: one alternative per gated digit) in a pattern of their own: each alternative
        # at the top of a pattern is one more test at every position tried, and most positions are letters.
        digits = [piece for piece in fast if piece[0][0] in _DIGITS]
        fast = [piece for piece in fast if piece[0][0] not in _DIGITS]
        self._fast = re.compile(_tree(fast) if fast else r"(?!x)x", flags)
        self._digits = re.compile(_tree(digits), flags) if digits else None
        for group in self._fast.groupindex:  # the copies _tree made of some alternatives
            self.owner[group], self._rank[group] = self.owner[group.split("_")[0]], self._rank[group.split("_")[0]]
        self._slow = gated("|".join(slow), flags) if slow else None
        # every set of strings each slow alternative's match contains one of ("mill" and "closure"/"closing"/…):
        # the slow pattern tries every position, and is searched only where one of them may match
        self._slow_needs = [_candidates(sre_parse.parse(source, flags)) for source in slow] if not flags & re.IGNORECASE else [[]]
        self.pattern = "|".join(p.pattern for p in (self._fast, self._digits, self._slow) if p)  # for reading, not matching

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str):
        scans = [self._fast]
        if self._digits is not None:
            scans.append(self._digits)
        if self._slow is not None and any(all(any(s in text for s in strings) for strings in needs) for needs in self._slow_needs):
            scans.append(self._slow)
        if len(scans) == 1:
            yield from self._fast.finditer(text)
            return
        rank = self._rank
        current = [scan.search(text) for scan in scans]
        while True:
            # the leftmost match, and at the same place the alternative that comes first
            chosen = min((m for m in current if m), key=lambda m: (m.start(), rank[m.lastgroup]), default=None)
            if chosen is None:
                return
            yield chosen
            pos = max(chosen.end(), chosen.start() + 1)  # an empty match moves on by one, as finditer does
            # a match that starts at or after pos is also the first one from pos (the engine sees the whole text)
            for i, match in enumerate(current):
                if match and match.start() < pos:
                    current[i] = scans[i].search(text, pos)


@functools.cache  # a warm process reuses the scan of an unchanged lexicon
def alternatives_scan(named: tuple[tuple[str, str], ...], flags: int = 0) -> AlternativesScan:
    return AlternativesScan(named, flags)


_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = ("?", "*", "+", "{")
# A word start (the character before is not a word character) or its opposite, checked after the first character.
_WORD_START, _NOT_WORD_START = r"(?<!\w(?s:.))", r"(?<=\w(?s:.))"
_MAX_PIECES = 400  # distributing a leading group copies what follows it: past this, leave the alternative as it is
_TREE_DEPTH = 4  # plain characters merged into the tree; the rest of each alternative is matched as written


@functools.cache
def led(source: str, flags: int = 0) -> re.Pattern[str]:
    """`gated(source, flags)` with every alternative rewritten to begin with a plain character and merged into
    a tree by first characters (see AlternativesScan): the same matches, ~1.3-3x faster for an alternation of
    \\b-led words. As `gated` when some alternative cannot be rewritten or the engine skips ahead by itself."""
    parsed = sre_parse.parse(source, flags)
    if flags & re.IGNORECASE or parsed.state.groups > 1 or _engine_skips_ahead(parsed, flags):
        return gated(source, flags)
    gate = _first_chars(parsed) or None
    pieces = [piece for branch in _branches(source) for piece in _led_by_char(branch, gate)]
    if any(first is None for first, _ in pieces):
        return gated(source, flags)
    kept = [_tokens(first, rest) for first, rest in pieces if gate is None or first in gate]
    return re.compile(_tree(kept) if kept else r"(?!x)x", flags)


def _led_by_char(source: str, gate: set[str] | None) -> list[tuple[str | None, str]]:
    """The alternative as (first character, the rest) pieces, in the order the engine tries them;
    (None, source) when it cannot be led by plain characters. `gate`: the characters a match may start with."""
    pieces = _expand(source, gate)
    if pieces is None or len(pieces) > _MAX_PIECES:
        return [(None, source)]
    return pieces


def _expand(source: str, gate: set[str] | None) -> list[tuple[str | None, str]] | None:
    if source.startswith("(?<!\\w)"):  # nothing before the match is a word character: checked after the first one
        return _after_first(_expand(source[7:], gate), _WORD_START, _WORD_START, "(?<!\\w)")
    if source.startswith(("(?<=", "(?<!")):  # any other look-behind: the same, one character further back
        end = _closing(source)
        if end is None:
            return None
        behind = f"{source[:4]}(?:{source[4:end]})(?s:.))"
        return _after_first(_expand(source[end + 1:], gate), behind, behind, source[:end + 1])
    if source.startswith("\\b"):
        return _after_first(_expand(source[2:], gate), _WORD_START, _NOT_WORD_START, "\\b")
    if source.startswith("(?:"):
        end = _closing(source)
        if end is None:
            return None
        body, after = source[3:end], source[end + 1:]
        optional = after.startswith("?") and not after.startswith(("??", "?+"))
        if optional:
            after = after[1:]
        elif after.startswith(_QUANTIFIERS):
            return [(None, source)]
        # (?:a|b)?c tries a, then b, then nothing before c: "ac|bc|c"
        variants = [branch + after for branch in _branches(body)] + ([after] if optional else [])
        pieces: list[tuple[str | None, str]] = []
        for variant in variants:
            expanded = _expand(variant, gate)
            if expanded is None:
                return None
            pieces += expanded
            if len(pieces) > _MAX_PIECES:
                return None
        return pieces
    first, rest = _first_literal(source)
    if first is not None and not rest.startswith(_QUANTIFIERS):
        return [(first, rest)]
    element, rest = _first_class(source)
    if element is not None and gate is not None and (not rest.startswith(_QUANTIFIERS) or rest.startswith("+")):
        # under a gate, a class can only start with a gated character: "\d+x" is "0\d*x|1\d*x|…"
        rest = element + "*" + rest[1:] if rest.startswith("+") else rest
        return [(ch, rest) for ch in sorted(gate) if re.fullmatch(element, ch)]
    return [(None, source)]


def _after_first(pieces, if_word: str, if_not_word: str, prefix: str):
    """A zero-width check in front of a piece, moved behind its (known) first character."""
    if pieces is None:
        return None
    return [
        (None, prefix + rest) if first is None else (first, (if_word if re.match(r"\w", first) else if_not_word) + rest)
        for first, rest in pieces
    ]


def _first_literal(source: str) -> tuple[str | None, str]:
    """The plain character a pattern starts with, and the rest (None: it starts with something else)."""
    if not source:
        return None, source
    if source[0] not in _SPECIAL:
        return source[0], source[1:]
    if source[0] == "\\" and len(source) > 1:
        if not source[1].isalnum():
            return source[1], source[2:]
        if source[1] == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", source[2:4]):
            return chr(int(source[2:4], 16)), source[4:]
    return None, source


def _first_class(source: str) -> tuple[str | None, str]:
    """A leading one-character class (\\d, \\w, \\s, [...]) and the rest."""
    if source[:2] in ("\\d", "\\w", "\\s", "\\D", "\\W", "\\S"):
        return source[:2], source[2:]
    if source.startswith("["):
        end = _class_end(source, 0)
        if end is not None:
            return source[:end + 1], source[end + 1:]
    return None, source


def _class_end(source: str, start: int) -> int | None:
    """The index of the ] that closes the character class opened at `start`."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":  # a ] right after [ or [^ is a plain character
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "]":
            return i
        i += 1
    return None


def _closing(source: str) -> int | None:
    """The index of the parenthesis that closes the one at the start."""
    depth, i = 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _class_end(source, i)
            if end is None:
                return None
            i = end
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, depth, i, last = [], 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i) or len(source)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[last:i])
            last = i + 1
        i += 1
    parts.append(source[last:])
    return parts


def _tokens(first: str, rest: str) -> tuple[tuple[str, ...], str]:
    """(the leading plain characters and word-start check, the rest as written): the keys of the tree."""
    tokens = [first]
    if rest.startswith((_WORD_START, _NOT_WORD_START)):
        tokens.append(rest[:len(_WORD_START)])
        rest = rest[len(_WORD_START):]
    while len(tokens) < _TREE_DEPTH:
        ch, after = _first_literal(rest)
        if ch is None or after.startswith(_QUANTIFIERS):
            break
        tokens.append(ch)
        rest = after
    return tuple(tokens), rest


def _tree(pieces: list[tuple[tuple[str, ...], str]]) -> str:
    """One pattern for the pieces (tokens, rest), tried in their order, sharing common leading tokens."""
    if all(tokens and len(tokens[0]) == 1 for tokens, _ in pieces):
        # all start with a plain character: those with different ones never match at the same place
        groups: dict[str | None, list] = {}
        for tokens, rest in pieces:
            groups.setdefault(tokens[0], []).append((tokens[1:], rest))
        runs = list(groups.items())
    else:  # a check or the end of the tokens: only neighbours may share, the order must stay
        runs = []
        for tokens, rest in pieces:
            key = tokens[0] if tokens else None
            if runs and runs[-1][0] == key and key is not None:
                runs[-1][1].append((tokens[1:], rest))
            else:
                runs.append((key, [(tokens[1:], rest)]))
    out = []
    for key, members in runs:
        if key is None:
            out.append(members[0][1])
            continue
        head = re.escape(key) if len(key) == 1 else key
        if any(tokens[:1] == (_WORD_START,) for tokens, _ in members):
            # Most positions are inside a word, where the alternatives that need a word start cannot match:
            # one check sends a word start to all of them (in order, the check done) and any other position
            # to the rest. (At a word start where none matches, the rest are tried twice: they fail twice.)
            at_start = [(tokens[1:] if tokens[:1] == (_WORD_START,) else tokens, rest) for tokens, rest in members]
            elsewhere = [(tokens, _copy(rest)) for tokens, rest in members if tokens[:1] != (_WORD_START,)]
            out.append(f"{head}(?:{_WORD_START}(?:{_tree(at_start)})" + (f"|{_tree(elsewhere)})" if elsewhere else ")"))
        elif len(members) == 1:
            tokens, rest = members[0]
            out.append(head + "".join(re.escape(t) if len(t) == 1 else t for t in tokens) + rest)
        else:
            out.append(f"{head}(?:{_tree(members)})")
    return "|".join(out)


def _copy(rest: str) -> str:
    """The rest of an alternative with its marker group renamed (a group name is used once): a0 -> a0_c."""
    return re.sub(r"\(\?P<(\w+)>\)$", r"(?P<\1_c>)", rest)
