"""Walking and rewriting regular-expression sources, for `fastscan`.

`led_by_char` rewrites an alternative that begins with a group or a look-behind into pieces that each begin
with one plain character (a leading group is distributed; a leading \\b or look-behind is checked after the
first character), and `alternation_tree` merges such pieces into one pattern, a tree by their first
characters. The walkers read the source text itself (parentheses, classes, escapes), so every group and flag
is kept as written.
"""

from __future__ import annotations

import re

_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = ("?", "*", "+", "{")
# A word start (the character before is not a word character) or its opposite, checked after the first character.
_WORD_START, _NOT_WORD_START = r"(?<!\w(?s:.))", r"(?<=\w(?s:.))"
_MAX_PIECES = 400  # distributing a leading group copies what follows it: past this, leave the alternative as it is
_TREE_DEPTH = 4  # plain characters merged into the tree; the rest of each alternative is matched as written


def led_by_char(source: str, gate: set[str] | None) -> list[tuple[str | None, str]]:
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
        variants = [branch + after for branch in branches(body)] + ([after] if optional else [])
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
    if first is not None and rest.startswith("+") and not rest.startswith(("+?", "++")):
        return [(first, re.escape(first) + "*" + rest[1:])]  # x+ is x then x*: the same tries, most first
    if first is not None and rest.startswith("?") and not rest.startswith(("??", "?+")):
        without = _expand(rest[1:], gate)  # x?y tries xy, then y: "xy|y"
        return None if without is None else [(first, rest[1:]), *without]
    element, rest = _first_class(source)
    if element is not None and gate is not None and (not rest.startswith(_QUANTIFIERS) or rest.startswith("+")):
        # under a gate, a class can only start with a gated character: "\d+x" is "0\d*x|1\d*x|…"
        rest = element + "*" + rest[1:] if rest.startswith("+") else rest
        return [(ch, rest) for ch in sorted(gate) if re.fullmatch(element, ch)]
    counted = re.match(r"\{(\d+)(,\d*)?\}(?![?+])", rest) if element is not None and gate is not None else None
    if counted and int(counted.group(1)) >= 1:  # x{1,3} is x then x{0,2}
        at_least, up_to = int(counted.group(1)) - 1, counted.group(2) or ""
        up_to = "," if up_to == "," else f",{int(up_to[1:]) - 1}" if up_to else ""
        rest = f"{element}{{{at_least}{up_to}}}{rest[counted.end():]}"
        return [(ch, rest) for ch in sorted(gate) if re.fullmatch(element, ch)]
    if element is not None and gate is not None and rest.startswith("?") and not rest.startswith(("??", "?+")):
        without = _expand(rest[1:], gate)  # [xy]?z tries xz, yz, then z: "xz|yz|z"
        return None if without is None else [*((ch, rest[1:]) for ch in sorted(gate) if re.fullmatch(element, ch)), *without]
    return [(None, source)]


def leading_group(source: str) -> tuple[str, str, str] | None:
    """A pattern that begins with a group, "(?P<num>a|b)rest", as ("(?P<num>", "a|b", ")rest"). A leading \\b
    goes inside the group ("\\b(?P<num>a|b)" is "(?P<num>\\b(?:a|b))": the group starts where the check is)."""
    boundary = "\\b" if source.startswith("\\b(") else ""
    source = source[len(boundary) :]
    head = re.match(r"\((?:\?P<\w+>|\?:)?(?!\?)", source)
    end = _closing(source) if head else None
    if end is None:
        return None
    body = source[head.end() : end]
    return head.group(0), f"{boundary}(?:{body})" if boundary else body, source[end:]


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


def branches(source: str) -> list[str]:
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


def alternation_tree(pieces: list[tuple[str, str]]) -> str:
    """One pattern for the alternatives (first character, the rest), tried in their order, merged into a tree
    by their leading plain characters (alternatives with different first characters never match at the same
    place)."""
    return _tree([_tokens(first, rest) for first, rest in pieces])


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
