"""A stop that became an end (fresh52's round): a furlough or a 휴업 told in the same sentence as the layoffs or the
closure it turned into ("Cruise line X, which furloughed most of its staff in March, said 1,200 of them will now be
permanently laid off", "휴업 중이던 호텔이 끝내 폐업한다"). The stop is the story's past; the end is the news. The type
precedence (a temporary stop outranks the closures it causes) is for a stop and its cause told together, not for this."""

from __future__ import annotations

import re
from collections.abc import Sequence

from earlywarn.domain.notices import RestructuringType as T

# The words that mark the end as for good, or the stop as what was before it: "permanently", "for good", "no longer
# temporary"; Korean "휴업 중이던", "휴업해 온", "휴직 끝에", "끝내 폐업", "결국 문을 닫", "영구 폐쇄". Each is looked for only in
# the sentence that holds both kinds.
_EN_ENDED = re.compile(r"\bpermanent(?:ly)?\b|\bfor\s+good\b|\bno\s+longer\s+temporary\b|\bwill\s+not\s+(?:be\s+)?(?:recalled|return)", re.IGNORECASE)
_KO_ENDED = re.compile(
    r"(?:휴업|휴직|휴장|휴점|휴관|가동\s*중단)\s*(?:중이던|중인|해\s*(?:온|왔던|오던)|했던|끝에|으로\s*버텨)|끝내|결국|영구\s*(?:폐쇄|폐업|폐점|중단)"
)
_ENDS = (T.LAYOFF, T.CLOSURE)


def stop_turned_to_end(hits: Sequence, text: str, start: int, end: int, lang: str) -> T | None:
    """The end's type when one sentence (`start`..`end` of `text`) holds a stop and the layoffs or closure it became,
    the end marked as for good or the stop as before it; else None. `hits` are the sentence's triggers in order."""
    kinds = {hit.type for hit in hits}
    if T.SUSPENSION not in kinds or not kinds.intersection(_ENDS):
        return None
    pattern = _KO_ENDED if lang == "ko" else _EN_ENDED
    if pattern.search(text, start, end) is None:
        return None
    ends = [hit for hit in hits if hit.type in _ENDS]
    return (ends[-1] if lang == "ko" else ends[0]).type
