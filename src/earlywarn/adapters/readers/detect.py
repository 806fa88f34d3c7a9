"""What a file is and how its text is encoded, from its name and first bytes."""

from __future__ import annotations

import codecs
import csv
import io
import re
from itertools import islice

from charset_normalizer import CharsetMatches, from_bytes
from charset_normalizer.utils import is_multi_byte_encoding

ENCODING_SAMPLE_BYTES = 256 * 1024
_WESTERN = "cp1252"
SNIFF_CHARS = 32 * 1024

_BY_SUFFIX = {
    ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "text", ".md": "text", ".markdown": "text",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".ods": "ods", ".html": "html", ".htm": "html", ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".eml": "eml", ".rss": "feed", ".atom": "feed",
    ".xml": "feed", ".xls": "xls", ".pdf": "pdf",
}
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_EMAIL_HEADER = re.compile(rb"^(from|to|subject|date|received|mime-version|return-path|message-id):", re.I | re.M)


def detect_format(name: str, head: bytes) -> str:
    """One of csv, xlsx, ods, html, json, jsonl, xml, text, eml, feed, xls, pdf; content wins over the name."""
    content_format = _format_from_content(head)
    if content_format:
        return content_format
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    named = _BY_SUFFIX.get(suffix, "text")
    if suffix == ".xml" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "xml"  # XML that is no RSS/Atom feed (the feed root was looked for above): a data export
    # Excel's "Unicode Text" and "Text (Tab delimited)" save a sheet as .txt: its lines are a table's rows
    return "csv" if named == "text" and _tab_separated(_head_text(head)) else named


def _format_from_content(head: bytes) -> str | None:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048]
    if start.startswith(b"PK\x03\x04"):  # a zip: an OpenDocument names its type in its first entry
        return "ods" if b"opendocument.spreadsheet" in start[:200] else "xlsx"
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if start.startswith(b"%PDF"):
        return "pdf"
    if _FEED_ROOT.search(start):
        return "feed"
    lowered = start.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<table" in lowered:
        return "html"
    if start[:1] in (b"[", b"{"):
        return "jsonl" if start[:1] == b"{" and _several_json_lines(head) else "json"
    if _EMAIL_HEADER.match(start) and len(_EMAIL_HEADER.findall(start)) >= 2:
        return "eml"
    return None


def _head_text(head: bytes) -> str:
    """The sample as text for sniffing its shape: UTF-16 (Excel's "Unicode Text") has a BOM and a NUL every
    other byte, which no byte pattern above sees through."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace")


def _tab_separated(text: str) -> bool:
    """Rows read with csv (quoted cells may hold line breaks) mostly as wide as a header of four or more
    tab-separated names: prose with a stray tab is not."""
    rows = list(islice(csv.reader(io.StringIO(text[:SNIFF_CHARS], newline=""), delimiter="\t"), 12))[:-1]
    if len(rows) < 3 or len(rows[0]) < 4:
        return False
    return sum(len(row) == len(rows[0]) for row in rows[1:]) * 2 >= len(rows) - 1


def _several_json_lines(head: bytes) -> bool:
    lines = [line.strip() for line in head.splitlines()[:3] if line.strip()]
    return len(lines) >= 2 and all(line.startswith(b"{") and line.endswith(b"}") for line in lines[:2])


def detect_encoding(head: bytes) -> str | None:
    """A codec name, or None when the bytes are not text in any encoding we can tell."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _is_utf8(head):
        return "utf-8"
    encoding = _best_encoding(from_bytes(head[:ENCODING_SAMPLE_BYTES]))
    # CP949 is the superset Korean publishers actually write when they say EUC-KR.
    return "cp949" if encoding in ("euc_kr", "cp949", "johab") else encoding


def _best_encoding(matches: CharsetMatches) -> str | None:
    """charset-normalizer's best guess, but Windows-1252 when a single-byte code page ties with it.

    Accented Latin text (Café, Crème, Niño's) decodes without chaos in cp1250, cp1252 and cp1257 alike, and the
    tie goes to the first name in sort order, cp1250 ('Crčme'). Files we read are far more often Windows-1252
    (US exports) than Central European, so an equally good cp1252 wins; a worse one (Polish, Czech text) does not.
    """
    best = matches.best()
    if best is None or best.encoding == _WESTERN or is_multi_byte_encoding(best.encoding):
        return best.encoding if best else None
    for match in matches:
        if (_WESTERN in (match.encoding, *match.could_be_from_charset)
                and match.chaos <= best.chaos and match.coherence >= best.coherence):
            return _WESTERN
    return best.encoding


def _is_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True
