"""Cell values as people write them: headcounts and dates in English and Korean.

Pure functions, no clock: two-digit years are resolved by a fixed pivot, not by today's date.

Headcount decisions (documented because they are judgement calls):
- an empty cell is not an error: `ok=True`, `low=None` (nothing to parse, nothing lost);
- placeholders ('?', 'N/A', 'Unknown', 'TBD', '미정') are `ok=False` and keep the raw text;
- a range ('40-60', '100~200명', '40 to 60') gives both ends;
- dots grouping thousands ('1.250', '2.040.000') are read as such: a headcount is never a fraction;
- the first number wins when a cell explains itself ('181 (total) 91 in MA' -> 181);
- '약', '여', 'about', 'approximately', '+/-', '~100', 'over', 'more than' mark `approximate`;
- vague plurals take a conservative low end and are approximate:
  'dozens'/'수십' -> 20, 'hundreds'/'수백' -> 200, 'thousands'/'수천' -> 2000.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from dateutil import parser as dateutil_parser


@dataclass(frozen=True, slots=True)
class CountValue:
    low: int | None
    high: int | None
    approximate: bool
    ok: bool
    raw: str

    @property
    def empty(self) -> bool:
        return self.ok and self.low is None


# ---------------------------------------------------------------- Korean numerals

_HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_BIG_UNITS = {"만": 10_000, "억": 100_000_000}
_NUMERAL_TOKEN = re.compile(r"\d+(?:\.\d+)?|[십백천만억일이삼사오육륙칠팔구]")

KOREAN_NUMERAL = r"(?:\d[\d,]*(?:\.\d+)?|[일이삼사오육륙칠팔구])?(?:\s?[십백천만억]\s?(?:\d[\d,]*|[일이삼사오육륙칠팔구])?)*"
"""A regex fragment matching a numeral such as '1,400', '6백5', '3만5천' (for finding them in text)."""


def korean_number(text: str) -> int | None:
    """'6백5' -> 605, '1천1백' -> 1100, '3만5천' -> 35000, '1.5만' -> 15000, '1,400' -> 1400."""
    digits = text.replace(",", "") if text else ""
    if digits.isascii() and digits.isdigit() and len(digits) <= 15:
        return int(digits)  # plain digits (most counts): what the general path gives (exact below 2^53), ~10x faster
    compact = re.sub(r"[\s,]", "", unicodedata.normalize("NFKC", text or ""))
    if not compact:
        return None
    tokens = _NUMERAL_TOKEN.findall(compact)
    if "".join(tokens) != compact:
        return None
    return _combine_numeral_tokens(tokens)


def _combine_numeral_tokens(tokens: list[str]) -> int | None:
    total = 0.0
    section = 0.0  # the part below the current 만/억
    pending: float | None = None  # a digit group waiting for its unit
    for token in tokens:
        if token in _SMALL_UNITS:
            section += (1 if pending is None else pending) * _SMALL_UNITS[token]
            pending = None
        elif token in _BIG_UNITS:
            section += pending or 0
            total += (section or 1) * _BIG_UNITS[token]
            section, pending = 0, None
        elif pending is not None:
            return None  # two numbers in a row ('5 3') is not one numeral
        else:
            pending = float(_HANGUL_DIGITS.get(token, 0) or token)
    value = total + section + (pending or 0)
    return int(round(value))


# ---------------------------------------------------------------- headcounts

_PLACEHOLDERS = {
    "?", "??", "-", "--", "n/a", "na", "n.a.", "none", "null", "unknown", "unk", "tbd", "t/b/d",
    "tba", "to be determined", "not known", "not available", "pending", "various", "미정", "미상",
    "확인중", "확인 중", "알수없음", "알 수 없음", "해당없음", "없음",
}
_APPROX_WORDS = re.compile(
    r"약|여\s*명|여$|여\s|정도|가량|내외|이상|about|approx|around|roughly|estimated|est\.|\+/-|±|"
    r"aprox|over|more than|at least|up to|nearly|almost|\+$|^~",
    re.IGNORECASE,
)
_VAGUE_PLURALS = (
    (re.compile(r"dozens|수십", re.IGNORECASE), 20),
    (re.compile(r"hundreds|수백", re.IGNORECASE), 200),
    (re.compile(r"thousands|수천", re.IGNORECASE), 2000),
)
_COUNT_BODY = (
    r"(?<![\d.])(?:\d[\d,]*(?:(?:\.\d{3}){2,}(?![\d.])|\.\d+)?(?:\s?[십백천만억]\s?\d*)*"
    r"|[일이삼사오육륙칠팔구]?[십백천만억](?:\s?[십백천만억\d])*)"
)
_COUNT = re.compile(f"({_COUNT_BODY})")
# a headcount is whole: '1.250' is 1,250 with dots grouping the thousands (a German or Spanish re-save), not 1.25
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# two digits sharing one unit: '1,2백명' is one or two hundred (not 1,200, which '1,200명' is), '2~3백명' 200 to 300
_SHARED_UNIT_RANGE = re.compile(r"(?<![\d.,])(\d)\s*[,~\-–]\s*(\d)\s*([백천만])")
_RANGE = re.compile(rf"({_COUNT_BODY})\s*(?:-|–|—|~|to|through|thru|에서)\s*({_COUNT_BODY})", re.IGNORECASE)


def parse_count(cell: str | None) -> CountValue:
    raw = "" if cell is None else str(cell)
    return _parse_count_text(raw)


@lru_cache(maxsize=4096)
def _parse_count_text(raw: str) -> CountValue:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return CountValue(None, None, False, True, raw)
    if text.lower() in _PLACEHOLDERS:
        return CountValue(None, None, False, False, raw)
    approximate = bool(_APPROX_WORDS.search(text))
    if found := _SHARED_UNIT_RANGE.search(text):
        unit = _SMALL_UNITS.get(found.group(3)) or _BIG_UNITS[found.group(3)]
        low, high = int(found.group(1)) * unit, int(found.group(2)) * unit
        if high > low:
            return CountValue(low, high, approximate, True, raw)
    found = _RANGE.search(text)
    if found:
        low, high = _headcount_number(found.group(1)), _headcount_number(found.group(2))
        if low is not None and high is not None and high >= low:
            return CountValue(low, high, approximate, True, raw)
    found = _COUNT.search(text)
    if found:
        value = _headcount_number(found.group(1))
        if value is not None:
            return CountValue(value, value, approximate, True, raw)
    for pattern, low in _VAGUE_PLURALS:
        if pattern.search(text):
            return CountValue(low, None, True, True, raw)
    return CountValue(None, None, False, False, raw)


def _headcount_number(number: str) -> int | None:
    return int(number.replace(".", "")) if "." in number and _DOTTED_THOUSANDS.fullmatch(number) else korean_number(number)


# ---------------------------------------------------------------- dates

_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIAL_RANGE = (25_569, 73_051)  # 1970-01-01 .. 2100-01-01: anything else is not a date
_YEAR_RANGE = (1950, 2100)
_TWO_DIGIT_YEAR_PIVOT = 70  # '69' -> 2069, '70' -> 1970; fixed so the result never depends on today

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[-/._]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")),
    ("korean", re.compile(r"(?<!\d)(\d{2,4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("compact", re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")),
    ("dotted_yy", re.compile(r"(?<![\d/-])(\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})(?![\d/-])")),
    ("numeric", re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]{1,2}\s*(\d{1,2})\s*[-/.]{1,2}\s*(\d{4}|\d{2})(?!\d)")),
    ("month_first", re.compile(rf"\b{_MONTHS}[\s,]+\d{{1,2}}(?:st|nd|rd|th)?[\s,]+\d{{2,4}}\b", re.IGNORECASE)),
    ("day_first", re.compile(rf"\b\d{{1,2}}[\s-]+{_MONTHS}[\s,-]+\d{{2,4}}\b", re.IGNORECASE)),
    # Puerto Rico's notices: '19 de enero de 2024', '1ro de marzo de 2024' (the first of the month written 1ro / 1º)
    ("spanish", re.compile(r"(?<!\d)(\d{1,2})(?:ro|o)?\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                           r"septiembre|setiembre|octubre|noviembre|diciembre)\s+(?:de|del)\s+(\d{4})(?!\d)",
                           re.IGNORECASE)),
)
_SPANISH_MONTHS = {name: number for number, name in enumerate(
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"), start=1)} | {"setiembre": 9}
# Only when no full date is present: a month and a year alone give the first of that month.
_MONTH_YEAR_PATTERNS = (
    ("month_year", re.compile(rf"\b{_MONTHS}[\s,]+(\d{{4}})\b", re.IGNORECASE)),
    ("numeric_month_year", re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])")),
    ("korean_month_year", re.compile(r"(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월(?!\s*\d)")),
)


def parse_date(cell: object, *, dayfirst: bool = False) -> date | None:
    """The first date in a cell: ISO, US numeric, English month names, Korean, Excel serials.

    A day past the month's end ('April 31') is read as the month's last day.
    A month and year alone ('June 2025', '05/2009', '2025년 6월') give the first of that month.
    Dotted numeric dates with a two-digit first part ('20.12.29') are read year-first, as Korean
    documents write them; with a four-digit last part ('29.12.2020') they are day-first.
    A cell holding a range ('09/12/2023-11/12/2023', '06-11-22 thru 06-11-22') gives its start.
    """
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _epoch_milliseconds(cell) or _excel_serial(float(cell))
    return _parse_date_text(str(cell), dayfirst)


@lru_cache(maxsize=16_384)
def _parse_date_text(text: str, dayfirst: bool) -> date | None:
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    return _common_date(text, dayfirst) or _any_date(text, dayfirst)


# parse_date(text, dayfirst=dayfirst) of a str, called as (text, dayfirst): for a caller that knows its cell is text
# (the reader, for every date cell of a CSV row), without parse_date's type tests
parse_date_text = _parse_date_text


def _any_date(text: str, dayfirst: bool) -> date | None:
    """The general reading: every pattern over the whole text, the earliest match wins."""
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
        return _excel_serial(float(text))
    if re.fullmatch(r"\d{12,13}", text):
        return _epoch_milliseconds(int(text))
    return _earliest_match(text, _DATE_PATTERNS, dayfirst) or _earliest_match(text, _MONTH_YEAR_PATTERNS, dayfirst)


# Whole cells in the formats publishers use most, read directly: what _any_date gives for them, without
# trying every pattern (and without dateutil for 'March 3, 2021'). None means "not this simple": the
# general reading decides. Each is the match _any_date finds at position 0, which no other can precede.
_COMMON_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")  # 2021-03-05, 2020.02.20
_COMMON_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")  # 03/05/2021 (its kind decides month or day first)
_COMMON_KOREAN = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")  # 2020년 10월 30일
_COMMON_MONTH_NAME = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})")  # March 3, 2021 / Mar. 3 2021
# Apr. 15 – May 10, 2024 / March 3-28, 2024: a range of days whose year is written once, at its end
_COMMON_MONTH_RANGE = re.compile(
    r"([A-Za-z]{3,9})\.? (\d{1,2})\s*(?:-|–|—|to|through)\s*(?:[A-Za-z]{3,9}\.? )?\d{1,2},? (\d{4})")
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name} | {
    name.lower(): number for number, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}


def _common_date(text: str, dayfirst: bool) -> date | None:
    first = text[0]
    if first.isdigit():
        if found := _COMMON_YMD.fullmatch(text):
            return _safe_date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        if found := _COMMON_NUMERIC.fullmatch(text):
            return _date_from_match("numeric", found, dayfirst)
        if found := _COMMON_KOREAN.fullmatch(text):
            return _safe_date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    elif first.isascii() and first.isalpha() and (found := _COMMON_MONTH_NAME.fullmatch(text)
                                                  or _COMMON_MONTH_RANGE.fullmatch(text)):
        month = _MONTH_NUMBERS.get(found.group(1).lower())
        if month is not None:  # dateutil's reading; a day past the month's end is clamped as _english_date does
            return _safe_date(int(found.group(3)), month, int(found.group(2)))
    return None


def _earliest_match(text: str, patterns, dayfirst: bool) -> date | None:
    earliest: tuple[int, date] | None = None
    for kind, pattern in patterns:
        for found in pattern.finditer(text):
            parsed = _date_from_match(kind, found, dayfirst)
            if parsed and (earliest is None or found.start() < earliest[0]):
                earliest = (found.start(), parsed)
                break
    return earliest[1] if earliest else None


def _date_from_match(kind: str, found: re.Match[str], dayfirst: bool) -> date | None:
    if kind in ("month_first", "day_first"):
        return _english_date(found.group(0))
    if kind == "month_year":
        return _english_date(f"1 {found.group(0)}")
    if kind == "numeric_month_year":
        return _safe_date(int(found.group(2)), int(found.group(1)), 1)
    if kind == "korean_month_year":
        return _safe_date(int(found.group(1)), int(found.group(2)), 1)
    if kind == "spanish":
        return _safe_date(int(found.group(3)), _SPANISH_MONTHS[found.group(2).lower()], int(found.group(1)))
    first, second, third = (int(part) for part in found.groups())
    if kind in ("ymd", "korean", "compact", "dotted_yy"):
        return _safe_date(first, second, third)
    if "." in found.group(0) and len(found.group(3)) == 4:
        return _safe_date(third, second, first) or _safe_date(third, first, second)
    if dayfirst:
        return _safe_date(third, second, first) or _safe_date(third, first, second)
    return _safe_date(third, first, second) or _safe_date(third, second, first)


def _english_date(text: str) -> date | None:
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.replace(",", " "))
    two_digit_year = re.search(r"\b(\d{2})$", cleaned.strip()) and not re.search(r"\d{4}", cleaned)
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)", cleaned)
    try:
        parsed = dateutil_parser.parse(cleaned, default=datetime(2000, 1, 1))
    except ValueError:
        if not day:
            return None
        try:  # a day past the month's end: learn year and month, then clamp the day
            parsed = dateutil_parser.parse(cleaned.replace(day.group(1), "1", 1), default=datetime(2000, 1, 1))
        except ValueError:
            return None
        parsed = parsed.replace(day=1)
        return _safe_date(parsed.year % 100 if two_digit_year else parsed.year, parsed.month, int(day.group(1)))
    except OverflowError:
        return None
    if two_digit_year:
        return _safe_date(parsed.year % 100, parsed.month, parsed.day)
    return _safe_date(parsed.year, parsed.month, parsed.day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < _TWO_DIGIT_YEAR_PIVOT else 1900
    if not (_YEAR_RANGE[0] <= year <= _YEAR_RANGE[1] and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    # 'April 31' and '09/31/10' are typos for the month's last day, not missing dates.
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


# ArcGIS and other feature services export dates as milliseconds since 1970 (UTC): 1733720400000 is 2024-12-09.
# Only the years a notice can have: a 12-13 digit number outside them is something else (an id, a phone number).
_EPOCH_MS_RANGE = (946_684_800_000, 4_102_444_800_000)  # 2000-01-01 .. 2100-01-01


def _epoch_milliseconds(value: float) -> date | None:
    if not _EPOCH_MS_RANGE[0] <= value < _EPOCH_MS_RANGE[1]:
        return None
    return datetime.fromtimestamp(value / 1000, tz=timezone.utc).date()


def _excel_serial(serial: float) -> date | None:
    if not _EXCEL_SERIAL_RANGE[0] <= serial <= _EXCEL_SERIAL_RANGE[1]:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


# A month without a year, as monitoring lists write a plan: '3월 말', '4월 초순', 'end of March', 'mid-May'
_KOREAN_MONTH_PART = re.compile(r"(\d{1,2})\s*월\s*(말경?|하순|초순?|중순?|경)?")
_ENGLISH_MONTH_PART = re.compile(rf"(end of|late|early|beginning of|mid-?|middle of)?\s*({_MONTHS})", re.IGNORECASE)
# a month and day without a year: '3.15' (as Korean lists write them, the year in the title), '3/15', '3월 15일'
# maybe with its weekday after it, as a log kept by hand writes it: '1/7(화)', '1월 23일(목)', '3/14 (Fri)'
_MONTH_DAY = re.compile(r"(\d{1,2})\s*(?:[./]\s*(\d{1,2})\.?|월\s*(\d{1,2})\s*일)"
                        r"(?:\s*\(\s*(?:[월화수목금토일]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\))?", re.IGNORECASE)
_PART_DAYS = {"말": 31, "말경": 31, "하순": 31, "end of": 31, "late": 31, "중": 15, "중순": 15, "mid": 15, "mid-": 15,
              "middle of": 15}


def parse_month_part(cell: str | None, year: int | None) -> date | None:
    """'3월 말' -> the 31st of March of `year` (the year the file's other dates give); the start of a month and a
    bare month give its first day, its middle the 15th. None without a year: a month alone is no date."""
    if not cell or year is None:
        return None
    text = unicodedata.normalize("NFKC", cell).strip()
    if found := _KOREAN_MONTH_PART.fullmatch(text):
        month, part = int(found.group(1)), found.group(2) or ""
    elif (found := _ENGLISH_MONTH_PART.fullmatch(text)) and (month := _MONTH_NUMBERS.get(
            found.group(2).lower().rstrip("."))):
        part = (found.group(1) or "").lower()
    else:
        return None
    return _safe_date(year, month, _PART_DAYS.get(part, 1))  # the 31st is clamped to the month's last day


_HALF_YEAR_DAYS = 183


def in_notice_year(planned: date | None, noticed: date | None) -> date | None:
    """A planned day given without its year ('11/03', '1.31', '3월 말') in the year of the notice that plans it, or
    in the next year when that would fall more than half a year before the notice (notice '12.20', plan '1.31')."""
    if planned is None or noticed is None:
        return planned
    same_year = _safe_date(noticed.year, planned.month, planned.day)
    if same_year is not None and (noticed - same_year).days > _HALF_YEAR_DAYS:
        return _safe_date(noticed.year + 1, planned.month, planned.day)
    return same_year



def parse_month_day(cell: str | None, year: int | None) -> date | None:
    """A month and day written without a year ('3.15' as Korean lists write them, '3/15', '3월 15일'): that day of
    `year` (the year the file's title or other dates give). None without a year, or past the month's end ('2.30')."""
    if not cell or year is None:
        return None
    found = _MONTH_DAY.fullmatch(unicodedata.normalize("NFKC", cell).strip())
    if found is None:
        return None
    month, day = int(found.group(1)), int(found.group(2) or found.group(3))
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


# not yet decided, as against 'N/A' or '-' (nothing to give: an attachment's row, a note)
_UNDECIDED = frozenset({"미정", "미확정", "확인중", "확인 중", "tbd", "t/b/d", "tba", "to be determined", "pending"})


def is_undecided(cell: str | None) -> bool:
    """'미정', 'TBD': the publisher says the value is still to be decided (not that there is none)."""
    return bool(cell) and unicodedata.normalize("NFKC", cell).strip().lower() in _UNDECIDED
