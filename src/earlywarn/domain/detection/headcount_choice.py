"""Which of a text's headcount mentions is the number affected: a count of this round near the event, before an
earlier round's, a rounded one told exactly, a sum of parts before any one part."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .counts import EN_FIGURE_NOW_IS, EN_FIGURE_WORDS, EN_REVISED_FIGURE, EN_REVISING_VERB, Headcount
from .headcount import mention_sentence
from .pools import counted_roles
from .text import Sentences


# A count dated to an earlier round ("After cutting 500 jobs last year, … another 130"; "지난해 희망퇴직으로 3백명이
#회사를 떠난 ○○증권이 올해도 …"): the year marker in the same clause, right after the count (English) or before it
# (Korean, verb-final). It yields to a count of this round when one is stated.
# A year names an earlier round only when it is before the notice's ("to cut 3,000 jobs in 2026", told in 2026, is this one).
# So is a wave told as done already ("A first wave of 400 roles was already completed; a second wave of 250 …").
_EARLIER_ROUND_AFTER = re.compile(
    r"^[^.;:!?\n]{0,20}?\b(?:last\s+year|a\s+year\s+ago|in\s+(?P<year>(?:19|20)\d\d)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+already\s+(?:completed|done|carried\s+out|finished|made))\b",
    re.IGNORECASE,
)
# "months after the company eliminated about 1,900 jobs", "after cutting 500 roles": a cut told as what came before.
_EN_EARLIER_ROUND_BEFORE = re.compile(
    r"(?:\b(?:months|weeks|years|year|month)\s+after\s+(?:[\w,\x27-]+\s+){0,4}?(?:eliminated|cut|laid\s+off|shed|axed|slashed)"
    r"|\bafter\s+(?:cutting|eliminating|laying\s+off|shedding|axing|slashing))"
    r"\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# Not "지난해 말 접수한 희망퇴직 신청자 가운데 342명": late last year is this round's run-up, told in January.
# The year marks the count right after it, not one told after another count or this year's marker ("지난해 300명에 이어 올해
# 200명을 추가로": the 200 are this round's).
_EARLIER_ROUND_BEFORE = re.compile(
    r"(?:지난해|작년|전년)(?!\s*(?:말|연말|하반기|12월|4분기))(?:에|에도|에는|엔)?\s(?:(?!\d\s*명|올해|이번)[^.,!?\n]){0,20}$"
)  # ("작년엔", as people write it.)
# The sum of the cuts told one by one ("a software maker is cutting 900, a storage firm 400 … — in all, roughly 1,450 jobs";
# "두 회사를 합쳐 320명"): the people affected in all, before any one part.
_SUM_OF_PARTS_BEFORE = re.compile(
    r"(?:\b(?:in\s+all|in\s+total|all\s+told|altogether|combined)|(?:합쳐|합하면|통틀어)|명\s*등(?:\s*(?:직원|임직원|종업원|근로자|노동자|인력|인원))?)\s*,?\s*"
    r"(?:(?:about|roughly|some|nearly|around|approximately|more\s+than|over|약|모두)\s*)?$",
    re.IGNORECASE,
)
# Only some of a closing site's staff go, the rest moved ("expected some redundancies", "redeploy as many … as possible").
_ONLY_SOME_GO = re.compile(
    r"\b(?:some|a\s+(?:small\s+)?number\s+of|a\s+few)\s+(?:redundancies|job\s+losses|layoffs|job\s+cuts)\b"
    r"|\bredeploy\s+as\s+many\s+(?:[\w-]+\s+){0,2}?as\s+possible\b",
    re.IGNORECASE,
)
# Counts listed, then their total after 등 ("직원 210명과 하청 근로자 40명 등 250명이"), the staff's word may stand before it
# ("조리사 3명과 홀 직원 4명 등 직원 7명"): the total is the sum of parts.
# The last character of each way _SUM_OF_PARTS_BEFORE can end, in either case ("in all", "combined,", "합쳐", "약"):
# a text whose last other character before the count is none of them is told without the case-insensitive pattern,
# which is tried at each of the 24 positions (~2 us a count).
_SUM_OF_PARTS_LAST = frozenset("ldrtyenLDRTYEN,쳐면어약두등원자력")
# The count told as the final one after an earlier tally ("마감 당시 540명이었는데 … 최종 대상자는 512명으로 확정됐다",
# "the final count is 460"; "최종 감원 인원을 72명으로 확정", a count revised upward; a post's "최종 명단 80명 확정", the final list): the people affected, as a sum of parts is, before any count told along the way.
_FINAL_COUNT_BEFORE = re.compile(
    r"(?:최종\s*(?:확정\s*)?(?:대상자|대상\s*인원|인원|규모|명단|신청자|퇴직자|(?:감원|감축|해고|퇴직)\s*(?:규모|인원|대상자?)|집계)(?:는|은|가|이|을|를)?"
    r"|\bfinal\s+(?:count|number|figure|tally|total)\s+(?:is|was|came\s+to|stands\s+at|stood\s+at))\s*"
    r"(?:(?:about|roughly|some|nearly|around|approximately|약)\s*)?$",
    re.IGNORECASE,
)
# A count told after another as its new figure ("당초 발표한 200명에서 350명으로 늘렸다", "전체 300명에서 40명이"): the later one
# is the people affected now, the earlier a first plan or the pool they come from.
_KO_REVISED_FROM_BEFORE = re.compile(r"\d\s*명\s*에서\s*(?:약\s*)?$")
# A count corrected, told after the one it replaces ("확정 인원은 500명이 아니라 350명", "not 500 jobs but 350 jobs"): the people
# affected, before the wrong count told again elsewhere (a correction quotes the headline it corrects).
# A speaker's correction of a count just said ("이백 명, 아 죄송합니다, 이백열두 명", "삼십 명, 아니 삼십오 명", "one hundred
# fifty — I'm sorry, one hundred and seventy — nurses", "200, I mean 220 workers"): the count after it.
_CORRECTED_BEFORE = re.compile(
    r"\d\s*명\s*(?:이|가)?\s*아니(?:라|고)\s*,?\s*(?:약\s*)?$|\bnot\s+\d[\d,]*(?:\s+[a-z]+){0,2}\s*,?\s+but\s+(?:about\s+)?$"
    r"|[\d일이삼사오육칠팔구십백천만]\s*명\s*[,.…]?\s*(?:아|어|아,)?\s*(?:죄송합니다|죄송해요|미안합니다|정정합니다|아니(?:요|오|지)?)\s*[,.…]?\s*(?:약\s*)?$"
    r"|\b(?:\d|[a-z]+[-\s])[\d,a-z-]*\s*(?:[a-z]+\s*)?[,—–-]+\s*(?:i'm\s+sorry|i’m\s+sorry|sorry|i\s+mean|correction|rather)\s*[,—–-]*\s*(?:about\s+)?$",
    re.IGNORECASE,
)
# A correction's figure told after the one reported ("…을 '1,200명'으로 보도했으나, 회사 측 확인 결과 '1,020명'이기에
# 바로잡습니다", "기재했으나 … 으로 확인됐다"): the corrected count wins over the wrong one quoted before it.
_KO_REPORTED_WRONG_BEFORE = re.compile(r"(?:보도|기재|표기|게재)(?:했|하였|됐|되었)(?:으나|지만|는데)[^.\n\d]{0,25}?$")
# A correction's headline or line with the wrong figure, an arrow, then the right one ("신청자 '350명'→'530명'", "감원 120 ->
# 210명", "350명으로 잘못 적었기에 530명으로 바로잡습니다"): the count after the arrow, or after the wrong one's 잘못 적은/쓴, is
# the corrected count (asked only where an arrow or 잘못 is just before it).
_ARROWED_BEFORE = re.compile(r"\d\s*(?:여\s*)?(?:명|people|workers|jobs)?\s*['’\"”]?\s*(?:→|->|=>|⇒)\s*['‘\"“]?\s*(?:약\s*)?$")
_KO_WRITTEN_WRONG_BEFORE = re.compile(r"잘못\s*(?:적|썼|쓴|쓰|기재|표기|보도|게재|전|알려)[가-힣]*\s+$")
# A count revised in a follow-up, told as the number it now is ("the company raised the number to 130", "lowered the
# number of layoffs to 90", "lowered that to 180"; bare_counts.py finds it): the people affected now, before the first count told.
_EN_NUMBER_REVISED_BEFORE = re.compile(
    r"\b" + EN_REVISING_VERB + r"\s+(?:" + EN_REVISED_FIGURE + r"\b"
    r"[^.;]{0,40}?\bto|that\s+to)\s+(?:(?:about|roughly|nearly|some|around|approximately)\s+)?$"
)
# The cuts' figure told as what it now is ("told the union the number would be 520"; bare_counts.py finds it): the count now.
_EN_FIGURE_NOW_BEFORE = re.compile(
    r"\b" + EN_REVISED_FIGURE + EN_FIGURE_NOW_IS + r"\s+(?:(?:about|roughly|nearly|some|around|approximately)\s+)?$", re.IGNORECASE
)
# The last words of _EN_FIGURE_NOW_BEFORE's matches (before an approximation): a tail without one is not searched.
_FIGURE_NOW_ENDS = (" be ", " now ", " to ", " at ")
# The count an amended filing gives ("The original notice listed 500 workers; the amended notice says 420 will be laid off",
# "the revised WARN filing lists 85 employees"): the latest word of the filer, before the count it replaces. The filing
# may be dated in between ("the amended notice filed Monday now lists 124 employees").
_EN_AMENDED_FILING_BEFORE = re.compile(
    r"\b(?:amended|revised|updated|corrected)\s+(?:warn\s+)?(?:notice|filing|notification|letter)\s+"
    r"(?:(?:filed|submitted|sent|received|dated)\s+(?:[\w,.]+\s+){0,3}?)?(?:now\s+)?"
    r"(?:says|said|lists|listed|shows|showed|puts|reports|reported|states|stated|gives|covers)\s+(?:that\s+)?"
    r"(?:(?:about|roughly|nearly|some|around|approximately|only|just)\s+)?$",
    re.IGNORECASE,
)
# A filing that puts the number of the cut told before at a count ("had said in May it would lay off about 300 workers. A
# WARN notice filed Tuesday puts the number at 342"): the filer's count, before the first one told.
_EN_FILING_PUTS_BEFORE = re.compile(
    r"\b(?:notice|filing|notification)\s+(?:[\w,.\x27-]+\s+){0,6}?puts\s+the\s+(?:number|figure|total|count)\s+at\s+"
    r"(?:(?:about|roughly|nearly|some|around|approximately)\s+)?$",
    re.IGNORECASE,
)
# A count a follow-up gives as the one that holds now ("it had said it would lay off 400; it now says 550 employees will
# lose their jobs", "now expects to cut 75 jobs, down from 200"): the people affected now, before the first plan's count.
_EN_NOW_SAYS_BEFORE = re.compile(
    r"\bnow\s+(?:says?|said|expects?|plans?|puts?|estimates?|intends?|projects?)\b(?:\s+(?:that|it|to|will|would|about|roughly"
    r"|around|some|nearly|cut|eliminate|lay\s+off|shed|reduce))*\s+$",
    re.IGNORECASE,
)
# A cut's size revised, told as the count it becomes ("당초 300명이던 감원 규모를 450명으로 늘렸다", "감축 인원을 80명으로 줄였다"):
# the people affected now (not a workforce cut to a size, "직원 수를 900명으로 줄인다": the ones who stay).
_KO_CUT_SIZE_BEFORE = re.compile(
    r"(?:감원|감축|해고|퇴직|희망\s*퇴직|구조\s*조정)\s*(?:규모|인원|대상\s*인원|대상자|목표)(?:을|를)\s*(?:[^.\n\d]{0,12}?\s)?(?:약\s*)?$"
)
_KO_REVISED_TO_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:늘|줄|확대|축소|조정|상향|하향|변경|확정)")
# A count that grew from one told as the first estimate ("당초 200명 안팎으로 알려졌으나 … 근로자는 260명으로 늘었다"): the
# latest count, asked only where the first estimate's word stands within _KO_FIRST_ESTIMATE_REACH characters before it.
# ... or told as what it will be ("당초 200명 … 감원 인원이 260명이 될 것", "300명으로 늘어날 전망"), as "the number would be 520".
_KO_GREW_TO_AFTER = re.compile(r"\s*(?:(?:으로|로)\s*(?:늘었|늘어났|늘어|불어났|불었|증가했|불어날)|(?:이|가)\s*될\s*(?:것|전망|예정))")
_KO_FIRST_ESTIMATE_WORDS = ("당초", "애초")
_KO_FIRST_ESTIMATE_REACH = 120
# A buyout's result told as a form: the applicants, then the ones approved ("신청자: 131명 / 승인: 124명", "승인 인원은
# 124명"): those approved are the people who leave, told last as a final count is.
_APPROVED_COUNT_BEFORE = re.compile(
    r"승인\s*(?:인원|자|대상자)?\s*(?:[:：]|(?:는|은)\s)\s*(?:약\s*)?$"
)
# The text says the count of the people affected is not told ("It has not said how many it hopes will take the deal",
# "휴직 인원은 밝히지 않았다"): a count the trigger does not name is then another group's (the site's staff, the ones an
# offer is open to), not theirs.
_EN_COUNT_UNTOLD = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|would|will|could)(?:\s+not|n\x27t)\s+(?:yet\s+)?|declined\s+to\s+|refused\s+to\s+|yet\s+to\s+)"
    r"(?:say|said|disclose|disclosed|specify|specified|reveal|revealed|give|given|announce|announced)\s+how\s+many\b",
    re.IGNORECASE,
)
_KO_COUNT_UNTOLD = re.compile(
    r"(?:인원|인원수|숫자|대상자\s*수|(?:감원|감축|해고|휴직|휴업|퇴직)\s*규모)(?:은|는|을|를|도)?\s*(?:아직\s*)?(?:구체적으로\s*)?"
    r"(?:밝히지|공개하지|발표하지)\s*않"
)
# A buyout with no number sought ("회사는 목표 인원을 따로 정하지 않았다"): a count told is then of those it is open to (not a
# further round's target, "추가 감원 목표를 정하지 않았다": this round's count stands).
_KO_NO_TARGET = re.compile(
    r"(?P<before>[^.\n]{0,8})(?:목표\s*(?:인원|인원수|규모)?|모집\s*인원)(?:은|는|을|를|도)?\s*(?:아직\s*)?(?:따로\s*|별도로\s*)?(?:정하지|두지)\s*않"
)
# A stop or a closure told as reaching only part of the staff, the part left vague ("temporary layoffs for most of the
# mine crew", "some of its hourly workers", "일부 생산직 직원을 휴업"): the site's whole workforce is not the count.
_EN_STOP_ON_PART = re.compile(
    r"\b(?:most|some|many|part|much|(?:a|one)\s+(?:portion|share|number|third|half))\s+of\s+(?:the|its|their|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:crews?|workforce|staff|employees|workers|hourly|shifts?|team)\b",
    re.IGNORECASE,
)
_KO_STOP_ON_PART = re.compile(r"(?:일부|상당수)(?:의)?\s*(?:[가-힣]+\s+){0,1}?(?:직원|인력|근로자|생산직|사원)")
# ... or a chain closes some of its sites and keeps the rest open ("secured financing to keep most of its remaining roughly
# 700 stores open", "its other 40 branches will stay open"): the company's whole staff is not the closing sites'.
_EN_SITES_KEPT_OPEN = re.compile(
    r"\b(?:keep|keeps|keeping|kept)\s+(?:most|many|all|the\s+rest|some|the\s+remaining|the\s+other)\s+(?:of\s+)?(?:its|the|their|our)?\s*"
    r"(?:[\w~,-]+\s+){0,3}?(?:stores|sites|locations|branches|plants|restaurants|outlets|shops|clinics|offices|mills|factories)\s+open\b"
    r"|\b(?:remaining|other)\s+(?:[\w~,-]+\s+){0,3}?(?:stores|sites|locations|branches|plants|restaurants|outlets|shops|clinics|offices|mills|factories)"
    r"\s+(?:will\s+)?(?:stay|stays|remain|remains)\s+open\b",
    re.IGNORECASE,
)
# ... or offered to volunteers among the staff ("승무원 3,000명 가운데 희망자를 대상으로 무급휴직 신청을 받는다", "asked for
# volunteers among its 900 cabin crew to take unpaid leave"): only those who apply stop, a part the text leaves untold.
_KO_VOLUNTEERS_ONLY = re.compile(r"희망자(?:를|에\s*한|만|에게|\s*위주)|희망하는\s*(?:직원|인원|근로자|사람|승무원|조합원)")
_EN_VOLUNTEERS_ONLY = re.compile(
    r"\b(?:volunteers?\s+(?:from|among)|(?:seek|seeks|sought|seeking|ask\w*|call\w*|invit\w*)\s+(?:for\s+)?volunteers"
    r"|on\s+a\s+voluntary\s+basis|who\s+volunteer)\b",
    re.IGNORECASE,
)
# How close an exact count must be to a rounded one ("nearly 500" in a headline, "493 workers" in the body;
# "60여명 신청" then "모두 62명이 신청") to be the same people told exactly.
_SAME_PEOPLE_RATIO = 0.8


def pick_headcount(
    mentions: list[Headcount],
    sentences: Sentences,
    event_sentences: list[int],
    *,
    minimum: int,
    whole_site: bool = False,
    offer: bool = False,
    trigger_spans: Sequence[tuple[int, int]] = (),
    this_year: int | None = None,
) -> Headcount | None:
    """The number the trigger itself names ("10명을 줄인다", "eliminate 150 positions"), else the
    mention closest after the first event sentence: news states the event, then the number.

    The whole workforce counts only when nothing else is stated and the whole site stops
    (a closure or a suspension). A count standing alone as a sentence is the headline of the
    sentence after it, and is measured from there. A pool told as its size (role "pool") is the people affected but
    for an `offer` (희망퇴직, buyouts): there it is the ones eligible to apply, not a count of those who go.
    `this_year`: the notice's year, before which a year told with a count ("in 2024") dates an earlier round."""
    if not mentions or not event_sentences:
        return None
    first = event_sentences[0]

    def rank(mention: Headcount) -> tuple[int, int, int, int, int]:
        """The order of preference but for the round: a sum of parts first, then closeness."""
        index = mention_sentence(sentences, mention)
        gap = index - first if index >= first else 10 + first - index
        named = _named(mention, trigger_spans)
        summed = _summed_before(sentences.text, mention.start) or _final_before(sentences.text, mention.start) or _revised_korean(sentences.text, mention)
        return (0 if summed else 1, 0 if named else 1, 0 if index in event_sentences else 1, gap, mention.start)

    def closest(usable: list[Headcount]) -> Headcount | None:
        """The min of (summed, earlier round, rank…): among the counts of the best sum-of-parts rank, the first of this
        round in the rank's order, else none. The round (two regexes) is asked of the first counts only."""
        ranked = sorted(((rank(m), m) for m in usable), key=lambda pair: pair[0])
        best = [m for key, m in ranked if key[0] == ranked[0][0][0]]
        # None when every count is an earlier round's ("작년엔 7백명 넘게 나갔다": not the people this round affects).
        return next((m for m in best if not _of_earlier_round(sentences.text, m, this_year)), None)

    affected = counted_roles(offer)
    usable = [m for m in mentions if m.low >= minimum and m.role in affected]
    if count_untold(sentences.text):
        # The text says how many is not told: no workforce, share or part stands in for the count, and beside an offer
        # only a count the trigger names is of those who take it (the others are the ones it is open to).
        usable = [m for m in usable if _named(m, trigger_spans)] if offer else usable
        return closest(usable) if usable else None
    for fallback in ("share", "part"):
        usable = usable or [m for m in mentions if m.low >= minimum and m.role == fallback]
    if not usable and whole_site and not _only_part_affected(sentences.text):
        # Not a workforce of which only a share stops ("two-thirds of their 30,000 employees").
        shares = [(m.start, m.end) for m in mentions if m.role == "share"]
        usable = [
            m for m in mentions
            if m.low >= minimum and m.role != "share" and not any(start <= m.start and m.end <= end for start, end in shares)
        ]
    chosen = closest(usable) if usable else None
    return _told_exactly(chosen, usable) if chosen else None


def _named(mention: Headcount, trigger_spans: Sequence[tuple[int, int]]) -> bool:
    """The count stands inside a trigger's match ("eliminate 150 positions")."""
    return any(mention.start < end and start < mention.end for start, end in trigger_spans)


def count_untold(text: str) -> bool:
    """The text says how many are affected is not told ("has not said how many", "휴직 인원은 밝히지 않았다"): asked only
    where "how many" or "않" with 밝히지/공개하지/발표하지 is in the text."""
    if "ow many" in text:
        return _EN_COUNT_UNTOLD.search(text) is not None
    if "않" not in text:
        return False
    if ("밝히지" in text or "공개하지" in text or "발표하지" in text) and _KO_COUNT_UNTOLD.search(text) is not None:
        return True
    return ("정하지" in text or "두지" in text) and any("추가" not in m.group("before") for m in _KO_NO_TARGET.finditer(text))


def _only_part_affected(text: str) -> bool:
    """A whole site's workforce is not the count where the text says only part of the staff is affected: the measure
    reaches a vague part of them (_EN_STOP_ON_PART, _KO_STOP_ON_PART: "temporary layoffs for most of the mine crew",
    "일부 생산직 직원을 휴업"), it is offered to volunteers among them (_KO_VOLUNTEERS_ONLY, _EN_VOLUNTEERS_ONLY), or only
    some go and the rest are moved (_ONLY_SOME_GO). Asked only where no other count of
    the affected is stated; each pattern only where its literals are."""
    if " of " in text and _EN_STOP_ON_PART.search(text) is not None:
        return True
    if ("일부" in text or "상당수" in text) and _KO_STOP_ON_PART.search(text) is not None:
        return True
    if "희망" in text and _KO_VOLUNTEERS_ONLY.search(text) is not None:
        return True
    if "olunt" in text and _EN_VOLUNTEERS_ONLY.search(text) is not None:
        return True
    if " open" in text and _EN_SITES_KEPT_OPEN.search(text) is not None:
        return True
    return ("some " in text or "redeploy" in text) and _ONLY_SOME_GO.search(text) is not None


def _summed_before(text: str, start: int) -> bool:
    """A sum of parts is told just before the count at `start` ("in all, roughly", "두 회사를 합쳐")."""
    tail = text[max(0, start - 24) : start].rstrip()
    return bool(tail) and tail[-1] in _SUM_OF_PARTS_LAST and _SUM_OF_PARTS_BEFORE.search(text, max(0, start - 24), start) is not None


def _grown_from_first_estimate(text: str, mention: Headcount) -> bool:
    """The count at `mention` grew to it from a first estimate told before it ("당초 … 300명 … 420명으로 늘었다", "…
    260명이 될 것")."""
    near = text[mention.end : mention.end + 6]
    if ("로" not in near and "될" not in near) or _KO_GREW_TO_AFTER.match(text, mention.end) is None:
        return False
    before = text[max(0, mention.start - _KO_FIRST_ESTIMATE_REACH) : mention.start]
    return any(word in before for word in _KO_FIRST_ESTIMATE_WORDS)


def _revised_korean(text: str, mention: Headcount) -> bool:
    """The count at `mention` is a cut's size revised to it ("감원 규모를 450명으로 늘렸다"), or one grown from a first
    estimate ("당초 … 200명 … 260명으로 늘었다")."""
    return _grown_from_first_estimate(text, mention) or (
        "로" in text[mention.end : mention.end + 6]
        and _KO_REVISED_TO_AFTER.match(text, mention.end) is not None
        and _KO_CUT_SIZE_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
    )


def _final_before(text: str, start: int) -> bool:
    """The count at `start` is told as the final one ("최종 대상자는", "the final count is", "승인: 124명", "200명에서
    350명으로", "raised the number to 130", "500명이 아니라 350명", "'350명'→'530명'", "the amended notice says 420")."""
    tail = text[max(0, start - 32) : start]
    if ("최종" in tail or "inal" in tail) and _FINAL_COUNT_BEFORE.search(tail) is not None:
        return True
    if "에서" in tail and _KO_REVISED_FROM_BEFORE.search(tail) is not None:
        return True
    if "승인" in tail and _APPROVED_COUNT_BEFORE.search(tail) is not None:
        return True
    if ("아니" in tail or "but" in tail or "죄송" in tail or "미안" in tail or "정정" in tail or "orry" in tail or " mean" in tail
            or "orrection" in tail or "rather" in tail) and _CORRECTED_BEFORE.search(tail) is not None:
        return True
    if ("보도" in tail or "기재" in tail or "표기" in tail or "게재" in tail) and _KO_REPORTED_WRONG_BEFORE.search(tail) is not None:
        return True
    if ("→" in tail or "->" in tail or "=>" in tail or "⇒" in tail) and _ARROWED_BEFORE.search(tail) is not None:
        return True
    if "잘못" in tail and _KO_WRITTEN_WRONG_BEFORE.search(tail) is not None:
        return True
    if any(word in tail for word in _FIGURE_NOW_ENDS) and _figure_now_before(text, start):
        return True
    if _amended_filing_before(text, start):
        return True
    if "now " in tail and _EN_NOW_SAYS_BEFORE.search(tail) is not None:
        return True
    if "puts the " in tail and _EN_FILING_PUTS_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True
    return "to " in tail[-20:] and _EN_NUMBER_REVISED_BEFORE.search(text, max(0, start - 80), start) is not None


def _figure_now_before(text: str, start: int) -> bool:
    """The count at `start` is the cuts' figure told as what it now is ("the number would be 520"): asked only where a
    figure's word stands in the 80 characters before it."""
    window = text[max(0, start - 80) : start]
    return any(word in window.lower() for word in EN_FIGURE_WORDS) and _EN_FIGURE_NOW_BEFORE.search(window) is not None


def _amended_filing_before(text: str, start: int) -> bool:
    """The count at `start` is what an amended filing gives ("the amended notice says 420"), asked only where its words are."""
    wide = text[max(0, start - 80) : start]
    return ("mended" in wide or "vised" in wide or "pdated" in wide or "rrected" in wide) and _EN_AMENDED_FILING_BEFORE.search(wide) is not None


# A timeline, one dated line an entry ("- Jan. 10: 600 roles eliminated in the first round.", "- 3월 14일: 2차 400명"): told in
# order, so a count on a line with a later dated line that counts people after it is an earlier round's.
_TIMELINE_LINE = re.compile(
    r"[ \t]*[-•*·][ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}[.-]\d{1,2}[.-]\d{1,2})"
    r"(?:,?\s*\d{4})?\s*[:–—-]"
)
_COUNTED_PEOPLE = re.compile(r"\d[\d,]*\s+(?:more\s+)?(?:[a-z]+\s+)?(?:employees|workers|jobs|roles|positions|staff|people)\b|\d[\d,]*\s*(?:여\s*)?명")


def _earlier_timeline_entry(text: str, mention: Headcount) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not _TIMELINE_LINE.match(text, line_start):
        return False
    line_end = text.find("\n", mention.end)
    while line_end != -1:
        next_end = text.find("\n", line_end + 1)
        line = text[line_end + 1 : next_end if next_end != -1 else len(text)]
        if _TIMELINE_LINE.match(line) and _COUNTED_PEOPLE.search(line):
            return True
        line_end = next_end
    return False


def _of_earlier_round(text: str, mention: Headcount, this_year: int | None = None) -> bool:
    return bool(
        ("\n" in text and _earlier_timeline_entry(text, mention))
        or _earlier_year_after(text[mention.end : mention.end + 40], this_year)
        or _EARLIER_ROUND_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        or _earlier_round_told_before(text[max(0, mention.start - 80) : mention.start])
    )


def _earlier_year_after(after: str, this_year: int | None) -> bool:
    """"last year", "a year ago", or "in <year>" of a year before `this_year` (any year when it is not known) after a count."""
    match = _EARLIER_ROUND_AFTER.search(after)
    if match is None or match.group("year") is None or this_year is None:
        return match is not None
    return int(match.group("year")) < this_year


def _earlier_round_told_before(before: str) -> bool:
    # Each mention is asked, and the pattern (case-insensitive, anchored at the end) tries every position: only where "after" is.
    return "fter" in before and _EN_EARLIER_ROUND_BEFORE.search(before) is not None


def _told_exactly(chosen: Headcount, usable: list[Headcount]) -> Headcount:
    """A rounded count ("nearly 500", "60여명") gives way to an exact one close to it told later in the text
    (the body of the headline's story), since both are the same people."""
    if not chosen.approximate or chosen.high is not None:
        return chosen
    for mention in usable:
        close = _SAME_PEOPLE_RATIO <= mention.low / chosen.low <= 1 / _SAME_PEOPLE_RATIO
        if mention.start > chosen.end and not mention.approximate and mention.high is None and close and mention.role == chosen.role:
            return mention
    return chosen
