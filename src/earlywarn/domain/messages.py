"""Alert texts from Jinja templates that staff can edit (config/templates/<lang>/<kind>.j2).

Pure: templates arrive as a dict of strings keyed "<kind>.<lang>" (the adapter reads the files).
A template's first non-empty line is the title, the rest is the body. Every value printed from
the context is escaped for Markdown and HTML, because company names and notice titles come from
outside: a name like `**x**` or `<script>` is shown as text, never interpreted. A template
author who needs raw text writes `{{ value | safe }}`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel

from earlywarn.domain.notices import RestructuringType

ALERT_KINDS = ("case_opened", "sessions_planned", "overflow", "escalation", "digest", "watch_raised", "delivery_failing",
               "notice_withdrawn")
DEFAULT_LANG = "ko"

RTYPE_LABELS = {
    "ko": {
        RestructuringType.VOLUNTARY_RETIREMENT: "희망퇴직",
        RestructuringType.LAYOFF: "정리해고",
        RestructuringType.CLOSURE: "폐업·사업장 폐쇄",
        RestructuringType.SUSPENSION: "휴업",
        RestructuringType.OTHER: "고용조정",
        RestructuringType.NOT_RESTRUCTURING: "구조조정 아님",
    },
    "en": {
        RestructuringType.VOLUNTARY_RETIREMENT: "voluntary retirement",
        RestructuringType.LAYOFF: "layoff",
        RestructuringType.CLOSURE: "closure",
        RestructuringType.SUSPENSION: "temporary shutdown",
        RestructuringType.OTHER: "workforce adjustment",
        RestructuringType.NOT_RESTRUCTURING: "not restructuring",
    },
}

# Characters that start Markdown formatting or links; parentheses alone are harmless once
# brackets are escaped, and Korean company names use them a lot: (주)오씨아이.
_MARKDOWN_SPECIALS = "\\`*_[]#|~"
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


class RenderedMessage(BaseModel):
    title: str
    body: str


class MessageRenderError(ValueError):
    pass


def escape_text(value: str) -> str:
    """Plain text that Markdown and HTML renderers show as it is, on one line."""
    escaped = []
    for char in " ".join(value.splitlines()):
        if char in _HTML_ENTITIES:
            escaped.append(_HTML_ENTITIES[char])
        elif char in _MARKDOWN_SPECIALS:
            escaped.append("\\" + char)
        else:
            escaped.append(char)
    return "".join(escaped)


def render_message(
    kind: str, context: dict[str, Any], *, lang: str = DEFAULT_LANG, templates: dict[str, str]
) -> RenderedMessage:
    """Render the `kind` template in `lang` (Korean when that language has no template)."""
    source = _template_source(kind, lang, templates)
    environment = _environment(lang)
    try:
        text = environment.from_string(source).render(**context)
    except TemplateError as error:
        raise MessageRenderError(f"알림 '{kind}.{lang}' 생성 실패 / cannot render '{kind}.{lang}': {error}") from error
    return _split_title(text)


def _template_source(kind: str, lang: str, templates: dict[str, str]) -> str:
    for key in (f"{kind}.{lang}", f"{kind}.{DEFAULT_LANG}"):
        if key in templates:
            return templates[key]
    raise MessageRenderError(f"알림 템플릿 '{kind}'이(가) 없습니다 / no template for alert kind '{kind}'")


def _environment(lang: str) -> SandboxedEnvironment:
    # Staff edit the templates, so they run sandboxed; a missing value is an error, not a blank.
    environment = SandboxedEnvironment(
        autoescape=False,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    environment.filters["number"] = _number
    environment.filters["rtype"] = lambda value: _rtype_label(value, lang)
    environment.filters["ymd"] = lambda value: _ymd(value, lang)
    environment.filters["hm"] = lambda value: value.strftime("%H:%M")
    return environment


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return escape_text(value)
    if value is None:
        return ""
    return value


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _ymd(value: date | datetime | None, lang: str) -> str:
    if value is None:
        return "미정" if lang == "ko" else "not set"
    return value.strftime("%Y-%m-%d")


def _rtype_label(value: RestructuringType | str, lang: str) -> str:
    labels = RTYPE_LABELS.get(lang, RTYPE_LABELS[DEFAULT_LANG])
    try:
        return labels[RestructuringType(value)]
    except ValueError:
        return str(value)


def _split_title(text: str) -> RenderedMessage:
    lines = text.strip().splitlines()
    if not lines:
        raise MessageRenderError("알림 내용이 비어 있습니다 / the rendered alert is empty")
    return RenderedMessage(title=lines[0].strip(), body="\n".join(lines[1:]).strip())
