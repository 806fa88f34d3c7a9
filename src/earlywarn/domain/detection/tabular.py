"""Official notice rows (WARN, 고용조정 신고): filings are restructuring by definition, unless withdrawn.

A notice its employer withdrew (rescinded, cancelled, 철회: NoticeRecord.is_withdrawn) is no live restructuring: its
detection says so (is_restructuring false, the signal 'warn_withdrawn', evidence is_withdrawn) and keeps the type
and facts the notice named, so that staff see what was withdrawn and the response can tell the case of it.

Read from the normalized fields only, never by scanning the raw row: this runs on whole state
WARN files and must stay fast.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import ConfigDict, create_model

from earlywarn.domain.companies import CompanyDirectory
from earlywarn.domain.notices import NoticeRecord, RestructuringType

from .model import Detection, Evidence
from .rules import DetectionRules

_HANGUL = re.compile(r"[가-힣]")
_TABULAR_CONFIDENCE = 0.99

# The fields of a NoticeRecord that detect_tabular reads (a test watches it read nothing else)
TABULAR_FIELDS = ("kind", "company", "location", "region", "notice_type", "effective_date", "jobs", "jobs_max",
                  "is_closure", "is_temporary", "is_withdrawn")

# Those fields alone, typed and validated as in NoticeRecord, other keys ignored: decoding a stored official row
# for detection skips its raw row, flags and confidences (half of the JSON, never read here): ~2x cheaper
TabularFacts = create_model(
    "TabularFacts", __config__=ConfigDict(extra="ignore"),
    **{name: (NoticeRecord.model_fields[name].annotation, NoticeRecord.model_fields[name]) for name in TABULAR_FIELDS},
)


def detect_tabular(notice: NoticeRecord | TabularFacts, rules: DetectionRules, directory: CompanyDirectory) -> Detection:
    evidence = []
    if notice.is_closure:
        kind, flag = RestructuringType.CLOSURE, "is_closure"
    elif notice.is_temporary:
        kind, flag = RestructuringType.SUSPENSION, "is_temporary"
    elif (named := type_named_by(notice.notice_type, rules)) is not None:
        kind, flag = named, None
        evidence.append(_field_evidence("notice_type", notice.notice_type or ""))
    else:
        kind, flag = RestructuringType.LAYOFF, None
    if flag:
        evidence.append(_field_evidence(flag, "true"))

    canonical = None
    if notice.company and notice.company.strip():
        canonical = directory.resolve(notice.company).canonical
        evidence.append(_field_evidence("company", notice.company))
    if notice.jobs is not None:
        evidence.append(_field_evidence("jobs", str(notice.jobs)))
    if notice.effective_date is not None:
        evidence.append(_field_evidence("effective_date", notice.effective_date.isoformat()))
    withdrawn = notice.is_withdrawn is True
    if withdrawn:
        evidence.append(_field_evidence("is_withdrawn", "true"))

    jurisdiction, region = rules.regions.of_field(notice.region)
    if region is not None:
        evidence.append(_field_evidence("region", notice.region or ""))
    if jurisdiction is None and _HANGUL.search(notice.company or notice.location or ""):
        jurisdiction = "KR"

    return _typed_detection(dict(
        is_restructuring=not withdrawn,
        type=kind,
        company=canonical,
        company_raw=notice.company,
        site=notice.location,
        headcount=notice.jobs,
        headcount_max=notice.jobs_max,
        headcount_approximate=notice.jobs_max is not None and notice.jobs_max != notice.jobs,
        application_start=None,
        application_end=None,
        separation_date=notice.effective_date,
        jurisdiction=jurisdiction,
        region=region,
        confidence=_TABULAR_CONFIDENCE,
        evidence=evidence,
        rules_version=rules.version,
        signals=["warn_withdrawn"] if withdrawn else ["warn_filing"],
    ))


def _typed_detection(fields: dict) -> Detection:
    """A Detection of `fields` (every field, in declared order), built without validating them again.

    Safe because each value already has its field's exact type: they come from the validated record (str, int,
    date, bool or None), the directory (str), the rules (the RestructuringType member, version and region str),
    shared Evidence objects, and constants. Validation would keep each as it is (the lists copied, and they are
    new here), so the instance, its JSON and its fields set are those of Detection(**fields) (a test compares
    them); it cost ~8 µs of a tabular detection's ~30.
    """
    detection = _new_detection(Detection)
    _set(detection, "__dict__", fields)
    _set(detection, "__pydantic_fields_set__", set(fields))
    _set(detection, "__pydantic_extra__", None)
    _set(detection, "__pydantic_private__", None)
    return detection


_new_detection = Detection.__new__
_set = object.__setattr__
# what _typed_detection skips must stay nothing: no post-init hook, no private attributes, no extra fields
assert not Detection.__pydantic_post_init__ and not Detection.__private_attributes__
assert Detection.model_config.get("extra") in (None, "ignore")


def type_named_by(words: str | None, rules: DetectionRules) -> RestructuringType | None:
    """The type a filing's own words name ('희망퇴직', 'Voluntary Separation'), by the text triggers."""
    if not words:
        return None
    key = (rules.version, words)
    if key not in _TYPE_WORDS:  # a file repeats a handful of type values across thousands of rows
        _TYPE_WORDS[key] = _first_trigger_type(words, rules)
    return _TYPE_WORDS[key]


def _first_trigger_type(words: str, rules: DetectionRules) -> RestructuringType | None:
    for lexicon in rules.lexicons.values():
        match = lexicon.trigger_scan.search(words.lower() if lexicon.lowercase else words)
        if match:
            found = lexicon.trigger_by_group[match.lastgroup].type
            return None if found is RestructuringType.OTHER else found
    return None


_TYPE_WORDS: dict[tuple[str, str], RestructuringType | None] = {}


@lru_cache(maxsize=65_536)
def _field_evidence(field: str, value: str) -> Evidence:
    """Evidence for a tabular field: `field` names the notice field, start/end index its value."""
    # Four per official row, and their values repeat (types, flags, dates, regions, counts): one shared,
    # never mutated object per value, built without validation (two str and two int, typed here)
    return Evidence.model_construct(field=field, text=value, start=0, end=len(value))
