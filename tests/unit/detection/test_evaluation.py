"""The labeled set's held-out part must stay above F1 0.9 per language (not timed)."""

import pytest

from benchmarks.bench_detection import evaluate, load_items


@pytest.fixture(scope="module")
def heldout_report(config):
    rules, directory = config
    return evaluate(load_items("heldout") + load_items("fresh2"), rules, directory)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_held_out_f1_per_language_is_at_least_0_9(heldout_report, lang):
    assert heldout_report["languages"][lang]["f1"] >= 0.9


def test_held_out_headcount_is_exact_for_at_least_nine_in_ten(heldout_report):
    assert heldout_report["headcount_exact"]["accuracy"] >= 0.9


def test_the_labeled_set_is_large_mixed_and_a_third_hard_negatives():
    items = load_items("all")
    assert len(items) >= 150
    assert {item.lang for item in items} == {"ko", "en"}
    assert sum(not item.is_restructuring for item in items) >= len(items) / 3
