"""Header inference: any column names -> canonical notice fields, once per file.

Evidence, strongest first: a per-source override, a whole-name synonym, a near-miss synonym
(rapidfuzz), a keyword inside the name. Each candidate is then weighed by whether the column's
sampled values look like the field's kind (dates, counts, text), and the best pairs win.
Columns left over may still fill a missing date, count or company by their values alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from earlywarn.adapters.readers.day_first import day_first_columns
from earlywarn.adapters.readers.places import is_name_place_column, is_town_county_column
from earlywarn.domain.values import parse_count, parse_date, parse_month_day, parse_month_part

MULTI_COLUMN_FIELDS = frozenset({"notice_type"})
MIN_SCORE = 0.55
_FUZZY_CUTOFF = 88
_KEYWORD_SCORE = 0.7
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class ValueLexicon:
    """Words of a "type" cell; short words must stand alone, longer ones match inside a cell."""

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, words: Sequence[str]) -> ValueLexicon:
        parts = []
        for word in sorted({normalize_header(w) for w in words if w}, key=len, reverse=True):
            escaped = re.escape(word).replace(r"\ ", r"\s*")
            short = len(word) <= 3 and not _HANGUL.search(word)
            parts.append(rf"(?<![a-z]){escaped}(?![a-z])" if short else escaped)
        return cls(re.compile("|".join(parts)) if parts else None)

    def found_in(self, normalized_text: str) -> bool:
        return bool(self.pattern and self.pattern.search(normalized_text))


@dataclass(frozen=True)
class FieldRule:
    name: str
    kind: str  # date | count | text | category
    synonyms: frozenset[str]
    compact_synonyms: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class HeaderSynonyms:
    fields: dict[str, FieldRule]
    ignore: frozenset[str]
    ignore_prefixes: tuple[str, ...]
    text_keys: frozenset[str]
    title_keys: frozenset[str]
    url_keys: frozenset[str]
    date_keys: frozenset[str]
    values: dict[str, ValueLexicon] = field(default_factory=dict)
    note_keys: frozenset[str] = frozenset()  # notes columns: ignored as fields, searched for a withdrawal

    def lexicon(self, name: str) -> ValueLexicon:
        return self.values.get(name, ValueLexicon(None))


def load_header_synonyms(data: dict) -> HeaderSynonyms:
    """Build the matcher from the parsed config/headers.yaml."""
    rules = {name: _field_rule(name, spec) for name, spec in (data.get("fields") or {}).items()}
    return HeaderSynonyms(
        fields=rules,
        ignore=_normalized_set(data.get("ignore")),
        ignore_prefixes=tuple(data.get("ignore_prefixes") or ()),
        text_keys=_normalized_set(data.get("text_keys")),
        title_keys=_normalized_set(data.get("title_keys")),
        url_keys=_normalized_set(data.get("url_keys")),
        date_keys=_normalized_set(data.get("date_keys")),
        values={name: ValueLexicon.of(words or []) for name, words in (data.get("values") or {}).items()},
        note_keys=_normalized_set(data.get("note_keys")),
    )


def _field_rule(name: str, spec: dict) -> FieldRule:
    synonyms = _normalized_set(spec.get("synonyms"))
    return FieldRule(
        name=name,
        kind=spec.get("kind", "text"),
        synonyms=synonyms,
        compact_synonyms=tuple(sorted({s.replace(" ", "") for s in synonyms})),
        keywords=tuple(normalize_header(k) for k in spec.get("keywords") or () if k),
    )


def _normalized_set(words: Sequence[str] | None) -> frozenset[str]:
    return frozenset(normalize_header(str(w)) for w in words or () if str(w).strip())


_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_NAME = re.compile(r"[^\w#]+|_")


@lru_cache(maxsize=8192)
def normalize_header(name: str) -> str:
    """'LayOff_Date ' -> 'lay off date', 'Location(s)' -> 'location s', '사업장 명' -> '사업장 명',
    '사 업 장 명' -> '사업장명'."""
    text = unicodedata.normalize("NFKC", str(name))
    text = _CAMEL_CASE.sub(" ", text).lower().replace("#", " # ")
    words = _NOT_NAME.sub(" ", text).split()
    return " ".join(words if text.isascii() else _unspread(words))  # no Hangul syllable in ASCII


def _unspread(words: list[str]) -> list[str]:
    """Hangul syllables standing one a word, two or more in a row, are one word: HWP spreads a header's name
    over its cell (균등 분할, '연   번', '사 업 장 명'), and a PDF or text export of it keeps the gaps."""
    if not any(len(word) == 1 and "\uac00" <= word <= "\ud7a3" for word in words):
        return words  # nearly every header: no syllable alone
    joined: list[str] = []
    spread = False  # the last word joined is a lone syllable
    for word in words:
        lone = len(word) == 1 and "\uac00" <= word <= "\ud7a3"
        if lone and spread:
            joined[-1] += word
        else:
            joined.append(word)
        spread = lone and (spread or len(joined[-1]) == 1)
    return joined


# ---------------------------------------------------------------- column profiles


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    filled: int
    date_share: float
    count_share: float
    text_share: float
    distinct_share: float

    @property
    def empty(self) -> bool:
        return self.filled == 0


_DATE_LOOK = re.compile(r"\d[/.-]\d{1,2}[/.-]\d|[A-Za-z]{3}\.?\s+\d|\d\s*년|^\d{5}$")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_ANY_YEAR = 2000


def profile_column(name: str, values: Sequence[object]) -> ColumnProfile:
    cells = [str(v).strip() for v in values if v is not None and str(v).strip()]
    if not cells:
        return ColumnProfile(name, 0, 0.0, 0.0, 0.0, 0.0)
    # '3월 말' is a date still to be given its year: a column of plans is a date column
    dates = sum(1 for c in cells if parse_date(c) is not None or parse_month_part(c, _ANY_YEAR) is not None
                or parse_month_day(c, _ANY_YEAR) is not None)
    counts = sum(1 for c in cells if _looks_like_count(c))
    texts = sum(1 for c in cells if _LETTERS.search(c) and parse_date(c) is None and "://" not in c)
    total = len(cells)
    return ColumnProfile(name, total, dates / total, counts / total, texts / total, len(set(cells)) / total)


def _looks_like_count(cell: str) -> bool:
    if _DATE_LOOK.search(cell):
        return False
    value = parse_count(cell)
    return value.ok and value.low is not None and len(_LETTERS.sub("", cell)) * 2 >= len(cell)


def value_fit(kind: str, profile: ColumnProfile) -> float:
    """How well a column's values fit a field kind: 1 fits, 0.6 unknown (empty), lower misfits."""
    if profile.empty:
        return 0.6
    if kind == "date":
        return 1.0 if profile.date_share >= 0.5 else 0.2
    if kind == "count":
        return 1.0 if profile.count_share >= 0.5 else 0.2
    if kind == "text":
        return 1.0 if profile.text_share >= 0.5 else 0.3
    return 0.3 if profile.date_share >= 0.8 else 1.0


# ---------------------------------------------------------------- mapping


@dataclass
class HeaderMapping:
    mapping: dict[str, str]  # source column -> canonical field
    confidence: dict[str, float]  # source column -> 0..1
    town_county: frozenset[str] = frozenset()  # place columns whose sampled cells are 'town, county' pairs
    name_place: frozenset[str] = frozenset()  # company columns whose sampled cells are 'name - town'
    usual_year: int | None = None  # the year most sampled dates fall in: the year of '3월 말' in the same file
    day_first: frozenset[str] = frozenset()  # columns whose numeric dates are dd/mm/yyyy (day_first.py)
    # a jobs column read before the others: its count when a row gives one, else the others' (a total beside its
    # parts, '계' over '남' | '여'; a confirmed count beside the one applied for, '확정인원' | '신청인원')
    jobs_first: str | None = None
    # the effective date is the earliest day its columns give in a row: a closing date beside a layoff date
    earliest_effective: bool = False

    def columns_for(self, field_name: str) -> list[str]:
        return [column for column, target in self.mapping.items() if target == field_name]


def header_score(header: str, rule: FieldRule) -> float:
    score = _name_score(header, rule)
    if not score and " / " in header:  # a bilingual name ('Municipio / Municipality'): the part we know names it
        score = max(_name_score(part, rule) for part in header.split(" / "))
    return score


def _name_score(header: str, rule: FieldRule) -> float:
    normalized = normalize_header(header)
    if not normalized:
        return 0.0
    if normalized in rule.synonyms:
        return 1.0
    compact = normalized.replace(" ", "")
    if len(compact) >= 6 and rule.compact_synonyms:
        best = process.extractOne(compact, rule.compact_synonyms, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best:
            return 0.95 * best[1] / 100
    if any(_keyword_in(keyword, normalized) for keyword in rule.keywords):
        return _KEYWORD_SCORE
    return 0.0


def _keyword_in(keyword: str, normalized_header: str) -> bool:
    """A keyword starts a word and may run on ('WARNDATE', 'employers'), but its past participle is another
    word: 'state' is not in 'Reason Stated for Filing', 'impact' (a date) not in 'Employees Impacted'."""
    pattern = _keyword_pattern(keyword)
    return keyword in normalized_header if pattern is None else pattern.search(normalized_header) is not None


@lru_cache(maxsize=1024)
def _keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    """None for a Hangul keyword: it is found anywhere in a name (decided once per keyword, not per header)."""
    if _HANGUL.search(keyword):
        return None
    return re.compile(rf"(?<![a-z]){re.escape(keyword)}(?!e?d(?![a-z]))")


def is_ignored(header: str, synonyms: HeaderSynonyms) -> bool:
    stripped = str(header).strip()
    return normalize_header(stripped) in synonyms.ignore or stripped.startswith(synonyms.ignore_prefixes)


def header_row_score(cells: Sequence[object], synonyms: HeaderSynonyms) -> float:
    """How much a row looks like a header: the sum of each cell's best field match."""
    score = 0.0
    for cell in cells:
        if isinstance(cell, str) and cell.strip() and parse_date(cell) is None:
            score += max((header_score(cell, rule) for rule in synonyms.fields.values()), default=0.0)
    return score


def best_field(header: str, synonyms: HeaderSynonyms) -> tuple[float, str]:
    """(score, field) of the field a header or label names best; (0.0, '') when there are no fields."""
    return max(((header_score(header, rule), name) for name, rule in synonyms.fields.items()), default=(0.0, ""))


def strong_fields(cells: Sequence[object], synonyms: HeaderSynonyms) -> set[str]:
    """The fields that cells name outright (a synonym or a near miss of one; a keyword inside is too weak)."""
    named = set()
    for cell in cells:
        if isinstance(cell, str) and cell.strip() and parse_date(cell) is None:
            score, name = best_field(cell, synonyms)
            if score > _KEYWORD_SCORE:
                named.add(name)
    return named


def infer_mapping(
    headers: Sequence[str],
    sample_rows: Sequence[Sequence[object]],
    synonyms: HeaderSynonyms,
    override: dict[str, str] | None = None,
) -> HeaderMapping:
    profiles = {h: profile_column(h, [row[i] if i < len(row) else None for row in sample_rows])
                for i, h in enumerate(headers)}
    result = HeaderMapping({}, {})
    _apply_override(result, headers, override or {})
    _assign_by_name(result, headers, profiles, synonyms)
    _add_kind_counts(result, headers, sample_rows, profiles, synonyms)
    _add_closure_count(result, headers, profiles, synonyms)
    _add_total_parts(result, headers, sample_rows, synonyms)
    _add_confirmed_count(result, headers, profiles, synonyms)
    _fill_gaps_by_values(result, headers, profiles, synonyms)
    _prefer_own_date_to_posted(result, headers, profiles, synonyms)
    _add_kind_dates(result, headers, sample_rows, profiles, synonyms)
    _add_alternates(result, headers, sample_rows, profiles, synonyms)
    result.town_county = frozenset(
        h for i, h in enumerate(headers) if result.mapping.get(h) in ("city", "location")
        and is_town_county_column(row[i] for row in sample_rows if i < len(row)))
    result.name_place = frozenset(
        h for i, h in enumerate(headers) if result.mapping.get(h) == "company"
        and is_name_place_column(row[i] for row in sample_rows if i < len(row)))
    result.usual_year = _usual_year(result, headers, sample_rows, synonyms)
    result.day_first = day_first_columns(headers, sample_rows)
    _prefer_received_to_posted(result)
    _add_count_parts(result, headers, profiles, synonyms)
    return result


def _usual_year(result: HeaderMapping, headers, sample_rows, synonyms: HeaderSynonyms) -> int | None:
    """The commonest year of the dates in the sampled date columns; None when they give none."""
    dated = [i for i, h in enumerate(headers) if (f := result.mapping.get(h)) and synonyms.fields[f].kind == "date"]
    years = Counter(day.year for row in sample_rows for i in dated if i < len(row) and (day := parse_date(row[i])))
    return years.most_common(1)[0][0] if years else None


# Words that split one headcount into parts ('Permanent Layoffs' | 'Temporary Layoffs'): a notice's jobs is their sum
_PART_WORDS = frozenset({"permanent", "temporary", "temp", "full", "part", "time", "정규직", "비정규직", "계약직"})


def _add_count_parts(result: HeaderMapping, headers, profiles, synonyms: HeaderSynonyms) -> None:
    """The columns named as the jobs column is but for a part word are the rest of its count (no total given)."""
    jobs = result.columns_for("jobs")
    if len(jobs) != 1 or not _PART_WORDS & set(normalize_header(jobs[0]).split()):
        return
    whole = _without_parts(jobs[0])
    for header in headers:
        if (header not in result.mapping and not is_ignored(header, synonyms) and _without_parts(header) == whole
                and value_fit("count", profiles[header]) >= 0.6):
            result.mapping[header] = "jobs"
            result.confidence[header] = result.confidence[jobs[0]]


# the flag and type fields a column named for a kind of action may have been taken for ('Plant Closing')
_KIND_FIELDS = frozenset({"is_closure", "is_temporary", "notice_type"})
_KIND_LEXICONS = ("closure", "layoff", "temporary", "permanent")


def _add_kind_counts(result: HeaderMapping, headers, sample_rows, profiles, synonyms: HeaderSynonyms) -> None:
    """'Permanent Layoff' | 'Temporary Layoff' | 'Plant Closing' holding headcounts, and no column named for the jobs
    (Illinois): each counts the workers of one kind of action, and a notice's jobs is their sum. Two or more columns
    named for a kind of action, their values counts and some past 1 (a column of 1 and 0 marks the kind, it counts
    nobody). A count column standing between two of them is one more kind (a part of the headcount too)."""
    if result.columns_for("jobs"):
        return
    kinds = [(i, h) for i, h in enumerate(headers)
             if result.mapping.get(h, "is_closure") in _KIND_FIELDS and not is_ignored(h, synonyms)
             and profiles[h].count_share >= 0.5 and profiles[h].date_share == 0
             and any(synonyms.lexicon(name).found_in(normalize_header(h)) for name in _KIND_LEXICONS)
             and any(_count_past_one(row[i]) for row in sample_rows if i < len(row))]
    if len(kinds) < 2:
        return
    named = {i for i, _ in kinds}
    # a count column amid them counts another kind the lexicons do not know: '해고' | '권고사직' | '희망퇴직'
    kinds += [(i, h) for i, h in enumerate(headers) if min(named) < i < max(named) and i not in named
              and h not in result.mapping and not is_ignored(h, synonyms) and profiles[h].count_share >= 0.5
              and profiles[h].date_share == 0 and normalize_header(h)]
    for _, header in kinds:
        result.mapping[header] = "jobs"
        result.confidence[header] = 0.7


def _add_closure_count(result: HeaderMapping, headers, profiles, synonyms: HeaderSynonyms) -> None:
    """'Number of Workers Closure' beside a total (Illinois): the workers of a closure, a column no field took. It
    says whether the notice is a closure (a count past 0: it is; 0: it is not), when no column says so by name."""
    if result.columns_for("is_closure"):
        return
    closure = synonyms.lexicon("closure")
    for header in headers:
        if (header not in result.mapping and not is_ignored(header, synonyms) and profiles[header].count_share >= 0.5
                and profiles[header].date_share == 0 and closure.found_in(normalize_header(header))):
            result.mapping[header] = "is_closure"
            result.confidence[header] = 0.7
            return


# the last word of a count column's name saying it is the whole beside its parts ('인원(명) 계' over '남' | '여')
_TOTAL_WORDS = frozenset({"계", "합계", "총계", "소계", "전체", "total", "all"})


def _add_total_parts(result: HeaderMapping, headers, sample_rows, synonyms: HeaderSynonyms) -> None:
    """'인원(명)' merged over '계' | '남' | '여': the jobs column is the total, the columns under the same name its
    parts. A row's jobs is its total when given, else the sum of its parts (a total left blank where the parts say
    it). Only when every other column under the name is a count no field took (a part read as a flag stays so)."""
    jobs = result.columns_for("jobs")
    if len(jobs) != 1 or result.jobs_first is not None:
        return
    words = jobs[0].split()
    if len(words) < 2 or words[-1].lower() not in _TOTAL_WORDS:
        return
    owner = words[:-1]
    parts = [h for h in headers if h != jobs[0] and h.split()[:-1] == owner and len(h.split()) == len(words)]
    if len(parts) < 2 or any(h in result.mapping or is_ignored(h, synonyms)
                             or not _counts_or_none(row[i] for row in sample_rows if (i := headers.index(h)) < len(row))
                             for h in parts):
        return
    for header in parts:
        result.mapping[header] = "jobs"
        result.confidence[header] = result.confidence[jobs[0]]
    result.jobs_first = jobs[0]


_NONE_OF_THAT_KIND = frozenset({"-", "–", "—", "--"})


def _counts_or_none(cells: Iterable[object]) -> bool:
    """A part's cells: counts, a dash for none of that kind (half of them may be), some count given."""
    given = [str(cell).strip() for cell in cells if cell is not None and str(cell).strip()]
    counted = sum(1 for cell in given if cell not in _NONE_OF_THAT_KIND and _looks_like_count(cell))
    return counted > 0 and counted * 2 >= sum(1 for cell in given if cell not in _NONE_OF_THAT_KIND)


# words naming a count as settled, beside one applied for or planned ('확정인원' | '신청인원')
_CONFIRMED_WORDS = ("확정", "최종", "final", "confirmed")


def _names_confirmed(header: str) -> bool:
    normalized = normalize_header(header)
    return any(word in normalized if _HANGUL.search(word) else word in normalized.split() for word in _CONFIRMED_WORDS)


def _add_confirmed_count(result: HeaderMapping, headers, profiles, synonyms: HeaderSynonyms) -> None:
    """'신청인원' | '확정인원' (희망퇴직 현황): two counts of the same people, the one applied for and the one confirmed
    once the company has decided. A row's jobs is the confirmed count when given, else the other. The confirmed
    column is named for the jobs and for being settled (확정, 최종, final, confirmed); the other is the jobs column, or
    the confirmed one is and the other a count column named for the jobs no field took."""
    jobs = result.columns_for("jobs")
    if len(jobs) != 1 or result.jobs_first is not None:
        return
    rule = synonyms.fields["jobs"]
    free = [h for h in headers if h not in result.mapping and not is_ignored(h, synonyms)
            and header_score(h, rule) >= MIN_SCORE and value_fit("count", profiles[h]) >= 1.0]
    if _names_confirmed(jobs[0]):
        others = [h for h in free if not _names_confirmed(h)]
        if len(others) != 1:
            return
        result.mapping[others[0]] = "jobs"
        result.confidence[others[0]] = result.confidence[jobs[0]]
        result.jobs_first = jobs[0]
        return
    confirmed = [h for h in free if _names_confirmed(h)]
    if len(confirmed) == 1:
        result.mapping[confirmed[0]] = "jobs"
        result.confidence[confirmed[0]] = result.confidence[jobs[0]]
        result.jobs_first = confirmed[0]


def _count_past_one(cell: object) -> bool:
    count = parse_count(str(cell)) if cell is not None else None
    return bool(count and count.ok and count.low is not None and count.low > 1)


def _without_parts(header: str) -> str:
    return " ".join(word for word in normalize_header(header).split() if word not in _PART_WORDS)


_POSTING_WORDS = frozenset({"posted", "posting", "published", "publication", "게시", "게시일", "공개일"})


def _prefer_received_to_posted(result: HeaderMapping) -> None:
    """A notice is dated by when the state received it; the day the state posted it online is the publisher's
    own, days later. So when both are given, the posting date is no notice date: the received one fills it."""
    posted = [c for c in result.columns_for("notice_date") if _POSTING_WORDS & set(normalize_header(c).split())]
    if posted and result.columns_for("received_date"):
        for column in posted:
            del result.mapping[column]
            del result.confidence[column]


def _prefer_own_date_to_posted(result: HeaderMapping, headers, profiles, synonyms: HeaderSynonyms) -> None:
    """'Date of WARN Notice' beside 'Date Posted': the notice's own date is its notice date, the posting date
    (the publisher's, days later) only the stand-in when no other column names the notice."""
    posted = [c for c in result.columns_for("notice_date") if _POSTING_WORDS & set(normalize_header(c).split())]
    if not posted:
        return
    rule = synonyms.fields.get("notice_date")
    own = [h for h in headers if h not in result.mapping and not is_ignored(h, synonyms) and rule
           and not _POSTING_WORDS & set(normalize_header(h).split())
           and header_score(h, rule) * value_fit("date", profiles[h]) >= MIN_SCORE]
    if own:
        best = max(own, key=lambda h: header_score(h, rule))
        for column in posted:
            del result.mapping[column]
            del result.confidence[column]
        result.mapping[best] = "notice_date"
        result.confidence[best] = round(header_score(best, rule) * value_fit("date", profiles[best]), 2)


# fields a row reads from one column only: its flags, and its type (whose columns are all read already)
_ONE_COLUMN_FIELDS = frozenset({"is_closure", "is_temporary", "is_amendment", "notice_type"})


def _add_alternates(result: HeaderMapping, headers, sample_rows, profiles, synonyms: HeaderSynonyms) -> None:
    """Columns that take turns: 'Closing Date' beside 'Layoff Date', a JSON feed whose 'company_name' became
    'employer' one year, a count column per year ('2022 Affected' | '2023 Affected'). A column named for a field
    another column already holds (a keyword of it will do), its values of the field's kind, joins that column when
    the sampled rows never (or hardly ever) fill both and each fills rows the other leaves empty: a row's value is the
    one filled (a date or text field's first filled column; for the jobs the parts' sum, which is the one count). A
    date column giving the same day as the first wherever both are filled joins it too (a period beside its start)."""
    for field_name, rule in synonyms.fields.items():
        taken = result.columns_for(field_name)
        if len(taken) != 1 or field_name in _ONE_COLUMN_FIELDS:
            continue
        held = [headers.index(taken[0])]
        for position, header in enumerate(headers):
            if (header in result.mapping or is_ignored(header, synonyms) or value_fit(rule.kind, profiles[header]) < 1.0
                    or header_score(header, rule) < MIN_SCORE):
                continue
            if takes_turns(sample_rows, held, position) or (
                    rule.kind == "date" and same_day_where_both(sample_rows, held[0], position)):
                result.mapping[header] = field_name
                result.confidence[header] = result.confidence[taken[0]]
                held.append(position)


def _add_kind_dates(result: HeaderMapping, headers, sample_rows, profiles, synonyms: HeaderSynonyms) -> None:
    """'closing_date' beside 'layoff_date' (a state's open-data feed): a notice of a closure gives the one, of a layoff
    the other, of both both. Two date columns named for the effective date, one for a closure and the other for a
    layoff, each filling rows the other leaves empty, are the one effective date: where both are filled, the earlier,
    the day the first workers go. Not a revised date beside the first ('Layoff Date' | 'Layoff Date Revised': both
    name a layoff), which _add_alternates weighs."""
    taken = result.columns_for("effective_date")
    rule = synonyms.fields.get("effective_date")
    if len(taken) != 1 or rule is None or (first_kind := _action_named(taken[0], synonyms)) is None:
        return
    held = headers.index(taken[0])
    for position, header in enumerate(headers):
        if (header in result.mapping or is_ignored(header, synonyms) or value_fit("date", profiles[header]) < 1.0
                or header_score(header, rule) < MIN_SCORE):
            continue
        kind = _action_named(header, synonyms)
        if kind is not None and kind != first_kind and _fills_rows_left_empty(sample_rows, held, position):
            result.mapping[header] = "effective_date"
            result.confidence[header] = result.confidence[taken[0]]
            result.earliest_effective = True
            return


def _action_named(header: str, synonyms: HeaderSynonyms) -> str | None:
    """'closure' or 'layoff': the one kind of action a column's name is for; None for neither or both ('LO/CL Date')."""
    normalized = normalize_header(header)
    closure, layoff = (synonyms.lexicon(name).found_in(normalized) for name in ("closure", "layoff"))
    return None if closure == layoff else "closure" if closure else "layoff"


def _fills_rows_left_empty(rows, first: int, other: int) -> bool:
    """Whether each column fills some rows the other leaves empty (rows may fill both)."""
    return (any(_filled(row, first) and not _filled(row, other) for row in rows)
            and any(_filled(row, other) and not _filled(row, first) for row in rows))


def takes_turns(rows, held: Sequence[int], other: int) -> bool:
    """Whether column `other` fills the rows columns `held` leave empty and hardly ever one they fill: some rows
    filled in `held` and not in `other`, some the other way round, and rows filled in both at most a tenth of those
    filled in either."""
    one_only = other_only = both = either = 0
    for row in rows:
        a, b = any(_filled(row, index) for index in held), _filled(row, other)
        one_only += a and not b
        other_only += b and not a
        both += a and b
        either += a or b
    return one_only > 0 and other_only > 0 and both * 10 <= either


def same_day_where_both(rows, held: int, other: int) -> bool:
    """Whether date column `other` fills rows column `held` leaves empty and gives the same day wherever both are
    filled: '해고예정기간' ('2024.4.1~4.30', read as its start) beside '해고예정일', filled in either or both."""
    other_only = both = 0
    for row in rows:
        if not _filled(row, other):
            continue
        if not _filled(row, held):
            other_only += 1
            continue
        first, second = parse_date(row[held]), parse_date(row[other])
        if first is None or first != second:
            return False
        both += 1
    return other_only > 0 and both > 0


def _filled(row, index: int) -> bool:
    return index < len(row) and row[index] is not None and bool(str(row[index]).strip())


def _apply_override(result: HeaderMapping, headers: Sequence[str], override: dict[str, str]) -> None:
    by_normalized = {normalize_header(h): h for h in headers}
    for field_name, column in override.items():
        source = column if column in headers else by_normalized.get(normalize_header(column))
        if source is not None:
            result.mapping[source] = field_name
            result.confidence[source] = 1.0


def _assign_by_name(result, headers, profiles, synonyms: HeaderSynonyms) -> None:
    candidates = []
    for position, header in enumerate(headers):
        if header in result.mapping or is_ignored(header, synonyms):
            continue
        for rule in synonyms.fields.values():
            score = header_score(header, rule) * value_fit(rule.kind, profiles[header])
            if score >= MIN_SCORE:
                candidates.append((-score, not _names_a_total(header, rule), position, header, rule.name))
    taken = set(result.mapping.values())
    for negative_score, _, _, header, field_name in sorted(candidates):
        if header in result.mapping or (field_name in taken and field_name not in MULTI_COLUMN_FIELDS):
            continue
        result.mapping[header] = field_name
        result.confidence[header] = round(-negative_score, 2)
        taken.add(field_name)


def _names_a_total(header: str, rule: FieldRule) -> bool:
    """Among equally named counts ('Workers Layoff', 'Workers Total') the total is the headcount."""
    return rule.kind == "count" and "total" in normalize_header(header).split()


def _fill_gaps_by_values(result, headers, profiles, synonyms: HeaderSynonyms) -> None:
    free = [h for h in headers if h not in result.mapping and not is_ignored(h, synonyms)]
    taken = set(result.mapping.values())
    if not taken & {"notice_date", "received_date", "effective_date"}:
        _take_best(result, free, "notice_date", lambda p: p.date_share if p.date_share >= 0.8 else 0, profiles)
    if "company" not in taken:
        _take_best(result, free, "company", lambda p: _company_likeness(p), profiles)
    if "jobs" not in taken:
        _take_best(result, free, "jobs", lambda p: p.count_share if p.count_share >= 0.9 else 0, profiles)


def _company_likeness(profile: ColumnProfile) -> float:
    return profile.text_share * profile.distinct_share if profile.text_share >= 0.8 else 0.0


def _take_best(result, free: list[str], field_name: str, score, profiles) -> None:
    best = max(free, key=lambda h: score(profiles[h]), default=None)
    if best is not None and score(profiles[best]) > 0:
        result.mapping[best] = field_name
        result.confidence[best] = 0.4
        free.remove(best)
