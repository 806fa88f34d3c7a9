"""Documents that are read as text: plain text, Markdown, e-mail, RSS/Atom feeds."""

from __future__ import annotations

import email
import email.policy
import re
import time
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage

from earlywarn.adapters.readers.records import has_hangul
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RejectedItem
from earlywarn.domain.values import parse_date


def text_notice(
    source: str, title: str | None, text: str | None, *, position: str = "", url: str | None = None,
    notice_date: date | None = None, raw: dict[str, str] | None = None,
) -> NoticeRecord | RejectedItem:
    title = " ".join((title or "").split()) or None
    text = (text or "").strip() or None
    if not title and not text:
        return RejectedItem(source=source, position=position or "file",
                            reason="제목과 본문이 모두 비어 있습니다 (no title and no text)", raw="")
    return NoticeRecord(
        source=source, kind=NoticeKind.TEXT, position=position, title=title, text=text, url=url,
        notice_date=notice_date, lang="ko" if has_hangul(f"{title} {text}") else "en", raw=raw or {},
    )


def plain_text_notice(content: str, source: str) -> NoticeRecord | RejectedItem:
    """The first non-empty line is the title (Markdown heading marks removed), the rest the text."""
    lines = content.strip().splitlines()
    title = re.sub(r"^#+\s*", "", lines[0]).strip() if lines else None
    return text_notice(source, title, "\n".join(lines[1:]).strip())


def email_notice(data: bytes, source: str) -> NoticeRecord | RejectedItem:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message["subject"] or message.get_payload()):
        return RejectedItem(source=source, position="file", reason="e-mail 형식이 아닙니다 (not an e-mail message)",
                            raw=data[:500].decode("utf-8", "replace"))
    return text_notice(source, str(message["subject"] or ""), _email_body(message),
                       notice_date=parse_date(_email_date(message)))


def _email_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        content = part.get_payload(decode=True).decode("cp949", "replace")
    if part.get_content_subtype() == "html":
        return _html_text(content)
    return content


def _email_date(message: EmailMessage) -> date | None:
    header = message["date"]
    moment = getattr(header, "datetime", None)
    return moment.date() if moment else None


def feed_notices(document: bytes | str, source: str) -> Iterator[NoticeRecord | RejectedItem]:
    """RSS/Atom entries; `document` is the feed's bytes or a URL for feedparser to fetch."""
    import feedparser  # imported when a feed comes: a process reading CSV only does without it

    feed = feedparser.parse(document)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None) or "no entries"
        yield RejectedItem(source=source, position="file", reason=f"피드 항목이 없습니다 (feed has no entries: {problem})",
                           raw=str(document[:500] if isinstance(document, bytes) else document))
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield text_notice(source, entry.get("title"), _entry_text(entry), position=f"item {number}",
                          url=entry.get("link"), notice_date=_entry_date(entry))


def _entry_text(entry) -> str:
    contents = entry.get("content") or []
    markup = contents[0].get("value", "") if contents else entry.get("summary", "")
    return _html_text(markup) if markup else ""


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return parse_date(entry.get("published") or entry.get("updated"))


def _html_text(markup: str) -> str:
    from bs4 import BeautifulSoup  # imported when HTML comes: a process reading CSV only does without it

    return BeautifulSoup(markup, "lxml").get_text("\n", strip=True)
