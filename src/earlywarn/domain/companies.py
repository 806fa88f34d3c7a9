"""Company names as news and filings write them, resolved to one canonical employer.

Aliases come from config/companies.yaml; anything else is matched on a normalized name
(no legal form, spacing or punctuation), then fuzzily against the configured companies.
A name that matches nothing becomes a new company (`is_new=True` the first time it is seen).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from rapidfuzz import fuzz, process

_LEGAL_FORMS = re.compile(
    r"\(주\)|㈜|\(유\)|\(사\)|주식회사|유한회사|유한책임회사|"
    r"\b(?:co|corp|corporation|company|inc|incorporated|ltd|limited|llc|l\.l\.c|plc|llp|lp|holdings?|group)\b\.?",
    re.IGNORECASE,
)
_NOISE = re.compile(r"[\s.,·'’`\"&()\-_/]+")
# A filing's company cell often names the site too: "OCI 주식회사 군산공장", "Ford Motor Company - Wayne".
_SITE_SUFFIX = re.compile(
    r"(?:\s+[가-힣A-Za-z0-9]*(?:공장|사업장|조선소|지점|지사|사업소|본사|연구소|물류센터)"
    r"|\s+[-–—]{1,2}\s+[^-–—]+)\s*$"
)


# A pure function of the name, asked ~2-3 times a resolved name (its key, then its canonical's key, then again
# for the company row) and again each detection batch (adding a batch's new companies clears the spelling cache):
# remembered for the last 8,192 names (~2 MB), which covers a batch's names and the next batch's repeats.
@lru_cache(maxsize=8192)
def normalize_company(name: str) -> str:
    """'(주)OCI' -> 'oci'; 'Tata Daewoo Commercial Vehicle Co., Ltd.' -> 'tatadaewoocommercialvehicle'."""
    text = unicodedata.normalize("NFKC", name or "").lower()
    return _NOISE.sub("", _LEGAL_FORMS.sub(" ", text))


@dataclass(frozen=True, slots=True)
class CompanyMatch:
    canonical: str
    score: float
    is_new: bool
    key: str


class CompanyDirectory:
    def __init__(self, *, min_score: float = 88.0) -> None:
        self.min_score = min_score
        self._canonical_by_key: dict[str, str] = {}
        # Configured names only (auto-created ones match exactly), as jamo so that one wrong
        # letter of a short Korean name is a small difference, not a fifth of the name.
        self._fuzzy_keys: list[str] = []
        self._key_by_fuzzy: dict[str, str] = {}
        self._alias_names: dict[str, str] = {}  # alias as written -> canonical, for finding names in text
        self._name_pattern: re.Pattern[str] | None = None
        self._by_spelling: dict[str, CompanyMatch] = {}  # name as written -> its match (filings repeat names)

    @classmethod
    def from_config(cls, config: dict[str, Any] | list[dict[str, Any]]) -> CompanyDirectory:
        entries = config.get("companies", []) if isinstance(config, dict) else config
        directory = cls(min_score=float(config.get("min_score", 88.0)) if isinstance(config, dict) else 88.0)
        for entry in entries or []:
            directory.add(entry["canonical"], entry.get("aliases") or ())
        return directory

    def add(self, canonical: str, aliases: Iterable[str] = (), *, fuzzy: bool = True) -> None:
        """fuzzy=False: the names match only exactly (companies created from notices, not configured)."""
        for name in (canonical, *aliases):
            key = normalize_company(name)
            if not key:
                continue
            if fuzzy and key not in self._canonical_by_key:
                self._fuzzy_keys.append(_jamo(key))
                self._key_by_fuzzy[_jamo(key)] = key
            self._canonical_by_key[key] = canonical
            if fuzzy:
                # Only configured names are searched for in text: one alternation of every company
                # ever stored would grow with the database and dominate detection time.
                self._alias_names[name] = canonical
                self._name_pattern = None
        self._by_spelling.clear()

    def known_names(self) -> dict[str, str]:
        """Every configured name as written (canonical and aliases) -> canonical."""
        return dict(self._alias_names)

    def name_pattern(self) -> re.Pattern[str] | None:
        """One regular expression finding any configured name in text, longest names first."""
        if self._name_pattern is None and self._alias_names:
            names = sorted(self._alias_names, key=len, reverse=True)
            alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s*") for name in names)
            self._name_pattern = re.compile(rf"(?:{alternatives})(?![A-Za-z0-9])")
        return self._name_pattern

    def find_name(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first configured name in text[start:end] that does not continue a Latin word."""
        pattern = self.name_pattern()
        if pattern is None:
            return None
        # Checked here rather than by a look-behind, which would make the search scan every position.
        for match in pattern.finditer(text, start, len(text) if end is None else end):
            before = text[match.start() - 1] if match.start() else ""
            if not (before.isascii() and before.isalnum()):
                return match
        return None

    def resolve(self, name: str) -> CompanyMatch:
        known = self._by_spelling.get(name)
        if known is not None:
            return known
        match = self._resolve(name)
        self._by_spelling[name] = CompanyMatch(match.canonical, match.score, False, match.key)
        return match

    def _resolve(self, name: str) -> CompanyMatch:
        found = self._known(name)
        if found is None and (without_site := strip_site(name)) != name:
            found = self._known(without_site)
            name = without_site  # a new company is the employer, not one of its sites
        if found is not None:
            return found
        key = normalize_company(name)
        canonical = clean_display_name(name)
        self._canonical_by_key[key] = canonical
        return CompanyMatch(canonical, 100.0, True, key)

    def _known(self, name: str) -> CompanyMatch | None:
        """An exact or close match among the names already known, or None."""
        key = normalize_company(name)
        if not key:
            raise ValueError(f"not a company name: {name!r}")
        canonical = self._canonical_by_key.get(key)
        if canonical is not None:
            return CompanyMatch(canonical, 100.0, False, normalize_company(canonical))
        best = process.extractOne(_jamo(key), self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.min_score)
        if best is not None:
            canonical = self._canonical_by_key[self._key_by_fuzzy[best[0]]]
            self._canonical_by_key[key] = canonical  # remember the spelling
            return CompanyMatch(canonical, float(best[1]), False, normalize_company(canonical))
        return None


def strip_site(name: str) -> str:
    """The company cell without a trailing site name ('OCI 주식회사 군산공장' -> 'OCI 주식회사')."""
    stripped = _SITE_SUFFIX.sub("", name).strip()
    return stripped if normalize_company(stripped) else name


def _jamo(key: str) -> str:
    return unicodedata.normalize("NFD", key)


def clean_display_name(name: str) -> str:
    """The name without legal-form prefixes, as a new company's canonical name."""
    text = re.sub(r"^\s*(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜)\s*$", "", unicodedata.normalize("NFKC", name))
    return re.sub(r"\s+", " ", text).strip(" ,.")
