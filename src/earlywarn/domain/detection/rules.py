"""Detection rules: the YAML under config/detection/, compiled once into regular expressions."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from typing import Any

from earlywarn.domain.notices import RestructuringType

from .entities import Regions
from .fastscan import (
    COMMON_KOREAN_FIRSTS, AlternativesScan, LeftmostOfTwo, alternatives_scan, anchored_at_start, led, led_apart, required_literals,
)
from .first_matches import FirstMatches
from .text_model import TextModel

LANGUAGES = ("ko", "en")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: RestructuringType
    weight: float
    pattern: re.Pattern[str]
    # A halt (production stopped, with no word that the stop is temporary) is how a closure
    # begins: a closure in the same sentence types the event ("생산을 멈추고 공장을 폐쇄").
    halt: bool = False
    # A filing named by its form ("WARN notice"): types the event only when no other trigger does.
    filing: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A context that shows a trigger is not a restructuring event (a ruling, a denial, ...), or, with
    `becomes`, that it is an event of another type (cuts made by attrition are not layoffs: `other`)."""

    name: str
    document_wide: bool
    applies_to: frozenset[RestructuringType] | None
    pattern: re.Pattern[str]
    becomes: RestructuringType | None = None
    # With `becomes`: the cut it retypes lets no one go (attrition), so its numbers are posts, not people leaving.
    uncounted: bool = False
    # Strings one of which every match contains: a document-wide cue is searched for only when one is there.
    literals: tuple[str, ...] | None = None
    # What cancels the cue in its scope: help offered to people who are still to leave ("퇴직 예정인 근로자")
    # reports their leaving; creditors pressing for a restructuring of the workforce do not make it debt talk.
    unless: re.Pattern[str] | _Unless | None = None

    def search_document(self, text: str) -> re.Match[str] | None:
        """The cue searched alone. Detection finds this match with the other document-wide searches (the lexicon's
        `document_scan`), then `kept_in_document`."""
        if self.literals is not None and not any(literal in text for literal in self.literals):
            return None
        return self.kept_in_document(text, self.pattern.search(text))

    def kept_in_document(self, text: str, match: re.Match[str] | None) -> re.Match[str] | None:
        """The document-wide cue's first match in the text, unless its `unless` cancels it."""
        return None if match and self.cancelled(text, 0, len(text)) else match

    def search_sentence(self, text: str, start: int, end: int, earliest: int | None = None) -> re.Match[str] | None:
        """`earliest`: no match starts before it (the scan begins there; `unless` still looks at the whole sentence)."""
        match = self.pattern.search(text, start if earliest is None else earliest, end)
        return None if match and self.cancelled(text, start, end) else match

    def cancelled(self, text: str, start: int, end: int) -> bool:
        return self.unless is not None and self.unless.search(text, start, end) is not None

    def vetoes(self, kind: RestructuringType) -> bool:
        return self.applies_to is None or kind in self.applies_to


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    lowercase: bool  # patterns are matched against text.lower()
    triggers: tuple[Trigger, ...]
    trigger_scan: AlternativesScan  # every trigger in one pass; the match's lastgroup says which
    trigger_by_group: dict[str, Trigger]
    cues: tuple[Cue, ...]
    anchors: re.Pattern[str]
    workforce: re.Pattern[str]
    company_stopwords: frozenset[str]
    attributive_after: re.Pattern[str]
    temporary: re.Pattern[str]  # a stated span of time: a closure "for two weeks" is a suspension
    any_sentence_cue: re.Pattern[str] | LeftmostOfTwo  # all sentence cues at once (search only): most sentences have none
    # (kind, pattern, strings one of which every match contains: the search is skipped when none is there)
    signals: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...]
    # The first match of every document-wide cue and every signal, found in one scan (keys "cue:NAME", "signal:KIND").
    document_scan: FirstMatches = FirstMatches(())
    # Matched where a trigger ends: a coming event that frames the one reported ("…를 앞두고"), not its type.
    framing_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # Matched where a trigger ends: an event told as the cause or background of the one reported ("… 여파가", "… 방침을 밝힌 뒤").
    background_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # The words between two events when the second hangs on the first ("… 450 positions as it closes 18 branches").
    aside_between: re.Pattern[str] = re.compile(r"(?!x)x")
    # A text about something else that a rule can name (one executive's retirement, jobs a new plant creates): where the
    # rules find no event, the text model may not rescue one (model_verdict.model_may_flip).
    no_rescue: re.Pattern[str] = re.compile(r"(?!x)x")
    # A business or its service ended, named in a headline's half before a cut ("앱 서비스 종료…직원 30명 권고사직"): a closure's cut.
    business_ends: re.Pattern[str] = re.compile(r"(?!x)x")


@dataclass(frozen=True, slots=True)
class DetectionRules:
    version: str
    threshold: float
    anchor_bonus: float
    type_precedence: frozenset[tuple[RestructuringType, RestructuringType]]  # (winner, loser)
    min_headcount: int
    year_rollover_days: int
    lexicons: dict[str, Lexicon]
    signal_weights: dict[str, float] = field(default_factory=dict)
    signal_window_days: int = 90
    signal_threshold: float = 1.0
    regions: Regions = field(default_factory=lambda: Regions({}))
    # The statistical model that may override the rules on text notices (None: the rules alone).
    text_model: TextModel | None = None

    def lexicon(self, lang: str) -> Lexicon:
        return self.lexicons.get(lang) or self.lexicons["ko"]

    def beats(self, winner: RestructuringType, loser: RestructuringType) -> bool:
        return (winner, loser) in self.type_precedence


def load_rules(config: dict[str, Any], text_model: TextModel | None = None) -> DetectionRules:
    """Compile the merged YAML of config/detection/*.yaml. Raises ValueError on a bad rule.
    With a text model (read by the config adapter when `text_model: enabled`), the version records it."""
    if not config.get("version"):
        raise ValueError("detection rules need a 'version'")
    decision = config.get("decision", {})
    strong = float(decision.get("strong_weight", 1.0))
    weights = {"strong": strong, "halt": strong, "filing": strong, "weak": float(decision.get("weak_weight", 0.5))}
    signals = config.get("signals", {})
    lexicons = {
        lang: _compile_lexicon(lang, raw, weights, signals.get("patterns", {}).get(lang, {}))
        for lang, raw in config.get("lexicons", {}).items()
    }
    if "ko" not in lexicons:
        raise ValueError("detection rules need a Korean lexicon ('lexicons: ko:')")
    specific = [t for t in RestructuringType if t not in (RestructuringType.NOT_RESTRUCTURING, RestructuringType.OTHER)]
    precedence = frozenset(
        (RestructuringType(winner), loser)
        for winner, loser_name in config.get("type_precedence", [])
        for loser in (specific if loser_name == "*" else [RestructuringType(loser_name)])
        if loser is not RestructuringType(winner)
    )
    rules = DetectionRules(
        version=str(config["version"]),
        threshold=float(decision.get("threshold", 1.0)),
        anchor_bonus=float(decision.get("anchor_bonus", 0.5)),
        type_precedence=precedence,
        min_headcount=int(config.get("min_headcount", 2)),
        year_rollover_days=int(config.get("year_rollover_days", 183)),
        lexicons=lexicons,
        signal_weights={k: float(v) for k, v in signals.get("weights", {}).items()},
        signal_window_days=int(signals.get("window_days", 90)),
        signal_threshold=float(signals.get("threshold", 1.0)),
        regions=Regions(config.get("regions", {})),
    )
    return with_text_model(rules, text_model)


def with_text_model(rules: DetectionRules, text_model: TextModel | None) -> DetectionRules:
    """The rules with the text model that may override them (the version records it); as they are without one."""
    if text_model is None:
        return rules
    return replace(rules, version=f"{rules.version}+{text_model.version}", text_model=text_model)


def _compile_lexicon(lang: str, raw: dict[str, Any], weights: dict[str, float], signals: dict[str, list[str]]) -> Lexicon:
    # Latin-script lexicons match lower-cased text: case-insensitive regexes are several times slower.
    lowercase = lang != "ko"
    if lowercase:
        _require_lower_case(lang, raw, signals)
    flags = 0
    unknown = {s for by_strength in raw.get("triggers", {}).values() for s in by_strength} - set(weights)
    if unknown:
        raise ValueError(f"{lang} triggers: unknown strength {sorted(unknown)} (use {sorted(weights)})")
    trigger_sources = [
        _TriggerSource(kind, strength, patterns)
        for kind, by_strength in raw.get("triggers", {}).items()
        for strength, patterns in by_strength.items()
        if patterns
    ]
    triggers = tuple(
        Trigger(
            RestructuringType(t.kind), weights[t.strength], _alternation(t.patterns, flags, f"{lang} trigger {t.kind}"),
            t.strength == "halt", t.strength == "filing",
        )
        for t in trigger_sources
    )
    by_name = {f"t{i}": trigger for i, trigger in enumerate(triggers)}
    # The same matches as (?P<t0>trigger 0)|(?P<t1>trigger 1)|…, several times faster (see AlternativesScan).
    trigger_scan = alternatives_scan(tuple((name, _joined(t.patterns)) for name, t in zip(by_name, trigger_sources)), flags)
    trigger_by_group = {group: by_name[name] for group, name in trigger_scan.owner.items()}
    cues = tuple(
        Cue(
            name=name,
            document_wide=spec.get("scope", "sentence") == "document",
            applies_to=frozenset(RestructuringType(t) for t in spec["applies_to"]) if spec.get("applies_to") else None,
            pattern=_alternation(spec["patterns"], flags, f"{lang} cue {name}"),
            becomes=RestructuringType(spec["becomes"]) if spec.get("becomes") else None,
            uncounted=bool(spec.get("uncounted", False)),
            literals=required_literals(spec["patterns"], flags),
            unless=_unless(spec["unless"], flags, f"{lang} cue {name} unless") if spec.get("unless") else None,
        )
        for name, spec in raw.get("cues", {}).items()
    )
    compiled_signals = tuple(
        (kind, _alternation(p, flags, f"{lang} signal {kind}"), required_literals(p, flags)) for kind, p in signals.items() if p
    )
    document_scan = FirstMatches(
        [
            *((f"cue:{cue.name}", cue.pattern, _joined(raw["cues"][cue.name]["patterns"]), cue.literals) for cue in cues if cue.document_wide),
            *((f"signal:{kind}", pattern, _joined(signals[kind]), literals) for kind, pattern, literals in compiled_signals),
        ],
        flags,
        # a Latin-script lexicon's strings begin with nearly every letter: tested one by one (see LiteralScan)
        scan_non_ascii=not lowercase,
    )
    return Lexicon(
        lang=lang,
        lowercase=lowercase,
        triggers=triggers,
        trigger_scan=trigger_scan,
        trigger_by_group=trigger_by_group,
        cues=cues,
        anchors=_alternation(raw.get("anchors", []), flags, f"{lang} anchors"),
        workforce=_alternation(raw.get("workforce", []), flags, f"{lang} workforce"),
        company_stopwords=frozenset(raw.get("company_stopwords", [])),
        any_sentence_cue=_alternation(
            [p for spec in raw.get("cues", {}).values() if spec.get("scope", "sentence") != "document" for p in spec["patterns"]],
            flags,
            f"{lang} cues",
            apart=COMMON_KOREAN_FIRSTS if lang == "ko" else None,
        ),
        attributive_after=_alternation([raw["attributive_after"]] if raw.get("attributive_after") else [], flags, f"{lang} attributive"),
        temporary=_alternation(raw.get("temporary", []), flags, f"{lang} temporary"),
        framing_after=_alternation([raw["framing_after"]] if raw.get("framing_after") else [], flags, f"{lang} framing"),
        background_after=_alternation([raw["background_after"]] if raw.get("background_after") else [], flags, f"{lang} background"),
        aside_between=_alternation([raw["aside_between"]] if raw.get("aside_between") else [], flags, f"{lang} aside"),
        no_rescue=_alternation(raw.get("no_rescue", []), flags, f"{lang} no_rescue"),
        business_ends=_alternation(raw.get("business_ends", []), flags, f"{lang} business_ends"),
        signals=compiled_signals,
        document_scan=document_scan,
    )


def _require_lower_case(lang: str, raw: dict[str, Any], signals: dict[str, list[str]]) -> None:
    patterns = [p for by_strength in raw.get("triggers", {}).values() for ps in by_strength.values() for p in ps or []]
    patterns += [p for spec in raw.get("cues", {}).values() for p in [*spec.get("patterns", []), *spec.get("unless", [])]]
    patterns += [*raw.get("anchors", []), *raw.get("workforce", []), *raw.get("temporary", []), *raw.get("no_rescue", []),
                 *raw.get("business_ends", [])]
    patterns += [p for ps in signals.values() for p in ps]
    for pattern in patterns:
        if re.search(r"(?<!\\)[A-Z]", pattern):
            raise ValueError(f"{lang} patterns are matched against lower-cased text; write {pattern!r} in lower case")


@dataclass(frozen=True, slots=True)
class _TriggerSource:
    kind: str
    strength: str
    patterns: list[str]


def _alternation(patterns: list[str], flags: int, what: str, apart: frozenset[str] | None = None) -> re.Pattern[str] | LeftmostOfTwo:
    """`apart`: first characters whose alternatives are searched apart from the others (see LeftmostOfTwo)."""
    if not patterns:
        return re.compile(r"(?!x)x")  # matches nothing
    try:
        return led_apart(_joined(patterns), apart, flags) if apart else led(_joined(patterns), flags)
    except re.error as error:
        raise ValueError(f"bad regular expression in {what}: {error}") from error


class _Unless:
    """A cue's `unless`, asked only whether it matches (`search(...) is not None`): the patterns that begin at the text's
    start ("^…", a transcript's first speaker) are matched there alone, the others led as one alternation. In one
    alternation a "^" alternative cannot be led, so the engine tried every alternative at every position of the text
    (~60M instructions over the Korean benchmark, ~30M over the English, for the explainer's `unless`). The same
    answer: without re.MULTILINE, "^" matches only at the text's real start."""

    def __init__(self, patterns: list[str], flags: int, what: str) -> None:
        at_start = [p for p in patterns if anchored_at_start(p, flags)]
        self._at_start = _alternation(at_start, flags, what) if at_start else None
        self._led = _alternation([p for p in patterns if p not in at_start], flags, what)
        self.pattern = _joined(patterns)  # for reading, not matching

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._at_start is not None and pos == 0 and (match := self._at_start.match(text, 0, endpos)):
            return match
        return self._led.search(text, pos, endpos)


def _unless(patterns: list[str], flags: int, what: str) -> re.Pattern[str] | _Unless:
    if flags & re.MULTILINE or not any(anchored_at_start(p, flags) for p in patterns):
        return _alternation(patterns, flags, what)
    return _Unless(patterns, flags, what)


def _joined(patterns: list[str]) -> str:
    """The patterns as one alternation (the order decides which alternative a match is, so keep it)."""
    # A leading \b on each alternative stops the regex engine from skipping ahead to a possible
    # first letter (about 15x slower on 1 KB); one shared look-behind keeps the meaning.
    word_start = [p[2:] for p in patterns if p.startswith("\\b")]
    others = [p for p in patterns if not p.startswith("\\b")]
    parts = [f"(?:{p})" for p in others]
    if word_start:
        parts.append("(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in word_start) + ")")
    return "|".join(parts)


def merge_configs(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Deep-merge the parsed YAML files of config/detection/ (later files add keys, nested dicts merge)."""
    merged: dict[str, Any] = {}
    for part in parts:
        _merge_into(merged, part or {})
    return merged


def _merge_into(target: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value)
        else:
            target[key] = value
