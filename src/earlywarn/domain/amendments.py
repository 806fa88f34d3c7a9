"""Amended notices: recognise a republished notice so it supersedes its ancestor, not duplicates it."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from earlywarn.domain.notices import NoticeRecord

# Words that mark a notice as a revision; everything from them on is about the revision, not the company.
_AMENDMENT_MARK = re.compile(
    r"(?<=.)(?:\b|(?<=[a-z]))(?:amended|amendment|revised|revision|updated|update|errata|correction)\b.*$"
    r"|(?:정정|변경|수정)\s*(?:신고|공고)?.*$",
    re.IGNORECASE,
)
# the stems of those words: a name without one (nearly every name) has no mark, and this search costs a quarter of
# _AMENDMENT_MARK's, which tries its lookbehinds and every word at every letter
_AMENDMENT_STEM = re.compile(r"amend|revis|update|errata|correction|정정|변경|수정", re.IGNORECASE)
_LEADING_CORRECTION = re.compile(r"^\W*(?:correction|errata|update)\s+(?:to|of)\s+", re.IGNORECASE)
_CORPORATE_SUFFIX = re.compile(
    r"\b(?:inc|incorporated|llc|l\s*l\s*c|ltd|limited|corp|corporation|co|company|plc|lp|llp|pllc|pc|gmbh|"
    r"holdings?|group|dba)\b\.?"
    r"|\(\s*주\s*\)|㈜|주식회사|유한회사|유한책임회사|합자회사|\(\s*유\s*\)",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\([^)]*\)")
_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65_536)  # called for every row by the reader, ingest and detection; names repeat
def company_key(name: str | None) -> str:
    """'DFA Dairy Brands, LLC-Revised (9/15/21)' -> 'dfa dairy brands'; '(주)타타대우' -> '타타대우'."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    if leading := _LEADING_CORRECTION.match(text):  # anchored: at most one, at the start
        text = text[leading.end():]
    if _AMENDMENT_STEM.search(text):
        text = _AMENDMENT_MARK.sub("", text)
    text = _CORPORATE_SUFFIX.sub(" ", text)
    text = _PARENTHESES.sub(" ", text)
    return " ".join(_NOT_WORD.sub(" ", text.lower()).replace("_", " ").split())


def site_key(record: NoticeRecord) -> str:
    """Normalised company plus the most specific place given (city, else location, else region)."""
    place = record.city or record.location or record.county or record.region or ""
    return f"{company_key(record.company)}|{_place_key(place)}"


@lru_cache(maxsize=16_384)  # every stored notice has a site key; cities repeat
def _place_key(place: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", place).lower()).split())


REPUBLICATION_WINDOW_DAYS = 45


def is_republication(new: NoticeRecord, old: NoticeRecord, *, window_days: int = REPUBLICATION_WINDOW_DAYS) -> bool:
    """Same company and site, notice dates within the window, and different content."""
    if not company_key(new.company) or site_key(new) != site_key(old):
        return False
    return republishes(
        new_hash=new.content_hash(), new_date=new.notice_date or new.received_date, new_is_amendment=new.is_amendment,
        old_hash=old.content_hash(), old_date=old.notice_date or old.received_date, window_days=window_days,
    )


def republishes(
    *, new_hash: str, new_date: date | None, new_is_amendment: bool | None, old_hash: str, old_date: date | None,
    window_days: int = REPUBLICATION_WINDOW_DAYS,
) -> bool:
    """The rule for two notices of one site, on their facts alone (ingest compares stored columns)."""
    if new_hash == old_hash:
        return False  # an exact duplicate, not a republication
    if new_date is None or old_date is None:
        return bool(new_is_amendment)
    return abs((new_date - old_date).days) <= window_days
