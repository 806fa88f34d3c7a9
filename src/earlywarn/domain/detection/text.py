"""Text helpers: language guess and sentence spans (offsets kept so evidence points at the source)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

from .fastscan import ByFirstCharacter


_HANGUL = re.compile(r"[가-힣]")
# A sentence ends at [.!?]+, closing quotes or brackets, then whitespace; at "…"; at line breaks. Written so
# that every alternative starts with one plain character, each searched on its own (ByFirstCharacter). The same
# matches as the plain pattern (PLAIN_SENTENCE_END, checked by the tests). A Korean text run together without spaces
# ("…밝혔다.이번 희망퇴직은…", as a feed or a copy strips them) ends its sentence at a period before a Hangul syllable too.
PLAIN_SENTENCE_END = r"[.!?]+[\"'”’)\]]*(?:\s+|(?=[가-힣]))|…\s*|\n+"
_SENTENCE_END_ALTERNATIVES = (  # (the character an alternative begins with, the alternative)
    (".", r"(\.[.!?]*)[\"'”’)\]]*(?:\s+|(?=[가-힣]))"), ("!", r"(![.!?]*)[\"'”’)\]]*(?:\s+|(?=[가-힣]))"), ("?", r"(\?[.!?]*)[\"'”’)\]]*(?:\s+|(?=[가-힣]))"), ("…", r"(…)\s*"), ("\n", r"(\n)\n*"),
)  # group 1: where the sentence ends (the whole run of marks: "or...?" ends at the question mark; one "…" or line break)


_SENTENCE_END = ByFirstCharacter(_SENTENCE_END_ALTERNATIVES)
# An abbreviation's period does not end a sentence ("Yellow Corp. has ceased ...").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Corp|Co|Inc|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|Gov|Mt|Ft)|\b[A-Z])\.$"
)


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _may_abbreviate(text: str, at: int) -> bool:
    """Whether _ABBREVIATION may match the word before the mark at `at`: each of its matches begins with a capital
    within the four characters before the mark ("Sept.", "U.S.", "A.") or is "vs.". Most words that end a sentence
    are lower-case ("employees."): the search (a try at each of seven places) is skipped."""
    window = text[max(0, at - 4) : at]
    return not window.islower() or window.endswith("vs")


def guess_language(text: str, declared: str | None = None) -> str:
    if declared in ("ko", "en"):
        return declared
    first_three = islice(_HANGUL.finditer(text, 0, 400), 3)  # stop at the third: a Korean text has it early
    return "ko" if sum(1 for _ in first_three) >= 3 else "en"


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries of a text; `index(offset)` tells which sentence an offset is in."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def span(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]


def split_sentences(text: str) -> Sentences:
    starts, ends = [0], []
    for match in _SENTENCE_END.finditer(text):
        at = match.start()
        if at and text[at - 1] in _ASCII_LETTERS and _may_abbreviate(text, at) and _ABBREVIATION.search(text[max(0, at - 6) : at + 1]):
            continue
        ends.append(match.end(1))  # the whole run of marks ("or...?": the question mark is the sentence's)
        starts.append(match.end())
    ends.append(len(text))
    return Sentences(text, tuple(starts), tuple(ends))


def lowered(text: str) -> str:
    """text.lower() with the same offsets (the few characters that lower to two are kept)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
