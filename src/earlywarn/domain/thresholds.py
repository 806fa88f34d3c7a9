"""Legal notice thresholds (Korean LSA Art. 24 / FAEP Art. 33, US WARN and state mini-WARN).

The numbers are data (config/thresholds.yaml); this module reads them. A rule is met when any of
its conditions holds. When the workforce size is unknown we try every size the rule
distinguishes: the same answer for all of them is still an answer, otherwise the outcome is
'undetermined' and names the missing fact.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from earlywarn.domain.notices import RestructuringType

# Larger than any workforce: the open upper end of a size range.
UNBOUNDED = 10**9


class RuleStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNDETERMINED = "undetermined"


class Condition(BaseModel):
    min_workforce: int | None = None
    max_workforce: int | None = None
    min_count: int | None = None
    min_percent: float | None = None

    def holds(self, count: int, workforce: int) -> bool:
        if self.min_workforce is not None and workforce < self.min_workforce:
            return False
        if self.max_workforce is not None and workforce > self.max_workforce:
            return False
        if self.min_count is not None and count < self.min_count:
            return False
        return self.min_percent is None or count * 100 >= self.min_percent * workforce


class Rule(BaseModel):
    id: str
    jurisdiction: Literal["KR", "US"]
    regions: list[str] | None = Field(default=None, description="None: the whole jurisdiction")
    title_ko: str
    title_en: str
    counts: Literal["dismissals", "separations"] = "separations"
    applies_to: Literal["any", "closure", "layoff"] = "any"
    min_employer_size: int | None = None
    window_ko: str = ""
    window_en: str = ""
    conditions: list[Condition]
    notice_days: int
    deadline_label_ko: str
    deadline_label_en: str

    def met_at(self, count: int, workforce: int) -> bool:
        if self.min_employer_size is not None and workforce < self.min_employer_size:
            return False
        return any(condition.holds(count, workforce) for condition in self.conditions)

    def sizes_that_matter(self, count: int) -> list[int]:
        """Workforce sizes at which the outcome can change (a workforce is never below `count`)."""
        edges = {count, UNBOUNDED}
        for condition in self.conditions:
            edges.update(v for v in (condition.min_workforce, condition.max_workforce) if v)
        if self.min_employer_size:
            edges.update({self.min_employer_size - 1, self.min_employer_size})
        return sorted(e for e in edges if e >= count)


class ThresholdFacts(BaseModel):
    jurisdiction: Literal["KR", "US"] | None = None
    region: str | None = Field(default=None, description="US state code, e.g. 'NY'")
    headcount: int | None = None
    workforce_size: int | None = Field(default=None, description="site or employer size")
    is_closure: bool | None = None
    separation_kind: RestructuringType | None = None
    separation_date: date | None = None
    notice_date: date | None = None


class RuleOutcome(BaseModel):
    rule_id: str
    title_ko: str
    title_en: str
    status: RuleStatus
    reason: str
    deadline: date | None = None
    deadline_label: str = ""


def load_rules(rules_config: dict) -> list[Rule]:
    return [Rule.model_validate(item) for item in rules_config.get("rules", [])]


def evaluate_rules(facts: ThresholdFacts, rules_config: dict) -> list[RuleOutcome]:
    """The outcome of every rule that applies to the facts' jurisdiction and region.

    Without a jurisdiction the nation-wide rules of every jurisdiction are reported as
    undetermined; state rules need the state.
    """
    rules = [rule for rule in load_rules(rules_config) if _applies(rule, facts)]
    return [_evaluate(rule, facts) for rule in rules]


def _applies(rule: Rule, facts: ThresholdFacts) -> bool:
    if facts.jurisdiction is None:
        return rule.regions is None
    if rule.jurisdiction != facts.jurisdiction:
        return False
    return rule.regions is None or (facts.region or "").upper() in rule.regions


def _evaluate(rule: Rule, facts: ThresholdFacts) -> RuleOutcome:
    status, reason = _status(rule, facts)
    deadline = None
    if facts.separation_date and status is not RuleStatus.NOT_MET:
        deadline = facts.separation_date - timedelta(days=rule.notice_days)
    return RuleOutcome(
        rule_id=rule.id,
        title_ko=rule.title_ko,
        title_en=rule.title_en,
        status=status,
        reason=_with_notes(reason, rule, facts, status, deadline),
        deadline=deadline,
        deadline_label=f"{rule.deadline_label_ko} / {rule.deadline_label_en}",
    )


def _status(rule: Rule, facts: ThresholdFacts) -> tuple[RuleStatus, str]:
    if facts.jurisdiction is None:
        return _missing("jurisdiction", "관할(국가)")
    if rule.counts == "dismissals" and facts.separation_kind is RestructuringType.VOLUNTARY_RETIREMENT:
        return RuleStatus.NOT_MET, (
            "희망퇴직은 해고가 아니므로 해당하지 않음(희망퇴직 후 정리해고로 이어지면 다시 판단) / "
            "voluntary retirement is not dismissal; re-evaluate if it turns into layoffs"
        )
    if facts.headcount is None:
        return _missing("headcount", "대상 인원")
    by_size = _status_by_size(rule, facts)
    if by_size[0] is not RuleStatus.MET:
        return by_size
    return _check_kind_of_event(rule, facts, by_size[1])


def _status_by_size(rule: Rule, facts: ThresholdFacts) -> tuple[RuleStatus, str]:
    count = facts.headcount or 0
    size_text = f"{facts.workforce_size:,}명" if facts.workforce_size is not None else "규모 미상"
    if facts.workforce_size is not None:
        outcomes = {rule.met_at(count, facts.workforce_size)}
    else:
        outcomes = {rule.met_at(count, size) for size in rule.sizes_that_matter(count)}
    if outcomes == {True}:
        return RuleStatus.MET, f"대상 {count:,}명(상시 {size_text})으로 기준 충족 / {count:,} affected meets the threshold"
    if outcomes == {False}:
        return RuleStatus.NOT_MET, f"대상 {count:,}명(상시 {size_text})으로 기준 미달 / {count:,} affected is below the threshold"
    return _missing("workforce_size", "사업장 상시 근로자 수")


def _check_kind_of_event(rule: Rule, facts: ThresholdFacts, met_reason: str) -> tuple[RuleStatus, str]:
    if rule.applies_to == "any":
        return RuleStatus.MET, met_reason
    if facts.is_closure is None:
        return _missing("is_closure", "폐쇄 여부")
    if facts.is_closure == (rule.applies_to == "closure"):
        return RuleStatus.MET, met_reason
    if rule.applies_to == "closure":
        return RuleStatus.NOT_MET, "사업장 폐쇄가 아님 / not a plant closing"
    return RuleStatus.NOT_MET, "사업장 폐쇄이므로 폐쇄 규정을 적용 / a closure: the plant-closing rule applies"


def _missing(field: str, label_ko: str) -> tuple[RuleStatus, str]:
    return RuleStatus.UNDETERMINED, f"{label_ko} 정보가 없어 판단 불가 / missing: {field}"


def _with_notes(
    reason: str, rule: Rule, facts: ThresholdFacts, status: RuleStatus, deadline: date | None
) -> str:
    notes = [reason]
    if rule.window_ko:
        notes.append(f"{rule.window_ko} / {rule.window_en}")
    if status is RuleStatus.NOT_MET:
        pass
    elif deadline is None:
        notes.append("퇴직(해고) 예정일이 없어 기한 계산 불가 / no separation date: no deadline")
    elif facts.notice_date is not None and facts.notice_date > deadline:
        late = (facts.notice_date - deadline).days
        notes.append(f"공지일이 기한보다 {late}일 늦음 / notice given {late} days after the deadline")
    return " · ".join(notes)
