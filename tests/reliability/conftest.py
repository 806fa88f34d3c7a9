"""Reliability fixtures, and the summary table printed at the end of the run.

A test records a row with `reliability_report.add(name, trials=..., faults=..., duplicates=..., losses=...)`;
`pytest_terminal_summary` prints every row, so the numbers behind "zero duplicates, nothing lost" are
visible in the test output, not only the pass/fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.flows.conftest import flow_app, prefect_server  # noqa: F401  (fixtures, for the Prefect re-run test)


@dataclass
class Row:
    name: str
    trials: int
    faults: int
    duplicates: int
    losses: int
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    def add(self, name: str, *, trials: int, faults: int = 0, duplicates: int = 0, losses: int = 0, note: str = "") -> None:
        self.rows.append(Row(name, trials, faults, duplicates, losses, note))


_REPORT = Report()


@pytest.fixture
def reliability_report() -> Report:
    return _REPORT


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not _REPORT.rows:
        return
    write = terminalreporter.write_line
    terminalreporter.section("earlywarn reliability summary")
    header = f"{'scenario':<58} {'trials':>6} {'faults':>6} {'dupl.':>6} {'lost':>5}  note"
    write(header)
    write("-" * len(header))
    for row in _REPORT.rows:
        write(f"{row.name[:58]:<58} {row.trials:>6} {row.faults:>6} {row.duplicates:>6} {row.losses:>5}  {row.note}")
    write("-" * len(header))
    write(f"{'total':<58} {sum(r.trials for r in _REPORT.rows):>6} {sum(r.faults for r in _REPORT.rows):>6} "
          f"{sum(r.duplicates for r in _REPORT.rows):>6} {sum(r.losses for r in _REPORT.rows):>5}")
