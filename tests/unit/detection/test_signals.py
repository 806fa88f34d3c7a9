from datetime import date

import pytest

from earlywarn.domain.detection import risk_score

WEIGHTS = {"wage_arrears": 0.5, "production_halt": 0.4, "vr_rumour": 0.6}
TODAY = date(2024, 6, 30)


@pytest.mark.parametrize(
    ("signals", "expected"),
    [
        ([], 0.0),
        ([(date(2024, 6, 1), "wage_arrears"), (date(2024, 6, 20), "vr_rumour")], 1.1),
        ([(date(2024, 3, 1), "wage_arrears"), (date(2024, 6, 20), "vr_rumour")], 0.6),  # outside the window
        ([(date(2024, 7, 1), "wage_arrears")], 0.0),  # not yet happened
        ([(date(2024, 6, 20), "unknown_kind")], 0.0),
        ([(date(2024, 6, 2), "production_halt"), (date(2024, 6, 9), "production_halt")], 0.8),
        ([(date(2024, 5, 31), "wage_arrears"), (TODAY, "wage_arrears")], 1.0),  # window edges: 30 days back, today
    ],
)
def test_the_risk_score_sums_the_weights_of_signals_within_the_window(signals, expected):
    assert risk_score(signals, WEIGHTS, window_days=30, today=TODAY) == pytest.approx(expected)


def test_signal_weights_and_threshold_come_from_the_yaml(rules):
    assert rules.signal_weights["warn_filing"] >= rules.signal_threshold > 0
    assert rules.signal_window_days > 0
