"""Notice models shared by every layer: what a reader produces and what detection consumes.

Pure: no I/O, no clock. A reader turns raw bytes into `NoticeRecord`s (one per tabular row or
per text document) and `RejectedItem`s (what could not be normalized, with the reason).
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


# json.dumps(payload, sort_keys=True, ensure_ascii=False), without building an encoder for every notice: the C
# encoder JSONEncoder.encode builds on each call is built once (~2 us a notice less); the same text
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
if json.encoder.c_make_encoder is not None:
    _encode_once = json.encoder.c_make_encoder(
        None, _CANONICAL_JSON.default, json.encoder.encode_basestring, None, ": ", ", ", True, False, True)

    def canonical_json(payload: dict) -> str:
        return "".join(_encode_once(payload, 0))
else:  # no C accelerator
    canonical_json = _CANONICAL_JSON.encode


class NoticeKind(StrEnum):
    TABULAR = "tabular"  # an official notice row (WARN file, 고용조정 신고 table)
    TEXT = "text"  # an announcement, article, feed item or e-mail: detection reads the text


class RestructuringType(StrEnum):
    VOLUNTARY_RETIREMENT = "voluntary_retirement"
    LAYOFF = "layoff"
    CLOSURE = "closure"
    SUSPENSION = "suspension"
    OTHER = "other"
    NOT_RESTRUCTURING = "not_restructuring"


class NoticeRecord(BaseModel):
    """One normalized notice. Field names follow warn-transformer where they overlap."""

    model_config = ConfigDict(frozen=False, extra="forbid")

    source: str = Field(description="configured source name, e.g. 'demo-official' or 'warn-ia'")
    kind: NoticeKind
    position: str = Field(default="", description="where in the input: 'row 12', 'page 2 row 5' (PDF), 'item 3', ''")
    lang: str | None = Field(default=None, description="'ko' or 'en' when known")

    company: str | None = None
    dba: str | None = None
    location: str | None = Field(default=None, description="site or street address")
    city: str | None = None
    county: str | None = None
    region: str | None = Field(default=None, description="state / 시도")
    industry: str | None = None
    notice_ref: str | None = Field(default=None, description="the publisher's notice id")

    notice_date: date | None = None
    received_date: date | None = None
    effective_date: date | None = Field(default=None, description="first separation date")

    jobs: int | None = Field(default=None, description="jobs affected (low end of a range)")
    jobs_max: int | None = Field(default=None, description="high end when the source gave a range")
    is_closure: bool | None = None
    is_temporary: bool | None = None
    is_amendment: bool | None = None
    is_withdrawn: bool | None = Field(
        default=None, description="the publisher marked the notice withdrawn: rescinded, cancelled, 철회, 취소")
    notice_type: str | None = Field(default=None, description="the source's own words for the kind of event")

    title: str | None = None
    text: str | None = Field(default=None, description="body of a text notice")
    url: str | None = None

    raw: dict[str, str] = Field(default_factory=dict, description="the source row or headers, as read")
    flags: list[str] = Field(default_factory=list, description="values kept raw because they did not parse")
    confidence: dict[str, float] = Field(default_factory=dict, description="field -> 0..1")

    def content_hash(self) -> str:
        """Identity of the notice's content within its source (exact-duplicate key)."""
        payload = self.raw if self.raw else {"title": self.title or "", "text": self.text or ""}
        blob = canonical_json(payload)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def body(self) -> str:
        """The text detection reads: title and text for text notices, the row's values otherwise."""
        if self.kind is NoticeKind.TEXT:
            return "\n".join(part for part in (self.title, self.text) if part)
        return " | ".join(f"{k}: {v}" for k, v in self.raw.items() if v)


class RejectedItem(BaseModel):
    """Something a reader could not turn into a notice. It is quarantined, never dropped."""

    source: str
    position: str = Field(description="'file', 'row 12', 'page 2 row 5' (PDF), 'item 3'")
    reason: str = Field(description="a clear reason a staff member can act on")
    raw: str = Field(default="", description="the raw content (row text or file excerpt)")
