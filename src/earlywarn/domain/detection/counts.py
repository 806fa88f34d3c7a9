"""How a count of people is written (Korean and English numerals, the nouns that make a number a count of
people) and what a count found in a text is; shared by the headcount and share finders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from earlywarn.domain.values import korean_number

# Sino-Korean numerals in words, as a regional paper or a notice may write a count ("근로자 삼십 명", "이백오십 명"): a unit
# first (십, 백, 천, 만), the digit after the last unit ("삼십오").
# A count past ten thousand may be spaced after its 만 ("1만 2천 명", "1만 2000명"), as it is spoken.
KO_NUMERAL = (
    r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[십백천만]\d*|(?<=만)\s\d+)*"
    r"|[일이삼사오육칠팔구]?[십백천만](?:[일이삼사오육칠팔구]?[십백천만]|\d+)*(?:[일이삼사오육칠팔구](?![십백천만]))?)"
)
# "1.2k staff", "3K jobs": thousands written with k (posts, headlines); "1.2 thousand", as a form's field may give it.
# "1.2 million federal workers", a shutdown's or a sector's furloughs; Indian English's grouping and lakh ("1,20,000
# employees", "1.2 lakh employees"); a thousands group set off by a no-break or thin space, as European typesetting does
# ("1 200 workers").
EN_NUMERAL = (
    r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+(?:\.\d)?[kK]\b"
    r"|\d+(?:\.\d+)?\s+(?:thousand|million|lakhs?)\b|\d+"
)
# "a dozen", "two dozen newsroom employees", "half a dozen": twelve at a time (not "dozens", a vague plural).
EN_DOZEN = r"(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Hh]alf\s+a)\s+dozen\b"
_DOZENS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "half a": 0.5}
# The owner of a workforce named in the possessive ("of the plant's 900 workers", "of the group's 1,700 employees").
EN_OWNER = r"(?:[A-Za-z][\w&.-]*(?:'s|’s)\s+)?"
EN_NOUN = (
    # ("the 1,100 job cuts the company announced": the cuts counted are people, as layoffs are)
    r"(?:jobs|positions|roles|employees|workers|people|staff(?:ers)?|job\s+losses|job\s+cuts|layoffs|members|"
    r"nurses|attendants|crew|engineers|developers|drivers|pilots|technicians|associates|agents|contractors|teachers|"
    r"miners|operators|representatives|salaried|hourly|machinists|mechanics|welders|assemblers|laborers|cashiers|clerks|"
    r"tellers|programmers|designers|researchers|scientists|physicians|doctors|journalists|reporters|editors|cooks|guards|"
    # universities: "40 professors", "120 academics"
    r"professors|lecturers|academics|"
    # letters, memos and posts: "all 46 colleagues", "250 volunteers", "around 70 of us"; a mayor's "430 of our neighbors"
    r"colleagues|co-?workers|teammates|volunteers|of\s+us|neighbou?rs|"
    # a programme's "target of 400 participants"; British "reducing up to 250 posts"; a buyout that "closed with 480
    # applicants" (its take-up)
    r"participants|applicants|posts|"
    # precarious and indirect work: a platform's "1,100 couriers", a vendor's "40 cleaners", "60 temps"
    r"couriers|riders|cleaners|janitors|temps|"
    # translated and code-switched notices: "214 persons" (명 rendered word for word), an HR chat's "57 FTEs"
    r"persons|FTEs?|"
    # the count of the cuts themselves: "seeks 70 voluntary redundancies", "accepted 300 buyouts", "1,500 early retirements",
    # "a target of 400 exits"
    r"redundancies|buyouts|departures|retirements|exits|takers|"
    # the words a workforce is named by in filings, memos and public-sector news ("300 personnel", "45 individuals", "35 faculty",
    # "90 civil servants", "12 officials")
    r"personnel|individuals|faculty|servants|officials|officers|deputies|troopers|firefighters|paramedics|"
    # trades and occupations, as a local paper names the people a cut reaches ("40 deputies and jailers", "50 loan officers",
    # "60 nursing assistants", "45 housekeepers", "70 instructors and adjuncts"); compounds of workers, people and men
    # ("dockworkers", "salespeople", "longshoremen") by their ending
    r"managers|supervisors|executives|directors|administrators|coordinators|specialists|analysts|consultants|advis[eo]rs|"
    r"accountants|auditors|bankers|traders|brokers|lawyers|attorneys|paralegals|secretaries|assistants|aides|caregivers|carers|"
    r"therapists|counsell?ors|pharmacists|midwives|surgeons|dentists|jailers|instructors|adjuncts|tutors|librarians|"
    r"coaches|trainers|inspectors|dispatchers|handlers|loaders|packers|pickers|sorters|installers|fitters|electricians|"
    r"plumbers|carpenters|painters|apprentices|interns|trainees|recruiters|marketers|housekeepers|groundskeepers|custodians|"
    r"porters|waiters|waitresses|bartenders|baristas|chefs|dishwashers|stylists|animators|artists|writers|producers|"
    r"photographers|anchors|correspondents|columnists|sailors|seafarers|fishermen|dockers|loggers|"
    # (a word read whole, then its ending checked: no retrying of every shorter run of its letters)
    r"[a-z]++(?:(?<=workers)|(?<=people)|(?<=men)))\b"
)
# English number words up to ninety ("nine", "forty-two" is read as forty + two).
EN_WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
} | {word: 10 * (i + 2) for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
# Native Korean numerals as a union notice or a post may write a count ("마흔두 명", "스무 명", "열두 명"): the tens,
# then a unit in its form before a counter (한, 두, 세, 네).
KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
KO_NATIVE_UNITS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
KO_NATIVE_NUMERAL = (
    "(?:" + "|".join(KO_NATIVE_TENS) + ")(?:" + "|".join(KO_NATIVE_UNITS) + ")?|(?:" + "|".join(KO_NATIVE_UNITS) + ")"
)
_KO_NATIVE_PARTS = re.compile(f"(?P<tens>{'|'.join(KO_NATIVE_TENS)})?(?P<unit>{'|'.join(KO_NATIVE_UNITS)})?")
# "85명을 대상으로 ... 해고를 실시": the people named are the ones dismissed, not a pool to choose from.
# So are the people a stop is applied to ("7백여명을 대상으로 순환 휴업을 실시"): all of them are put on leave.
# So are the people a total is said to affect ("한국 오피스에서는 총 38명이 영향을 받습니다", an HR notice's "impacted").
# So are a total who applied to an offer ("총 75명이 신청해", "총 90여명의 신청이 승인됐다"): each applicant leaves.
KO_DISMISSAL_AFTER = re.compile(
    r"해고|정리해고|권고사직|감원|휴업|휴직|^\s*(?:이|가)\s*(?:모두\s*)?영향을\s*받"
    r"|^\s*(?:이|가)\s*(?:신청|지원|응모)(?:했|해|하였|한\s*것)|^\s*의\s*(?:신청|지원|응모)(?:이|가|을|를)\s*(?:최종\s*)?(?:승인|수리|확정|받아들)"
)


def dismissed_after(after: str) -> bool:
    """The people counted just before `after` are named as the ones dismissed or stopped (KO_DISMISSAL_AFTER), in the
    count's own clause on its own line: a form's next field ("상시근로자 수: 214명\n■ 해고 사유: …") is another matter."""
    return KO_DISMISSAL_AFTER.search(after[:30].split("\n", 1)[0]) is not None


# A count revised in a follow-up, told as the number it now is ("raised the number to 130", "lowered the number of layoffs
# to 90"): the verb and the figure revised, shared by the finder (bare_counts.py) and the ranking (headcount_choice.py).
EN_REVISING_VERB = (
    r"(?:raised|raises|raising|increased|increases|increasing|lowered|lowers|lowering|revised|revises|revising|upped|lifted"
    r"|reduced|reduces|reducing|cut|trimmed|brought)"
)
# The figure may be pointed back to ("revised that figure to 1,050", "this number").
EN_REVISED_FIGURE_OWNERS = ("the", "its", "that", "this")
# The words a count of the cuts is named by ("the number", "its total", "that estimate").
EN_FIGURE_WORDS = ("number", "figure", "total", "count", "tally", "estimate")
EN_FIGURE_WORD = r"(?:" + "|".join(EN_FIGURE_WORDS) + r")"
EN_REVISED_FIGURE = r"(?:" + "|".join(EN_REVISED_FIGURE_OWNERS) + r")\s+" + EN_FIGURE_WORD
# The figure told as what it now is, no verb of revising ("told the union the number would be 520", "the total has risen to
# 610"): the cuts' figure, bare or of the cuts (not "the number of employees would be 900": a workforce's size).
EN_FIGURE_NOW_IS = (
    r"(?:\s+of\s+(?:layoffs|job\s+cuts|cuts|redundancies|job\s+losses|jobs\s+(?:to\s+be\s+)?(?:cut|lost)"
    r"|affected\s+(?:employees|workers|staff)))?"
    r"\s+(?:(?:would|will)\s+(?:now\s+)?be|is\s+now|now\s+(?:is|stands\s+at)"
    r"|(?:has\s+|had\s+)?(?:risen|grown|climbed|fallen|dropped)\s+to|(?:rose|grew|climbed|fell|dropped)\s+to)"
)
# "약 300명", "about 300": a count told as approximate by the word before it.
APPROX_BEFORE = re.compile(
    r"(?:약|최대|대략|about|approximately|roughly|around|nearly|more\s+than|over|up\s+to|as\s+many\s+as|some|almost|~)\s*$",
    re.IGNORECASE,
)
# The last character of each word of APPROX_BEFORE, in either case (ſ is a long s): a match ends with one, then
# only spaces. A slice whose last other character is none of them is told without the case-insensitive pattern,
# which is tried at each of its positions (~2.3 us a count).
APPROX_LAST = frozenset("약대략~tydnroseTYDNROSEſ")


def approximate_before(before: str) -> bool:
    """APPROX_BEFORE matches: "약", "about" (and the spaces after) end the text before a count."""
    tail = before.rstrip()
    return bool(tail) and tail[-1] in APPROX_LAST and APPROX_BEFORE.search(before) is not None


@dataclass(frozen=True, slots=True)
class Headcount:
    low: int
    high: int | None
    approximate: bool
    start: int
    end: int
    text: str
    role: str = "affected"  # or "workforce": the whole staff ("전 직원 110명", "its 310 employees"); "part": a subset ("우리 팀에서만 3명"); used when no other count of the affected is stated; "share": a share of a stated workforce ("a third of its 900 staff"), the headcount when no count of the affected is stated; "pool": the people a measure is for, told as its size ("대상자는 약 1,800명이다", "직원 230명 전원을 대상으로"): the people affected by a stop or a closure, only the pool eligible to apply for an offer (희망퇴직), so no count


def number(raw: str) -> int | None:
    digits = raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    if digits.isascii() and digits.isdigit() and len(digits) <= 15:  # plain digits (most counts): what the paths below give
        value = int(digits)
        return value if value < 10_000_000 else None
    if raw[-1:] in "kK" and raw[:1].isdigit():  # "1.2k"
        return round(float(raw[:-1]) * 1000)
    if raw.endswith("thousand") and raw[:1].isdigit():  # "1.2 thousand"
        return round(float(raw.split()[0]) * 1000)
    if raw.rstrip("s").endswith("lakh") and raw[:1].isdigit():  # "1.2 lakh": a hundred thousand
        value = round(float(raw.split()[0]) * 100_000)
        return value if value < 10_000_000 else None
    if raw.endswith("million") and raw[:1].isdigit():  # "1.2 million"
        value = round(float(raw.split()[0]) * 1_000_000)
        return value if value < 10_000_000 else None
    if raw.endswith("dozen"):  # "two dozen"
        return round(_DOZENS[" ".join(raw.lower().split()[:-1])] * 12)
    if raw[:1].isalpha() and raw.isascii():
        return _english_words_number(raw)
    native = _KO_NATIVE_PARTS.fullmatch(raw)
    if native and raw:
        return KO_NATIVE_TENS.get(native.group("tens") or "", 0) + KO_NATIVE_UNITS.get(native.group("unit") or "", 0)
    value = korean_number(raw.replace(" ", ""))
    return value if value is not None and value < 10_000_000 else None


def _english_words_number(raw: str) -> int | None:
    """"forty-two" -> 42, "three hundred and fifty" -> 350, "two thousand" -> 2000, "a hundred" -> 100."""
    total = current = 0
    for word in raw.lower().replace("-", " ").split():
        if word in EN_WORD_NUMBERS:
            current += EN_WORD_NUMBERS[word]
        elif word == "a":
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word != "and":
            return None
    return total + current
