"""What a pool is and when it counts (2026.11.27): the one place that decides both.

A pool is the group a measure is put on or offered to, told as its size: "대상자는 약 1,800명이다", "직원 230명 전원을
대상으로", "대상: 근속 20년 이상 … (약 600명)", "※ 대상 직원 약 1,800명", "offered buyouts to all 74,000 of its
employees", "4,800 associates … are eligible". Such a count gets the role `POOL` (headcount.py asks the checks below of
the words around each count; no search of the whole text). Whether it is the people affected depends on the measure
(`counted_roles`): a stop's or a closure's 대상 all stop or go, so its size is their count; an offer (희망퇴직, buyouts)
is open to its pool, of whom only some apply, so its size is no count. Not a pool: a cut's own targets ("정리해고
대상자는 48명", "85명을 대상으로 해고"), a final tally ("최종 대상자는 512명으로 확정"), those who took the offer ("대상자
가운데 420명이 신청했다")."""

from __future__ import annotations

import re

from .counts import KO_DISMISSAL_AFTER, dismissed_after
from .fastscan import AsciiLowered

POOL = "pool"
_AFFECTED = "affected"


def counted_roles(offer: bool) -> tuple[str, ...]:
    """The roles whose counts are the people affected: a pool's size is, but for an `offer`, whose pool may apply."""
    return (_AFFECTED,) if offer else (_AFFECTED, POOL)


# --- Korean: the pool named before its size ----------------------------------------------------------------------------

# The pool a measure is open to, then its size as the sentence's complement: "대상자는 약 1,800명이다", "신청 대상은 1968년생부터
# … 일반직원 2,000여 명이며", "해당 인원을 1,200명 규모로 추산", "(해당자 약 1,200명)", "신청 자격을 갖춘 직원이 400명 안팎일 것".
# A notice's field or note labeled with the pool: "※ 대상 직원 약 1,800명", "4. 대상 근로자: 운전직 120명" (the label opens
# its line, after a mark or an item's number; no particle).
# Not a count after another count ("대상은 2,000명이며 감축 목표는 500명": no 명 may stand between).
# The pool word is the clause's topic or subject (a particle or a colon after it) or opens a parenthesis ("(대상자 약
# 2,000명)"); a headline's bare "대상자 3백명 규모" is left as it is.
_KO_POOL_NAMED_BEFORE = re.compile(
    r"(?:(?P<word>대상(?:자|\s*(?:인원|직원|근로자))?|해당\s*(?:인원|자)|신청\s*자격을\s*갖춘\s*(?:직원|인원|사람)?)\s*(?:은|는|이|가|을|:)"
    r"|\((?P<opened>대상자|해당자)"
    r"|(?:\n|[※■▶•])[^\S\n]*(?:[-·*]\s*)?(?:\d{1,2}\s*[.)]\s*)?(?P<label>대상\s*(?:자|인원|직원|근로자)))"
    r"(?P<between>[^명.!?\n]{0,50})$"
)
# The measure a pool word belongs to when it is a cut or a stop: its 대상 are the people affected.
_KO_CUT_BEFORE_POOL = re.compile(r"(?:해고|감원|감축|권고사직|휴업|휴직|구조조정|정리|최종|확정)\s*$")
# The count as the complement of that pool: "…명이다", "…명으로,", "…명 수준이다", "…명 안팎일 것", "(약 1,100명)", the end of
# a field's line (not "…명이 신청했다": the people who took it).
_KO_COMPLEMENT_AFTER = re.compile(
    r"^[^\S\n]*(?:(?:가량|정도|안팎|내외|남짓|규모|수준|선)\s*)*(?:이다|입니다|이며|이고|이었|이에요|예요|으로|로|일\s*것|에\s*(?:달|이르|육박)|\)|,|\.|\n|$)"
)


def korean_pool_named_before(before: str, after: str) -> bool:
    """The count is the size of a pool named before it in its clause ("대상자는 약 1,800명이다") or labeling its field
    ("※ 대상 직원 약 1,800명"): asked only where a pool word stands in the 60 characters before the count."""
    if "대상" not in before and "해당" not in before and "자격" not in before:
        return False
    pool = _KO_POOL_NAMED_BEFORE.search(before)
    if pool is None or "목표" in pool.group("between") or _KO_COMPLEMENT_AFTER.match(after) is None or "확정" in after[:20]:
        return False
    word = pool.start("word") if pool.group("word") else pool.start("label") if pool.group("label") else pool.start()
    return _KO_CUT_BEFORE_POOL.search(before, max(0, word - 8), word) is None


# --- Korean: the pool named after the count ----------------------------------------------------------------------------

# "직원 230명 전원을 대상으로 희망퇴직", "1,200명을 대상으로 전직 지원": the count named as the ones the measure is for.
KO_POOL_AFTER = re.compile(r"^\s*(?:전원|모두)?\s*(?:을|를|의)?\s*대상")


def korean_pool_named_after(after: str) -> bool:
    """The count is named as the ones a measure is for ("…명을 대상으로"), unless the measure dismisses or stops them
    ("85명을 대상으로 해고", "7백여명을 대상으로 순환 휴업": those are the people affected, as any count of them)."""
    return KO_POOL_AFTER.search(after) is not None and not dismissed_after(after)


# --- English pools -----------------------------------------------------------------------------------------------------

# "offer buyouts and early-retirement packages to all 74,000 of its", "open to all 900 staff", "invited its 1,800 branch
# employees to apply": the ones a measure is offered to.
EN_POOL_BEFORE = AsciiLowered(
    r"(?:\boffer(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,6}to|\bopen\s+to|\binvit(?:e|es|ed|ing))\s+(?:all(?:\s+of)?\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:roughly|about|some|nearly|more\s+than|over|approximately|around)?\s*$",
)
# "About 2,600 employees meet these criteria", "associates with at least ten years of service", "employees who are at
# least 55 years of age" (the conditions told first, "are eligible" too far behind to be read): the pool, described in
# the same sentence ("2,300 positions across the company. Eligible colleagues …" is not one).
_EN_POOL_AFTER = re.compile(
    r"\beligib(?:le|ility)\b|\bwith\s+(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+(?:or\s+more\s+)?years|\baged\s+\d+|\bor\s+older\b"
    r"|\bat\s+least\s+\d+\s+years\s+(?:of\s+age|old)\b|\b(?:\d+|[a-z]+)\s+or\s+more\s+years\s+of\s+service\b"
    r"|\b(?:meet|meets|met|fit|fits)\s+(?:the|these|those|its|all)\s+(?:criteria|requirements|conditions)|\bqualif(?:y|ies)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def english_pool(before: str, after: str) -> bool:
    """The count is the pool a measure is offered to (`before`: the 60 characters before it; `after`: the 40 after)."""
    return EN_POOL_BEFORE.found(before) or _EN_POOL_AFTER.search(_SENTENCE_END.split(after[:45], 1)[0]) is not None


# --- a notice's eligibility field, either language ---------------------------------------------------------------------

# A notice's eligibility field ("대상: 근속 20년 이상 … (약 600명)", "Subject: employees with 10 years or more of service
# as of … (approximately 340 persons)"): the count sizes the pool, its conditions of age or service told first.
_ELIGIBILITY_FIELD = re.compile(
    r"(?:대상(?:자)?|[Ss]ubject|[Ee]ligib(?:le|ility)|[Tt]arget)\s*:[^\n:]*?"
    r"(?:이상|이하|기준|근속|재직|만\s*\d+\s*세|or\s+(?:more|older|above)|and\s+(?:above|over|older)|as\s+of|years?\s+of\s+service|born)"
)


def in_eligibility_field(text: str, start: int) -> bool:
    """The count at `start` stands in a line that begins as an eligibility field (a label, then conditions of age or
    service): asked only of counts no other check gave a role, and only where the line holds a colon."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 160) : start]
    return ":" in line and _ELIGIBILITY_FIELD.search(line) is not None


# --- a share named as the pool -----------------------------------------------------------------------------------------

# "전체 직원 250명 가운데 40%가 대상", "half of its 900 staff are eligible": the share is a pool to choose from (decided
# 2026-11-26), left out of the counts (shares.py) rather than given the role: the one pool that counts for no measure.
# The measure's own word may stand before 대상 ("40%가 신청 대상", "적용 대상", a buyout's "40%가 희망퇴직 대상"): still the
# ones it is open to.
_SHARE_POOL_AFTER = re.compile(r"\s*(?:(?:을|를|의|이|가)?\s*(?:(?:신청|지원|적용|선정|희망\s*퇴직|명예\s*퇴직|희망\s*퇴직\s*신청)\s*)?대상|(?:\w+\s+){0,2}?(?:are|is|were|will\s+be)\s+eligible\b)")


def share_is_pool(text: str, end: int) -> bool:
    """A share (ending at `end`) named as the ones a measure is for is a pool, unless the measure is a dismissal or a
    stop put on all of them ("직원 2,000명 중 절반을 대상으로 휴업을 실시"), as for a count (KO_DISMISSAL_AFTER)."""
    pool = _SHARE_POOL_AFTER.match(text, end)
    if not pool:
        return False
    clause = text[pool.end() : pool.end() + 40].split(".")[0]
    return not KO_DISMISSAL_AFTER.search(clause)
