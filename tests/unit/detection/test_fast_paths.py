"""Fast paths agree exactly with their plain forms (on the labeled texts and edge cases): patterns rewritten so
the regex engine skips ahead, the Korean site scan window, the text model's bucket counting."""

import re

import numpy as np
import pytest

from benchmarks.bench_detection import CONFIG_DIR, HELD_OUT, KNOWN_SPLITS, kilobyte_documents, load_items, split_names
from earlywarn.domain.detection import bare_counts, counts, dates, entities, headcount, headcount_choice, pools, shares, text, text_model
from earlywarn.adapters.config_files import read_yaml_folder
from earlywarn.domain.detection.classifier import lowered
from earlywarn.domain.detection.fastscan import gated, unled
from earlywarn.domain.detection import rules
from earlywarn.domain.detection.rules import _joined, load_rules
from earlywarn.domain.detection.text import split_sentences

EDGES = [
    "", "a", "tail.", "a.. b", "x?!\" y", "…", "…x", "a\n\n\nb", "end.)  next", "q?'\n", "!!!", ".\u00a0x", "a.\u2003b",
    "Yellow Corp. has ceased operations. The Dayton Assembly Plant closes.", "the plant closes", "A B C D Plant", "Its Ohio Plant",
    "(주)대한 군산공장이 문을 닫는다", "가나다라마바사아자차1공장 폐쇄", "한빛물산 2공장과 물류센터", "ABC공장", "공장", "x 공장",
]


@pytest.fixture(scope="module")
def texts():
    items = [item for split in KNOWN_SPLITS for item in load_items(split)]
    return [item.text for item in items] + kilobyte_documents(items, count=50) + EDGES


def _spans(pattern, text_, *groups):
    return [(m.start(), m.end(), *(m.group(g) for g in groups)) for m in pattern.finditer(text_)]


def test_the_sentence_end_pattern_matches_as_the_plain_one(texts):
    plain = re.compile(text.PLAIN_SENTENCE_END)
    for t in texts:
        assert _spans(text._SENTENCE_END, t) == _spans(plain, t)


@pytest.mark.parametrize(
    ("pattern", "starts", "groups"),
    [
        (dates._DATE_BY_LANGUAGE["ko"], dates._KO_DATE_STARTS, ("km", "kd", "rel", "relend", "mem", "yend", "kmd", "kdot", "kyend", "dd", "iso")),
        (dates._DATE_BY_LANGUAGE["en"], dates._EN_DATE_STARTS, ("em", "iso", "us", "md", "yend_en", "ord", "eom", "dmd", "tha", "wd", "qtr", "thiswd", "ldm", "nextwd", "now_en", "eoyr", "mym")),
    ],
)
def test_a_pattern_gated_by_the_words_it_starts_with_matches_as_without_them(texts, pattern, starts, groups):
    plain = re.compile(pattern.pattern.replace(f"(?={starts})", "", 1))
    assert plain.pattern != pattern.pattern
    cases = [  # one or more per alternative of each pattern
        "2024년 3월 5일", "3월 5일", "다음 달 5일", "내달 5일", "이달 말", "이번 달 15일", "지난 달 3일", "전달 3일", "다음달 말까지",
        "12월 말", "3월까지", "연내", "연말", "올해 말까지", "올 연말", "오는 15일", "지난 3일", "15일", "2024. 3. 5",
        "March 5, 2024", "2024-03-05", "3/5/2024", "3/5", "year-end", "year end", "the end of the year", "end of this year",
        "the 15th of next month", "15th of this month", "the end of March", "end of June 2025", "end-September", "the end-June",
        "15 December", "1 March 2024", "the 15th.", "on Friday", "The end of March", "Jan. 5",
        "the end of the fourth quarter", "end of the 2nd quarter", "by the end of 2019", "by end-2025", "by March 2027", "in Sept. 2026",
        "this Friday", "This Monday", "let go effective immediately", "Effective immediately,", "immediately after",
        "퇴직일 5/31", "6/30 영업종료", "3/31자", "1/3 수준", "2024/7", "the last day of February", "last day of Sept. 2025",
        "12.29(화)자로", "4.30 부로", "1.5배", "2027년 말까지", "2027년말",
        # numbers that are not Korean dates, and dates with spaces or other digits
        "7,500명", "2.5%", "20 24년", "2024 년 3 월 5 일", "12345년", "1 일", "3 월 말", "٣월 ٥일", "３월 ５일", "2024 . 3 . 5", "2024/3/5",
    ]
    every_labeled = [item.text for split in split_names() if split not in HELD_OUT for item in load_items(split)]
    for t in [*texts, *every_labeled, *cases]:
        assert _spans(pattern, t, *groups) == _spans(plain, t, *groups)


def test_the_korean_count_scan_taking_digits_whole_matches_as_the_plain_one(texts):
    plain = gated(headcount._KO_MENTION_SOURCE.replace(r"\d[\d,]*+", r"\d[\d,]*"), led_within=False)
    assert r"\d[\d,]*+" in headcount._KO_MENTION_SOURCE
    numbers = ["1,000,명", "3.5명", "2024년 300명", "12만명", "1,2,3명", "10~20명", "300 여 명", "7백여명", "5,000,000,000명"]
    for t in [*texts, *numbers]:
        assert _spans(headcount._KO_MENTION, t, "num", "high", "about") == _spans(plain, t, "num", "high", "about")


def test_the_korean_counts_searched_before_each_myeong_alone_are_the_scan_of_the_whole_text(texts):
    numbers = ["1,000,명", "3.5명", "12만명", "10~20명", "300 여 명", "7백여명", "명단 300명", "300명단", "사 명", "명명 3명",
               "삼천\u3000명", "１２명", "٣명", "가1명", "명"]
    pieces = [t[i : i + 30] for t in texts[:300] for i in range(0, len(t), 7)]
    for t in [*texts, *numbers, *pieces]:
        assert _spans(headcount._KO_MENTION_SCAN, t, "num", "high", "about") == _spans(headcount._KO_MENTION, t, "num", "high", "about")


def test_the_shipped_trigger_scans_find_what_their_combined_pattern_finds(texts):
    config = read_yaml_folder(CONFIG_DIR / "detection")
    rules = load_rules(config)
    for lang, raw in config["lexicons"].items():
        sources = [_joined(patterns) for by_strength in raw["triggers"].values() for patterns in by_strength.values() if patterns]
        combined = gated("|".join(f"(?P<t{i}>{gated(source).pattern})" for i, source in enumerate(sources)))
        scan = rules.lexicon(lang).trigger_scan
        for t in texts:
            t = lowered(t) if lang != "ko" else t
            assert [(m.span(), scan.owner[m.lastgroup]) for m in scan.finditer(t)] == [(m.span(), m.lastgroup) for m in combined.finditer(t)]


def _led_within_their_group():
    modules = (bare_counts, counts, dates, entities, headcount, headcount_choice, shares, text)
    return [(f"{m.__name__.rsplit('.', 1)[1]}.{name}", value) for m in modules for name, value in vars(m).items()
            if isinstance(value, re.Pattern) and unled(value) is not None]


def test_the_korean_and_english_counts_are_led_within_their_group():
    assert {"headcount._KO_MENTION", "headcount._KO_NATIVE_MENTION", "shares._KO_SHARE", "headcount._EN_MENTION"} <= {
        name for name, _ in _led_within_their_group()
    }


@pytest.mark.parametrize(("name", "pattern"), _led_within_their_group())
def test_a_pattern_led_within_its_leading_group_matches_as_the_gated_one(texts, name, pattern):
    plain = unled(pattern)
    assert pattern.pattern != plain.pattern and plain.pattern.startswith("(?=[")
    groups = list(pattern.groupindex)
    cases = [  # each way a number starts: digits of every gated script, Sino-Korean and native numerals, words
        "12명", "1,200명", "3.5명", "٣٠ 명", "３０명", "2024년 300명", "12만명", "1만 2천명", "백명", "천여 명", "이백명", "삼천 명",
        "구백여명", "10~20명", "300 여 명", "열두 명", "스무 명", "마흔두 명을", "서른 명", "한 명", "두명", "직원 200명 중 30%가",
        "250명 가운데 절반이", "100명의 3분의 1", "이 명단", "사명", "일명", "만명", "명", "1명단",
        "1,200 workers", "1.2k staff", "3K jobs", "40-ish people", "10 to 20 employees", "Twelve workers", "its nine employees",
        "team of 40 was let go", "Employees affected: 112", "Number of workers affected - 45", "No. of Employees: 1,000",
        "# of positions: 12", "Layoffs total 300", "cuts amounted to about 1,000", "x12 workers", "1,23 staff", "2024 staff",
    ]
    for t in [*texts, *cases]:
        assert _spans(pattern, t, *groups) == _spans(plain, t, *groups), (name, t)


@pytest.mark.parametrize("module, name", [(headcount, "_EN_TOTAL_BEFORE"), (pools, "EN_POOL_BEFORE"), (headcount, "_EN_REMAINING_BEFORE")])
def test_a_case_insensitive_pattern_searched_lower_cased_in_ascii_finds_what_the_pattern_finds(texts, module, name):
    lowered = getattr(module, name)
    cases = [
        "has a total of ", "of its roughly  ", "out of\n", "EMPLOYS ", "offering buyouts to All of the ", "offered it to ",
        "will Shrink to about ", "the remaining ", "cut to fewer than ", "OF ITS ", "Of Their\t", "remaınıng ", "the ſome ",
        "of the ſome ", "to", "", " ", "remaining", "x approximately ", "\u212aeep the remaining ",
    ]
    befores = [t[max(0, i - 60) : i] for t in texts for i in range(0, len(t), 5)]
    for before in [*cases, *befores]:
        assert lowered.found(before) == (lowered.pattern.search(before) is not None)


def test_the_english_site_pattern_matches_as_the_plain_one(texts):
    plain = re.compile(
        entities._EN_SITE.pattern.replace(r"[A-Z][\w.'-]+\s+(?:[A-Z][\w.'-]+\s+){0,2}", r"(?:[A-Z][\w.'-]+\s+){1,3}")
    )
    assert plain.pattern != entities._EN_SITE.pattern
    for t in texts:
        assert _spans(entities._EN_SITE, t, "site") == _spans(plain, t, "site")


def _plain_site(text_, start, end, lang):
    """site_in without the literal precheck and the Korean scan window."""
    if lang == "ko":
        match = entities._KO_SITE.search(text_, start, end)
        return entities.Span(match.group("site"), match.start("site"), match.end("site")) if match else None
    return entities.site_in(text_, start, end, lang)


def test_the_korean_site_scan_window_finds_what_a_scan_from_the_start_finds(texts):
    words = entities._KO_SITE_WORD_SOURCE.split("|")
    for a in words:  # no site word overlaps another: each is found by the scan of the words
        for b in words:
            assert a == b or a not in b
            assert not any(a.endswith(b[:k]) for k in range(1, len(b)))
    cases = ["군산 공장 2공장", "가공장나공장", "공공장", "a1공장", "가１공장", "가나다라마바사아자공장", "가나다라마바사아공장",
             "x 공장 군산공장", "공장", "(주)대한 군산공장과 평택 공장", "물류센터공장", "캠퍼스 연구소 A연구소"]
    for t in [*texts, *cases]:
        sentences = split_sentences(t)
        for start, end in [(0, len(t)), *zip(sentences.starts, sentences.ends)]:
            assert entities.site_in(t, start, end, "ko") == _plain_site(t, start, end, "ko")


def test_the_model_counts_buckets_as_np_unique_does(texts):
    for t in [*texts[:300], "", " ", "aaaa", "한"]:
        values = text_model.buckets(t, 18)
        expected = np.unique(values, return_counts=True)
        found, counts = text_model._counted(values.copy(), 18)
        assert found.tolist() == expected[0].tolist() and counts.tolist() == expected[1].tolist()
    assert [a.tolist() for a in text_model._counted(np.array([], dtype=np.int32), 18)] == [[], []]
    rng = np.random.default_rng(5)
    for bits in (8, 16, 17, 24):  # buckets of fewer than 16 bits, and of more than 18
        values = rng.integers(0, 1 << bits, 4000).astype(np.int32)
        expected = np.unique(values, return_counts=True)
        found, counts = text_model._counted(values.copy(), bits)
        assert found.tolist() == expected[0].tolist() and counts.tolist() == expected[1].tolist()


def _buckets_order_by_order(text: str, bits: int) -> np.ndarray:
    """The model's hashing written plainly: each order's hashes from the unsalted ones of the order before."""
    low = " " + text_model._collapsed(text.lower()) + " "
    codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts, h = [codes], codes
    for n in range(2, 5):
        if len(codes) < n:
            break
        h = h[:-1] * np.uint64(1000003) + codes[n - 1:]
        parts.append(h + np.uint64(n * 0x9E3779B97F4A7C15 % (1 << 64)))
    every = np.concatenate(parts) * np.uint64(0x9E3779B97F4A7C15)
    return (every >> np.uint64(64 - bits)).astype(np.int32)


def test_the_model_hashes_n_grams_in_place_exactly_as_order_by_order(texts):
    for t in [*texts[:300], "", " ", "a", "ab", "aaaa", "한", "Ünïcode  \t zz"]:
        assert text_model.buckets(t, 18).tolist() == _buckets_order_by_order(t, 18).tolist()


def test_the_sublinear_tf_table_holds_what_the_expression_gives():
    counts = np.arange(1, text_model._TF_SIZE, dtype=np.int64)
    expected = (1.0 + np.log(counts)).astype(np.float32)
    assert text_model._SUBLINEAR_TF.take(counts).tolist() == expected.tolist()
    for count in (1, 2, 3, 17, 255, 4096):  # alone, as a text's few counts are
        assert text_model._SUBLINEAR_TF[count] == (1.0 + np.log(np.array([count], dtype=np.int64))).astype(np.float32)[0]


def test_the_korean_region_names_searched_as_a_tree_find_what_their_plain_alternation_finds(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config

    regions = load_detection_config(CONFIG_DIR)[0].regions
    names = sorted(regions._kr_by_name, key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, names)))
    cases = [*names, *(name + name[:1] for name in names), "전라북도 군산시", "North Jeolla Province", "경상남도와 경남", "xx"]
    for t in [*texts, *cases]:
        found, expected = regions._kr_pattern.search(t), plain.search(t)
        assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_a_site_is_found_where_the_plain_site_scan_finds_it(texts):
    for t in [*texts, "공장", "x 공장", "ABC공장 조선소", "a Plant", "Ohio Plant and Mill"]:
        for lang, pattern in (("ko", entities._KO_SITE), ("en", entities._EN_SITE)):
            span = entities.site_in(t, 0, len(t), lang)
            first = next(
                (m for m in pattern.finditer(t) if lang == "ko" or (s := entities._EN_SITE_NOT.sub("", m.group("site")).strip()) and not s[0].islower()),
                None,
            )
            assert (span is None) == (first is None)
            if span is not None:
                assert span.end == first.end("site")


def test_the_us_state_scan_finds_what_the_plain_pattern_finds(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config

    regions = load_detection_config(CONFIG_DIR)[0].regions
    states = sorted(dict.fromkeys(regions._us_by_name.values()), key=len, reverse=True)  # as Regions orders them
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, states)) + r")\b")
    assert regions._us_pattern.pattern != plain.pattern
    cases = ["New York", "New Yorker", "xNew York", "in Ohio.", "Ohio_", "Iowa's plant", "West Virginia", "Virginia", "Kansas City, Kansas"]
    for t in [*texts, *cases, *(t.upper() for t in cases)]:
        assert _spans(regions._us_pattern, t) == _spans(plain, t)


def test_the_sentence_cues_searched_from_the_first_cue_match_are_those_searched_from_the_sentence_start(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config
    from earlywarn.domain.detection.classifier import _cues_in_sentence, lowered

    rules = load_detection_config(CONFIG_DIR)[0]
    checked = 0
    for lang, lexicon in rules.lexicons.items():
        for t in texts:
            sentences = split_sentences(lowered(t) if lexicon.lowercase else t)
            for i in range(len(sentences)):
                start, end = sentences.starts[i], sentences.ends[i]
                every = [(cue.name, m.span()) for cue in lexicon.cues if not cue.document_wide and (m := cue.search_sentence(sentences.text, start, end))]
                assert [(cue.name, m.span()) for cue, m in _cues_in_sentence(sentences, i, lexicon)] == every
                checked += bool(every)
    assert checked > 100


def test_triggers_are_judged_as_when_every_cue_of_the_document_and_the_sentence_is_looked_for(texts):
    """_judge_triggers looks for a sentence's cues only for the kinds no document-wide cue vetoes, and stops at the
    cue that vetoes the last of them: the verdicts are those of the first cue that vetoes among all that match."""
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config
    from earlywarn.domain.detection.classifier import _judge_triggers, _trigger_hits, _verdict
    from earlywarn.domain.detection.text import Sentences

    rules = load_detection_config(CONFIG_DIR)[0]
    vetoes = 0
    for lexicon in rules.lexicons.values():
        for t in texts:
            plain = split_sentences(t)
            sentences = Sentences(lowered(t), plain.starts, plain.ends) if lexicon.lowercase else plain
            document = [(cue, m) for cue in lexicon.cues if cue.document_wide and (m := cue.search_document(sentences.text))]
            expected = []
            for hit in _trigger_hits(sentences.text, sentences, lexicon):
                start, end = sentences.starts[hit.sentence], sentences.ends[hit.sentence]
                every = [(cue, m) for cue in lexicon.cues if not cue.document_wide and (m := cue.search_sentence(sentences.text, start, end))]
                veto, retype = _verdict((*document, *every), hit.type)
                expected.append((hit.start, veto and (veto[0].name, veto[1].span()), retype and retype.name))
            valid, vetoed = _judge_triggers(sentences, lexicon)
            got = sorted([(hit.start, (name, m.span()), None) for hit, name, m in vetoed])
            assert got == sorted(entry for entry in expected if entry[1])
            vetoes += len(got)
            # every trigger not vetoed keeps its place, retyped where a cue says so
            retyped = {start: name for start, veto, name in expected if not veto and name}
            for hit in valid:
                assert hit.start not in {start for start, *_ in got}
                if hit.start in retyped:
                    assert hit.type is next(c.becomes for c in lexicon.cues if c.name == retyped[hit.start])
    assert vetoes > 100


@pytest.mark.parametrize(
    ("raw", "value"),
    [("12", 12), ("1,200", 1200), ("0012", 12), ("1,2,3", 123), ("9,999,999", 9_999_999), ("10,000,000", None), ("0", 0),
     ("1234567890123456", None), ("12만", 120_000), ("1.2k", 1200), ("３０", 30), ("٣٠", 30), ("마흔두", 42), ("twelve", 12)],
)
def test_a_count_is_read_as_the_number_it_writes(raw, value):
    from earlywarn.domain.detection.counts import number

    assert number(raw) == value


def test_the_korean_sentence_cues_searched_in_two_parts_find_what_the_one_pattern_finds(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config
    from earlywarn.domain.detection.fastscan import LeftmostOfTwo

    apart = load_detection_config(CONFIG_DIR)[0].lexicon("ko").any_sentence_cue
    assert isinstance(apart, LeftmostOfTwo)
    one = re.compile(apart.pattern)
    for t in texts:
        sentences = split_sentences(t)
        for start, end in [(0, len(t)), *zip(sentences.starts, sentences.ends), *((i, len(t)) for i in range(0, len(t), 7))]:
            found, expected = apart.search(t, start, end), one.search(t, start, end)
            assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_the_document_scan_finds_the_first_match_of_each_cue_and_signal_as_its_search_does(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config

    checked = 0
    for lexicon in load_detection_config(CONFIG_DIR)[0].lexicons.values():
        patterns = {f"cue:{cue.name}": cue.pattern for cue in lexicon.cues if cue.document_wide}
        patterns |= {f"signal:{kind}": pattern for kind, pattern, _ in lexicon.signals}
        # (a pattern that cannot be led is searched apart: the same matches, only slower)
        assert len(patterns) > 10 and len(lexicon.document_scan._apart) < len(patterns)
        for t in [*texts, *(t[i:] for t in texts[:300] for i in (1, 7, 40))]:
            t = lowered(t) if lexicon.lowercase else t
            got = {name: m and (m.span(), m.group(0)) for name, m in lexicon.document_scan.first_matches(t).items()}
            assert got == {name: (m := p.search(t)) and (m.span(), m.group(0)) for name, p in patterns.items()}
            checked += sum(1 for m in got.values() if m)
    assert checked > 100


def test_a_pattern_the_document_scan_cannot_locate_is_searched_apart_behind_its_strings():
    from earlywarn.domain.detection.first_matches import FirstMatches

    led_ok, unled = r"ab+c|x[yz]", r"\w+mill"  # \w cannot lead: searched apart, only where "mill" is
    scan = FirstMatches([("a", re.compile(led_ok), led_ok, None), ("b", re.compile(unled), unled, ("mill",))])
    assert [name for name, *_ in scan._apart] == ["b"]
    found = scan.first_matches("xz abbc sawmill abc")
    assert {name: m.span() for name, m in found.items()} == {"a": (0, 2), "b": (8, 15)}
    assert scan.first_matches("nothing here") == {"a": None, "b": None}
    assert FirstMatches([]).first_matches("abc") == {}
    # compiled as written (no gate): a leading \\d is any decimal digit, not only the gate's ones: searched apart
    digits = r"\d+명"
    plain = FirstMatches([("d", re.compile(digits), digits, ("명",))])
    assert [name for name, *_ in plain._apart] == ["d"]
    assert plain.first_matches("직원 ३명").get("d").group(0) == "३명"


def test_the_literal_scan_tells_which_strings_a_text_contains_as_in_does(texts):
    from benchmarks.bench_detection import CONFIG_DIR, load_detection_config
    from earlywarn.domain.detection.literals import LiteralScan

    overlapping = ["구조조정", "조정", "구조", "정리해고", "해고", "고용", "Q", "?", "a.b", "[x]", "○", "20○○"]
    cases = ["구조조정", "구조", "조정안", "정리해고용", "고용정리", "Q?", "a.b", "axb", "[x]", "20○○년 ○월", "○", ""]
    scans = [(LiteralScan(overlapping), overlapping)]
    for lexicon in load_detection_config(CONFIG_DIR)[0].lexicons.values():
        needed = [s for cue in lexicon.cues if cue.document_wide for s in cue.literals or ()]
        needed += [s for *_, literals in lexicon.signals for s in literals or ()]
        scans.append((LiteralScan(needed), needed))  # scanned whatever the lexicon (a Latin one tests ASCII text apart)
    for scan, strings in scans:
        for t in [*texts, *cases, *(lowered(t) for t in texts[:500])]:
            present = scan.present(t)
            for s in strings:
                assert present([s]) == (s in t), (s, t)
            assert present(strings) == any(s in t for s in strings)


def test_evidence_made_without_the_constructor_is_the_constructors_evidence():
    from pydantic import ValidationError

    from earlywarn.domain.detection.model import Evidence, make_evidence

    made, built = make_evidence("trigger:layoff", "감원", 3, 5), Evidence(field="trigger:layoff", text="감원", start=3, end=5)
    assert made == built and made.model_fields_set == built.model_fields_set
    assert made.model_dump_json() == built.model_dump_json()
    with pytest.raises(ValidationError):
        make_evidence("x", "y", "not a number", 0)


def test_every_application_word_holds_what_the_sentence_is_first_checked_for(texts):
    import sys

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "pPlLgGnN":  # no other character matches these case-insensitively
        assert re.findall(letter, every_character, re.IGNORECASE) == sorted({letter.lower(), letter.upper()})
    cases = ["신청", "접수", "APPLY", "Applications", "sign up", "SIGN   UP", "apple", "signal", "design"]
    for t in [*texts, *cases]:
        for match in dates._APPLICATION.finditer(t):
            assert dates._APPLICATION_NEEDS.search(match.group(0))


def test_every_korean_share_of_the_workforce_holds_what_the_text_is_first_checked_for(texts):
    cases = ["전체 인력의 30%를 줄인다", "전 직원의 약 10퍼센트", "  임직원의 5프로", "인원의 12.5 %", "직원 의 30%"]
    for t in [*texts, *cases]:
        for match in shares._KO_SHARE_OF_WORKFORCE.finditer(t):
            assert shares._KO_SHARE_OF_WORKFORCE_NEEDS.search(match.group(0))
    assert [m.group(0) for m in shares._KO_SHARE_OF_WORKFORCE.finditer(cases[0])] == ["전체 인력의 30%"]


def test_a_count_is_approximate_as_the_case_insensitive_pattern_says(texts):
    import sys

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall("[약대략~tydnrose]", every_character, re.IGNORECASE)) == counts.APPROX_LAST
    cases = ["약 ", "about", "ABOUT  ", "up  to\n", "as many as", "some\n\n", "~", "approximately 1", "최대", "over.", "uſ", "aſ ſome"]
    for t in [*texts[:400], *cases]:
        for end in range(len(t) + 1):
            before = t[max(0, end - 14) : end]
            assert counts.approximate_before(before) == bool(counts.APPROX_BEFORE.search(before)), before


def test_the_korean_shares_tried_before_each_myeong_are_the_scan_of_the_whole_text(texts):
    cases = ["직원 7,500명의 절반", "전체 직원 900명 중 3분의 1", "임직원 1천2백명의 30%", "300 명 가운데 40%", "명 명의 절반",
             "3백 명의 절반과 200명 중 절반", "１２００명의 반", "현재 45명인 기자를 3분의 1 줄이겠다", "7,500명의 절반명의 절반"]
    pieces = [t[i : i + 40] for t in texts[:300] for i in range(0, len(t), 9)]
    for t in [*texts, *cases, *pieces]:
        assert _spans(shares._KO_SHARE_SCAN, t, "num", "pct", "den", "nom", "frac") == _spans(shares._KO_SHARE, t, "num", "pct", "den", "nom", "frac")


def test_a_sum_of_parts_is_found_before_a_count_as_the_case_insensitive_pattern_says(texts):
    import sys

    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall("[ldrtyen,쳐면어약두등원자력]", every_character, re.IGNORECASE)) == headcount_choice._SUM_OF_PARTS_LAST
    cases = ["in all, roughly 1,450", "IN TOTAL 300", "all told\n12", "altogether, about 5", "combined 40", "두 회사를 합쳐 320명",
             "근로자 90명 등 370명", "45명등 약 210명", "판매 직원 2명 등 직원 6명", "3명 등 근로자 9명", "2명 등 인력 5명",
             "합하면 약 10명", "통틀어 모두 5명", "more than  7", "In All,\n 9", "uſ 3"]
    for t in [*texts[:400], *cases]:
        for start in range(len(t) + 1):
            expected = headcount_choice._SUM_OF_PARTS_BEFORE.search(t, max(0, start - 24), start) is not None
            assert headcount_choice._summed_before(t, start) == expected, (t, start)


def test_the_korean_role_check_after_a_count_matches_exactly_where_one_of_its_nine_patterns_does(texts):
    nine = (headcount._KO_DELTA_AFTER, headcount._KO_EXCLUDED_AFTER, headcount._KO_HIRED_AFTER, pools.KO_POOL_AFTER,
            headcount._KO_DENIED_AFTER, headcount._KO_INCLUDED_AFTER, headcount._KO_TOTAL_AFTER, headcount._KO_COMPANY_SIZE_AFTER,
            headcount._KO_SHRUNK_TO_AFTER)
    cases = ["보다 많다", "을 제외한", "을 신규 채용", "을 대상으로", "이 아니고", "을 포함해", " 중 300명", "의 절반", "규모의 회사",
             "이 회사를 떠난다", "", " ", "을", "중간", "의 30%", "인 회사를", "으로 줄인다", " 수준으로 감축"]
    afters = [t[i : i + 40] for t in texts[:400] for i in range(0, len(t), 5)]
    for after in [*cases, *afters]:
        assert (headcount._KO_ANY_ROLE_AFTER.match(after) is not None) == any(p.search(after) for p in nine)


@pytest.mark.parametrize(
    "patterns",
    [["^Q:", r"\bfaq\b"], [r"^a|b", "c"], [r"^(?:a|b)x", "zz"], [r"^\s*a", r"(?:^|\n)b"], [r"^", "q"], [r"^a|^b", r"\bc"]],
)
def test_an_unless_list_with_start_anchored_patterns_matches_as_its_plain_alternation(patterns):
    unless = rules._unless(patterns, 0, "test")
    plain = re.compile(_joined(patterns))
    cases = ["", "a", "b", "xb", "ab", "ax", "bx", "Q: a", "x\nb", "  a", "c faq", "zzb", "\nq", "nothing here"]
    for case in cases:
        for start in range(len(case) + 1):
            expected = plain.search(case, start) is not None
            assert (unless.search(case, start) is not None) == expected, (patterns, case, start)
