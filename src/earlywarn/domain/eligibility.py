"""Re-employment programs and who may join them. The rules are data (config/programs.yaml).

A person with a missing fact (age unknown, say) is still offered the program, with a reason
saying what staff must verify. A cohort (no roster) stands for many people: facts that differ
from person to person (age, tenure) cannot rule the cohort out, only facts shared by all of them
(employer size, kind of separation, region) can.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from pydantic import BaseModel, Field

from earlywarn.domain.notices import RestructuringType


class ProgramRules(BaseModel):
    min_age: int | None = None
    max_age: int | None = None
    min_tenure_years: float | None = None
    min_employer_size: int | None = None
    separation_kinds: list[str] | None = Field(default=None, description="None: any kind")
    regions: list[str] | None = Field(default=None, description="None: any region")


class Program(BaseModel):
    code: str
    name_ko: str
    name_en: str
    capacity: int | None = Field(default=None, description="places; None: no limit")
    rules: ProgramRules = Field(default_factory=ProgramRules)


class EligibilitySubject(BaseModel):
    age: int | None = None
    tenure_years: float | None = None
    employer_size: int | None = None
    separation_kind: RestructuringType | str
    region: str | None = None
    is_cohort: bool = False


class ProgramDecision(BaseModel):
    program_code: str
    eligible: bool
    reasons: list[str] = Field(default_factory=list)
    to_verify: bool = Field(default=False, description="offered, but a fact must be checked")


def load_catalog(config: dict) -> list[Program]:
    """The catalog from the parsed config/programs.yaml."""
    return [Program.model_validate(item) for item in config.get("programs", [])]


def eligible_programs(
    subject: EligibilitySubject,
    catalog: list[Program],
    *,
    enrolled: dict[str, int] | None = None,
) -> list[ProgramDecision]:
    """One decision per program, in catalog order. `enrolled` counts places taken per program."""
    taken = enrolled or {}
    return [_decide(subject, program, taken.get(program.code, 0)) for program in catalog]


# A check returns (failed reason, verify reason): at most one of them is set.
Check = tuple[str | None, str | None]


def _decide(subject: EligibilitySubject, program: Program, taken: int) -> ProgramDecision:
    checks = [check(subject, program.rules) for check in RULE_CHECKS]
    if program.capacity is not None and taken >= program.capacity:
        checks.append((f"정원 마감({program.capacity}명) / no places left ({program.capacity})", None))
    failed = [reason for reason, _ in checks if reason]
    verify = [reason for _, reason in checks if reason]
    return ProgramDecision(
        program_code=program.code,
        eligible=not failed,
        reasons=failed + verify,
        to_verify=not failed and bool(verify),
    )


def _check_age(subject: EligibilitySubject, rules: ProgramRules) -> Check:
    if rules.min_age is None and rules.max_age is None:
        return None, None
    wanted = _age_range_text(rules)
    if subject.is_cohort or subject.age is None:
        return None, f"연령 확인 필요({wanted}) / age to verify ({wanted})"
    if rules.min_age is not None and subject.age < rules.min_age:
        return f"만 {subject.age}세로 {wanted} 기준에 맞지 않음 / age {subject.age} below {rules.min_age}", None
    if rules.max_age is not None and subject.age > rules.max_age:
        return f"만 {subject.age}세로 {wanted} 기준에 맞지 않음 / age {subject.age} above {rules.max_age}", None
    return None, None


def _check_tenure(subject: EligibilitySubject, rules: ProgramRules) -> Check:
    minimum = rules.min_tenure_years
    if minimum is None:
        return None, None
    if subject.is_cohort or subject.tenure_years is None:
        return None, f"근속 {minimum:g}년 이상 확인 필요 / tenure of {minimum:g}+ years to verify"
    if subject.tenure_years < minimum:
        return (
            f"근속 {subject.tenure_years:g}년으로 {minimum:g}년 미만 / "
            f"tenure {subject.tenure_years:g} years below {minimum:g}"
        ), None
    return None, None


def _check_employer_size(subject: EligibilitySubject, rules: ProgramRules) -> Check:
    minimum = rules.min_employer_size
    if minimum is None:
        return None, None
    if subject.employer_size is None:
        return None, f"사업장 규모 {minimum:,}명 이상 확인 필요 / employer size {minimum:,}+ to verify"
    if subject.employer_size < minimum:
        return (
            f"사업장 규모 {subject.employer_size:,}명으로 {minimum:,}명 미만 / "
            f"employer size {subject.employer_size:,} below {minimum:,}"
        ), None
    return None, None


def _check_separation_kind(subject: EligibilitySubject, rules: ProgramRules) -> Check:
    kinds = rules.separation_kinds
    kind = str(subject.separation_kind)
    if kinds is None or kind in kinds:
        return None, None
    return f"퇴직 사유({kind})가 대상이 아님 / separation kind '{kind}' not covered", None


def _check_region(subject: EligibilitySubject, rules: ProgramRules) -> Check:
    if rules.regions is None:
        return None, None
    if subject.region is None:
        return None, "거주 지역 확인 필요 / region to verify"
    if subject.region not in rules.regions:
        return f"지역({subject.region})이 대상이 아님 / region '{subject.region}' not covered", None
    return None, None


RULE_CHECKS: list[Callable[[EligibilitySubject, ProgramRules], Check]] = [
    _check_age,
    _check_tenure,
    _check_employer_size,
    _check_separation_kind,
    _check_region,
]


def _age_range_text(rules: ProgramRules) -> str:
    if rules.min_age is not None and rules.max_age is not None:
        return f"만 {rules.min_age}~{rules.max_age}세"
    if rules.min_age is not None:
        return f"만 {rules.min_age}세 이상"
    return f"만 {rules.max_age}세 이하"


class EnrollmentState(StrEnum):
    OFFERED = "offered"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    DECLINED = "declined"


ENROLLMENT_MOVES: dict[EnrollmentState, frozenset[EnrollmentState]] = {
    EnrollmentState.OFFERED: frozenset({EnrollmentState.ENROLLED, EnrollmentState.DECLINED}),
    # a worker may still drop out after enrolling
    EnrollmentState.ENROLLED: frozenset({EnrollmentState.COMPLETED, EnrollmentState.DECLINED}),
    EnrollmentState.COMPLETED: frozenset(),
    EnrollmentState.DECLINED: frozenset(),
}


class InvalidEnrollmentChange(ValueError):
    pass


def advance(state: EnrollmentState | str, to: EnrollmentState | str) -> EnrollmentState:
    state, to = EnrollmentState(state), EnrollmentState(to)
    if to not in ENROLLMENT_MOVES[state]:
        raise InvalidEnrollmentChange(
            f"참여 상태를 '{state.value}'에서 '{to.value}'(으)로 바꿀 수 없습니다 / "
            f"enrollment cannot move from '{state.value}' to '{to.value}'"
        )
    return to
