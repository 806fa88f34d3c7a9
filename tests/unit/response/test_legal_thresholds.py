from datetime import date

import pytest

from earlywarn.domain.notices import RestructuringType as RT
from earlywarn.domain.thresholds import RuleStatus, ThresholdFacts, evaluate_rules

MET, NOT_MET, UNDETERMINED = RuleStatus.MET, RuleStatus.NOT_MET, RuleStatus.UNDETERMINED


@pytest.fixture(scope="module")
def rules(read_config):
    return read_config("thresholds.yaml")


def outcome(rule_id, facts, rules):
    return next(o for o in evaluate_rules(facts, rules) if o.rule_id == rule_id)


def kr(headcount, workforce, kind=RT.LAYOFF, separation=date(2020, 10, 30), notice=None):
    return ThresholdFacts(jurisdiction="KR", headcount=headcount, workforce_size=workforce,
                          separation_kind=kind, separation_date=separation, notice_date=notice)


LSA_24 = [
    ("10 of 99", kr(10, 99), MET),
    ("9 of 99", kr(9, 99), NOT_MET),
    ("10% of 500", kr(50, 500), MET),
    ("just under 10% of 500", kr(49, 500), NOT_MET),
    ("100 of 1,000", kr(100, 1000), MET),
    ("99 of 1,500", kr(99, 1500), NOT_MET),
    ("100 of an unknown workforce meets every tier", kr(100, None), MET),
    ("9 of an unknown workforce meets none", kr(9, None), NOT_MET),
    ("50 of an unknown workforce depends on it", kr(50, None), UNDETERMINED),
    ("voluntary retirement is not dismissal", kr(300, 1200, kind=RT.VOLUNTARY_RETIREMENT), NOT_MET),
    ("headcount missing", kr(None, 1200), UNDETERMINED),
]


@pytest.mark.parametrize(("label", "facts", "status"), LSA_24, ids=[c[0] for c in LSA_24])
def test_labor_standards_act_article_24_report(label, facts, status, rules):
    assert outcome("kr-lsa-24-report", facts, rules).status is status


FAEP_33 = [
    ("30 of 299", kr(30, 299), MET),
    ("29 of 299", kr(29, 299), NOT_MET),
    ("10% of 1,200", kr(120, 1200), MET),
    ("voluntary retirement counts as separation", kr(300, 1200, kind=RT.VOLUNTARY_RETIREMENT), MET),
    ("29 of an unknown workforce", kr(29, None), NOT_MET),
    ("40 of an unknown workforce", kr(40, None), UNDETERMINED),
]


@pytest.mark.parametrize(("label", "facts", "status"), FAEP_33, ids=[c[0] for c in FAEP_33])
def test_framework_act_article_33_mass_employment_change(label, facts, status, rules):
    assert outcome("kr-faep-33-report", facts, rules).status is status


def test_voluntary_retirement_is_explained_not_silently_skipped(rules):
    result = outcome("kr-lsa-24-report", kr(300, 1200, kind=RT.VOLUNTARY_RETIREMENT), rules)
    assert "희망퇴직" in result.reason and result.deadline is None


def test_deadlines_count_back_from_the_separation_date(rules):
    report = outcome("kr-lsa-24-report", kr(150, 1200, separation=date(2020, 10, 30)), rules)
    union = outcome("kr-lsa-24-union-notice", kr(150, 1200, separation=date(2020, 10, 30)), rules)
    assert report.deadline == date(2020, 9, 30)
    assert union.deadline == date(2020, 9, 10)
    assert "고용노동부" in report.deadline_label


def test_a_notice_after_the_deadline_is_flagged_late(rules):
    late = outcome("kr-lsa-24-report", kr(150, 1200, notice=date(2020, 10, 5)), rules)
    on_time = outcome("kr-lsa-24-report", kr(150, 1200, notice=date(2020, 9, 1)), rules)
    assert "5 days after" in late.reason
    assert "after the deadline" not in on_time.reason


def test_missing_data_names_the_missing_field(rules):
    assert "missing: workforce_size" in outcome("kr-lsa-24-report", kr(50, None), rules).reason
    assert "missing: headcount" in outcome("kr-faep-33-report", kr(None, 500), rules).reason
    no_date = outcome("kr-faep-33-report", kr(40, 300, separation=None), rules)
    assert no_date.deadline is None and "no separation date" in no_date.reason


def us(headcount, workforce, closure, state=None):
    return ThresholdFacts(jurisdiction="US", region=state, headcount=headcount, workforce_size=workforce,
                          is_closure=closure, separation_date=date(2024, 6, 30))


US_WARN = [
    ("closing 50 at a site", "us-warn-plant-closing", us(50, 200, True), MET),
    ("closing 49", "us-warn-plant-closing", us(49, 200, True), NOT_MET),
    ("a layoff is not a closing", "us-warn-plant-closing", us(300, 400, False), NOT_MET),
    ("closing, type unknown", "us-warn-plant-closing", us(80, 200, None), UNDETERMINED),
    ("employer under 100 is not covered", "us-warn-plant-closing", us(60, 80, True), NOT_MET),
    ("layoff of 500", "us-warn-mass-layoff", us(500, 5000, False), MET),
    ("layoff of 60 at a 150 site (40%)", "us-warn-mass-layoff", us(60, 150, False), MET),
    ("layoff of 60 at a 400 site (15%)", "us-warn-mass-layoff", us(60, 400, False), NOT_MET),
    ("layoff of 100, site size unknown", "us-warn-mass-layoff", us(100, None, False), UNDETERMINED),
    ("a closure is handled by the closing rule", "us-warn-mass-layoff", us(600, 600, True), NOT_MET),
]


@pytest.mark.parametrize(("label", "rule_id", "facts", "status"), US_WARN, ids=[c[0] for c in US_WARN])
def test_federal_warn_act(label, rule_id, facts, status, rules):
    assert outcome(rule_id, facts, rules).status is status


def test_warn_notice_is_due_sixty_days_before(rules):
    assert outcome("us-warn-plant-closing", us(50, 200, True), rules).deadline == date(2024, 5, 1)


def test_state_rules_apply_only_in_their_state(rules):
    ny_ids = {o.rule_id for o in evaluate_rules(us(30, 60, True, state="NY"), rules)}
    ca_ids = {o.rule_id for o in evaluate_rules(us(30, 60, True, state="CA"), rules)}
    assert "us-ny-warn" in ny_ids and "us-ca-warn" not in ny_ids
    assert "us-ca-warn" in ca_ids and "us-ny-warn" not in ca_ids
    assert not any(o.rule_id.startswith("kr-") for o in evaluate_rules(us(30, 60, True), rules))


def test_new_york_asks_for_ninety_days_and_covers_smaller_layoffs(rules):
    ny = outcome("us-ny-warn", us(30, 60, False, state="NY"), rules)
    assert ny.status is MET
    assert ny.deadline == date(2024, 4, 1)
    federal = outcome("us-warn-mass-layoff", us(30, 60, False, state="NY"), rules)
    assert federal.status is NOT_MET


def test_without_a_jurisdiction_national_rules_are_undetermined(rules):
    results = evaluate_rules(ThresholdFacts(headcount=300, workforce_size=1000), rules)
    assert results and all(o.status is UNDETERMINED for o in results)
    assert all("missing: jurisdiction" in o.reason for o in results)
    assert not any(o.rule_id in {"us-ny-warn", "us-ca-warn", "us-nj-warn"} for o in results)
