"""A text written all in capitals, as wire flashes, tickers and weather-crawl alerts write it ("...CALLOWAY PLANT CLOSING
FRIDAY — 410 WORKERS OUT OF JOBS..."): the counts' nouns, the dates' words and the cut's verbs are read with their
usual case, so it is read in lower case with the day and month names capitalised again (offsets kept)."""

from __future__ import annotations

import re

# Day and month names, which the date patterns read capitalised ("Friday", "June 14"; "may" is left alone: a verb too).
_NAMES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)


def unshouted(text: str) -> str:
    """An English text with no lower-case letter in lower case, its day and month names capitalised; any other text as it
    is (a single str.isupper() call decides, so ordinary texts cost nothing more)."""
    if not text.isupper():
        return text
    low = text.lower()
    if len(low) != len(text):  # a character that lowers to two: keep the offsets the evidence points at
        return text
    return _NAMES.sub(lambda name: name.group().capitalize(), low)


# A headline in title case ("Acme To Lay Off 410 Workers At Dayton Plant"): its common words are read in lower case, as
# the counts' nouns and the cuts' verbs are written in a sentence; its names (Acme, Dayton) are left as they are. Only the
# text's first lines while they are short (a headline, an alert's list of headlines), each asked on its own.
_COMMON_WORDS = frozenset(
    "to at in on of for by and or as after amid with from will would its their the a an is are be more than about nearly "
    "some up over all into out lay lays laid laying off cut cuts cutting close closes closing closed shut shuts shutting "
    "down eliminate eliminates eliminating slash slashes shed sheds axe axes furlough furloughs furloughed layoff layoffs "
    "job jobs worker workers employee employees staff staffers people positions roles lost lose loses losing plant "
    "factory store stores mill office facility warehouse site sites operations permanently buyout buyouts voluntary "
    "retirement redundancies effective percent workforce".split()
)
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_HEADLINE_LINES = 6  # an alert's list of headlines rarely runs longer before its first body line
_HEADLINE_LENGTH = 160


def untitled(text: str) -> str:
    """The text with the common words of its title-case headline lines in lower case (same length: offsets kept)."""
    if text.isupper():
        return text
    pieces, start = [], 0
    for _ in range(_HEADLINE_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > _HEADLINE_LENGTH:
            break
        line = text[start:end]
        pieces.append(_untitled_line(line) if _in_title_case(line) else line)
        start = end + 1
        if start >= len(text):
            return "\n".join(pieces)
    return "\n".join(pieces) + "\n" + text[start:] if pieces else text


def _in_title_case(line: str) -> bool:
    """Four in five of the line's words of four letters or more begin with a capital, and there are three or more."""
    words = [word for word in line.split() if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 3 and 5 * sum(word[0].isupper() for word in words) >= 4 * len(words)


def _untitled_line(line: str) -> str:
    return _TITLE_WORD.sub(lambda word: word.group().lower() if word.group().lower() in _COMMON_WORDS else word.group(), line)
