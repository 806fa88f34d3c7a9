"""Where the text model may change the rules' decision: when scoring is worth it, what it may not rescue or veto,
and the override itself (its evidence says so)."""

from __future__ import annotations

import re

from earlywarn.domain.notices import RestructuringType

from .model import Detection, Evidence, make_evidence
from .text import Sentences, lowered
from .text_model import TextModel


def model_may_flip(detection: Detection, vetoed: bool, rule_cues: bool, model: TextModel, lang: str, text: str) -> bool:
    """Whether scoring the text can change anything (the model costs about as much as the rules): a rules'
    "yes" may be vetoed; a "no" may be rescued unless a trigger was vetoed (see model_override), and only
    where a trigger, a weak signal or a broad employment word is there."""
    if detection.is_restructuring:
        return True
    return not vetoed and (rule_cues or model.worth_scoring(lang, lowered(text)))


# A workplace named ("창원공장", "거제조선소"), and a decision right after a trigger ("휴업에 들어가기로 하는", "폐쇄하기로 했다").
_KO_WORKPLACE = re.compile(r"[가-힣](?:공장|사업장|조선소|제철소|사업소|매장|점포|지점|사옥|본사)")
_KO_DECIDED_AFTER = re.compile(r"[^.\n]{0,10}?기로\s*(?:했|하|한|결정)")


def decided_in_passing(valid: list, mentions: list, sentences: Sentences) -> bool:
    """A Korean event told inside another story as one employer's decision, with its count and its workplace ("세원오토텍이
    내년 1월부터 석 달간 창원공장 가동을 중단하고 생산직 410명에 대해 휴업에 들어가기로 하는 등", in policy news): the text
    model, which reads the story around it (a policy, a region's figures), may not veto it. A trigger's sentence holds
    a count of the people affected, a workplace and the decision (…기로) right after the trigger."""
    text = sentences.text
    for hit in valid:
        if "기로" not in text[hit.end : hit.end + 14] or not _KO_DECIDED_AFTER.match(text, hit.end):
            continue
        start, end = sentences.starts[hit.sentence], sentences.ends[hit.sentence]
        counted = any(start <= m.start < end and m.role == "affected" for m in mentions)
        if counted and _KO_WORKPLACE.search(text, start, end):
            return True
    return False


def kept_from_rescue(detection: Detection, evidence: list[Evidence], lexicon, scanned: str, text: str) -> bool:
    """A "no" the rules can name a reason for (lexicon.no_rescue: one executive's retirement, jobs a new plant creates)
    stays a "no": the model, which reads words and not who they are about, may not rescue it (searched only when the
    model is about to score a "no")."""
    if detection.is_restructuring:
        return False
    kept = lexicon.no_rescue.search(scanned)
    if kept:
        evidence.append(make_evidence("veto:no_rescue", text[kept.start() : kept.end()], kept.start(), kept.end()))
    return kept is not None


def model_override(detection: Detection, evidence: list[Evidence], model: TextModel, text: str, *, rescue: bool) -> bool:
    """The model flips the rules' decision when it is sure enough; the `model` evidence says so.

    It never rescues a text whose trigger the rules vetoed: a veto names a cue (a denial, a statute, a
    recall, one person) that says why the words do not report an event, which the model cannot see."""
    scored = model.score(text)
    p = scored.probability
    if detection.is_restructuring and p <= model.veto_below:
        detection.is_restructuring, detection.type = False, RestructuringType.NOT_RESTRUCTURING
        detection.confidence = round(min(0.99, 1 - p), 2)
        why = f"{model.version}: not restructuring, P(restructuring) {p:.2f} <= {model.veto_below:.2f} (overrides the rules)"
    elif rescue and not detection.is_restructuring and p >= model.threshold:
        detection.is_restructuring, detection.type = True, scored.type
        detection.confidence = round(min(0.99, p), 2)
        why = (f"{model.version}: restructuring, P(restructuring) {p:.2f} >= {model.threshold:.2f}, "
               f"type {scored.type.value} ({scored.type_probability:.2f}) (overrides the rules)")
    else:
        return False
    evidence.append(make_evidence("model", why, 0, 0))
    return True
