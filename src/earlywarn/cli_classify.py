"""`earlywarn classify`: classify JSONL texts (a file or stdin) and print one JSON line per input."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import typer

from earlywarn.domain.companies import CompanyDirectory
from earlywarn.domain.detection import Detection, DetectionRules, detect
from earlywarn.adapters.config_files import ProjectConfig
from earlywarn.domain.notices import NoticeKind, NoticeRecord

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"


def load_detection_config(config_dir: Path = DEFAULT_CONFIG_DIR) -> tuple[DetectionRules, CompanyDirectory]:
    """Rules from config/detection/*.yaml (merged, sorted by name) and the company directory."""
    config = ProjectConfig(config_dir, config_dir.parent)
    return config.detection_rules, CompanyDirectory.from_config(config.companies_config)


def classify_lines(
    lines: Iterable[str], rules: DetectionRules, directory: CompanyDirectory, *, today: date
) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line; a bad line yields {'id', 'error'}."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            item_id = item.get("id")
            text = item.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError("'text' must be a non-empty string")
            lang = item.get("lang") if item.get("lang") in ("ko", "en") else None
            notice = NoticeRecord(source="cli", kind=NoticeKind.TEXT, position=f"line {number}", lang=lang, text=text,
                                  notice_date=_published(item.get("date")))
            yield _output(item_id, detect(notice, rules, directory, today=today))
        except Exception as error:  # a bad line is reported, never fatal  # noqa: BLE001
            yield {"id": item_id, "error": f"line {number}: {error}"}


def _published(value: Any) -> date | None:
    """The optional `date` (ISO, the day the text was published): "10월 5일", "올해 말" and "March 3" take their year from
    it; without it they take today's."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("'date' must be an ISO date string such as \"2020-09-07\"")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'date' must be an ISO date such as \"2020-09-07\", not {value!r}") from None


def _output(item_id: Any, detection: Detection) -> dict[str, Any]:
    return {
        "id": item_id,
        "is_restructuring": detection.is_restructuring,
        "type": detection.type.value,
        "company": detection.company,
        "headcount": detection.headcount,
        "separation_date": detection.separation_date.isoformat() if detection.separation_date else None,
        "confidence": detection.confidence,
        "evidence": [item.model_dump() for item in detection.evidence],
    }


def classify_command(
    file: Path | None = typer.Argument(None, help="JSONL with 'id', 'text' and optional 'lang' and 'date' per line; stdin when omitted."),
) -> None:
    """Classify texts as restructuring or not, with type, company, headcount and evidence."""
    rules, directory = load_detection_config(DEFAULT_CONFIG_DIR)
    source: IO[str] = file.open(encoding="utf-8") if file else sys.stdin
    try:
        for record in classify_lines(source, rules, directory, today=date.today()):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if file:
            source.close()


if __name__ == "__main__":
    typer.run(classify_command)
