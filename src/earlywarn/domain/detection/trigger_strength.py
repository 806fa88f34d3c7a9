"""Which triggers of the sentence that carries the event may type it (fresh51's round): a weak trigger, a programme's name
that is an exit programme only when acted on ("전직 지원 프로그램", "career transition program"), gives way to a strong
trigger of another kind in its sentence ("고객센터 운영 사업을 12월 31일 종료함에 따라 상담원 230명을 위한 전직 지원
프로그램을 운영한다", a province's help for the people a closure lets go: the closure is the event). Told alone, or beside
strong triggers of its own kind, it still types the text."""

from __future__ import annotations

from typing import Any


def strong_over_weak(hits: list[Any]) -> list[Any]:
    """The hits (classifier.Hit: a type and a weight), less the weaker ones of a kind no strongest hit has (all of them when all weigh the same)."""
    if len(hits) < 2:
        return hits
    top = max(hit.weight for hit in hits)
    strong_kinds = {hit.type for hit in hits if hit.weight >= top}
    return [hit for hit in hits if hit.weight >= top or hit.type in strong_kinds]
