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
