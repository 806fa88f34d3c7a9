"""Counts told in parts that are one cut: listed site by site ("포항공장 120명, 광양공장 85명을 감원"; "공장별 영향 인원은 천안
120명, 구미 85명"), company by company ("P기업 45명, 설비 정비의 Q산업 38명이"), row by row of a table of sites ("점포명 |
… | 소속 직원" over "서면점 | … | 45명"), phase by phase in a schedule ("Phase 1: 60 employees … / Phase 2: 45
employees …"), added up in a chat ("57 FTEs in Seoul + 23 in Busan"), or by job ("Seventeen nurses and seven surgical
technicians will be laid off"). Each list becomes one count, its sum."""

from __future__ import annotations

import re
from functools import reduce

from .counts import KO_NATIVE_NUMERAL, Headcount, number

# "포항공장 120명, 광양공장 85명을 감원": counts listed by site or job group before one verb are the parts of one cut
# (also told "이천센터에서 90명, 용인센터에서 40명을", as a speaker says it); so are counts listed by company, the
# subcontractors or suppliers a cut reaches ("P기업 45명, 설비 정비의 Q산업 38명, 부두 하역의 R물류 29명이 … 쫓겨난다"), each
# name led by up to three words of what it does (not a time: "지난해 A사 120명, 올해 B사 80명" are two rounds).
# A store named by its branch ("부평점 48명, 동래점 37명") is a site too.
_KO_SITE = (
    r"[가-힣A-Za-z0-9]*(?:공장|사업장|사업소|지점|점포|매장|[가-힣A-Za-z0-9]점|본사|지사|법인|센터|사업부|본부|캠퍼스|(?:생산|사무|연구|기술|영업|관리)직"
    r"|기업|산업|물류|업체|협력사)(?:에서|(?<=직)(?:이|은))?"
)
# (a job group told as the subject of its count, as a speaker lists them: "생산직이 백이십 명, 사무직이 삼십오 명이었는데")
# The kind of staff may stand between a site and its count ("이천센터 계약직 140명과 달서센터 계약직 95명은"): still a list.
_KO_STAFF_KIND = r"(?:\s*(?:무기계약직|비정규직|계약직|정규직|파견직|도급\s*인력|직원|근로자|노동자|사원|인력))?"
# A site's count may be its gloss in parentheses ("천안공장(95명)과 김해공장(70명)의 가동을 종료"): still a list.
_KO_SITE_BEFORE = re.compile(_KO_SITE + _KO_STAFF_KIND + r"\s*\(?\s*$")
_KO_WHAT_IT_DOES = r"(?:(?!(?:올해|지난해|작년|내년|지난|이번|추가|당초|최종)(?![가-힣]))[가-힣]+\s+){0,3}?"
_KO_LIST_NEXT = re.compile(r"\s*\)?\s*(?:,|과|와|및)\s*" + _KO_WHAT_IT_DOES + _KO_SITE + _KO_STAFF_KIND + r"\s*\(?\s*")
# A list led by a per-site label of the people affected ("공장별 영향 인원은 천안 120명, 구미 85명, 광주 45명"): the sites are
# bare names after it, and each count is a part of the cut even where a word before it reads as a size ("인원은 천안 120명";
# not "공장별 인원은 …", the staff of each plant).
# So is a list led by the per-site word alone ("센터별로 평택 140명, 이천 95명, 김해 60명이 일자리를 잃는다").
_KO_PER_SITE_LABEL = re.compile(
    r"(?:공장|사업장|지점|점포|매장|센터|지역|사업부|법인|부서|직군)별\s*(?:(?:[가-힣]+\s+)?"
    r"(?:영향\s*인원|(?:감원|감축|해고|퇴직)\s*(?:인원|규모|대상자?)?|대상\s*인원|대상자)"
    r"\s*(?:은|는|이|가|:)?|로)\s*[가-힣A-Za-z0-9]{1,8}\s*$"
)
_COUNTED_ROLES = ("affected", "workforce")
_KO_NAMED_NEXT = re.compile(r"\s*(?:,|과|와|및|·)\s*[가-힣A-Za-z0-9]{1,8}\s*")
# "57 FTEs in Seoul + 23 in Busan": a count at one place, then "+" and a count at another (the noun may be dropped).
_EN_PLUS_PART = re.compile(
    r"\s+(?:in|at|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*\+\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+)?(?:in|at|from)\s+(?P<place>[A-Z][\w.-]*)"
)

# "340 agent positions at its Manila site and 215 at its Cebu site": a count at one named place, then "and" and a bare
# count at another (the noun dropped; not a year: "and 2021 at"; not a month: "300 workers in March, 20 in April"). A
# place may name its state or county between commas, as US news writes it ("140 workers at its Dayton, Ohio, plant and
# 85 at its Florence, Kentucky, facility"); a name takes a full stop only inside it ("St.Louis"), not the sentence's.
# The second count may be told as more of the same ("1,200 jobs at its Lyon plant and another 400 at its plant in Metz",
# "a further 90", "about 60"): still a part of the one cut.
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
_EN_NAME = r"[A-Z](?:[\w-]|\.(?=\w))*(?:\s+[A-Z](?:[\w-]|\.(?=\w))*)?"
# A town's site may name its kind in a word or two ("65 at its Tulsa machining shop"); the head office is a site too.
# A site may be named by its kind first, the town after it ("230 workers at its foundry in Defiance, Ohio, and 145 at its
# machining plant in Kokomo, Indiana"): up to two words before the site's word, then "in <place>".
_EN_STATE = r"(?:,\s+" + _EN_NAME + r",)?"
_EN_SITE_WORD = (
    r"(?:site|plant|office|center|centre|store|hub|facility|warehouse|depot|location|foundry|forge|mill|factory|works"
    r"|shipyard|yard|mine|campus|shop|fab|terminal|headquarters|head\s+office)"
)
_EN_PLACE = (
    r"(?:(?:in|at|from)\s+(?:(?:its|the|their)\s+)?(?!" + _EN_MONTH + r")" + _EN_NAME + _EN_STATE + r"(?:\s+(?:[a-z][\w-]*\s+){0,2}?" + _EN_SITE_WORD + r")?"
    r"|at\s+(?:its|the|their)\s+(?:[a-z][\w-]*\s+){0,2}?" + _EN_SITE_WORD
    + r"(?:\s+in\s+(?!" + _EN_MONTH + r")" + _EN_NAME + _EN_STATE + r")?)"
)
_EN_AND_PLACE_PART = re.compile(
    r"\s+" + _EN_PLACE + r",?\s+and\s+(?:(?:another|a\s+further|an\s+additional|about|some|roughly|nearly|around)\s+)?(?!(?:19|20)\d\d\b)(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<place>" + _EN_PLACE + r")"
)


# Counts listed company by company or site by site, the list closed by 각각 and the cut ("A사는 45명, B사는 30명, C사는 25명을
# 각각 줄이기로", "두 공장에서 120명과 80명을 각각 감원"): the parts of one cut, summed whatever names the parts (looked for only
# where 각각 is in the text). Between two counts: a comma or 과/와/및, then up to 30 characters of a name, no digit.
_KO_EACH_SEPARATOR = r"\s*(?:,|과|와|및)\s*[^\d.!?\n,]{0,30}?"
_KO_EACH_BETWEEN = re.compile(_KO_EACH_SEPARATOR)
_KO_EACH_REST = re.compile(
    r"(?:" + _KO_EACH_SEPARATOR + r"(?:약\s*)?\d[\d,]*\s*(?:여\s*)?명)*\s*(?:을|를|이|가)?\s*각각\s*(?:[가-힣]+\s+){0,2}?"
    r"(?:줄|감원|감축|해고|내보|정리|퇴직|휴직|휴업|구조\s*조정|감소)"
)


def summed_each_lists(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts listed before 각각 and the cut ("A사는 45명, B사는 30명을 각각 줄인다") become one count: their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _KO_EACH_BETWEEN.fullmatch(text, last.end, mention.start) is not None
        and _KO_EACH_REST.match(text, mention.end) is not None,
    )


# Counts listed right after 각각 ("두 점포 직원 각각 62명과 48명이 일자리를 잃게", "세 공장에서 각각 40명, 30명, 20명을 감원"): the
# parts of one group told place by place, their sum (looked for only where 각각 is, after it).
_KO_EACH_FIRST_BEFORE = re.compile(r"각각\s*(?:약\s*)?$")


def summed_respective_lists(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts listed after 각각 ("각각 62명과 48명이") become one count: their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _KO_BARE_BETWEEN.fullmatch(text, last.end, mention.start) is not None
        and _KO_EACH_FIRST_BEFORE.search(text, max(0, last.start - 8), last.start) is not None,
    )


# Counts listed bare, one after another with nothing but a comma or 과/와/및 between ("매장별로 일하던 직원 4명, 5명, 3명도 이날
# 그만둔다"): the parts of one group, each named by the place told before the list (looked for only where "명," is).
_KO_BARE_BETWEEN = re.compile(r"\s*(?:,|과|와|및)\s*")


def summed_bare_lists(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts listed bare ("직원 4명, 5명, 3명도") become one count: their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _KO_BARE_BETWEEN.fullmatch(text, last.end, mention.start) is not None,
    )


# A count, then another group added to it with 에 … 까지 ("강사 7명에 상담 실장님 두 분까지 모두 나가야"): one group, their sum;
# the added group may be told in native words and by the honorific counter (looked for only where 까지 is).
_KO_ADDED_UNTIL = re.compile(
    r"에\s+(?:[가-힣]+\s+){0,3}?(?P<num>\d{1,3}|" + KO_NATIVE_NUMERAL + r")\s*(?:명|분)\s*까지"
)


def summed_added_groups(text: str, found: list[Headcount]) -> list[Headcount]:
    """A count with another group added by 에 … 까지 ("7명에 … 두 분까지") becomes one count: their sum."""
    summed = []
    for mention in found:
        added = _KO_ADDED_UNTIL.match(text, mention.end) if mention.role == "affected" and mention.high is None else None
        value = number(added.group("num")) if added else None
        if added is None or not value:
            summed.append(mention)
            continue
        end = added.end("num")
        summed.append(Headcount(mention.low + value, None, mention.approximate, mention.start, end, text[mention.start : end]))
    return summed


# "직영 직원 35명과 입점 브랜드 판촉사원 55명이 일자리를 잃는다": counts of two kinds of staff joined by 과 (및), the pair the
# subject or object of one loss or cut, are the parts of it (looked for only where "명과" or "명 및" is in the text).
_KO_STAFF_WORD = r"(?:직원|사원|근로자|노동자|인력|[가-힣]직|[가-힣]원|기사|간호사|교사|강사|상담사)"
_KO_STAFF_BEFORE = re.compile(_KO_STAFF_WORD + r"\s*$")
_KO_STAFF_NEXT = re.compile(r"\s*(?:과|및)\s+(?:[가-힣·]+\s+){0,3}?[가-힣·]*" + _KO_STAFF_WORD + r"\s*")
_KO_ONE_LOSS_AFTER = re.compile(
    r"\s*(?:이|가|을|를|은|는)\s+(?:[^.\n]{0,16}?)(?:일자리를\s*잃|직장을\s*잃|해고|감원|감축|내보내|정리\s*해고|권고사직|실직|회사를\s*떠나|퇴직)"
)


def summed_staff_kinds(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts of two kinds of staff joined by 과 before one loss ("직원 35명과 판촉사원 55명이 일자리를 잃는다") become one
    count, their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _KO_STAFF_NEXT.fullmatch(text, last.end, mention.start) is not None
        and _KO_STAFF_BEFORE.search(text, max(0, last.start - 8), last.start) is not None
        and _KO_ONE_LOSS_AFTER.match(text, mention.end) is not None,
    )


def summed_site_lists(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts listed site by site ("포항공장 120명, 광양공장 85명을") become one count: their sum."""
    return summed_pairs(text, found, lambda last, mention: _listed_after(text, last, mention))


def _listed_after(text: str, last: Headcount, mention: Headcount) -> bool:
    if last.high is not None or mention.high is not None:
        return False
    if last.role == mention.role == "affected" and _KO_LIST_NEXT.fullmatch(text, last.end, mention.start) is not None:
        return _KO_SITE_BEFORE.search(text, max(0, last.start - 24), last.start) is not None
    return (
        last.role in _COUNTED_ROLES and mention.role in _COUNTED_ROLES
        and _KO_NAMED_NEXT.fullmatch(text, last.end, mention.start) is not None
        and "별" in text[max(0, last.start - 40) : last.start]
        and _KO_PER_SITE_LABEL.search(text, max(0, last.start - 40), last.start) is not None
    )


# "210 roles going in Leeds, 140 in Cardiff and 95 in Glasgow": a count at one place (a participle may stand between),
# then bare counts at others, each after a comma, "and" or "+" (not a month: "in March, 20 in April" are two rounds); the
# comma may be the one closing a place's state ("120 in Dalton, Georgia, 75 in Florence, Alabama, and 40 in Tupelo").
_EN_LEAD_PLACE = re.compile(r"\s+(?:(?:going|lost|cut|affected|at\s+risk|to\s+go)\s+)?" + _EN_PLACE)
_EN_LISTED_PART = re.compile(
    r"(?:,\s+(?:and\s+)?|,?\s+and\s+|\s*\+\s*|(?<=,)\s+(?:and\s+)?)(?!(?:19|20)\d\d\b)(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z-]+\s+)?(?P<place>"
    + _EN_PLACE + r")"
)


# "The Dalton closure will cost 210 jobs and the Rome closure 95.": a second site's count told after its name and the
# measure's or the site's word, the verb and the noun left out (gapped); the count ends the clause.
_EN_AND_GAPPED_PART = re.compile(
    r",?\s+and\s+(?:the|its)\s+(?P<place>" + _EN_NAME + r"\s+(?:closure|closing|shutdown|layoffs?|cuts?|plant|mill|site|factory"
    r"|store|office|facility|mine|location))\s+(?:(?:about|roughly|some|nearly|another)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?=\s*(?:[.;,)]|$))"
)

# "The plant in Perry employs about 900 workers and the one in Dover, Ohio, about 400": a second site's count told after
# "and the one (the other) in <place>", its verb and noun left out; the count ends the clause.
_EN_AND_THE_ONE_IN = re.compile(
    r",?\s+and\s+the\s+(?:one|other(?:\s+one)?)\s+" + _EN_PLACE + r",?\s+(?:(?:about|roughly|some|nearly|around|another)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[.;,)]|$))"
)


def summed_other_sites(text: str, found: list[Headcount]) -> list[Headcount]:
    """A count (of the affected or a site's workforce) followed by "and the one in <place>, N" becomes one count of
    that role, their sum (asked only where " and the one " or " and the other " is)."""
    summed = []
    for mention in found:
        part = _EN_AND_THE_ONE_IN.match(text, mention.end) if mention.high is None and mention.role in ("affected", "workforce") else None
        if part is None:
            summed.append(mention)
            continue
        total = mention.low + (number(part.group("num")) or 0)
        summed.append(Headcount(total, None, mention.approximate, mention.start, part.end(), text[mention.start : part.end()], mention.role))
    return summed


def _place_parts(text: str, end: int):
    """The parts told after a count ending at `end`: "+ N in <place>", "and N at <place>", "and the <place> closure N", or
    a list of them."""
    part = _EN_PLUS_PART.match(text, end) or _EN_AND_PLACE_PART.match(text, end) or _EN_AND_GAPPED_PART.match(text, end)
    if part is None:
        lead = _EN_LEAD_PLACE.match(text, end)
        if lead is None:
            return
        part_end = lead.end()
    else:
        yield part
        part_end = part.end()
    while part := _EN_LISTED_PART.match(text, part_end):
        yield part
        part_end = part.end("place")


# Sites listed by name, each with its count after "with", the list split by semicolons ("will close three stores: Dayton, with
# 45 employees; Toledo, with 38; and Akron, with 52"): the parts of one closure, their sum (looked for only where "; " and
# ", with " are, after a count of the affected told the same way).
_EN_WITH_BEFORE = re.compile(_EN_NAME + r",\s+with\s+(?:(?:about|some|roughly|nearly)\s+)?$")
_EN_WITH_PART = re.compile(
    r";\s+(?:and\s+)?" + _EN_NAME + r",\s+with\s+(?:(?:about|some|roughly|nearly)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?!\s*(?:%|percent|years?|stores|sites|locations))"
)


def summed_with_parts(text: str, found: list[Headcount]) -> list[Headcount]:
    """A count told "<place>, with N employees" followed by "; <place>, with M" parts becomes one count, their sum; the
    counts inside the parts are dropped."""
    summed: list[Headcount] = []
    skip_until = -1
    for mention in found:
        if mention.start < skip_until:
            continue
        end, total = mention.end, mention.low
        if mention.role == "affected" and mention.high is None and _EN_WITH_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            while part := _EN_WITH_PART.match(text, end):
                total += number(part.group("num")) or 0
                end = part.end()
        if end == mention.end:
            summed.append(mention)
            continue
        skip_until = end
        summed.append(Headcount(total, None, mention.approximate, mention.start, end, text[mention.start : end], "affected"))
    return summed


def summed_plus_parts(text: str, found: list[Headcount]) -> list[Headcount]:
    """An English count followed by "+ N in <place>", "and N at <place>" or ", N in <place>" parts becomes one count,
    their sum (looked for only after a count)."""
    summed = []
    for mention in found:
        end, total = mention.end, mention.low
        if mention.role == "affected" and mention.high is None:
            for part in _place_parts(text, end):
                total += number(part.group("num")) or 0
                end = part.end()
        if end == mention.end:
            summed.append(mention)
        else:
            summed.append(Headcount(total, None, mention.approximate, mention.start, end, text[mention.start : end], "affected"))
    return summed


# A schedule of waves, one a line, each led by its label and its count ("Phase 1: 60 employees – last day August 16",
# "2차: 40명 (10월 31일 퇴직)"): the waves are the parts of one cut.
_PHASE_LABEL = re.compile(r"(?:[Pp]hase|PHASE|[Ww]ave|WAVE|[Ss]tage|[Rr]ound|[Tt]ranche)\s*\d{1,2}\s*[:\-–—)]\s*$|\d{1,2}\s*차\s*[:\-–—)]?\s*$")


def summed_phase_lines(text: str, found: list[Headcount]) -> list[Headcount]:
    """Counts that each open a line labeled as a phase or a wave become one count, their sum (two lines or more)."""
    phased = [mention for mention in found if mention.role == "affected" and mention.high is None and _opens_phase_line(text, mention)]
    if len(phased) < 2:
        return found
    total = reduce(lambda so_far, mention: added(text, so_far, mention), phased)
    return sorted([mention for mention in found if mention not in phased] + [total], key=lambda mention: mention.start)


# A cut told in waves inside one sentence, each count led by its wave's label ("1차로 다음 달 영업 부문에서 70명을, 2차로 9월
#생산 부문에서 45명을 감원", "the first phase, 300 roles in sales, …; a second phase of 200 roles will follow"): the waves are
# the parts of one cut, summed when their labels count up (not an earlier round told beside this one: see _EARLIER).
_KO_WAVE_LABEL = re.compile(r"(?:(?P<n>\d)\s*(?:차|단계)|(?P<first>첫)\s*(?:번째|단계))\s*(?:로|에|에서|분|분으로)?\s")
_EN_WAVE_LABEL = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|final)\s+(?:phase|wave|stage|tranche)|(?:phase|wave|stage|tranche)\s+(?P<n>\d))\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "final": 9}
# A wave told as done before this one ("1차로 지난해 …", "a first wave last year"): rounds, not parts of one plan.
_EARLIER = re.compile(r"지난해|작년|지난\s*\d{1,2}\s*월|\blast\s+year\b|\bearlier\s+this\s+year\b|\balready\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def summed_waves(text: str, found: list[Headcount], lang: str) -> list[Headcount]:
    """Counts in one sentence, each led by a wave's label whose number counts up ("1차로 … 70명을, 2차로 … 45명을"), become
    one count: their sum (looked for only where a wave's word is in the text)."""
    label = _KO_WAVE_LABEL if lang == "ko" else _EN_WAVE_LABEL
    waves: list[tuple[int, Headcount, int]] = []  # (the wave's number, the count, where its label starts)
    merged: list[Headcount] = []
    for mention in found:
        wave = _wave_before(text, mention, label, merged[-1].end if merged else 0)
        last = waves[-1] if waves and merged and merged[-1] is waves[-1][1] else None
        if wave and last and wave[0] > last[0] and _one_plan(text, last[2], mention.start):
            total = added(text, last[1], mention)
            merged[-1] = total
            waves[-1] = (wave[0], total, last[2])
        else:
            merged.append(mention)
            if wave:
                waves.append((wave[0], mention, wave[1]))
    return merged


def _wave_before(text: str, mention: Headcount, label: re.Pattern[str], since: int) -> tuple[int, int] | None:
    """(the wave's number, where its label starts) of the label in the 60 characters before a plain count of the affected,
    after the count before it and in the count's sentence."""
    if mention.role != "affected" or mention.high is not None:
        return None
    found = None
    for match in label.finditer(text, max(since, mention.start - 60), mention.start):
        found = match
    if found is None or _SENTENCE_END.search(text, found.end(), mention.start):
        return None
    groups = found.groupdict()
    number_ = int(groups["n"]) if groups.get("n") else 1 if groups.get("first") else _ORDINALS[groups["ord"].lower()]
    return number_, found.start()


def _one_plan(text: str, start: int, end: int) -> bool:
    """The waves from `start` to `end` are told in one sentence, none of them as done before this one."""
    return _SENTENCE_END.search(text, start, end) is None and _EARLIER.search(text, start, end) is None


def _opens_phase_line(text: str, mention: Headcount) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start <= 16 and _PHASE_LABEL.search(text, line_start, mention.start) is not None


# A table's header whose first cell names sites ("점포명 | 영업 종료 시기 | 소속 직원", "Store | Closing date | Employees"):
# its rows list the sites a measure reaches, each row's count the people there.
_SITE_HEADER = re.compile(
    r"[^\S\n]*(?:[가-힣]*(?:점포|지점|공장|사업장|매장|센터|사업소|현장|지사)(?:명)?"
    r"|(?i:stores?|sites?|locations?|branch(?:es)?|plants?|depots?|facilit(?:y|ies)|offices?|warehouses?)(?:\s+name)?)[^\S\n]*\|"
)
# "Seventeen nurses and seven surgical technicians will be laid off": two counts of people joined by "and" alone are the
# parts of one group (not "40,000 students and 8,000 employees": students are no count of people here at all).
# A count read up to a kind that is itself a noun ("210 hourly" of "210 hourly workers and 45 salaried employees") has its
# noun between the two.
_EN_AND_BETWEEN = re.compile(
    r"(?:\s+(?:workers|employees|staff|people|staffers|members))?,?\s+and\s+(?:(?:about|some|roughly|nearly|around|another|approximately)\s+)?"
)


def summed_table_rows(text: str, found: list[Headcount]) -> list[Headcount]:
    """The counts of a table's consecutive rows, in one column under a header of sites, become one count: their sum
    (looked for only in a text with a "|"; a table of kinds of measure, "구분 | 인원", is not summed)."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _next_row_same_column(text, last, mention) and _under_site_header(text, last),
    )


# A table whose column is named as the cut ("| 부서 | 현원 | 감원 |", "| Department | Headcount | Layoffs |"): its rows' cells
# in that column are the parts of one cut, whatever the rows name (departments, sites, teams); a totals row ("합계", "Total")
# is the sum itself. Not a column of the staff now (현원, 정원, "Headcount"), nor one of a pool (대상).
_CUT_COLUMN = re.compile(
    r"\s*(?:(?:감원|감축|해고|정리\s*해고|퇴직|희망\s*퇴직|권고\s*사직)\s*(?:예정\s*)?(?:인원|대상\s*인원|대상자|자|수|규모)?"
    r"|(?i:layoffs?|job\s+cuts|cuts|jobs\s+cut|redundancies|separations|(?:positions|roles|jobs)\s+(?:cut|eliminated|affected)"
    r"|(?:employees|workers|staff)\s+(?:affected|impacted|laid\s+off)|affected|impacted))"
    r"\s*(?:\((?:명|people|persons)\))?\s*"
)
_CELL_COUNT = re.compile(r"\s*(?:약\s*)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*(?:명|people|persons)?\s*")
_TOTALS_ROW = re.compile(r"\s*(?:합계|총계|계|총\s*인원|전체|(?i:total|totals|all))\s*")
_RULE_ROW = re.compile(r"[\s|:\-–—=+]*")
# A row named by a year ("| 2023 | 210 |"): a table of figures over time, not the parts of one cut.
_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*(?:년|년도)?\s*")


def summed_cut_column(text: str, found: list[Headcount]) -> list[Headcount]:
    """The cells of a table's column named as the cut become one count, their sum (or the totals row); the counts found
    in the table's rows give way to it (looked for only in a text with a "|" and a line break)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        if line.count("|") < 2:
            continue
        cells = line.split("|")
        column = next((at for at, cell in enumerate(cells) if cell.strip() and _CUT_COLUMN.fullmatch(cell)), None)
        if column is None:
            continue
        total = _column_total(lines, offsets, index + 1, column, len(cells))
        if total is None:
            continue
        kept = [mention for mention in found if not total.start <= mention.start < total.end]
        return sorted(kept + [total], key=lambda mention: mention.start)
    return found


def _column_total(lines: list[str], offsets: list[int], first: int, column: int, width: int) -> Headcount | None:
    """The sum of `column`'s counts in the rows from line `first` on (rows of `width` cells), or its totals row."""
    parts: list[tuple[int, int, int]] = []  # (count, start, end)
    end = None
    for index in range(first, len(lines)):
        cells = lines[index].split("|")
        if len(cells) != width:
            break
        if _RULE_ROW.fullmatch(lines[index]):
            continue
        start = offsets[index] + sum(len(cell) + 1 for cell in cells[:column])
        count = _CELL_COUNT.fullmatch(cells[column])
        if count is None or any(_YEAR_CELL.fullmatch(cell) for cell in cells[:column]):
            return None
        value = int(count.group("num").replace(",", ""))
        end = offsets[index] + len(lines[index])
        if any(_TOTALS_ROW.fullmatch(cell) for cell in cells[:column] if cell.strip()):
            parts = [(value, parts[0][1] if parts else start, end)]
            break
        parts.append((value, start, end))
    if not parts or end is None:
        return None
    start, text = parts[0][1], "\n".join(lines[first : first + len(parts)])
    return Headcount(sum(value for value, _, _ in parts), None, False, start, end, text.strip(), "affected")


def summed_and_parts(text: str, found: list[Headcount]) -> list[Headcount]:
    """English counts of people joined by "and" alone ("17 nurses and 7 technicians") become one count, their sum."""
    return summed_pairs(
        text, found,
        lambda last, mention: both_plain_affected(last, mention)
        and _EN_AND_BETWEEN.fullmatch(text, last.end, mention.start) is not None,
    )


def summed_pairs(text: str, found: list[Headcount], joined) -> list[Headcount]:
    """Each count that `joined` ties to the one before (a sum of parts so far, or a single count) is added to it."""
    merged: list[Headcount] = []
    for mention in found:
        last = merged[-1] if merged else None
        if last is not None and joined(last, mention):
            merged[-1] = added(text, last, mention)
        else:
            merged.append(mention)
    return merged


def added(text: str, last: Headcount, mention: Headcount) -> Headcount:
    """One count of the affected: `last` (a single count or a sum so far) and `mention` after it, added."""
    return Headcount(
        last.low + mention.low, None, last.approximate or mention.approximate, last.start, mention.end,
        text[last.start : mention.end], "affected",
    )


def both_plain_affected(last: Headcount, mention: Headcount) -> bool:
    """Both counts of the affected, neither a range."""
    return last.role == mention.role == "affected" and last.high is None and mention.high is None


def _cell(text: str, at: int) -> tuple[int, int, int] | None:
    """(line start, line end, column) of the table cell holding position `at`, or None outside a table's row."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = len(text) if end < 0 else end
    if text.count("|", start, end) < 1:
        return None
    return start, end, text.count("|", start, at)


def _next_row_same_column(text: str, last: Headcount, mention: Headcount) -> bool:
    before, after = _cell(text, last.end - 1), _cell(text, mention.start)
    return before is not None and after is not None and after[0] == before[1] + 1 and after[2] == before[2]


def _under_site_header(text: str, mention: Headcount) -> bool:
    """The table the count at `mention` (its first row, or a sum of rows) stands in has a header of sites."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if line_start == 0:
        return False
    header_start = text.rfind("\n", 0, line_start - 1) + 1
    return _SITE_HEADER.match(text, header_start, line_start - 1) is not None
