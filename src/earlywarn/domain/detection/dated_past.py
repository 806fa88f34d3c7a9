"""A trigger dated by its own year, two or more years before the notice (2026.11.27, fresh45's round): "who were laid off
when the chain shut down in 2019" in a 2025 ruling, "회사는 2015년 경영 악화를 이유로 생산직 43명을 정리해고했고" in a 2024
judgment. The event told is history (a court's, an anniversary's, a profile's background), not one to act on now; a
story that also reports a new event names it with a trigger of its own. Asked only of the triggers found, in the few
characters around each (no search of the whole text)."""

from __future__ import annotations

import re

# The year after the trigger and its object: "shut down in 2019", "laid off 300 workers in 2017" (not "in 2019-20", a span;
# not a year of something else told between, "laid off 200 workers hired in 2019").
_EN_YEAR_AFTER = re.compile(
    r",?\s+(?:(?!(?:who|that|which|hired|joined|opened|built|founded|since|acquired|bought|after|before)\b)[\w,.\x27-]+\s+){0,4}?"
    r"(?:back\s+|early\s+|late\s+)?in\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"
)
# The year as the trigger's own modifier: "its 2019 closure", "the 2015 layoffs".
_EN_YEAR_BEFORE = re.compile(r"\b(?:the|its|their|that|a)\s+((?:19|20)\d\d)\s+$")
# A plan named by its year, the cut told in a clause of it: "The 2022 Restructuring Plan, under which approximately 1,300
# positions were eliminated, was completed" (a filing's note on a past plan's remaining payments).
_EN_PLAN_YEAR_BEFORE = re.compile(
    r"\b(?:the|its|our)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:plan|program|programme|initiative|actions?)\s*,?\s+"
    r"(?:under|in|through|with)\s+which\s+[^.;]{0,60}$"
)
# A year told before a trigger in the past tense: "2015년 … 43명을 정리해고했고", "2018년 문을 닫았다" (not an eligibility's
# year, "1972년 이전 출생", "2019년 입사자", nor one with this or next year told between).
_KO_YEAR_BEFORE = re.compile(
    r"((?:19|20)\d\d)\s*년(?!\s*(?:이전|이후|이상|이하|생|출생|입사|부터|까지|대))(?:(?!올해|내년|이번|오는|다음)[^.\n]){0,40}$"
)
# ... or told as a time gone by after it: "2016년 구조조정 당시 일자리를 잃은", "2019년 폐업 때" (the event as a point of the past).
_KO_PAST_AFTER = re.compile(r"\s*(?:했|됐|되었|하였|당했|았|었|당시|때(?:에|는|의)?(?![가-힣]))")
# ... or a past participle before it, a cost booked or a round carried out: "2022년 4분기에 반영된 희망퇴직 비용" (in a 2024
# results notice), "2021년 실시한 희망퇴직".
_KO_PAST_BEFORE = re.compile(r"(?:된|됐던|되었던|했던|하였던|(?:실시|단행|시행|반영|진행)한)\s*$")
_EN_WINDOW = 30
_KO_WINDOW = 60
_EN_PLAN_WINDOW = 120


def past_year(text: str, start: int, end: int, lang: str, notice_year: int) -> re.Match[str] | None:
    """The year that dates the trigger at text[start:end], when it is two or more years before the notice's; else None."""
    if lang == "ko":
        if not _KO_PAST_AFTER.match(text, end) and not _KO_PAST_BEFORE.search(text, max(0, start - 8), start):
            return None
        found = _KO_YEAR_BEFORE.search(text, max(0, start - _KO_WINDOW), start)
    else:
        found = _EN_YEAR_AFTER.match(text, end) or _EN_YEAR_BEFORE.search(text, max(0, start - _EN_WINDOW), start)
        if not (found and int(found.group(1)) <= notice_year - 2):
            # the plan's year is asked apart: a later year after the cut may be the plan's end ("was completed in 2023")
            found = _EN_PLAN_YEAR_BEFORE.search(text, max(0, start - _EN_PLAN_WINDOW), start)
    return found if found and int(found.group(1)) <= notice_year - 2 else None
