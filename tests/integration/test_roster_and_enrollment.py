"""Roster import and enrollment life cycle on a real SQLite database, cases made through the ORM."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, EnrollmentRow, SessionRow, TimelineRow, WorkerRow
from earlywarn.domain.eligibility import InvalidEnrollmentChange, Program, load_catalog
from earlywarn.domain.roster import decrypt_contact
from earlywarn.domain.scheduling import CounselorConfig
from earlywarn.services.enrollments import EnrollmentRefused, advance_enrollment, record_outcome
from earlywarn.services.outbox import AlertRouting, Messaging
from earlywarn.services.plan import PlanningConfig, plan_case
from earlywarn.services.roster_import import import_roster, roster_secrets
from earlywarn.settings import PROJECT_ROOT

NOW = datetime(2020, 2, 21, 1, 0, tzinfo=timezone.utc)  # 10:00 in Seoul, the day after OCI's report
DEMO_ROSTER = PROJECT_ROOT / "examples" / "gunsan-2020" / "roster" / "oci_roster_2020.csv"
RRN_ROW_CSV = (
    "name,contact,birth_year,tenure,job,note\n"
    "Kim Gasang,010-0000-0101,1966,20,welder,\n"
    "Lee Yesi,010-0000-0102,1970,15,fitter,800101-1234567\n"
).encode("utf-8")


# ---- helpers shared with the other integration tests of the response side ---------------------


def configs(app, *, catalog: list[Program] | None = None) -> tuple[PlanningConfig, Messaging]:
    config = app.config
    messaging = Messaging(AlertRouting.from_config(config.alerts_config), config.templates, app.settings.language)
    planning = PlanningConfig(
        counselors=CounselorConfig.model_validate(config.counselors_config),
        catalog=catalog if catalog is not None else load_catalog(config.programs_config),
        language=app.settings.language,
    )
    return planning, messaging


def open_case(app, *, company: str = "OCI", headcount: int = 12, notice: date = date(2020, 2, 20),
              separation: date = date(2020, 3, 31), region: str = "gunsan", now: datetime = NOW) -> int:
    """A detected voluntary-retirement case, planned as the respond service would plan it."""
    planning, messaging = configs(app)
    with app.uow() as uow:
        company_row = CompanyRow(key=company.lower(), name=company, region=region)
        uow.session.add(company_row)
        uow.session.flush()
        case = CaseRow(event_key=f"{company.lower()}:voluntary_retirement:{separation}", company_id=company_row.id,
                       type="voluntary_retirement", state="detected", region=region, jurisdiction="KR", headcount=headcount,
                       notice_date=notice, separation_date=separation, legal=[], evidence=[], opened_at=now, updated_at=now)
        uow.session.add(case)
        uow.session.flush()
        plan_case(uow, case, company_row, planning, messaging, now=now)
        uow.commit()
        return case.id


def import_file(app, case_id: int, data: bytes, *, employer_size: int | None = None, catalog=None, now: datetime = NOW):
    planning, messaging = configs(app, catalog=catalog)
    with app.uow() as uow:
        result = import_roster(uow, case_id, data, roster_secrets(app.settings), planning, messaging,
                               now=now, employer_size=employer_size)
        uow.commit()
    return result


def offers(app, case_id: int) -> dict[str, set[str]]:
    """Programs offered per worker pseudonym."""
    with app.uow() as uow:
        rows = uow.session.scalars(select(EnrollmentRow).where(EnrollmentRow.case_id == case_id, EnrollmentRow.headcount == 1))
        found: dict[str, set[str]] = {}
        for row in rows:
            found.setdefault(row.subject, set()).add(row.program_code)
        return found


def worker_by_birth_year(app, year: int) -> WorkerRow:
    with app.uow() as uow:
        return uow.session.scalars(select(WorkerRow).where(WorkerRow.birth_year == year)).one()


def count(app, model, *where) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


# ---- roster import ----------------------------------------------------------------------------


def test_a_cp949_roster_with_korean_headers_is_stored_with_masked_names_and_encrypted_contacts(app):
    case_id = open_case(app)

    result = import_file(app, case_id, DEMO_ROSTER.read_bytes())

    assert (result.rows, result.imported, result.rejected) == (12, 12, [])
    assert result.encoding.replace("_", "").lower() in ("cp949", "euckr")
    hong = worker_by_birth_year(app, 1965)
    assert hong.masked_name == "홍*동"
    assert "0000-0001" not in hong.contact_encrypted
    assert decrypt_contact(hong.contact_encrypted, roster_secrets(app.settings).contact_key) == "010-0000-0001"
    assert (hong.tenure_years, hong.job) == (28.0, "생산직(폴리실리콘)")


def test_a_row_with_a_resident_registration_number_is_refused_and_never_stored(app):
    case_id = open_case(app)

    result = import_file(app, case_id, RRN_ROW_CSV)

    assert result.imported == 1
    [rejected] = result.rejected
    assert rejected["line"] == 3
    assert "1234567" not in str(rejected) and "******-*******" in rejected["masked_row"]["note"]
    with app.uow() as uow:
        stored = [str(w.__dict__) for w in uow.session.scalars(select(WorkerRow))]
        stored += [str(t.detail) for t in uow.session.scalars(select(TimelineRow))]
    assert not any("1234567" in text or "Lee" in text for text in stored)


def test_importing_the_same_roster_again_adds_no_worker_session_enrollment_or_timeline_entry(app):
    case_id = open_case(app)
    import_file(app, case_id, DEMO_ROSTER.read_bytes())
    before = [count(app, model) for model in (WorkerRow, SessionRow, EnrollmentRow, TimelineRow)]

    again = import_file(app, case_id, DEMO_ROSTER.read_bytes(), now=NOW + timedelta(hours=1))

    assert (again.imported, again.already_known) == (0, 12)
    assert [count(app, model) for model in (WorkerRow, SessionRow, EnrollmentRow, TimelineRow)] == before


def test_after_an_import_counseling_is_planned_per_worker_and_cohort_sessions_are_cancelled(app):
    case_id = open_case(app)
    assert count(app, SessionRow, SessionRow.subject.like("cohort-%"), SessionRow.status == "planned") > 0

    import_file(app, case_id, DEMO_ROSTER.read_bytes())

    with app.uow() as uow:
        sessions = uow.session.scalars(select(SessionRow).where(SessionRow.case_id == case_id)).all()
        workers = set(uow.session.scalars(select(WorkerRow.pseudonym)))
    planned = [s for s in sessions if s.status == "planned"]
    assert {s.subject for s in planned} == workers | {"all"}
    assert {s.kind for s in planned if s.subject in workers} == {"mind_care", "career"}
    assert all(s.starts_at.date() <= date(2020, 3, 31) for s in planned)
    assert all(s.status == "cancelled" for s in sessions if s.subject.startswith("cohort-"))


def test_each_worker_is_offered_the_programs_their_age_in_the_separation_year_and_tenure_allow(app):
    case_id = open_case(app)

    import_file(app, case_id, DEMO_ROSTER.read_bytes(), employer_size=1200)

    offered = offers(app, case_id)
    born_1965 = worker_by_birth_year(app, 1965).pseudonym  # 55 in 2020, 28 years of service
    born_1993 = worker_by_birth_year(app, 1993).pseudonym  # 27 in 2020
    born_1988 = worker_by_birth_year(app, 1988).pseudonym  # half a year of service
    assert "reemployment_support" in offered[born_1965] and "youth" not in offered[born_1965]
    assert "youth" in offered[born_1993] and "reemployment_support" not in offered[born_1993]
    assert "reemployment_support" not in offered[born_1988]
    assert {"job_placement", "mind_care", "vocational_training"} <= offered[born_1988]


def test_a_small_employer_rules_out_the_mandatory_re_employment_service_for_everyone(app):
    case_id = open_case(app)

    import_file(app, case_id, DEMO_ROSTER.read_bytes(), employer_size=300)

    assert not any("reemployment_support" in programs for programs in offers(app, case_id).values())


def test_the_pseudonym_salt_and_contact_key_are_generated_once_under_the_state_folder_and_reused(app):
    first = roster_secrets(app.settings)
    second = roster_secrets(app.settings)

    assert first == second
    folder = app.settings.state_dir / "secrets"
    for name in ("pseudonym_salt", "contact_key"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert not str(folder).startswith(str(PROJECT_ROOT / "config"))


# ---- enrollment life cycle ---------------------------------------------------------------------


def enrollment_of(app, birth_year: int, program: str) -> int:
    pseudonym = worker_by_birth_year(app, birth_year).pseudonym
    with app.uow() as uow:
        return uow.session.scalars(select(EnrollmentRow.id).where(EnrollmentRow.subject == pseudonym,
                                                                  EnrollmentRow.program_code == program)).one()


def advance_to(app, enrollment_id: int, to: str, *, catalog=None, now: datetime = NOW):
    catalog = catalog if catalog is not None else load_catalog(app.config.programs_config)
    with app.uow() as uow:
        change = advance_enrollment(uow, enrollment_id, to, catalog=catalog, actor="상담사", now=now)
        uow.commit()
    return change


def test_an_enrollment_moves_from_offer_to_completion_and_each_step_is_on_the_timeline(app):
    case_id = open_case(app)
    import_file(app, case_id, DEMO_ROSTER.read_bytes())
    enrollment_id = enrollment_of(app, 1965, "vocational_training")

    advance_to(app, enrollment_id, "enrolled")
    advance_to(app, enrollment_id, "completed", now=NOW + timedelta(days=30))
    with app.uow() as uow:
        outcome = record_outcome(uow, enrollment_id, reemployed_on=date(2020, 5, 4), actor="상담사", now=NOW + timedelta(days=60))
        uow.commit()
        steps = [(t.action, t.detail.get("to") or t.detail.get("outcome"))
                 for t in uow.session.scalars(select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id))
                 if t.action.startswith("enrollment")]

    assert (outcome.state, outcome.reemployed_on) == ("completed", date(2020, 5, 4))
    assert steps == [("enrollment_advanced", "enrolled"), ("enrollment_advanced", "completed"), ("enrollment_outcome", "reemployed")]


def test_asking_for_the_state_an_enrollment_already_has_changes_nothing(app):
    case_id = open_case(app)
    import_file(app, case_id, DEMO_ROSTER.read_bytes())
    enrollment_id = enrollment_of(app, 1965, "job_placement")
    advance_to(app, enrollment_id, "enrolled")
    entries = count(app, TimelineRow)

    again = advance_to(app, enrollment_id, "enrolled", now=NOW + timedelta(days=1))

    assert again.changed is False
    assert count(app, TimelineRow) == entries


def test_a_completed_enrollment_cannot_go_back_and_an_offer_has_no_outcome(app):
    case_id = open_case(app)
    import_file(app, case_id, DEMO_ROSTER.read_bytes())
    completed = enrollment_of(app, 1965, "job_placement")
    advance_to(app, completed, "enrolled")
    advance_to(app, completed, "completed")

    with pytest.raises(InvalidEnrollmentChange):
        advance_to(app, completed, "declined")
    with app.uow() as uow, pytest.raises(InvalidEnrollmentChange):
        record_outcome(uow, enrollment_of(app, 1968, "job_placement"), reemployed_on=date(2020, 6, 1), actor="x", now=NOW)


def test_a_program_with_no_place_left_refuses_the_next_enrollment(app):
    case_id = open_case(app)
    import_file(app, case_id, DEMO_ROSTER.read_bytes())
    one_place = [p.model_copy(update={"capacity": 1}) if p.code == "mind_care" else p
                 for p in load_catalog(app.config.programs_config)]
    advance_to(app, enrollment_of(app, 1965, "mind_care"), "enrolled", catalog=one_place)

    with pytest.raises(EnrollmentRefused, match="정원"):
        advance_to(app, enrollment_of(app, 1968, "mind_care"), "enrolled", catalog=one_place)
    assert count(app, EnrollmentRow, EnrollmentRow.program_code == "mind_care", EnrollmentRow.state == "enrolled") == 1


def test_workers_imported_after_a_program_is_full_are_not_offered_it(app):
    first_case = open_case(app)
    import_file(app, first_case, DEMO_ROSTER.read_bytes())
    one_place = [p.model_copy(update={"capacity": 1}) if p.code == "youth" else p for p in load_catalog(app.config.programs_config)]
    advance_to(app, enrollment_of(app, 1993, "youth"), "enrolled", catalog=one_place)
    second_case = open_case(app, company="타타대우상용차", separation=date(2020, 10, 30), notice=date(2020, 9, 21),
                            now=datetime(2020, 9, 22, 1, 0, tzinfo=timezone.utc))

    young = "name,contact,birth_year,tenure\n가상청년,010-0000-0201,1996,3\n".encode("utf-8")
    import_file(app, second_case, young, catalog=one_place, now=datetime(2020, 9, 22, 1, 0, tzinfo=timezone.utc))

    [programs] = offers(app, second_case).values()
    assert "youth" not in programs and "job_placement" in programs
