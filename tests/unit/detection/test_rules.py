import copy
import re

import pytest

from earlywarn.domain.detection import load_rules
from earlywarn.domain.detection.fastscan import alternatives_scan, gated, led, required_literals
from earlywarn.domain.detection.rules import merge_configs
from earlywarn.domain.detection.text import split_sentences

MINIMAL = {
    "version": "t1",
    "lexicons": {
        "ko": {"triggers": {"layoff": {"strong": ["정리\\s*해고"]}}},
        "en": {"triggers": {"layoff": {"strong": ["\\blaid\\s+off\\b"]}}},
    },
}


def test_rules_need_a_version():
    config = copy.deepcopy(MINIMAL)
    del config["version"]
    with pytest.raises(ValueError, match="version"):
        load_rules(config)


def test_a_broken_pattern_is_reported_with_where_it_is():
    config = copy.deepcopy(MINIMAL)
    config["lexicons"]["ko"]["triggers"]["layoff"]["strong"] = ["정리(해고"]
    with pytest.raises(ValueError, match="ko trigger layoff"):
        load_rules(config)


def test_a_trigger_strength_other_than_strong_weak_or_halt_is_reported():
    config = copy.deepcopy(MINIMAL)
    config["lexicons"]["ko"]["triggers"]["layoff"]["sure"] = ["감원"]
    with pytest.raises(ValueError, match="unknown strength"):
        load_rules(config)


def test_english_patterns_must_be_lower_case_because_text_is_lower_cased():
    config = copy.deepcopy(MINIMAL)
    config["lexicons"]["en"]["triggers"]["layoff"]["strong"] = ["WARN\\s+notice"]
    with pytest.raises(ValueError, match="lower case"):
        load_rules(config)


def test_yaml_files_merge_into_one_config():
    merged = merge_configs([{"version": "1", "lexicons": {"ko": {"a": 1}}}, {"lexicons": {"en": {"b": 2}}}, {"signals": {"window_days": 30}}])
    assert merged == {"version": "1", "lexicons": {"ko": {"a": 1}, "en": {"b": 2}}, "signals": {"window_days": 30}}


def test_the_project_rules_load_with_both_languages(rules):
    assert rules.version and set(rules.lexicons) == {"ko", "en"}


@pytest.mark.parametrize(
    "source",
    [
        r"희망\s*퇴직|(?:가동|조업)(?:을|를)?\s*중단|폐쇄(?<!직장폐쇄)",
        r"\bruled\b|(?<!\w)(?:court|verdict)|wrongful",
        r"\d[\d,]*\s*명|[백천만]여\s*명",
        r"(?:a|b)?c|x+y",
        r"(?:○+\s*명)|(?:\[?노동\s*상담\]?)|x?xy|a+b+c|\[?q\]",
    ],
)
def test_a_gated_pattern_finds_exactly_what_the_plain_pattern_finds(source):
    text = "직장폐쇄 후 공장 폐쇄. 희망퇴직 300명, 백여 명. overruled; the court ruled wrongfully. cab xxy ac ○○ 명 [노동 상담] 노동상담] aabbc xy [q] q]"
    plain, fast = re.compile(source), gated(source)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in led(source).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_leading_optional_or_repeated_character_leads_the_alternative_by_that_character():
    fast = led(r"(?:○+\s*명)|(?:\[?노동\s*상담\]?)")
    assert fast.pattern == r"○○*\s*명|\[노동\s*상담\]?|노동\s*상담\]?"  # the engine skips ahead to ○, [ or 노


def test_sentences_do_not_end_at_abbreviations():
    text = "Trucking company Yellow Corp. has ceased operations. It will lay off workers on Feb. 28. 한국지엠은 폐쇄한다. 직원들은 떠난다."
    sentences = split_sentences(text)
    assert [sentences.span(i) for i in range(len(sentences))] == [
        "Trucking company Yellow Corp. has ceased operations.",
        "It will lay off workers on Feb. 28.",
        "한국지엠은 폐쇄한다.",
        "직원들은 떠난다.",
    ]


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ([r"\bthrough\s+attrition\b", r"자연\s*감소"], ("attrition", "자연")),
        ([r"(?:사용자|사업주)는"], ("업주", "용자")),
        ([r"\bno\s+(?:forced|compulsory)\s+(?:cuts|jobs)"], ("compulsory", "forced")),  # the longest shortest
        ([r"\bq\s*[.:]", r"[ab]\d"], None),  # the second has no plain string every match contains
        ([r"(?i:abc)def"], ("def",)),
    ],
)
def test_the_strings_a_pattern_s_every_match_contains_are_found(sources, expected):
    assert required_literals(sources) == expected


def test_a_pattern_with_a_literal_prefix_is_left_to_the_engine_and_finds_the_same(rules):
    text = "인력을 자연 감소로 줄인다. 자연감소분으로 맞춘다."
    assert [m.span() for m in gated(r"자연\s*감소").finditer(text)] == [m.span() for m in re.finditer(r"자연\s*감소", text)]
    assert gated(r"자연\s*감소").pattern == r"자연\s*감소"


def test_a_cue_that_retypes_keeps_the_trigger_as_its_new_type():
    config = copy.deepcopy(MINIMAL)
    config["lexicons"]["en"]["cues"] = {"attrition": {"scope": "document", "applies_to": ["layoff"], "becomes": "other", "patterns": ["attrition"]}}
    (cue,) = load_rules(config).lexicon("en").cues
    assert cue.becomes.value == "other" and cue.literals == ("attrition",)


@pytest.mark.parametrize(
    "sources",
    [
        # a leading group (optional or not), \b and (?<!\w) before letters and before punctuation, a look-behind,
        # \d+ under a gate, a pattern that cannot start with a plain character (\w*mill), a pattern with a literal prefix
        (r"(?:close|closes|closing)\s+(?:the\s+)?plant|plant\s+clos(?:ing|ure)", r"\b(?:\w*mill|plant)\s+closure|\bclos(?:e|ed)\b"),
        (r"(?<!\w)(?:(?:\d+|one|two)[-\s]week\s+shutdown)|furlough", r"\b-?\bweek|\bweek(?:s)?\b", r"(?<=[\d십])명(?:들)?이"),
        (r"(?:a|b)?c|x+y", r"ac|(?:ab)?c", r"c"),
        (r"\bno\b", r"\bnot?\b", r"\b\.\w"),
    ],
)
def test_a_scan_of_named_alternatives_finds_what_the_combined_pattern_finds(sources):
    text = (
        "Closing the plant; plant closure. The sawmill closure and steel mill closure; a 3-week shutdown, one-week "
        "shutdown, ３-week shutdown; furloughs. week weeks -week a-week 3명이 십명들이 명이. abc bc c xxy ac ab ac "
        "no not nota .x a.b ..no"
    ).lower()
    named = tuple((f"t{i}", source) for i, source in enumerate(sources))
    combined = gated("|".join(f"(?P<{name}>{gated(source).pattern})" for name, source in named))
    scan = alternatives_scan(named)
    for start in (0, 5, 40):
        expected = [(m.span(), m.lastgroup) for m in combined.finditer(text[start:])]
        assert [(m.span(), scan.owner[m.lastgroup]) for m in scan.finditer(text[start:])] == expected
    assert scan.search(text).span() == combined.search(text).span()
