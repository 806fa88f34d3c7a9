"""Dates in text: the application period and the separation date, with the year inferred."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from earlywarn.domain.values import parse_date

from .fastscan import gated

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ISO = r"(?P<iso>\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2})(?![\d.])"
_DATE_BY_LANGUAGE = {
    "ko": gated(
        r"(?:(?P<ky>\d{4})\s*년\s*)?(?P<km>\d{1,2})\s*월\s*(?P<kd>\d{1,2})\s*일"
        r"|(?P<rel>다음\s*달|내달|이달|이번\s*달)\s*(?P<rd>\d{1,2})\s*일|" + _ISO
    ),
    "en": gated(
        r"(?P<em>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?\b"
        r"(?:,?\s+(?P<ey>\d{4}))?|" + _ISO
    ),
}
_RANGE_JOIN = re.compile(r"^\s*(?:부터|에서|~|∼|-|–|to|through|until)\s*(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일")

_KO_SEPARATION_BEFORE = re.compile(
    r"(?:퇴직일|퇴사일|이직일|해고일|고용\s*종료일|(?:퇴직|퇴사|이직|해고|폐업|폐쇄)\s*예정일)\s*(?:은|는|을|를|이|:)?\s*$"
)
_KO_SEPARATION_AFTER = re.compile(r"^\s*(?:자(?:로|\s)|부로|회사를\s*떠[나난날]|(?:퇴직|퇴사|해고|계약|폐업|폐점|종료|문을\s*닫))")
_EN_SEPARATION_BEFORE = re.compile(
    r"(?:\beffective(?:\s+on)?|\bon\s+or\s+about|\bseparations?\s+(?:\w+\s+){0,4}?(?:on|begin(?:ning)?)"
    r"|\b(?:lay\s+off|laid\s+off|layoffs?|terminat\w*|separations?)\s+(?:[\w,]+\s+){0,8}?(?:starting|beginning|effective)(?:\s+on)?"
    r"|\btak(?:e|es|ing)\s+effect(?:\s+on)?|\blast\s+(?:day|date)(?:\s+of\s+(?:work|employment))?\s+(?:will\s+be|would\s+be|is|was)(?:\s+on)?"
    r"|\b(?:leave|depart|close|closes|closing|ceas\w*\s+operations|laid\s+off|furloughed|terminated|shut\s+down)\s+(?:[\w,]+\s+){0,8}?(?:by|on))\s*$",
    re.IGNORECASE,
)
# "on March 6, ending production": a participle right after the date tells what ended that day.
_EN_SEPARATION_AFTER = re.compile(r"^,?\s+(?:ending|closing|shutting|ceasing|shuttering)\b", re.IGNORECASE)
# A bare adverbial date ("5월 31일 공장을 폐쇄", "5월 31일에 문을 닫는다"), not a range or a deadline.
_KO_ADVERBIAL_AFTER = re.compile(r"(?:에|께)?\s(?!부터|까지)")  # used with .match(text, pos): no "^"
_APPLICATION = re.compile(r"신청|접수|\bappl(?:y|ications?)\b|\bsign\s+up\b", re.IGNORECASE)
_END_ONLY_AFTER = re.compile(r"^\s*까지")
_EN_END_ONLY_BEFORE = re.compile(r"\b(?:until|by|through|before)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateSpan:
    value: date
    start: int
    end: int
    text: str


def find_dates(text: str, reference: date, rollover_days: int, lang: str = "ko") -> list[DateSpan]:
    spans = []
    for match in _DATE_BY_LANGUAGE.get(lang, _DATE_BY_LANGUAGE["en"]).finditer(text):
        value = _resolve(match, reference, rollover_days)
        if value:
            spans.append(DateSpan(value, match.start(), match.end(), match.group(0)))
    return spans


def separation_date(text: str, dates: list[DateSpan], lang: str) -> DateSpan | None:
    """The first date the text ties to people leaving ('퇴직일은 3월 31일', 'effective June 1')."""
    for span in dates:
        before, after = text[max(0, span.start - 90) : span.start], text[span.end : span.end + 12]
        if lang == "ko" and (_KO_SEPARATION_BEFORE.search(before[-16:]) or _KO_SEPARATION_AFTER.search(after)):
            return span
        if lang != "ko" and (_EN_SEPARATION_BEFORE.search(before) or _EN_SEPARATION_AFTER.search(after)):
            return span
    return None


def closure_date(text: str, dates: list[DateSpan], sentence_start: int, trigger_start: int, after: date) -> DateSpan | None:
    """Korean is verb-final: a bare date between the start of a closure's sentence and the closure
    verb ("5월 31일 군산공장을 폐쇄하기로 했다") is when it closes, if it is later than the notice
    (a date on or before it is when the news was announced)."""
    found = None
    for span in dates:
        if sentence_start <= span.start and span.end <= trigger_start and span.value > after:
            if _KO_ADVERBIAL_AFTER.match(text, span.end, trigger_start):
                found = span
    return found


def application_period(
    text: str, dates: list[DateSpan], sentence_of, reference: date, rollover_days: int
) -> tuple[DateSpan | None, DateSpan | None]:
    """(start, end) of the period workers apply in, only in sentences about applying."""
    for span in dates:
        sentence = sentence_of(span.start)
        if not _APPLICATION.search(sentence):
            continue
        after = text[span.end : span.end + 20]
        joined = _RANGE_JOIN.search(after)
        if joined:
            end = _range_end(span, joined, reference, rollover_days)
            return span, end
        if _END_ONLY_AFTER.search(after) or _EN_END_ONLY_BEFORE.search(text[max(0, span.start - 10) : span.start]):
            return None, span
    return None, None


def _range_end(start: DateSpan, joined: re.Match[str], reference: date, rollover_days: int) -> DateSpan | None:
    month = int(joined.group("m")) if joined.group("m") else start.value.month
    value = _safe_date(start.value.year, month, int(joined.group("d")))
    if value is None:
        return None
    if value < start.value:
        value = _safe_date(value.year + 1, value.month, value.day)
    first_part = "m" if joined.group("m") else "d"
    text = joined.string[joined.start(first_part) : joined.end()]
    offset = start.end + joined.start(first_part)
    return DateSpan(value, offset, offset + len(text), text) if value else None


def _resolve(match: re.Match[str], reference: date, rollover_days: int) -> date | None:
    if match.group("iso"):
        return parse_date(match.group("iso"))
    groups = match.groupdict()
    if groups.get("rel"):
        month = reference.month + (0 if match.group("rel").replace(" ", "") in ("이달", "이번달") else 1)
        return _safe_date(reference.year + (month > 12), (month - 1) % 12 + 1, int(match.group("rd")))
    if groups.get("km"):
        year, month, day = match.group("ky"), int(match.group("km")), int(match.group("kd"))
    else:
        year, month, day = match.group("ey"), _MONTH_NAMES[match.group("em").lower()[:3]], int(match.group("ed"))
    if year:
        return parse_date(match.group(0)) or _safe_date(int(year), month, day)
    value = _safe_date(reference.year, month, day)
    if value and value < reference - timedelta(days=rollover_days):
        value = _safe_date(reference.year + 1, month, day)
    return value


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
