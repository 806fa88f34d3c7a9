"""The news of 2025–2026 (fresh57's round): AI-blamed cuts, tariffs, federal reductions in force and grant cuts, told by
wire and trade press. Reported speech dates a memo's day ahead, a deferred resignation ends with the employment, and a
reorganization's closed offices hang on the cut it is part of. Sentences of our own (not the eval texts). The rules alone
(see conftest.py)."""

from datetime import date

from earlywarn.domain.notices import RestructuringType as T

TUESDAY = date(2024, 3, 5)


# --- the day people leave -----------------------------------------------------------------------------------------------


def test_a_last_day_on_friday_told_in_reported_speech_is_the_coming_friday(classify):
    text = (
        "A software maker will lay off 800 workers, its chief executive wrote in a memo, adding that those affected would "
        "have their last day on Friday."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.LAYOFF, 800, date(2024, 3, 8))


def test_staff_paid_through_a_day_when_their_employment_ends_leave_that_day(classify):
    text = (
        "About 3,200 state employees have accepted the governor's deferred resignation offer. They stay on the payroll "
        "through June 30, when their employment ends."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount, got.separation_date) == (T.VOLUNTARY_RETIREMENT, 3200, date(2024, 6, 30))


# --- cuts told with their cause, or by unnamed sources -----------------------------------------------------------------


def test_layoffs_after_lawmakers_rescinded_money_are_layoffs(classify):
    text = (
        "A community radio network announced layoffs on Monday after the state rescinded money for its education grants. It "
        "did not say how many jobs were cut."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_a_layoff_notice_rescinded_is_no_event(classify):
    text = "The company said the layoff notice it filed in January has been rescinded."
    assert classify(text, "en", TUESDAY).type is T.NOT_RESTRUCTURING


def test_not_saying_whether_jobs_will_be_cut_stays_speculation(classify):
    text = "The retailer is reviewing its store network and did not say whether it would cut jobs."
    assert classify(text, "en", TUESDAY).type is T.NOT_RESTRUCTURING


def test_hundreds_of_workers_fired_at_once_are_a_layoff_with_no_count(classify):
    text = "The bureau on Friday fired hundreds of probationary workers by email, union officials said."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, None)


def test_a_cut_told_with_will_and_its_count_by_unnamed_sources_is_reported(classify):
    text = (
        "A payments firm will eliminate about 600 back-office jobs in India after automating claims review, according to "
        "people familiar with the decision."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 600)


def test_a_cut_weighed_by_unnamed_sources_stays_unconfirmed(classify):
    text = "A payments firm plans to cut about 600 jobs, according to people familiar with the matter."
    assert classify(text, "en", TUESDAY).type is T.NOT_RESTRUCTURING


# --- reorganizations: offices closed, ways not chosen, portfolios -------------------------------------------------------


def test_field_offices_closed_by_a_day_are_a_closure(classify):
    text = "A federal agency will close nine field offices by Sept. 30 as part of its reorganization, a notice to staff said."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.separation_date) == (T.CLOSURE, date(2024, 9, 30))


def test_positions_eliminated_or_relocated_is_a_way_not_yet_chosen(classify):
    text = (
        "The bank told staff it is beginning a restructuring that will affect about 300 roles. Whether positions will be "
        "eliminated or relocated will be decided later."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.OTHER, 300)


def test_a_cut_as_part_of_a_reorganization_that_closes_offices_is_a_layoff(classify):
    text = (
        "The department will cut about 4,000 employees as part of a reorganization that merges bureaus and closes a third "
        "of its regional offices."
    )
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 4000)


def test_a_portfolio_restructured_is_no_workforce_restructuring(classify):
    text = "The holding company will split into two segments and sell a stake in a chemicals venture as it restructures its portfolio."
    assert classify(text, "en", TUESDAY).type is T.NOT_RESTRUCTURING


# --- the rules alone ------------------------------------------------------------------------------------------------------


def test_roles_with_their_share_told_between_are_being_eliminated(classify):
    text = "About 450 positions, or 6% of the bank's staff, are being eliminated, the chief executive told employees."
    got = classify(text, "en", TUESDAY)
    assert (got.type, got.headcount) == (T.LAYOFF, 450)


def test_a_contract_workforce_cut_sharply_after_automation_is_a_layoff(classify):
    text = "한 택배사가 분류 자동화 설비를 들인 뒤 하청 인력을 대폭 줄였다고 노조가 밝혔다."
    assert classify(text, "ko", TUESDAY).type is T.LAYOFF


def test_a_workforce_said_not_to_be_cut_is_no_event(classify):
    text = "회사는 자동화 이후에도 인력을 줄일 계획이 없다고 밝혔다."
    assert classify(text, "ko", TUESDAY).type is T.NOT_RESTRUCTURING


def test_positions_retained_beside_services_not_cut_are_no_jobs_cut(classify):
    text = "The clinic said all 60 positions will be retained, and no services will be cut after the state restored its grant."
    assert classify(text, "en", TUESDAY).type is T.NOT_RESTRUCTURING
