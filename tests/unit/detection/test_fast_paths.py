"""Patterns rewritten for speed find exactly what their plain form finds (on the labeled texts and edge cases)."""

import re

import pytest

from benchmarks.bench_detection import KNOWN_SPLITS, kilobyte_documents, load_items
from earlywarn.domain.detection import entities, text
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
    for t in texts:
        sentences = split_sentences(t)
        for start, end in [(0, len(t)), *zip(sentences.starts, sentences.ends)]:
            assert entities.site_in(t, start, end, "ko") == _plain_site(t, start, end, "ko")
