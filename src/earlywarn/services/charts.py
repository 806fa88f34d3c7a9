"""The daily board: open cases, upcoming separation dates, and two small pictures for staff.

Charts are PNGs rendered with matplotlib's Agg backend, small enough (tens of KB) to embed in a
Prefect markdown artifact as a data URI. Hangul needs a font that has it: when `fc-list :lang=ko`
finds none, labels are romanized (an ASCII alias from config/companies.yaml) and in English.
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates
from matplotlib import font_manager  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, SessionRow, SignalRow, WorkerRow  # noqa: E402
from earlywarn.adapters.db.unit_of_work import UnitOfWork  # noqa: E402
from earlywarn.domain.messages import escape_text  # noqa: E402
from earlywarn.services.respond import CLOSED_STATES  # noqa: E402

DPI = 80
SIZE = (7.5, 3.4)


@dataclass(frozen=True)
class ChartFont:
    family: str | None  # None: no Hangul font, labels are romanized

    @property
    def hangul(self) -> bool:
        return self.family is not None


def find_hangul_font() -> ChartFont:
    """The first installed font family that covers Korean, as fontconfig sees it."""
    if shutil.which("fc-list") is None:
        return ChartFont(None)
    try:
        listed = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ChartFont(None)
    families = {line.split(",")[0].strip() for line in listed.splitlines() if line.strip()}
    # matplotlib draws only with fonts in its own (cached) list: a font installed after the cache was
    # built would still come out as boxes, so use it only when matplotlib knows it too.
    usable = families & {entry.name for entry in font_manager.fontManager.ttflist}
    return ChartFont(sorted(usable)[0] if usable else None)


def company_labels(names: list[str], companies_config: dict, font: ChartFont) -> dict[str, str]:
    """Each company's name as the chart can draw it: itself, or its first ASCII alias."""
    aliases = {item.get("canonical"): item.get("aliases", []) for item in companies_config.get("companies", [])}
    labels = {}
    for name in names:
        if font.hangul or name.isascii():
            labels[name] = name
        else:
            ascii_part = " ".join("".join(c if c.isascii() else " " for c in name).split())
            alias = next((a for a in aliases.get(name, []) if a.isascii()), None)
            labels[name] = alias or (ascii_part if len(ascii_part) >= 2 else f"company {len(labels) + 1}")
    return labels


def board_rows(uow: UnitOfWork, today: date) -> list[dict]:
    """Open cases, soonest separation first: what the board table shows."""
    query = (select(CaseRow, CompanyRow.name).join(CompanyRow, CompanyRow.id == CaseRow.company_id)
             .where(CaseRow.state.not_in(CLOSED_STATES)))
    workers = _count_by_case(uow, WorkerRow)
    planned = _count_by_case(uow, SessionRow, SessionRow.status == "planned")
    overflow = _count_by_case(uow, SessionRow, SessionRow.status == "overflow")
    rows = [
        {"case_id": case.id, "company": name, "state": case.state, "region": case.region, "headcount": case.headcount,
         "separation_date": case.separation_date.isoformat() if case.separation_date else None,
         "days_left": (case.separation_date - today).days if case.separation_date else None,
         "roster_workers": workers.get(case.id, 0), "sessions_planned": planned.get(case.id, 0),
         "sessions_overflow": overflow.get(case.id, 0), "risk_score": round(case.risk_score or 0.0, 2)}
        for case, name in uow.session.execute(query)
    ]
    return sorted(rows, key=lambda r: (r["separation_date"] or "9999", r["case_id"]))


def risk_history(uow: UnitOfWork, watch, today: date, *, days: int = 180, step: int = 7) -> dict[str, list[tuple[date, float]]]:
    """Each company's risk score week by week, from its signals (or the cases' stored scores without them)."""
    signals: dict[str, list[tuple[date, str]]] = {}
    query = select(CompanyRow.name, SignalRow.observed_on, SignalRow.kind).join(CompanyRow, CompanyRow.id == SignalRow.company_id)
    for name, observed_on, kind in uow.session.execute(query.where(SignalRow.observed_on <= today)):
        signals.setdefault(name, []).append((observed_on, kind))
    scorer = _risk_scorer()
    if signals and watch is not None and scorer is not None:
        days_axis = [today - timedelta(days=n) for n in range(days, -1, -step)]
        return {name: [(day, scorer(seen, watch.weights, window_days=watch.window_days, today=day)) for day in days_axis]
                for name, seen in signals.items()}
    stored: dict[str, list[tuple[date, float]]] = {}
    cases = select(CompanyRow.name, CaseRow.opened_at, CaseRow.risk_score).join(CompanyRow, CompanyRow.id == CaseRow.company_id)
    for name, opened_at, score in uow.session.execute(cases.order_by(CaseRow.opened_at)):
        stored.setdefault(name, []).append((opened_at.date(), score or 0.0))
    return stored


def separation_chart(rows: list[dict], labels: dict[str, str], font: ChartFont, today: date) -> bytes:
    upcoming = [r for r in rows if r["separation_date"] and r["days_left"] is not None and r["days_left"] >= 0]
    figure, axes = _figure(font)
    if upcoming:
        days = [date.fromisoformat(r["separation_date"]) for r in upcoming]
        heads = [r["headcount"] or 0 for r in upcoming]
        axes.bar(days, heads, width=4, color="#c0392b")
        for day, head, row in zip(days, heads, upcoming):
            axes.annotate(f"{labels.get(row['company'], row['company'])} ({head:,})", (day, head), textcoords="offset points",
                          xytext=(0, 3), ha="center", fontsize=8)
        axes.set_ylim(0, max(heads + [1]) * 1.25)
        axes.set_xlim(min(days + [today]) - timedelta(days=7), max(days) + timedelta(days=14))
    else:
        axes.text(0.5, 0.5, _text(font, "예정된 퇴직일 없음", "no upcoming separation dates"), ha="center", transform=axes.transAxes)
    axes.axvline(today, color="#555555", linestyle=":", linewidth=1)
    axes.set_title(_text(font, f"다가오는 퇴직 예정일과 대상 인원 ({today})", f"Upcoming separation dates and headcount (as of {today})"))
    axes.set_ylabel(_text(font, "대상 인원", "workers affected"))
    return _png(figure, axes)


def risk_chart(series: dict[str, list[tuple[date, float]]], labels: dict[str, str], font: ChartFont, threshold: float | None) -> bytes:
    figure, axes = _figure(font)
    for name, points in sorted(series.items()):
        if points:
            axes.step([p[0] for p in points], [p[1] for p in points], where="post", marker="o", markersize=3,
                      label=labels.get(name, name))
    if threshold is not None:
        axes.axhline(threshold, color="#c0392b", linestyle="--", linewidth=1, label=_text(font, "관찰 기준", "watch threshold"))
    if series:
        axes.legend(fontsize=7, loc="upper left")
    axes.set_title(_text(font, "사업장별 위험 점수 추이", "Risk score per company over time"))
    axes.set_ylabel(_text(font, "위험 점수", "risk score"))
    return _png(figure, axes)


def board_markdown(rows: list[dict], charts: dict[str, bytes], *, today: date, font: ChartFont) -> str:
    """The board as markdown with the charts embedded as data URIs."""
    lines = [f"# 오늘의 현황판 (daily board) — {today}", ""]
    if not font.hangul:
        lines += ["_Charts use romanized names: no font with Hangul is installed (fc-list :lang=ko is empty)._", ""]
    lines += ["| # | 사업장 (company) | 상태 (state) | 인원 (headcount) | 퇴직 예정일 (separation) | D- | 명단 (roster) | 상담 (sessions) |",
              "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['case_id']} | {escape_text(r['company'])} | {r['state']} | {r['headcount'] or '-'} | "
                     f"{r['separation_date'] or '-'} | {r['days_left'] if r['days_left'] is not None else '-'} | "
                     f"{r['roster_workers']} | {r['sessions_planned']} (+{r['sessions_overflow']}) |")
    for name, png in charts.items():
        lines += ["", f"![{name}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"]
    return "\n".join(lines)


def save_charts(folder: Path, charts: dict[str, bytes], today: date) -> list[Path]:
    """Write each chart as <folder>/<name>-<day>.png (and <name>-latest.png)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, png in charts.items():
        for path in (folder / f"{name}-{today.isoformat()}.png", folder / f"{name}-latest.png"):
            path.write_bytes(png)
        paths.append(folder / f"{name}-{today.isoformat()}.png")
    return paths


def _risk_scorer():
    try:
        from earlywarn.domain.detection.signals import risk_score
    except ImportError:  # detection not installed in this build: stored case scores are used
        return None
    return risk_score


def _count_by_case(uow: UnitOfWork, model, *where) -> dict[int, int]:
    query = select(model.case_id, func.count()).where(*where).group_by(model.case_id)
    return dict(uow.session.execute(query).all())


def _figure(font: ChartFont):
    plt.rcParams["font.family"] = [font.family, "DejaVu Sans"] if font.hangul else ["DejaVu Sans"]
    figure, axes = plt.subplots(figsize=SIZE, dpi=DPI)
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    axes.grid(axis="y", alpha=0.3)
    return figure, axes


def _png(figure, axes) -> bytes:
    figure.autofmt_xdate()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"optimize": True})
    plt.close(figure)
    return buffer.getvalue()


def _text(font: ChartFont, korean: str, english: str) -> str:
    return korean if font.hangul else english


@dataclass
class Board:
    today: date
    rows: list[dict]
    charts: dict[str, bytes]
    markdown: str
    font: ChartFont


def build_board(uow: UnitOfWork, *, today: date, watch, companies_config: dict, font: ChartFont | None = None) -> Board:
    """Rows, both charts and the markdown that embeds them, as of `today`."""
    font = font or find_hangul_font()
    rows = board_rows(uow, today)
    history = risk_history(uow, watch, today)
    labels = company_labels(sorted({r["company"] for r in rows} | set(history)), companies_config, font)
    charts = {
        "separations": separation_chart(rows, labels, font, today),
        "risk": risk_chart(history, labels, font, watch.threshold if watch else None),
    }
    return Board(today, rows, charts, board_markdown(rows, charts, today=today, font=font), font)
