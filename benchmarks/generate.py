"""Realistic synthetic notices at any size, deterministic by seed, streamed to files (never held in memory).

Tabular notices come in three schemas, one source (folder) each, as publishers really differ:
  warn-a   US WARN, comma CSV, MM/DD/YYYY dates, headcounts like '1,529', '40-60', '?'
  warn-b   US WARN, tab separated, other header names and order, ISO and 'March 3, 2021' dates
  kr       Korean 고용조정 신고, '2020.02.20' / '2020년 10월 30일', '1,000명', '300여명'; UTF-8 or CP949
Texts (announcements and news, some about restructuring, most not) are JSON Lines in Korean and English.
A share of rows are exact duplicates of an earlier row of the same source, and a share are amendments
(same company and site, changed headcount, a few days later, marked 'Amended' / '정정').

Run: python -m benchmarks.generate FOLDER SIZE [--seed N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROWS_PER_FILE = 50_000  # a state's WARN file holds years of notices; a big one is ~50k rows
TABULAR_SOURCES = ("warn-a", "warn-b", "kr")
TEXT_SOURCES = ("news-ko", "news-en")
SHARES = {"warn-a": 0.40, "warn-b": 0.25, "kr": 0.20, "news-ko": 0.08, "news-en": 0.07}

_EN_WORDS = ("North Star Blue Lake River Pine Iron Gold Summit Harbor Valley Eagle Prairie Atlas Cedar Liberty "
             "Granite Bay Maple Falcon Keystone Pioneer Delta Orchard Crescent Meridian Copper Silver Oak Ridge "
             "Union Frontier Beacon Heritage Coastal Northern Great Sun Metro Allied").split()
_EN_TRADES = ("Plastics Foods Logistics Steel Textiles Motors Health Retail Packaging Solutions Manufacturing "
              "Paper Electronics Hospitality Distribution Components Dairy Printing Glass Furniture").split()
_EN_SUFFIX = ("Inc.", "LLC", "Corp.", "Co.", "Company", "Holdings", "LP", "")
_US_SITES = [("Des Moines", "IA"), ("Cedar Rapids", "IA"), ("Columbus", "OH"), ("Dayton", "OH"), ("Austin", "TX"),
             ("Houston", "TX"), ("Fresno", "CA"), ("Oakland", "CA"), ("Newark", "NJ"), ("Trenton", "NJ"),
             ("Albany", "NY"), ("Buffalo", "NY"), ("Tacoma", "WA"), ("Spokane", "WA"), ("Madison", "WI"),
             ("Green Bay", "WI"), ("Flint", "MI"), ("Detroit", "MI"), ("Gary", "IN"), ("Peoria", "IL")]
_KO_SYLLABLES = list("대한우성동양삼진한일금강태평세원신흥현대명성보광영진미래창해성광")
_KO_TRADES = ("산업", "전자", "중공업", "물산", "정밀", "화학", "기계", "상사", "조선", "섬유")
_KO_SITES = [("군산시", "전북"), ("익산시", "전북"), ("전주시", "전북"), ("울산 동구", "울산"), ("거제시", "경남"),
             ("창원시", "경남"), ("통영시", "경남"), ("목포시", "전남"), ("영암군", "전남"), ("평택시", "경기"),
             ("안산시", "경기"), ("구미시", "경북"), ("포항시", "경북"), ("천안시", "충남"), ("당진시", "충남")]
_US_TYPES = ("Layoff", "Closure", "Layoff Permanent", "Closure Permanent", "Temporary Layoff", "Layoff")
_KO_TYPES = ("희망퇴직", "권고사직", "정리해고", "폐업", "휴업", "희망퇴직")
_MONTHS = ("January February March April May June July August September October November December").split()


@dataclass
class Generated:
    folder: Path
    seed: int
    rows: Counter = field(default_factory=Counter)  # source -> rows written (duplicates included)
    duplicates: Counter = field(default_factory=Counter)
    amendments: Counter = field(default_factory=Counter)
    files: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def sources(self, kinds: tuple[str, ...]) -> int:
        return sum(self.rows[s] for s in kinds)

    def as_dict(self) -> dict:
        return {"total": self.total, "rows": dict(self.rows), "duplicates": dict(self.duplicates),
                "amendments": dict(self.amendments), "files": self.files}


def generate(
    folder: Path, size: int, *, seed: int = 7, dup_share: float = 0.03, amend_share: float = 0.02, max_text: int | None = None
) -> Generated:
    """Write `size` notices into folder/<source>/ files; the same seed and size give the same bytes.

    `max_text` caps the text notices (the rest become tabular rows), so a big run stays bounded in time.
    """
    result = Generated(Path(folder), seed)
    counts = _split(size, max_text)
    for source in SHARES:
        rng = random.Random(f"{seed}:{source}")
        writer = _WRITERS[source]
        writer(result, source, counts[source], rng, dup_share, amend_share)
    return result


def _split(size: int, max_text: int | None = None) -> dict[str, int]:
    counts = {source: int(size * share) for source, share in SHARES.items()}
    if max_text is not None:
        text = sum(counts[s] for s in TEXT_SOURCES)
        for source in TEXT_SOURCES:
            counts[source] = min(counts[source], int(max_text * counts[source] / text)) if text else 0
    counts["warn-a"] += size - sum(counts.values())
    return counts


# --- companies and sites: a bounded pool, so companies repeat as they do in real files ---------------

def _pool_size(rows: int) -> int:
    return max(20, rows // 6)


def _en_company(i: int) -> str:
    a, b, c = _EN_WORDS[i % 40], _EN_WORDS[(i // 40) % 40], _EN_TRADES[(i // 1600) % 20]
    suffix = _EN_SUFFIX[(i * 5) % len(_EN_SUFFIX)]
    number = f" {i // 32000 + 1}" if i >= 32000 else ""  # names stay unique past 40 x 40 x 20
    return f"{a} {b}{number} {c} {suffix}".strip()


def _ko_company(i: int) -> str:
    n = len(_KO_SYLLABLES)
    name = _KO_SYLLABLES[i % n] + _KO_SYLLABLES[(i // n) % n] + _KO_TRADES[(i // (n * n)) % len(_KO_TRADES)]
    extra = str(i // (n * n * len(_KO_TRADES))) if i >= n * n * len(_KO_TRADES) else ""
    return ("(주)" if i % 3 else "") + name + extra + ("" if i % 3 else " 주식회사")


def _event_date(rng: random.Random) -> date:
    return date(2018, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))


# --- headcounts and dates in the forms publishers use -----------------------------------------------

def _us_count(rng: random.Random, jobs: int) -> str:
    roll = rng.random()
    if roll < 0.02:
        return "?"
    if roll < 0.07:
        return f"{jobs}-{jobs + rng.choice((10, 20, 40))}"
    return f"{jobs:,}"


def _ko_count(rng: random.Random, jobs: int) -> str:
    roll = rng.random()
    if roll < 0.02:
        return "?"
    if roll < 0.12:
        return f"{jobs}여명"
    return f"{jobs:,}명"


def _jobs(rng: random.Random) -> int:
    return int(rng.paretovariate(1.3) * 25) if rng.random() < 0.9 else rng.randrange(500, 3000)


def _long_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ko_date(rng: random.Random, day: date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일" if rng.random() < 0.3 else day.strftime("%Y.%m.%d")


# --- one row per schema: (identity used for amendments, cells) --------------------------------------

def _warn_a_row(rng: random.Random, company: int, amended: bool, day: date) -> list[str]:
    city, state = _US_SITES[company % len(_US_SITES)]
    jobs = _jobs(rng)
    name = _en_company(company) + (" - Amended" if amended else "")
    effective = day + timedelta(days=60 + rng.randrange(0, 30))
    return [name, f"{100 + company % 9000} Industrial Pkwy", city, state, day.strftime("%m/%d/%Y"),
            effective.strftime("%m/%d/%Y"), _us_count(rng, jobs), rng.choice(_US_TYPES)]


def _warn_b_row(rng: random.Random, company: int, amended: bool, day: date) -> list[str]:
    city, state = _US_SITES[(company * 7) % len(_US_SITES)]
    jobs = _jobs(rng)
    received = day.isoformat() if rng.random() < 0.6 else _long_date(day)
    kind = "Amendment" if amended else rng.choice(_US_TYPES)
    return [received, _en_company(company + 16_000), f"{city}, {state}", state, _us_count(rng, jobs), kind,
            rng.choice(("", "", "Production moved", "Contract ended", "Site consolidation"))]


def _kr_row(rng: random.Random, company: int, amended: bool, day: date) -> list[str]:
    city, region = _KO_SITES[company % len(_KO_SITES)]
    jobs = _jobs(rng)
    name = _ko_company(company) + (" 정정신고" if amended else "")
    separation = day + timedelta(days=30 + rng.randrange(0, 60))
    return [_ko_date(rng, day), name, f"{region} {city} 산업로 {company % 500 + 1}", rng.choice(_KO_TYPES),
            _ko_count(rng, jobs), _ko_date(rng, separation), rng.choice(("", "경영 악화", "수주 감소", "사업장 이전"))]


_HEADERS = {
    "warn-a": ["Company", "Address", "City", "State", "Notice Date", "Effective Date",
               "Number of Employees Affected", "Layoff/Closure"],
    "warn-b": ["WARN Received Date", "Employer Name", "Layoff Location", "ST", "Jobs Affected", "Type", "Notes"],
    "kr": ["신고일", "사업장명", "소재지", "구분", "감원 인원", "퇴직 예정일", "비고"],
}
_ROW = {"warn-a": _warn_a_row, "warn-b": _warn_b_row, "kr": _kr_row}


def _write_table(result: Generated, source: str, count: int, rng: random.Random, dup: float, amend: float) -> None:
    pool = _pool_size(count)
    recent: deque[tuple[int, date, list[str]]] = deque(maxlen=500)  # what duplicates and amendments copy
    for part, start in enumerate(range(0, count, ROWS_PER_FILE)):
        encoding = "cp949" if source == "kr" and part % 2 else "utf-8"
        path = result.folder / source / f"{source}-{part + 1:03d}.{'tsv' if source == 'warn-b' else 'csv'}"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter="\t" if source == "warn-b" else ",")
            writer.writerow(_HEADERS[source])
            for _ in range(min(ROWS_PER_FILE, count - start)):
                writer.writerow(_next_row(result, source, rng, pool, recent, dup, amend))
        result.files += 1


def _next_row(result, source, rng, pool, recent, dup, amend) -> list[str]:
    roll = rng.random()
    if recent and roll < dup:
        result.duplicates[source] += 1
        result.rows[source] += 1
        return recent[rng.randrange(len(recent))][2]
    if recent and roll < dup + amend:
        company, day, _ = recent[rng.randrange(len(recent))]
        row = _ROW[source](rng, company, True, day + timedelta(days=rng.randrange(1, 20)))
        result.amendments[source] += 1
    else:
        company, day = rng.randrange(pool), _event_date(rng)
        row = _ROW[source](rng, company, False, day)
        recent.append((company, day, row))
    result.rows[source] += 1
    return row


# --- texts --------------------------------------------------------------------------------------------

_KO_EVENTS = [
    "{c}가 경영 악화로 생산직 {n}명을 대상으로 희망퇴직 신청을 받는다. 신청 기간은 {m}월 {d}일까지이며 퇴직일은 {m2}월 {d2}일이다.",
    "{c} {city} 공장이 {m}월 {d}일 자로 폐업한다. 근로자 {n}명이 일자리를 잃게 된다.",
    "{c}는 수주 감소로 {city} 사업장 직원 {n}명에 대해 권고사직을 통보했다.",
]
_KO_OTHER = [
    "{c}가 {city}에서 채용박람회를 열고 신입 사원 {n}명을 뽑는다.",
    "{c}는 올해 2분기 영업이익이 전년보다 {n}억원 늘었다고 밝혔다.",
    "{city} 고용복지센터는 {m}월 {d}일 구직자를 위한 취업 특강을 연다.",
]
_EN_EVENTS = [
    "{c} will lay off {n} workers at its {city} plant, effective {month} {d}.",
    "{c} announced it will close its {city} facility, eliminating {n} jobs. Separations begin on {month} {d}.",
    "{c} is offering voluntary buyouts to {n} employees in {city} as it cuts costs.",
]
_EN_OTHER = [
    "{c} is hiring {n} new workers for its expanded {city} warehouse.",
    "{c} reported quarterly revenue up {n} percent and raised its outlook.",
    "The {city} job fair on {month} {d} will host more than {n} employers.",
]


def _write_texts(result: Generated, source: str, count: int, rng: random.Random, dup: float, amend: float) -> None:
    korean = source == "news-ko"
    pool = _pool_size(count)
    recent: deque[str] = deque(maxlen=200)
    for part, start in enumerate(range(0, count, ROWS_PER_FILE)):
        path = result.folder / source / f"{source}-{part + 1:03d}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for _ in range(min(ROWS_PER_FILE, count - start)):
                if recent and rng.random() < dup:
                    line = recent[rng.randrange(len(recent))]
                    result.duplicates[source] += 1
                else:
                    line = _text_line(rng, korean, rng.randrange(pool))
                    recent.append(line)
                handle.write(line + "\n")
                result.rows[source] += 1
        result.files += 1


def _text_line(rng: random.Random, korean: bool, company: int) -> str:
    restructuring = rng.random() < 0.35
    day = _event_date(rng)
    later = day + timedelta(days=rng.randrange(20, 70))
    if korean:
        city = _KO_SITES[company % len(_KO_SITES)][0]
        template = rng.choice(_KO_EVENTS if restructuring else _KO_OTHER)
        body = template.format(c=_ko_company(company), n=_jobs(rng), m=later.month, d=later.day, m2=later.month,
                               d2=min(28, later.day + 5), city=city)
    else:
        city = _US_SITES[company % len(_US_SITES)][0]
        template = rng.choice(_EN_EVENTS if restructuring else _EN_OTHER)
        body = template.format(c=_en_company(company), n=_jobs(rng), month=_MONTHS[later.month - 1], d=later.day,
                               city=city)
    title = body.split(",")[0][:60]
    return json.dumps({"title": title, "text": body, "date": day.isoformat(),
                       "url": f"https://news.example/{company}/{rng.randrange(10**9)}"}, ensure_ascii=False)


_WRITERS = {"warn-a": _write_table, "warn-b": _write_table, "kr": _write_table,
            "news-ko": _write_texts, "news-en": _write_texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("size", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-text", type=int)
    args = parser.parse_args()
    print(json.dumps(generate(args.folder, args.size, seed=args.seed, max_text=args.max_text).as_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main()
