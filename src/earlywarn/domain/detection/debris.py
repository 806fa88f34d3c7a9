"""Formatting and OCR debris, cleaned once before detection: full-width digits and punctuation ("２，８００명",
"（주）") read as ASCII, HTML entities ("&amp;", "&nbsp;", "&#39;") as the characters they stand for, a word broken at
a line's end by a hyphen ("volun-\\ntary") joined, and a zero inside a word of letters ("empl0yees", "V0LUNTARY",
"0ffice", as a scanner reads an O) read as the letter.

`cleaned(text)` returns the text to read and, when its length changed, where each of its characters came from in the
text as written, so evidence spans still point into the notice body (`to_written`). Cheap literal tests first: an
ordinary text is returned as it is after a few `in` tests and one character-class search."""

from __future__ import annotations

import html
import re

# U+FF01..U+FF5E are ASCII's U+0021..U+007E in full width; U+3000 is the ideographic space.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_FULL_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Entities as a CMS or a feed leaves them; &nbsp; is read as a plain space (a number's words are joined by it).
_ENTITY = re.compile(r"&(?:#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8}[0-9]?);")
# A hyphen at a line's end between two letters of a word ("volun-\ntary", "compul-\nsory").
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
# A zero between two letters ("empl0yees", "V0LUNTARY") or opening a word of letters ("0ffice").
# Written to begin with the literal "0", which the regex engine looks for on its own (fast on a text of numbers).
_ZERO_IN_WORD = re.compile(r"0(?:(?<=[A-Za-z]0)(?=[A-Za-z])|(?<![\w.,]0)(?=[A-Za-z]{3}))")


def cleaned(text: str) -> tuple[str, list[int] | None]:
    """(the text to read, None) when only characters were replaced one for one; (the text, origin) when its length
    changed: origin[i] is where its character i begins in `text`, origin[len] = len(text)."""
    if not text.isascii() and _FULL_WIDTH.search(text):
        text = text.translate(_FULL_TO_ASCII)
    if "0" in text:
        text = _ZERO_IN_WORD.sub(_letter_o, text)
    entity = "&" in text and ";" in text
    broken = "-\n" in text
    if not entity and not broken:
        return text, None
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in the text as written
    if entity:
        pieces += [(m.start(), m.end(), _entity(m.group())) for m in _ENTITY.finditer(text)]
    if broken:
        pieces += [(m.start(), m.end(), "") for m in _BROKEN_WORD.finditer(text)]
    if not pieces:
        return text, None
    pieces.sort()
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, replacement in pieces:
        if start < at:
            continue
        out.append(text[at:start])
        origin.extend(range(at, start))
        out.append(replacement)
        origin.extend([start] * len(replacement))
        at = end
    out.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(out), origin


def to_written(origin: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the cleaned text as a span of the text as written."""
    return origin[start], (origin[end] if end > start else origin[start])


def _letter_o(match: re.Match[str]) -> str:
    text, at = match.string, match.end()
    return "O" if at < len(text) and text[at].isupper() else "o"


def _entity(entity: str) -> str:
    if entity == "&nbsp;":
        return " "
    character = html.unescape(entity)
    return " " if character == "\xa0" else character
