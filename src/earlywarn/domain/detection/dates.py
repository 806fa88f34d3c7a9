"""Dates in text: the application period and each date's value, with the year inferred (which date is the day
people leave: date_choice.py).

A Korean day given alone ("26일", "오는 3일", "지난 28일") is read as the press writes it: the notice's
month, since another month would be named ("지난달 30일", "다음 달 5일"). "오는" (coming) puts a day
already past in the next month; "지난" (last) puts a day still to come in the month before.
Durations and offsets ("3일간", "30일 전", "5일 만에") and recurring days ("매월 25일") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from earlywarn.domain.values import parse_date

from .fastscan import SkipToStarts, gated

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# "12월 말", "이달 말일부로", "연내", "올해 말까지": a month's or the year's end, followed by a space, punctuation
# or a particle or a copula ("이달 말입니다"; not "말씀", "연말정산") or a gloss ("3월 말(end of March)"); a month until which something lasts ("이번 달까지만 근무", "12월까지") ends then too.
_KO_END_FOLLOWS = r"(?=$|[\s,.()\]…·]|까지|에|부|로|께|경|쯤|자|이|입|을|은|엔)"
_ISO = r"(?P<iso>\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2})(?!\d|\.\d)"
# Each language's dates, gated by the characters and words a date begins with: most letters the character gate lets
# through are 이/지/다 or e/t/y in other words. A new way for a date to begin must be added here (test_fast_paths
# checks the matches are the plain pattern's on every labeled text and a case per alternative). A Korean date that
# begins with a digit has its year, month or day marker (or an ISO separator) right after it: the other numbers of a
# text ("7,500명", "2.5%") are passed over at once instead of being tried against every digit-led alternative.
_KO_DATE_STARTS = r"\d{1,4}\s*[년월일.\-/]|다음|담주|내달|이달|이번|지난|전달|연[내말]|올|오는|오늘|내일|어제"
# An English one: a number with a separator, an ordinal or a month after it ("7,500 jobs", "2.5%" are passed over),
# a month or weekday name, "the" before an end or a day, "end", "year", "this" (~2x fewer places tried in English).
_EN_DATE_STARTS = (
    r"\d{1,4}\s*[.\-/]|\d{1,2}(?:st|nd|rd|th|\s+[ADFJMNOS])"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This\s|Today|Next\s|Immediately\b)"
    r"|the\s+(?:end|\d|last\s+day\s+of\s)|end[\s-]|last\s+day\s+of\s|year|this\s|today\b|next\s|immediately\b"  # "effective today", "effective immediately"
)
_DATE_BY_LANGUAGE = {
    "ko": SkipToStarts(
        r"(?:(?P<ky>\d{4})\s*년\s*)?(?P<km>\d{1,2})\s*월\s*(?P<kd>\d{1,2})\s*일"
        r"|(?P<rel>다음\s*달|내달|이달|이번\s*달|지난\s*달|전달)\s*(?P<rd>\d{1,2})\s*일"
        # ("4월 마지막 날", "이달 마지막 날": the month's last day, as "말일")
        r"|(?P<relend>다음\s*달|내달|이달|이번\s*달|지난\s*달|전달)\s*(?:말(?:일)?" + _KO_END_FOLLOWS + r"|마지막\s*날|(?=까지))"
        r"|(?:(?P<mey>\d{4})\s*년\s*)?(?P<mem>\d{1,2})\s*월\s*(?:말(?:일)?" + _KO_END_FOLLOWS + r"|마지막\s*날|(?=까지))"
        r"|(?P<yend>연(?<![가-힣]연)(?:내|말)|올해\s*(?:말|안)|올\s*연말)" + _KO_END_FOLLOWS +
        # "오늘부로 퇴사합니다", "내일이 마지막 출근": a day next to the notice's, only where it dates a leaving or a last day
        r"|(?P<today>오늘|내일|어제)(?=\s*(?:부로|자로|이\s*마지막|까지만))" +
        # "마지막 출근은 다음 주 금요일": a weekday of this or next week, as people write it in messages
        # "오는 금요일자로 해고": the coming one (a week on when it is that day); "이번 금요일": this week's
        r"|(?P<kweek>다음\s*주|담주|이번\s*주|오는|이번)\s*(?P<kwd>[월화수목금토일])요일" +
        # "퇴직일 5/31", "6/30 영업종료": a month and day with a slash, as alerts, tickers and messages write them (not a
        # share: "1/3 수준", "1/4가량")
        r"|(?P<kmd>(?P<kmm>1[0-2]|0?[1-9])/(?P<kmdd>3[01]|[12]\d|0?[1-9]))(?![\d/.]|\s*(?:의|가량|수준|정도|이상|이하|%|만큼))"
        # "12.29(화)자로 퇴직": a month and day with a dot, as notices write it, only where a weekday or 자로/부로 follows
        # (not a decimal: "2.5%", "1.5배")
        r"|(?P<kdot>(?P<kdm>1[0-2]|0?[1-9])\.(?P<kdd>3[01]|[12]\d|0?[1-9]))(?=\s*\([월화수목금토일]\)|\s*(?:자로|부로|자\s))"
        # "2027년 말까지 폐지": the year's last day
        r"|(?P<kyend>\d{4})\s*년\s*말(?:일)?" + _KO_END_FOLLOWS +
        r"|(?:(?P<dir>오는|지난)\s*)?(?P<dd>\d{1,2})\s*일(?!\s*(?:간|이내|내에|내로|전|동안|치|분|째|만|마다|씩|이상|이하|가량|정도|여|안에|뒤|후|연속))|"
        + _ISO,
        starts=_KO_DATE_STARTS,
    ),
    "en": gated(
        r"(?P<em>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?\b"
        r"(?:,?\s+(?P<ey>\d{4}))?|" + _ISO + r"|(?P<us>(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>\d{4}))(?![\d/])"
        r"|(?P<md>(?P<mm>1[0-2]|0?[1-9])/(?P<mdd>3[01]|[12]\d|0?[1-9]))(?![\d/])"
        r"|(?P<yend_en>year[-\s]end|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b"
        # "at the end of the month": the notice's month's last day ("of next month": the next one's)
        r"|(?:the\s+)?end\s+of\s+(?P<mend_en>the|this|next)\s+month\b"
        # "by the end of the fourth quarter", "by end of Q3": the calendar quarter's last day (not a fiscal quarter: its end is the company's)
        r"|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:(?P<qtr>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|Q(?P<qn>[1-4])\b)"
        # "this Friday", "this coming Friday": the coming one (or the notice's own day); a worker's text writes it
        # lowercase ("our last day is this friday"), "this" before it keeps a plain "friday" from being a date
        r"|\b[Tt]his\s+(?:coming\s+)?(?P<thiswd>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b"
        # "next Friday": that day of next week (weeks start on Monday), as "다음 주 금요일"
        r"|\b[Nn]ext\s+(?P<nextwd>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b"
        # "Today was my last day", "today is their last working day": the notice's own day, only as someone's last day, or as the day a cut takes effect
        # ("dismissed 400 workers, effective today"), or the day people are made redundant told as today ("90 staff were
        # made redundant today"; "our last day was today": the day named as the last; not "I was laid off today", often the day of the telling with a last day after it)
        r"|\b(?P<today_en>[Tt]oday)(?:(?=\s+(?:was|is)\s+(?:my|our|their|his|her|the)\s+(?:last|final)\s+(?:working\s+)?(?:day|shift)\b)|(?<=[Ee]ffective\s[Tt]oday)|(?<=redundant\s[Tt]oday)|(?<=last\sday\swas\s[Tt]oday)|(?<=last\sday\sis\s[Tt]oday)|(?<=ceased\strading\s[Tt]oday)|(?<=ceased\soperations\s[Tt]oday))"
        # "were let go effective immediately": the notice's own day, only after "effective"
        r"|\b(?P<now_en>[Ii]mmediately)(?<=[Ee]ffective\s[Ii]mmediately)\b"
        r"|(?:the\s+)?(?P<ord>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?P<ordrel>next|this)\s+month\b"
        # ("the end of March next year", also past a gloss's parenthesis: "3월 말 (end of March) next year": the next year's)
        r"|(?:the\s+)?end(?:\s+of\s+|-)(?P<eom>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?P<eoy>\d{4})|\)?\s+(?P<eonext>next)\s+year\b)?"
        # "by the end of 2019", wire copy's "by end-2025": that year's last day
        r"|(?:the\s+)?end(?:\s+of\s+|-)(?P<eoyr>(?:19|20)\d{2})\b"
        # "will close the foundry on the last day of February": that month's last day
        # (not a last day "of June 30": the day is named after the month, and read as that date)
        r"|(?:the\s+)?last\s+day\s+of\s+(?P<ldm>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+(?P<ldy>\d{4}))?"
        # "by March 2027": a month and its year with no day, a deadline's (only after "by", find_dates): that month's last day
        r"|(?P<mym>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<myy>(?:19|20)\d{2})\b"
        # "15 December", "1 March 2024": the day before the month, as British and Australian texts write it
        # (with its ordinal and "of", "the 30th of April", "30th April")
        r"|(?<![\d,.])(?:the\s+)?(?P<dmd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*\b\.?)(?:,?\s+(?P<dmy>\d{4}))?"
        # "the 15th" alone, ending a clause ("our last day is the 15th."): that day of the notice's month, or the next
        r"|the\s+(?P<tha>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[.,;:!)]|$))"
        # "on Friday" with no date after it: a day of the week around the notice, as wire news writes it
        # (or "effective Friday", "end of day Friday": _WEEKDAY_BEFORE, checked after the match; a group of look-behinds here
        # would hide the characters a match starts with from gated())
        r"|(?<=\s)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"(?!,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|the\s+\d))",
        starts=_EN_DATE_STARTS,
    ),
}
# "내년 상반기 말까지": a half-year's last day (June 30, December 31). Scanned apart, only in texts that say 반기: its
# first letters (상, 하) are too common to open the date pattern's gate at each of them.
_KO_HALF_YEAR_END = re.compile(r"(?P<half>[상하])반기\s*(?:말(?:일)?" + _KO_END_FOLLOWS + r"|(?=까지))")
# "내년 2월 28일", "올해 12월 말", "내년 상반기 말": the year named before a date, relative to the notice's (looked for
# before each match: a date pattern that may start with it would open its gate at every 내 and 올).
_KO_YEAR_BEFORE = re.compile(r"(?P<year>내년|올해|올)\s*$")
# A site's last shift told in the present, as a schedule ("the last shift clocks out Friday"), or as run ("The final shift
# will run this Friday"): the day ahead.
_LAST_SHIFT = r"(?:last|final)\s+(?:shift|whistle)\s+(?:clocks\s+out|punches\s+out|ends|blows|runs|will\s+(?:run|end|blow))"
_LAST_DAY_IS = r"(?:last|final)\s+(?:day|working\s+day)(?:\s+of\s+(?:work|employment))?\s+(?:is|will\s+be)(?:\s+on)?"
# "will close its birthing center Friday": news drops the "on" after a closing verb and its object.
_WEEKDAY_BEFORE = re.compile(
    r"(?:\bon|\beffective|\bend\s+of\s+(?:the\s+)?day|\bclose\s+of\s+business"
    r"|\b(?:close|closes|closing|shut|shuts|shutting)\s+(?:its|the|their|our)\s+(?:[\w\x27-]+\s+){0,2}[\w\x27-]+"
    # a headline's site closing on the day, no "on" ("Mill closing Friday", "Plant closes Friday")
    r"|\b(?:closing|closes|shutting|shuts)(?:\s+down)?"
    # operations ceased on a day, as a headline writes it ("to cease all operations Sunday")
    r"|\bceas(?:e|es|ed|ing)\s+(?:all\s+)?(?:its\s+)?(?:operations|production|manufacturing|publication)"
    # a paper's last issue, dated the same way ("will publish its final edition Friday")
    r"|\b(?:publish|print)(?:es|ed|ing)?\s+(?:its|their|the)\s+(?:final|last)\s+(?:edition|issue)"
    # a plant's last shift, told as a feature tells it ("The last shift clocks out Friday afternoon")
    r"|\b" + _LAST_SHIFT +
    # someone's last day named by its weekday ("Our last day is Friday", "last day will be friday")
    r"|\b" + _LAST_DAY_IS + r")\s$"
)
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_KO_WEEKDAYS = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# The clause before "on Friday" looks ahead ("will close on Friday", "is scheduled to end on Friday"; a memo told in reported
# speech, "said they would have their last day on Friday"): the coming one.
_EN_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|effective|(?:is|are)\s+(?:scheduled|set|due|expected|going|to)|plans?\s+to|(?:is|are)\s+\w+ing"
    r"|to\s+(?:close|shut|end|cut|lay|begin|start|stop|halt|cease|leave)|" + _LAST_SHIFT + r"|" + _LAST_DAY_IS + r")\b[^.;!?\n]*$"  # a headline's "to close on Friday"
    # a headline's present for what is to come, right before the day: "Plant closing Friday", "Mill closes Friday" (not "closed")
    r"|\b(?:closing|closes|shutting|shuts)(?:\s+down)?\s+$",
    re.IGNORECASE,
)
# A day alone glued to a number or a range ("26~28일"), or recurring ("매월 25일"): not a date of its own.
_DAY_ALONE_BEFORE = re.compile(r"(?:[\d.,~∼\-/]|매월\s*|매달\s*|월\s*|주\s*)$")
_RANGE_JOIN = re.compile(r"^\s*(?:부터|에서|~|∼|-|–|to|through|until)\s*(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일")

_APPLICATION = re.compile(r"신청|접수|\bappl(?:y|ications?)\b|\bsign\s+up\b", re.IGNORECASE)
# What every match of _APPLICATION contains (p, l, g, n have no other case-insensitive match in Unicode): a sentence
# without it is passed over by a scan that skips ahead (the case-insensitive one tries every position).
_APPLICATION_NEEDS = re.compile(r"신청|접수|[Pp][Pp][Ll]|[Gg][Nn]")
_END_ONLY_AFTER = re.compile(r"^\s*까지")
_EN_BY_BEFORE = re.compile(r"\bby\s$")  # "by March 2027", the one place a month and year alone make a date
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
        groups = match.groupdict()  # once: a dict of every group (~25), ~1 us each time
        if groups.get("dd") and not match.group("dir") and _DAY_ALONE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        if groups.get("mym") and not _EN_BY_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        if groups.get("wd") and not _WEEKDAY_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if (groups.get("md") or groups.get("kmd") or groups.get("kdot")) and match.start() and text[match.start() - 1] in "0123456789/.":  # "2024/7", "1/2/3", "2024.12.29"
            continue
        if lang == "ko" and (named := _with_named_year(text, match, groups, reference)):
            spans.append(named)
        elif value := _resolve(match, groups, reference, rollover_days):
            spans.append(DateSpan(value, match.start(), match.end(), match.group(0)))
    if lang == "ko" and "반기" in text:
        spans = sorted([*spans, *_half_year_ends(text, reference, rollover_days)], key=lambda span: span.start)
    if lang != "ko" and ("from " in text or "after " in text) and _EN_OFFSET_GATE.search(text):
        spans = _with_offsets(spans, text, reference)
    if lang != "ko" and ("day is " in text or "day will be " in text) and _LOWER_LAST_WEEKDAY.search(text):
        spans = _with_lower_last_weekdays(spans, text, reference)
    if spans and ("이날" in text or "같은 날" in text or "같은날" in text or "당일" in text if lang == "ko" else "same day" in text or "that day" in text):
        spans = _with_same_days(spans, text, lang)
    return spans


# "last day is friday": a weekday lower-cased as a worker's post writes it, only as someone's last day (the coming one, as
# "Our last day is Friday" is read; a lower-cased weekday is no date elsewhere). Scanned apart, only in texts with "day is"
# or "day will be": the date pattern's gate would open at every m, t, w, f and s.
_LOWER_LAST_WEEKDAY = re.compile(
    r"\b(?:[Ll]ast|[Ff]inal)\s+(?:working\s+)?day(?:\s+of\s+(?:work|employment))?\s+(?:is|will\s+be)(?:\s+on)?\s+"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _with_lower_last_weekdays(spans: list[DateSpan], text: str, reference: date) -> list[DateSpan]:
    added = [
        DateSpan(reference + timedelta(days=(_WEEKDAYS[match.group("wd")] - reference.weekday()) % 7), match.start("wd"), match.end("wd"), match.group("wd"))
        for match in _LOWER_LAST_WEEKDAY.finditer(text)
    ]
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


# "신설 법인은 다음 달 1일 출범하며, 직원 360명이 이날부로 소속을 옮긴다", "the plant stops on April 30 and its 150 workers
# will be laid off the same day" (2026.11.28): a day named by the one told just before it (only as an effective day in
# Korean, "이날부로", "같은 날짜로": a bare "이날" is the press's day of the telling).
_SAME_DAY = {
    "ko": re.compile(r"(?:이날|같은\s*날(?:짜)?|당일)(?=\s*(?:부로|자로|로\s|을\s*(?:끝으로|마지막으로)))"),
    "en": re.compile(r"\b(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b", re.IGNORECASE),
}


def _with_same_days(spans: list[DateSpan], text: str, lang: str) -> list[DateSpan]:
    added = []
    for match in _SAME_DAY["ko" if lang == "ko" else "en"].finditer(text):
        told = [span for span in spans if span.end <= match.start() and match.start() - span.end < 200]
        if told:
            added.append(DateSpan(told[-1].value, match.start(), match.end(), match.group(0)))
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


# "two weeks from Friday", "60 days from the date of the notice", "30 days after today": a day counted from the notice's
# own or from a weekday near it. Scanned apart, only in texts where "days"/"weeks" stands before "from"/"after".
_EN_OFFSET_GATE = re.compile(r"(?:day|week)s?\s+(?:from|after)\s")
_EN_OFFSET = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>day|week)s?\s+(?:from|after)\s+"
    r"(?:(?P<now>today|now|(?:(?:the\s+)?date\s+of\s+)?(?:this|the|that|our)\s+(?:notice|letter|announcement))"
    r"|(?P<rel>this\s+|next\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _with_offsets(spans: list[DateSpan], text: str, reference: date) -> list[DateSpan]:
    """`spans` with each counted day added in its place, and the dates inside it ("next Friday" of "a week from next
    Friday") left out."""
    offsets = []
    for match in _EN_OFFSET.finditer(text):
        number = match.group("n").lower()
        days = (int(number) if number.isdigit() else _NUMBER_WORDS[number]) * (7 if match.group("unit").lower() == "week" else 1)
        anchor = reference
        if match.group("wd"):  # the coming one ("from Friday", "from this Friday"), or next week's
            weekday = _WEEKDAYS[match.group("wd").lower()]
            if match.group("rel") and match.group("rel").strip().lower() == "next":
                anchor = reference - timedelta(days=reference.weekday()) + timedelta(days=7 + weekday)
            else:
                anchor = reference + timedelta(days=(weekday - reference.weekday()) % 7)
        offsets.append(DateSpan(anchor + timedelta(days=days), match.start(), match.end(), match.group(0)))
    if not offsets:
        return spans
    kept = [span for span in spans if not any(o.start <= span.start and span.end <= o.end for o in offsets)]
    return sorted([*kept, *offsets], key=lambda span: span.start)


def _with_named_year(text: str, match: re.Match[str], groups: dict[str, str | None], reference: date) -> DateSpan | None:
    """A Korean month and day, or a month's end, with no year of its own but "내년"/"올해" before it ("퇴직일은 내년 2월 28일");
    `groups` is the match's groupdict()."""
    if not (groups["km"] and not groups["ky"] or groups["mem"] and not groups["mey"]):
        return None
    named = _KO_YEAR_BEFORE.search(text, max(0, match.start() - 4), match.start())
    if named is None:
        return None
    year = int(_relative_year(named.group("year"), reference))
    month = int(groups["km"] or groups["mem"])
    value = _safe_date(year, month, int(groups["kd"]) if groups["km"] else _last_day(month, year))
    return DateSpan(value, named.start(), match.end(), text[named.start() : match.end()]) if value else None


def _half_year_ends(text: str, reference: date, rollover_days: int) -> list[DateSpan]:
    """"상반기 말": June 30; "하반기 말(까지)": December 31 (of next year after "내년")."""
    spans = []
    for match in _KO_HALF_YEAR_END.finditer(text):
        month = 6 if match.group("half") == "상" else 12
        named = _KO_YEAR_BEFORE.search(text, max(0, match.start() - 4), match.start())
        start = named.start() if named else match.start()
        year = _relative_year(named.group("year") if named else None, reference)
        value = _with_year(year, month, _last_day(month), reference, rollover_days, month_end=True)
        if value:
            spans.append(DateSpan(value, start, match.end(), text[start : match.end()]))
    return spans


def application_period(
    text: str, dates: list[DateSpan], sentence_of, reference: date, rollover_days: int
) -> tuple[DateSpan | None, DateSpan | None]:
    """(start, end) of the period workers apply in, only in sentences about applying."""
    for span in dates:
        sentence = sentence_of(span.start)
        if not (_APPLICATION_NEEDS.search(sentence) and _APPLICATION.search(sentence)):
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


def _resolve(match: re.Match[str], groups: dict[str, str | None], reference: date, rollover_days: int) -> date | None:
    """The date of a match of _DATE_BY_LANGUAGE; `groups` is its groupdict()."""
    if match.group("iso"):
        return parse_date(match.group("iso"))
    if groups.get("us"):  # month/day/year, as US notices write it
        return _safe_date(int(match.group("uy")), int(match.group("um")), int(match.group("ud")))
    if groups.get("md"):  # month/day without a year ("last day is 12/31"): the year as for "Dec 31"
        return _with_year(None, int(match.group("mm")), int(match.group("mdd")), reference, rollover_days)
    if groups.get("kmd"):  # "퇴직일 5/31": as the English month/day
        return _with_year(None, int(match.group("kmm")), int(match.group("kmdd")), reference, rollover_days)
    if groups.get("kdot"):  # "12.29(화)자로": as "12월 29일"
        return _with_year(None, int(match.group("kdm")), int(match.group("kdd")), reference, rollover_days)
    if groups.get("kyend"):  # "2027년 말": that year's last day
        return date(int(match.group("kyend")), 12, 31)
    if groups.get("ldm"):  # "the last day of February": its last day
        month = _MONTH_NAMES[match.group("ldm").lower()[:3]]
        return _with_year(match.group("ldy"), month, _last_day(month), reference, rollover_days, month_end=True)
    if groups.get("eom"):  # "the end of June": its last day
        month = _MONTH_NAMES[match.group("eom").lower()[:3]]
        year = str(reference.year + 1) if groups.get("eonext") else match.group("eoy")
        return _with_year(year, month, _last_day(month), reference, rollover_days, month_end=True)
    if groups.get("mym"):  # "by March 2027": that month's last day
        month = _MONTH_NAMES[match.group("mym").lower()[:3]]
        return _safe_date(int(match.group("myy")), month, _last_day(month, int(match.group("myy"))))
    if groups.get("eoyr"):  # "the end of 2019"
        return date(int(match.group("eoyr")), 12, 31)
    if groups.get("today") or groups.get("today_en") or groups.get("now_en"):  # "오늘부로", "Today was my last day": the notice's day (or the next, the last)
        return reference + timedelta(days={"내일": 1, "어제": -1}.get(groups.get("today") or "", 0))
    if groups.get("yend") or groups.get("yend_en"):  # "연내", "by year-end": the notice year's last day
        return date(reference.year, 12, 31)
    if groups.get("mend_en"):  # "the end of the month", "the end of next month"
        return _month_end(reference, 1 if match.group("mend_en") == "next" else 0)
    if groups.get("qtr"):  # "the end of the fourth quarter": its last month's last day
        month = 3 * _QUARTERS[match.group("qtr")]
        return _with_year(None, month, _last_day(month), reference, rollover_days, month_end=True)
    if groups.get("qn"):  # "by end of Q3", as a headline shortens it: the same calendar quarter's last day
        month = 3 * int(match.group("qn"))
        return _with_year(None, month, _last_day(month), reference, rollover_days, month_end=True)
    if groups.get("mem"):  # "12월 말": that month's last day
        month = int(match.group("mem"))
        return _with_year(match.group("mey"), month, _last_day(month), reference, rollover_days, month_end=True)
    if groups.get("nextwd"):  # "next Friday": that day of next week
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(days=7 + _WEEKDAYS[match.group("nextwd").lower()])
    if groups.get("thiswd"):  # "this Friday": the coming one, or today when it is that day
        return reference + timedelta(days=(_WEEKDAYS[match.group("thiswd").lower()] - reference.weekday()) % 7)
    if groups.get("ord"):  # "the 15th of next month"
        return _month_day(reference.year, reference.month + (1 if match.group("ordrel") == "next" else 0), int(match.group("ord")))
    if groups.get("dmd"):  # "15 December"
        return _with_year(match.group("dmy"), _MONTH_NAMES[match.group("dmm").lower()[:3]], int(match.group("dmd")), reference, rollover_days)
    if groups.get("kweek"):  # "다음 주 금요일": that day of next week (weeks start on Monday); "이번 주": of this week
        if match.group("kweek") == "오는":
            return reference + timedelta(days=(_KO_WEEKDAYS[match.group("kwd")] - reference.weekday() - 1) % 7 + 1)
        monday = reference - timedelta(days=reference.weekday())
        weeks = 0 if match.group("kweek").replace(" ", "") in ("이번주", "이번") else 1
        return monday + timedelta(days=7 * weeks + _KO_WEEKDAYS[match.group("kwd")])
    if groups.get("wd"):  # "on Friday": the one ahead when the clause looks ahead, else the last one (or the day itself)
        day = _WEEKDAYS[match.group("wd").lower()]
        ahead = _EN_AHEAD_BEFORE.search(match.string, max(0, match.start() - 120), match.start())
        if ahead:
            return reference + timedelta(days=(day - reference.weekday()) % 7)
        return reference - timedelta(days=(reference.weekday() - day) % 7)
    if groups.get("tha"):  # "the 15th": this month's, or next month's when it has passed
        day = int(match.group("tha"))
        return _month_day(reference.year, reference.month + (1 if day < reference.day else 0), day)
    if groups.get("relend"):  # "다음 달 말", "이달 말", "지난달 말일자로": that month's last day
        return _month_end(reference, _RELATIVE_MONTHS[match.group("relend").replace(" ", "")])
    if groups.get("rel"):
        month = reference.month + _RELATIVE_MONTHS[match.group("rel").replace(" ", "")]
        return _month_day(reference.year, month, int(match.group("rd")))
    if groups.get("dd"):
        day, direction = int(match.group("dd")), match.group("dir")
        month = reference.month
        if direction == "오는" and day < reference.day:
            month += 1
        elif direction == "지난" and day > reference.day:
            month -= 1
        return _month_day(reference.year, month, day)
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


def _relative_year(word: str | None, reference: date) -> str | None:
    """"내년" (next year), "올해"/"올" (this year) as a year; None when no year is named."""
    if not word:
        return None
    return str(reference.year + (1 if word == "내년" else 0))


def _last_day(month: int, year: int = 2001) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)).day


def _with_year(year: str | None, month: int, day: int, reference: date, rollover_days: int, month_end: bool = False) -> date | None:
    if year:
        return _safe_date(int(year), month, _last_day(month, int(year)) if month_end else day)
    value = _safe_date(reference.year, month, _last_day(month, reference.year) if month_end else day)
    if value and value < reference - timedelta(days=rollover_days):
        value = _safe_date(reference.year + 1, month, _last_day(month, reference.year + 1) if month_end else day)
    return value


# A month named from the notice's: this one, the last or the next.
_RELATIVE_MONTHS = {"이달": 0, "이번달": 0, "지난달": -1, "전달": -1, "다음달": 1, "내달": 1}


def _month_end(reference: date, months_ahead: int) -> date | None:
    """The last day of the month `months_ahead` after the reference's (0: its own month)."""
    month = reference.month + months_ahead
    year, month = reference.year + (month - 1) // 12, (month - 1) % 12 + 1
    return _safe_date(year, month, _last_day(month, year))


def _month_day(year: int, month: int, day: int) -> date | None:
    """A day in a month counted from January of `year` (0 is last December, 13 next January)."""
    return _safe_date(year + (month - 1) // 12, (month - 1) % 12 + 1, day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
