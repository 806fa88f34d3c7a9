"""A company name is outside data: it must show as text in the case brief and in alerts, never as markup."""

from datetime import date, datetime, timezone

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, NotificationRow
from earlywarn.services import alert_context
from earlywarn.services.briefs import case_brief_markdown
from earlywarn.services.outbox import AlertRouting, Messaging, enqueue

NOW = datetime(2020, 9, 22, 3, 0, tzinfo=timezone.utc)
HOSTILE = "<script>alert(1)</script> **굵게** [click](http://evil.example) | x"


def hostile_case(app) -> int:
    with app.uow() as uow:
        company = CompanyRow(key="hostile", name=HOSTILE)
        uow.session.add(company)
        uow.session.flush()
        case = CaseRow(event_key="hostile:layoff:2020-10-30", company_id=company.id, type="layoff", state="detected",
                       region="gunsan", headcount=50, notice_date=date(2020, 9, 21), separation_date=date(2020, 10, 30),
                       legal=[], evidence=[{"field": "company", "text": HOSTILE, "start": 0, "end": 10}],
                       opened_at=NOW, updated_at=NOW)
        uow.session.add(case)
        uow.session.flush()
        messaging = Messaging(AlertRouting.from_config(app.config.alerts_config), app.config.templates, "ko")
        context = alert_context.case_opened(case, company, region_name="전북 군산", source="test")
        enqueue(uow, messaging, kind="case_opened", subject=f"case-{case.id}", context=context, now=NOW, case_id=case.id)
        uow.commit()
        return case.id


def assert_inert(text: str) -> None:
    assert "<script>" not in text
    assert "**굵게**" not in text
    assert "[click](http" not in text


def test_a_hostile_company_name_is_escaped_in_the_case_brief(app):
    case_id = hostile_case(app)
    with app.uow() as uow:
        brief = case_brief_markdown(uow, case_id)
    assert_inert(brief)
    assert "&lt;script&gt;" in brief


def test_a_hostile_company_name_is_escaped_in_the_alert(app):
    hostile_case(app)
    with app.uow() as uow:
        alert = uow.session.query(NotificationRow).one()
    assert_inert(alert.title)
    assert_inert(alert.body)
