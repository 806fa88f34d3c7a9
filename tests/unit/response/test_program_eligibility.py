import pytest

from earlywarn.domain.eligibility import (
    EligibilitySubject,
    EnrollmentState,
    InvalidEnrollmentChange,
    Program,
    ProgramRules,
    advance,
    eligible_programs,
    load_catalog,
)
from earlywarn.domain.notices import RestructuringType as RT


@pytest.fixture(scope="module")
def catalog(read_config):
    return load_catalog(read_config("programs.yaml"))


def decision_for(code, subject, catalog, **kwargs):
    return next(d for d in eligible_programs(subject, catalog, **kwargs) if d.program_code == code)


def worker(age=52, tenure=3.0, size=1200, kind=RT.VOLUNTARY_RETIREMENT):
    return EligibilitySubject(age=age, tenure_years=tenure, employer_size=size, separation_kind=kind, region="gunsan")


REEMPLOYMENT_CASES = [
    ("52 years, 3 years at a 1,200-person firm, voluntary retirement", worker(), True, None),
    ("45 years old", worker(age=45), False, "45"),
    ("six months of tenure", worker(tenure=0.5), False, "근속"),
    ("a firm of 800", worker(size=800), False, "800"),
    ("a temporary shutdown is not a separation", worker(kind=RT.SUSPENSION), False, "suspension"),
    ("laid off at 60", worker(age=60, kind=RT.LAYOFF), True, None),
    ("exactly 50 with exactly one year", worker(age=50, tenure=1), True, None),
]


@pytest.mark.parametrize(("label", "subject", "eligible", "reason_mentions"), REEMPLOYMENT_CASES,
                         ids=[c[0] for c in REEMPLOYMENT_CASES])
def test_mandatory_reemployment_support_follows_age_tenure_size_and_kind(label, subject, eligible, reason_mentions, catalog):
    decision = decision_for("reemployment_support", subject, catalog)
    assert decision.eligible is eligible
    if reason_mentions:
        assert any(reason_mentions in r for r in decision.reasons)
    else:
        assert decision.reasons == []


def test_youth_programs_stop_at_34(catalog):
    assert decision_for("youth", worker(age=34), catalog).eligible
    refused = decision_for("youth", worker(age=35), catalog)
    assert not refused.eligible and "34" in refused.reasons[0]


def test_an_unknown_age_is_offered_with_a_reason_to_verify(catalog):
    decision = decision_for("reemployment_support", worker(age=None), catalog)
    assert decision.eligible and decision.to_verify
    assert any("확인 필요" in r for r in decision.reasons)


def test_a_cohort_is_offered_what_some_members_may_qualify_for(catalog):
    cohort = EligibilitySubject(employer_size=1200, separation_kind=RT.VOLUNTARY_RETIREMENT, region="gunsan",
                                is_cohort=True, age=40)
    support = decision_for("reemployment_support", cohort, catalog)
    youth = decision_for("youth", cohort, catalog)
    assert support.eligible and support.to_verify
    assert youth.eligible and youth.to_verify


def test_a_cohort_is_still_ruled_out_by_facts_its_members_share(catalog):
    cohort = EligibilitySubject(employer_size=300, separation_kind=RT.VOLUNTARY_RETIREMENT, is_cohort=True)
    assert not decision_for("reemployment_support", cohort, catalog).eligible


def test_every_program_in_the_catalog_gets_a_decision_in_order(catalog):
    codes = [d.program_code for d in eligible_programs(worker(), catalog)]
    assert codes == [p.code for p in catalog]
    assert {"reemployment_support", "vocational_training", "job_placement", "livelihood_support",
            "mind_care", "youth"} <= set(codes)


def test_a_full_program_is_not_offered():
    small = [Program(code="mind_care", name_ko="심리안정", name_en="Mind care", capacity=2)]
    assert eligible_programs(worker(), small, enrolled={"mind_care": 1})[0].eligible
    full = eligible_programs(worker(), small, enrolled={"mind_care": 2})[0]
    assert not full.eligible and "정원" in full.reasons[0]


def test_a_region_rule_limits_the_program_to_its_regions():
    local = [Program(code="gunsan_only", name_ko="군산 전용", name_en="Gunsan only",
                     rules=ProgramRules(regions=["gunsan"]))]
    assert eligible_programs(worker(), local)[0].eligible
    elsewhere = EligibilitySubject(separation_kind="layoff", region="iksan")
    assert not eligible_programs(elsewhere, local)[0].eligible


ENROLLMENT_MOVES = [
    ("offered", "enrolled", True),
    ("offered", "declined", True),
    ("enrolled", "completed", True),
    ("enrolled", "declined", True),
    ("offered", "completed", False),
    ("completed", "enrolled", False),
    ("declined", "enrolled", False),
    ("enrolled", "offered", False),
]


@pytest.mark.parametrize(("start", "to", "allowed"), ENROLLMENT_MOVES)
def test_enrollment_moves_forward_only(start, to, allowed):
    if allowed:
        assert advance(start, to) is EnrollmentState(to)
    else:
        with pytest.raises(InvalidEnrollmentChange, match="cannot move"):
            advance(start, to)
