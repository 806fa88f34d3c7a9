"""Weak signals (a production halt, wage arrears, a plant sale, buyout rumours, a WARN filing)
and the risk score that sums them for one company over a recent window."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .rules import Lexicon


def find_signals(text: str, lexicon: Lexicon, firsts: dict[str, re.Match[str] | None] | None = None) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of the first match of each signal kind, in configuration order. `firsts`: the
    lexicon's `document_scan` of the text, when detection has it already (else it is scanned here)."""
    firsts = lexicon.document_scan.first_matches(text) if firsts is None else firsts
    found = []
    for kind, _pattern, _literals in lexicon.signals:
        if match := firsts[f"signal:{kind}"]:
            found.append((kind, match.start(), match.end(), match.group(0)))
    return found


def risk_score(signals: list[tuple[date, str]], weights: dict[str, float], *, window_days: int, today: date) -> float:
    """Sum of the weights of signals seen from `today - window_days` to `today` (future excluded).

    Unknown kinds weigh nothing. Each signal counts: the same rumour reported twice is stronger.
    """
    since = today - timedelta(days=window_days)
    return round(sum(weights.get(kind, 0.0) for seen, kind in signals if since <= seen <= today), 6)
