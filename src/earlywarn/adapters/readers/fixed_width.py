"""A table printed in fixed-width columns (a legacy system's report saved as text) -> a table's rows.

  접수번호     접수일자     사업장명                     소재지     해고예정인원
  -------------------------------------------------------------------------
  2024-0001    2024/01/10   (주)미래엔지니어링           거제시              120
  2024-0002    2024/01/19   동남 정밀 주식회사           통영시            1,317

A header is a line of three or more names apart by two spaces or more, over a rule line (dashes, '=' or '─'); its
rows are the lines under the rule up to the next rule or page break. Columns are cut by display width, as the
printer laid them out: a Hangul character takes two columns (and, in a Korean text, a symbol of ambiguous width,
'※', '○', as the Korean code page prints it). Between two header names the cut falls in the widest gap blank in
every line of the block, so a name with a space inside ('동남 정밀 주식회사') stays one cell. Lines outside the
blocks (banners, page numbers, a 합계 under the closing rule) are no row; a header repeated after a page break
is left out by the table reader (sections.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_RULE = re.compile(r"\s*([-=─━═])\1{9,}\s*")
_NAMES = re.compile(r"\S+(?: \S+)*")  # a header's names: apart by two spaces or more
_FEWEST_NAMES = 3
_PAD = "\0"  # the second column of a wide character
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def is_fixed_width_table(text: str) -> bool:
    lines = text.splitlines()
    return any(_heads_rule(lines, i) for i in range(len(lines) - 1))


def _heads_rule(lines: list[str], i: int) -> bool:
    return (_RULE.fullmatch(lines[i + 1]) is not None and _RULE.fullmatch(lines[i]) is None
            and len(_NAMES.findall(lines[i].strip())) >= _FEWEST_NAMES)


def fixed_width_rows(text: str) -> Iterator[list[str]]:
    lines = text.splitlines()
    wide_ambiguous = _HANGUL.search(text) is not None
    i = 0
    while i < len(lines) - 1:
        if not _heads_rule(lines, i):
            i += 1
            continue
        block = [lines[i]]
        i += 2
        while i < len(lines) and not _RULE.fullmatch(lines[i]) and "\f" not in lines[i]:
            if lines[i].strip():
                block.append(lines[i])
            i += 1
        yield from _block_rows([_spread(line, wide_ambiguous) for line in block])


def _spread(line: str, wide_ambiguous: bool) -> str:
    """The line with each wide character followed by a pad: one string position per printed column."""
    if line.isascii():
        return line.rstrip()
    out = []
    for char in line:
        out.append(char)
        if not char.isascii() and ((width := unicodedata.east_asian_width(char)) in ("W", "F")
                                   or (wide_ambiguous and width == "A")):
            out.append(_PAD)
    return "".join(out).rstrip()


def _block_rows(block: list[str]) -> Iterator[list[str]]:
    header, *rows = block
    names = list(_NAMES.finditer(header))
    cuts = [_cut(block, names[k].end(), names[k + 1].start()) for k in range(len(names) - 1)]
    bounds = list(zip([0, *cuts], [*cuts, None]))
    for line in block:
        yield [line[start:end].replace(_PAD, "").strip() for start, end in bounds]


def _cut(block: list[str], left: int, right: int) -> int:
    """Where a column ends between two header names (`left`: the first name's end, `right`: the next one's start):
    the start of the widest run of positions blank in every line (the rightmost of equals), else the next name."""
    best_start, best_width, run_start = right, 0, None
    for position in range(left, right + 1):
        blank = position < right and all(position >= len(line) or line[position] == " " for line in block)
        if blank and run_start is None:
            run_start = position
        elif not blank and run_start is not None:
            if position - run_start >= best_width:
                best_start, best_width = run_start, position - run_start
            run_start = None
    return best_start
