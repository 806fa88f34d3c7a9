"""Fast paths agree exactly with their plain forms (on the labeled texts and edge cases): patterns rewritten so
the regex engine skips ahead, the Korean site scan window, the text model's bucket counting."""

import re

import numpy as np
import pytest

from benchmarks.bench_detection import KNOWN_SPLITS, kilobyte_documents, load_items
from earlywarn.domain.detection import entities, text, text_model
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


def test_the_model_counts_buckets_as_np_unique_does(texts):
    for t in [*texts[:300], "", " ", "aaaa", "한"]:
        values = text_model.buckets(t, 18)
        expected = np.unique(values, return_counts=True)
        found, counts = text_model._counted(values.copy())
        assert found.tolist() == expected[0].tolist() and counts.tolist() == expected[1].tolist()
    assert [a.tolist() for a in text_model._counted(np.array([], dtype=np.int32))] == [[], []]
