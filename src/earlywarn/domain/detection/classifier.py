"""detect(): is a notice about restructuring, of which type, and the facts that matter to a case.

Tabular notices (official filings) are restructuring by definition and read from their fields.
Text notices go through the rules: triggers (희망퇴직, layoffs, 폐업, furlough, ...) count
unless a cue in their sentence or document shows they are not an event (a ruling, an explainer,
a denial, debt talk, hiring); the facts come from the sentences that carry the event.
With a text model configured (text_model.py), it may override the rules' decision when it is sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from earlywarn.domain.companies import CompanyDirectory, normalize_company
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RestructuringType

from .debris import cleaned, to_written
from .date_choice import closure_date, dismissal_date, separation_date
from .dated_past import past_year
from .dates import application_period, find_dates
from .entities import known_company, site_in, subject_company, verb_in_a_name
from .headcount import headcount_mentions, mention_sentence, spelled_mentions, vague_mention
from .headcount_choice import pick_headcount
from .model import Detection, Evidence, make_evidence
from .rules import Cue, DetectionRules, Lexicon
from .signals import find_signals
from .model_verdict import decided_in_passing, kept_from_rescue, model_may_flip, model_override
from .shouted import unshouted, untitled
from .stops_that_end import stop_turned_to_end
from .tabular import detect_tabular
from .text import Sentences, guess_language, lowered, split_sentences
from .trigger_strength import strong_over_weak

_HANGUL = re.compile(r"[가-힣]")


@dataclass(slots=True)  # not frozen: a frozen dataclass is ~4x slower to create, and there is one per trigger match
class Hit:
    type: RestructuringType
    weight: float
    start: int
    end: int
    text: str
    sentence: int
    halt: bool = False
    filing: bool = False
    uncounted: bool = False  # retyped by a cue whose cut lets no one go (attrition)
# A closure's words that name every site of the business ("all six bakeries had closed", "매장을 모두 닫았다").
# A company liquidated or bankrupt ("청산 절차에 들어간다", "will be liquidated") ends as a whole, as all its sites closed do.
_WHOLE_BUSINESS = re.compile(r"\b(?:all|both|every)\b|모두|전부|모든|청산|파산|liquidat", re.IGNORECASE)


def detect(notice: NoticeRecord, rules: DetectionRules, directory: CompanyDirectory, *, today: date) -> Detection:
    if notice.kind is NoticeKind.TABULAR:
        return detect_tabular(notice, rules, directory)
    return _detect_text(notice, rules, directory, today)


def _detect_text(notice: NoticeRecord, rules: DetectionRules, directory: CompanyDirectory, today: date) -> Detection:
    body = notice.body()
    text, origin = cleaned(body)
    written = text  # as cleaned (debris.py), before any change of case below
    lang = guess_language(text, notice.lang)
    if lang == "en":
        text = untitled(unshouted(text))  # a wire flash in capitals, a title-case headline: counts and dates read as in a sentence
    lexicon = rules.lexicon(lang)
    sentences = split_sentences(text)
    scan = Sentences(lowered(text), sentences.starts, sentences.ends) if lexicon.lowercase else sentences

    firsts = lexicon.document_scan.first_matches(scan.text)
    valid, vetoed = _judge_triggers(scan, lexicon, firsts)
    if lexicon.lowercase and valid:  # a cut's verb read in lowercase may be a word of a company's name ("Dearborn Trim")
        valid = [hit for hit in valid if not verb_in_a_name(written, hit.start)]  # a name is told by its case as written
    dated = notice.notice_date or notice.received_date
    if valid and dated:
        valid = _without_past_years(valid, vetoed, scan.text, lang, dated.year)
    mentions = headcount_mentions(text, lang, [hit.end for hit in valid]) if valid else []
    score = _score(valid, scan, mentions, lexicon, rules)
    is_restructuring = score >= rules.threshold
    signals = find_signals(scan.text, lexicon, firsts=firsts)
    detection = Detection(
        is_restructuring=is_restructuring,
        type=_event_type(valid, scan, lexicon, rules) if is_restructuring else RestructuringType.NOT_RESTRUCTURING,
        confidence=_confidence(score, rules.threshold, bool(valid or vetoed)),
        rules_version=rules.version,
        signals=[kind for kind, *_ in signals],
    )
    evidence = _rule_evidence(text, valid, vetoed, signals)
    event_sentences = sorted({hit.sentence for hit in valid})
    focus = event_sentences or sorted({sentences.index(start) for _, start, _, _ in signals}) or [0]
    model = rules.text_model
    decided = detection.is_restructuring and lang == "ko" and decided_in_passing(valid, mentions, sentences)
    if model is not None and not decided and model_may_flip(detection, bool(vetoed), bool(valid or signals), model, lang, text):
        flipped = not kept_from_rescue(detection, evidence, lexicon, scan.text, text) and model_override(
            detection, evidence, model, text, rescue=not vetoed
        )
        if flipped and detection.is_restructuring:  # rescued: the facts come from where the signals are, or the start
            is_restructuring, event_sentences, mentions = True, focus, headcount_mentions(text, lang)
        elif flipped:
            is_restructuring = False
    _fill_company(detection, evidence, notice, text, sentences, focus, lang, lexicon, directory)
    _fill_site_and_region(detection, evidence, notice, text, sentences, focus, lang, rules)
    if is_restructuring:
        reference = notice.notice_date or notice.received_date or today
        _fill_headcount(detection, evidence, sentences, event_sentences, valid, mentions, rules, lang, reference.year)
        _fill_dates(detection, evidence, notice, text, sentences, valid, lang, rules, today)
    if text is not body:  # cleaned or re-cased (unshouted, untitled): the evidence is shown as the body has it
        evidence = [_on_body(item, body, origin) for item in evidence]
    detection.evidence = sorted(evidence, key=lambda item: (item.start, item.field))
    return detection


def _on_body(item: Evidence, body: str, origin: list[int] | None) -> Evidence:
    """Evidence found in the cleaned text, pointed at the body as written."""
    if item.field == "model":
        return item
    start, end = to_written(origin, item.start, item.end) if origin else (item.start, item.end)
    return make_evidence(item.field, body[start:end], start, end)


def _rule_evidence(text: str, valid: list[Hit], vetoed, signals) -> list[Evidence]:
    """Why: the triggers that count, the cues that vetoed others, the weak signals."""
    found = [_span("trigger:" + hit.type.value, text, hit.start, hit.end) for hit in valid]
    found += [_span(f"veto:{cue_name}", text, match.start(), match.end()) for _, cue_name, match in vetoed]
    found += [_span(f"signal:{kind}", text, start, end) for kind, start, end, _ in signals]
    return found


def _span(field: str, text: str, start: int, end: int) -> Evidence:
    return make_evidence(field, text[start:end], start, end)


def _judge_triggers(sentences: Sentences, lexicon: Lexicon, firsts: dict[str, re.Match[str] | None] | None = None):
    """Split trigger matches into valid ones and those a cue vetoes (with the cue's match); a cue with
    `becomes` (cuts by attrition) keeps the trigger as an event of that type instead. `firsts`: the lexicon's
    `document_scan` of the text (else it is scanned here)."""
    text = sentences.text
    firsts = lexicon.document_scan.first_matches(text) if firsts is None else firsts
    document_cues = [
        (cue, match) for cue in lexicon.cues if cue.document_wide and (match := cue.kept_in_document(text, firsts[f"cue:{cue.name}"]))
    ]
    sentence_cues: dict[int, list[tuple[Cue, re.Match[str]]]] = {}
    # Hits of one type in one sentence get the same verdict: judged once (a Korean text has ~17 hits).
    verdicts: dict[tuple[int, RestructuringType], tuple[tuple[Cue, re.Match[str]] | None, Cue | None]] = {}
    valid, vetoed = [], []
    hits = _trigger_hits(text, sentences, lexicon)
    # The kinds each sentence's cues are looked for: a kind a document-wide cue vetoes is decided by that cue alone.
    decided = {kind for kind in {hit.type for hit in hits} if _first_veto(document_cues, kind)} if document_cues else set()
    open_kinds: dict[int, set[RestructuringType]] = {}
    for hit in hits:
        if hit.type not in decided:
            open_kinds.setdefault(hit.sentence, set()).add(hit.type)
    for hit in hits:
        key = (hit.sentence, hit.type)
        if key not in verdicts:
            if hit.sentence not in sentence_cues and hit.type in open_kinds.get(hit.sentence, ()):
                sentence_cues[hit.sentence] = _cues_in_sentence(sentences, hit.sentence, lexicon, open_kinds[hit.sentence])
            verdicts[key] = _verdict((*document_cues, *sentence_cues.get(hit.sentence, ())), hit.type)
        veto, retype = verdicts[key]
        if veto:
            vetoed.append((hit, veto[0].name, veto[1]))
            continue
        if retype:  # a layoff or a buyout retyped (by attrition, method undecided) is still about people
            hit = replace(hit, type=retype.becomes, uncounted=retype.uncounted)
        if retype or hit.type is not RestructuringType.OTHER or _about_workforce(sentences, hit.sentence, lexicon):
            valid.append(hit)
    return valid, vetoed


def _without_past_years(valid: list[Hit], vetoed: list, text: str, lang: str, notice_year: int) -> list[Hit]:
    """Triggers dated by their own year two or more years before the notice ("shut down in 2019") tell history: vetoed,
    with the year as the cue's match (dated_past.py)."""
    kept = []
    for hit in valid:
        year = past_year(text, hit.start, hit.end, lang, notice_year)
        if year:
            vetoed.append((hit, "dated_past", year))
        else:
            kept.append(hit)
    return kept


def _verdict(cues, kind: RestructuringType) -> tuple[tuple[Cue, re.Match[str]] | None, Cue | None]:
    """The first cue (and its match) that vetoes a trigger of this kind, else the first that retypes it."""
    veto = _first_veto(cues, kind)
    if veto:
        return veto, None
    for cue, _ in cues:
        if cue.becomes is not None and (cue.applies_to is None or kind in cue.applies_to):  # cue.vetoes(kind), inlined
            return None, cue
    return None, None


def _first_veto(cues, kind: RestructuringType) -> tuple[Cue, re.Match[str]] | None:
    # loops, not next(generator): asked for every sentence and kind with triggers (a generator and a method call per cue)
    for cue, match in cues:
        if cue.becomes is None and (cue.applies_to is None or kind in cue.applies_to):  # cue.vetoes(kind), inlined
            return cue, match
    return None


def _trigger_hits(text: str, sentences: Sentences, lexicon: Lexicon) -> list[Hit]:
    """Trigger matches, minus modifiers ("폐업한 ...") and matches inside a longer one
    ("temporary layoffs" is a suspension, not also a layoff)."""
    hits = []
    for match in lexicon.trigger_scan.finditer(text):
        if lexicon.attributive_after.match(text, match.end()):
            continue
        trigger = lexicon.trigger_by_group[match.lastgroup]
        hits.append(
            Hit(trigger.type, trigger.weight, match.start(), match.end(), match.group(0), sentences.index(match.start()), trigger.halt, trigger.filing)
        )
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        outer = kept[-1] if kept else None
        inside = outer is not None and hit.end <= outer.end and (hit.start, hit.end) != (outer.start, outer.end)
        if not inside:
            kept.append(hit)
    return kept


def _cues_in_sentence(
    sentences: Sentences, index: int, lexicon: Lexicon, kinds: set[RestructuringType] | None = None
) -> list[tuple[Cue, re.Match[str]]]:
    """The sentence cues that match in the sentence, in order. With `kinds`, only those that may decide a trigger of
    one of them: cues that apply to none are not looked for, nor any cue after every kind has a veto (the first
    veto decides)."""
    start, end = sentences.starts[index], sentences.ends[index]
    found: list[tuple[Cue, re.Match[str]]] = []
    first = lexicon.any_sentence_cue.search(sentences.text, start, end)
    if not first or kinds is not None and not kinds:  # no cue there, or none asked for
        return found
    undecided = set(kinds) if kinds is not None else None
    # `first` is the leftmost match of all the sentence cues' patterns: none of them matches before it
    for cue in lexicon.cues:
        # not any(cue.vetoes(kind) for kind in undecided), without a generator per cue (undecided is never empty: see above and below)
        if cue.document_wide or undecided is not None and cue.applies_to is not None and cue.applies_to.isdisjoint(undecided):
            continue
        if match := cue.search_sentence(sentences.text, start, end, first.start()):
            found.append((cue, match))
            if undecided is not None and cue.becomes is None:
                undecided = {kind for kind in undecided if not cue.vetoes(kind)}
                if not undecided:
                    break
    return found


def _about_workforce(sentences: Sentences, index: int, lexicon: Lexicon) -> bool:
    end = sentences.ends[min(index + 1, len(sentences) - 1)]
    return bool(lexicon.workforce.search(sentences.text, sentences.starts[index], end))


def _score(valid: list[Hit], sentences: Sentences, mentions, lexicon: Lexicon, rules: DetectionRules) -> float:
    if not valid:
        return 0.0
    score = sum(hit.weight for hit in valid)
    event_sentences = {hit.sentence for hit in valid}
    anchored = any(
        lexicon.anchors.search(sentences.text, sentences.starts[i], sentences.ends[i]) for i in event_sentences
    ) or any(mention_sentence(sentences, m) in event_sentences for m in mentions)
    return score + (rules.anchor_bonus if anchored else 0.0)


def _event_type(valid: list[Hit], sentences: Sentences, lexicon: Lexicon, rules: DetectionRules) -> RestructuringType:
    """The type of the first sentence that carries the event.

    A halt of production next to a closure is the closure's first step, not a temporary stop.
    Types the configured precedence rules out are dropped; among those left, the main
    predicate decides: the last trigger in Korean (verb-final), the first in English.
    "other" only when nothing more specific is named: a heading or lead that names only a restructuring
    ("인력 구조조정 결정", "D전자 구조조정 관련 …") is typed by the first sentence that names the act.
    A closure for a stated span of time ("shut down for two weeks", "2주간 문을 닫는다") is a suspension.
    """
    valid = [hit for hit in valid if not hit.filing] or valid  # a filing's form ("WARN notice") types only alone
    # A coming event that frames a workforce restructuring of no stated form ("생산 종료를 앞두고 인력 구조조정에
    # 착수") does not type it; with an act named (dismissals), the closure still includes it.
    framed = [hit for hit in valid if lexicon.framing_after.match(sentences.text, hit.end)]
    if framed and len(framed) < len(valid) and all(hit.type is RestructuringType.OTHER for hit in valid if hit not in framed):
        valid = [hit for hit in valid if hit not in framed]
    valid = _without_background(valid, sentences.text, lexicon)
    # A halt told first ("생산라인이 멈춘다") that a closure named later explains ("2공장을 폐쇄하기로"): the plant stops
    # for good, as when both are in one sentence.
    # Not a halt told with its own span in a sentence of its own ("4주간 가동을 중단한다"): that stop is the news, and a
    # closure told later (its customers' plants closing) is its cause.
    if any(hit.type is RestructuringType.CLOSURE for hit in valid) and any(hit.halt for hit in valid):
        valid = [hit for hit in valid if not hit.halt or _halt_for_a_span(hit, valid, sentences, lexicon)]
    specific = [hit.sentence for hit in valid if hit.type is not RestructuringType.OTHER]
    first = min(specific) if specific else min(hit.sentence for hit in valid)
    in_sentence = sorted((hit for hit in valid if hit.sentence == first), key=lambda hit: hit.start)
    if any(hit.type is RestructuringType.CLOSURE for hit in in_sentence):
        in_sentence = [hit for hit in in_sentence if not hit.halt]
    in_sentence = strong_over_weak(in_sentence)  # a programme's name gives way to a strong trigger of another kind
    kinds = {hit.type for hit in in_sentence} - {RestructuringType.OTHER}
    standing = {kind for kind in kinds if not any(rules.beats(other, kind) for other in kinds)}
    candidates = [hit for hit in in_sentence if hit.type in (standing or kinds)]
    if not candidates:
        return RestructuringType.OTHER
    kind = (candidates[-1] if lexicon.lang == "ko" else candidates[0]).type
    kind = stop_turned_to_end(in_sentence, sentences.text, sentences.starts[first], sentences.ends[first], lexicon.lang) or kind
    if kind is RestructuringType.CLOSURE and lexicon.temporary.search(sentences.text, sentences.starts[first], sentences.ends[first]):
        return RestructuringType.SUSPENSION
    if kind is RestructuringType.LAYOFF and _cut_of_a_closure(valid, first, sentences, lexicon):
        return RestructuringType.CLOSURE
    return kind


def _halt_for_a_span(halt: Hit, valid: list[Hit], sentences: Sentences, lexicon: Lexicon) -> bool:
    if any(hit.sentence == halt.sentence and hit.type is RestructuringType.CLOSURE for hit in valid):
        return False
    return bool(lexicon.temporary.search(sentences.text, sentences.starts[halt.sentence], sentences.ends[halt.sentence]))


def _cut_of_a_closure(valid: list[Hit], first: int, sentences: Sentences, lexicon: Lexicon) -> bool:
    """A cut told first whose business closes as a whole: the headline's half before it names the service ended ("앱
    서비스 종료…직원 30명 권고사직"), or the very next sentence closes all its sites ("… with the loss of 64 jobs. All six
    bakeries had closed"). The people go because it closes: a closure, its layoffs part of it (the guide). Not a cut
    told beside some branches or a line of business closed ("would close 40 of its 310 branches", "사업을 정리"), nor a
    service ended told after the cut in its own sentence ("해고를 통보하고 서비스를 종료했다", fresh4's layoff)."""
    if first > 0 and sentences.text.endswith("…", 0, sentences.ends[first - 1]):
        if lexicon.business_ends.search(sentences.text, sentences.starts[first - 1], sentences.ends[first - 1]):
            return True
    return any(
        hit.type is RestructuringType.CLOSURE and not hit.halt and hit.sentence == first + 1
        and _WHOLE_BUSINESS.search(sentences.text, hit.start, hit.end) is not None
        for hit in valid
    )


def _without_background(valid: list[Hit], text: str, lexicon: Lexicon) -> list[Hit]:
    """An event told as the cause or the background of another ("생산라인 이전 여파가 협력업체로 번진다",
    "폐쇄 방침을 밝힌 뒤 …") does not type the text when another specific event is named."""
    background = [hit for hit in valid if lexicon.background_after.match(text, hit.end)] + _asides(valid, text, lexicon)
    if not background:
        return valid
    foreground = [hit for hit in valid if hit not in background]
    return foreground if any(hit.type is not RestructuringType.OTHER for hit in foreground) else valid


def _asides(valid: list[Hit], text: str, lexicon: Lexicon) -> list[Hit]:
    """An event told in a clause that hangs on another of another kind ("will eliminate 450 positions as it closes
    18 branches"): the main clause's event is the news. A restructuring's word between the two ("cut 2,000 jobs as part of a
    reorganization that … closes its offices") is no event of a kind of its own: the two are paired across it."""
    specific = [hit for hit in valid if hit.type is not RestructuringType.OTHER]
    return [
        hit for before, hit in zip(specific, specific[1:])
        if before.sentence == hit.sentence and before.type is not hit.type
        and lexicon.aside_between.fullmatch(text, before.end, hit.start)
    ]


def _confidence(score: float, threshold: float, any_trigger: bool) -> float:
    """How sure the decision is: grows with the evidence above the threshold; a text with no
    trigger at all is surely not an announcement, one whose triggers were vetoed less so."""
    if score >= threshold:
        return round(min(0.99, 0.7 + 0.2 * (score - threshold)), 2)
    return 0.6 if any_trigger else 0.95


def _fill_company(detection, evidence, notice, text, sentences, focus, lang, lexicon, directory) -> None:
    start, end = sentences.starts[focus[0]], sentences.ends[focus[0]]
    span = known_company(text, directory, start, end) or subject_company(text, start, end, lang, lexicon.company_stopwords)
    if span is None:
        span = known_company(text, directory, 0, len(text))
    raw = notice.company or (span.text if span else None)
    if not raw or not normalize_company(raw):
        return  # "LLC", "Inc." alone: a legal form, not a company to resolve
    match = directory.resolve(raw)
    detection.company, detection.company_raw = match.canonical, raw
    if span and not notice.company:
        evidence.append(make_evidence("company", span.text, span.start, span.end))


def _fill_site_and_region(detection, evidence, notice, text, sentences, focus, lang, rules) -> None:
    start, end = sentences.starts[focus[0]], sentences.ends[focus[0]]
    site = site_in(text, start, end, lang) or site_in(text, 0, len(text), lang)
    if site:
        detection.site = site.text
        evidence.append(make_evidence("site", site.text, site.start, site.end))
    jurisdiction, region = rules.regions.of_field(notice.region)
    if region is None:
        jurisdiction, region, span = rules.regions.in_text(text, lang)
        if span:
            evidence.append(make_evidence("region", span.text, span.start, span.end))
    if jurisdiction is None and (lang == "ko" or _HANGUL.search(detection.company or "")):
        jurisdiction = "KR"
    if jurisdiction is None and "warn_filing" in detection.signals:
        jurisdiction = "US"
    detection.jurisdiction, detection.region = jurisdiction, region


def _fill_headcount(detection, evidence, sentences, event_sentences, valid, mentions, rules, lang, this_year) -> None:
    if valid and all(hit.uncounted for hit in valid):
        return  # posts cut by attrition: no one leaves, so there is no count of people for counselors to plan for
    whole_site = detection.type in (RestructuringType.CLOSURE, RestructuringType.SUSPENSION)
    offer = detection.type is RestructuringType.VOLUNTARY_RETIREMENT
    chosen = pick_headcount(
        mentions, sentences, event_sentences, minimum=rules.min_headcount, whole_site=whole_site, offer=offer,
        trigger_spans=[(hit.start, hit.end) for hit in valid], this_year=this_year,
    )
    # A whole site's workforce stands in only where no count of the affected is stated: one spelled out ("보육교사 열두
    # 명은 … 그만두며" beside "정원 99명") is stated, so the spelled counts are asked then too.
    if chosen is None or chosen.role == "workforce":
        spelled = pick_headcount(
            spelled_mentions(sentences.text, lang), sentences, event_sentences,
            minimum=rules.min_headcount, whole_site=whole_site, offer=offer, this_year=this_year,
        )
        if spelled is not None and (chosen is None or spelled.role == "affected"):
            chosen = spelled
    if chosen is None:
        # "수백 명", "hundreds of workers": no count is stated (a counselor told 200 would plan for a number the text
        # never gave); the words stay in the evidence for staff to read.
        first = event_sentences[0]
        vague = vague_mention(sentences.span(first))
        if vague:
            offset = sentences.starts[first]
            evidence.append(make_evidence("headcount_vague", vague.text, vague.start + offset, vague.end + offset))
        return
    detection.headcount, detection.headcount_max = chosen.low, chosen.high
    detection.headcount_approximate = chosen.approximate
    evidence.append(make_evidence("headcount", chosen.text, chosen.start, chosen.end))


# A stop's own field ("영업정지일자:", "생산중단 예정일은"): the day a suspension starts.
_KO_STOP_FIELD_BEFORE = re.compile(r"(?:영업|생산|가동|조업)\s*(?:정지|중단)\s*(?:예정\s*)?(?:일자|날짜|예정일|일)\s*(?:은|는|:|\|)?\s*$")


# ... or a stop's verb with the day after it ("The plant stopped production on Monday", "will halt output at the mill from
# June 3"): in a suspension's report the day the work stops, not one anyone leaves (the guide: a suspension's start is not one).
# (Not a furlough's day, "could be furloughed on October 1": the labels give it no leaving day, but the people stop
# work that day and the case plans counseling before it, so it stays the case's date.)
_EN_STOP_VERB_BEFORE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|idl(?:e|es|ed|ing))"
    r"\s+(?:[\w,.\x27-]+\s+){0,6}?(?:on|from|starting|beginning)\s+$",
    re.IGNORECASE,
)


# ... or the stop named right after its day ("since the Oct. 1 shutdown", "the March 3 furlough"): its start.
_EN_STOP_NOUN_AFTER = re.compile(r"\s+(?:shutdown|shut-down|furloughs?|stoppage|idling)\b", re.IGNORECASE)


def _stop_named_at(text: str, start: int, end: int) -> bool:
    return (_KO_STOP_FIELD_BEFORE.search(text, max(0, start - 20), start) is not None
            or _EN_STOP_VERB_BEFORE.search(text, max(0, start - 60), start) is not None
            or _EN_STOP_NOUN_AFTER.match(text, end) is not None)


def _fill_dates(detection, evidence, notice, text, sentences, valid, lang, rules, today) -> None:
    reference = notice.notice_date or notice.received_date or today
    dates = find_dates(text, reference, rules.year_rollover_days, lang)
    if not dates:
        return
    separation = separation_date(text, dates, lang, reference)
    if separation is None and lang == "ko" and detection.type is RestructuringType.CLOSURE:
        # Each closure in turn: a headline may name the move first and the plant's last day after it
        # ("생산라인 해외 이전…2공장 오는 30일 가동 종료"); then each halt, the closure's first step ("오는 9월 말 가동을 멈추며").
        closings = [hit for hit in valid if hit.type is RestructuringType.CLOSURE] + [hit for hit in valid if hit.halt]
        for closing in closings:
            sentence = (sentences.starts[closing.sentence], sentences.ends[closing.sentence])
            separation = closure_date(text, dates, sentence, (closing.start, closing.end), reference)
            if separation:
                break
    if separation is None and lang == "ko" and detection.type is not RestructuringType.SUSPENSION:
        for cut in (hit for hit in valid if hit.type is RestructuringType.LAYOFF):  # "4월 30일 직원 80명을 해고한다"
            sentence = (sentences.starts[cut.sentence], sentences.ends[cut.sentence])
            if separation := dismissal_date(text, dates, sentence, (cut.start, cut.end), reference):
                break
    if separation and detection.type is RestructuringType.SUSPENSION and _stop_named_at(text, separation.start, separation.end):
        separation = None  # "영업정지일자: 2024-04-01" in a suspension's report: the stop's start, no one leaves that day
    if separation:
        detection.separation_date = separation.value
        evidence.append(make_evidence("separation_date", separation.text, separation.start, separation.end))
    start, end = application_period(text, dates, lambda at: sentences.span(sentences.index(at)), reference, rules.year_rollover_days)
    for name, span in (("application_start", start), ("application_end", end)):
        if span:
            setattr(detection, name, span.value)
            evidence.append(make_evidence(name, span.text, span.start, span.end))
