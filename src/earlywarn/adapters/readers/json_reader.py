"""JSON (a list of objects, or an object holding one) and JSON Lines -> notices."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from earlywarn.adapters.readers.headers import HeaderMapping, HeaderSynonyms, infer_mapping, normalize_header
from earlywarn.adapters.readers.records import RowReader, cell_text
from earlywarn.adapters.readers.tabular import SAMPLE_ROWS
from earlywarn.adapters.readers.text_reader import text_notice
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from earlywarn.domain.values import parse_date

_LIST_KEYS = ("data", "items", "results", "records", "notices", "rows", "entries", "articles")

Numbered = tuple[str, dict | RejectedItem]


def json_objects(text: str, source: str) -> Iterator[Numbered]:
    document = json.loads(text)
    objects = _object_list(document)
    if objects is None:
        raise ValueError("no list of objects in the JSON document")
    for number, obj in enumerate(objects, start=1):
        yield f"item {number}", obj if isinstance(obj, dict) else _not_an_object(source, number, obj)


def _object_list(document: object) -> list | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    if (rows := _columns_and_rows(document)) is not None:
        return rows
    for key in _LIST_KEYS + tuple(document):
        value = document.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:5]):
            return value
    return [document]


def _columns_and_rows(document: dict) -> list[dict] | None:
    """An open-data portal's rows.json (Socrata): {"meta": {"view": {"columns": [{"name", "fieldName"}, …]}},
    "data": [[…], …]}, each row a list by column position; the portal's own columns (':sid', ':created_at', …) left out."""
    meta = document.get("meta")
    view = meta.get("view") if isinstance(meta, dict) else None
    columns = view.get("columns") if isinstance(view, dict) else None
    rows = document.get("data")
    if not (isinstance(columns, list) and isinstance(rows, list) and all(isinstance(c, dict) for c in columns)):
        return None
    if not all(isinstance(row, list) and len(row) == len(columns) for row in rows):
        return None
    names = [str(c.get("name") or c.get("fieldName") or "") for c in columns]
    kept = [i for i, c in enumerate(columns) if not str(c.get("fieldName", "")).startswith(":")]
    return [{names[i]: row[i] for i in kept} for row in rows]


def _not_an_object(source: str, number: int, value: object) -> RejectedItem:
    return RejectedItem(source=source, position=f"item {number}", reason="객체가 아닙니다 (item is not an object)",
                        raw=json.dumps(value, ensure_ascii=False)[:500])


def json_lines(lines: Iterable[str], source: str) -> Iterator[Numbered]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            yield f"line {number}", RejectedItem(source=source, position=f"line {number}",
                                                 reason=f"JSON 오류 (invalid JSON: {error.msg})", raw=line[:500])
            continue
        yield f"line {number}", obj if isinstance(obj, dict) else _not_an_object(source, number, obj)


def open_objects(
    objects: Iterator[Numbered], source: str, synonyms: HeaderSynonyms, override: dict | None = None
) -> tuple[HeaderMapping, Iterator[NoticeRecord | RejectedItem]]:
    objects = ((position, _flatten(obj) if isinstance(obj, dict) else obj) for position, obj in objects)
    sample = list(islice(objects, SAMPLE_ROWS))
    headers = _keys_in_order(obj for _, obj in sample if isinstance(obj, dict))
    rows = [[_cell(obj.get(h)) for h in headers] for _, obj in sample if isinstance(obj, dict)]
    mapping = infer_mapping(headers, rows, synonyms, override)
    if _is_text_like(headers, mapping, synonyms):
        mapping = HeaderMapping({}, {})  # text notices: detection reads the text, no column mapping
        convert = lambda position, obj: _text_object(position, obj, source, synonyms)  # noqa: E731
    else:
        reader = RowReader(source, headers, mapping, synonyms)
        convert = lambda position, obj: _row_object(reader, position, obj, headers)  # noqa: E731
    items = (obj if isinstance(obj, RejectedItem) else convert(position, obj) for position, obj in chain(sample, objects))
    return mapping, items


def _flatten(obj: dict, prefix: str = "") -> dict:
    """APIs nest: {"employer": {"name": ..}} reads as the column "employer.name"; lists stay JSON text."""
    flat: dict = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _keys_in_order(objects: Iterable[dict]) -> list[str]:
    keys: dict[str, None] = {}
    for obj in objects:
        keys.update(dict.fromkeys(str(k) for k in obj))
    return list(keys)


def _cell(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _is_text_like(headers: list[str], mapping: HeaderMapping, synonyms: HeaderSynonyms) -> bool:
    names = {normalize_header(h) for h in headers}
    text_names = synonyms.text_keys | synonyms.title_keys
    companies = [c for c in mapping.columns_for("company") if normalize_header(c) not in text_names]
    return bool(names & text_names) and not companies


def _row_object(reader: RowReader, position: str, obj: dict, headers: list[str]) -> NoticeRecord | RejectedItem:
    item = reader.read(0, [_cell(obj.get(h)) for h in headers])
    item.position = position
    return item


def _text_object(position: str, obj: dict, source: str, synonyms: HeaderSynonyms) -> NoticeRecord | RejectedItem:
    by_key = {normalize_header(k): v for k, v in obj.items()}

    def first(keys: frozenset[str]) -> str | None:
        return next((cell_text(by_key[k]) for k in by_key if k in keys and by_key[k]), None)

    raw = {str(k): cell_text(_cell(v)) for k, v in obj.items()}
    return text_notice(source, first(synonyms.title_keys), first(synonyms.text_keys), position=position,
                       url=first(synonyms.url_keys), notice_date=parse_date(first(synonyms.date_keys)), raw=raw)
