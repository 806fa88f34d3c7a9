"""After a full run with a roster, no resident registration number, raw contact, worker name or Apprise
secret is anywhere: database file bytes, logs, case briefs, delivered alerts. Production refuses
placeholder secrets."""

from __future__ import annotations

import logging

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, WorkerRow
from earlywarn.domain.roster import decrypt_contact
from earlywarn.services.briefs import case_brief_markdown
from earlywarn.services.pipeline import response_config
from earlywarn.services.roster_import import RosterError, import_roster, roster_secrets
from earlywarn.settings import PROJECT_ROOT, Settings
from tests.conftest import apprise_yaml
from tests.reliability.workload import NOW, TAGS, run_stage
from earlywarn.adapters.notifier import Notifier

PASSWORD = "Pw4Alerts-9f3k"
RRNS = ["650101-1234567", "6801022345678"]
WORKERS = [("홍민수", "010-5555-0101"), ("김영희", "minsu.private@example.com"), ("이철수", "010-5555-0303")]


def _roster() -> bytes:
    lines = ["이름,연락처,출생연도,근속연수,직무"]
    lines += [f"{name},{contact},1970,20,생산직" for name, contact in WORKERS]
    lines += [f"박주민,010-5555-0404,{RRNS[0]},10,생산직", f"최주민,{RRNS[1]},1971,10,생산직"]
    return ("\n".join(lines) + "\n").encode("cp949")


def test_a_full_run_with_a_roster_leaves_no_personal_data_or_secret_in_db_logs_briefs_or_alerts(app, http_receiver, caplog):
    caplog.set_level(logging.DEBUG)
    notifier = Notifier(config_text=apprise_yaml((http_receiver.url.replace("json://", f"json://alerts:{PASSWORD}@"), TAGS)),
                        timeout_seconds=5)
    for stage in ("ingest", "detect", "respond"):
        run_stage(app, stage)
    config = response_config(app, clock="notice_date")
    with app.uow() as uow:
        case = uow.session.scalars(select(CaseRow).join(CompanyRow).where(CompanyRow.name == "OCI")).one()
        result = import_roster(uow, case.id, _roster(), roster_secrets(app.settings), config.planning, config.messaging, now=NOW)
        uow.commit()
        case_ids = list(uow.session.scalars(select(CaseRow.id)))
        briefs = "\n".join(case_brief_markdown(uow, cid, language="ko") for cid in case_ids)
        workers = uow.session.scalars(select(WorkerRow)).all()
    assert result.imported == len(WORKERS) and len(result.rejected) == 2
    http_receiver.fail_next(1)  # one failed delivery: its error text is stored and logged too
    run_stage(app, "dispatch", notifier)
    run_stage(app, "dispatch", notifier, now=NOW.replace(hour=3))
    assert http_receiver.received

    key = roster_secrets(app.settings).contact_key
    assert sorted(decrypt_contact(w.contact_encrypted, key) for w in workers) == sorted(c for _, c in WORKERS)
    app.engine.dispose()
    db_bytes = b"".join(p.read_bytes() for p in app.settings.state_dir.glob("earlywarn.db*"))
    texts = {
        "database": db_bytes.decode("utf-8", errors="replace"),
        "logs": caplog.text,
        "briefs": briefs,
        "alerts": str(http_receiver.received),
        "roster result": str(result.as_dict()),
    }
    forbidden = RRNS + [r.replace("-", "") for r in RRNS] + [c for _, c in WORKERS] + [n for n, _ in WORKERS] + [PASSWORD]
    leaks = {(where, secret) for where, text in texts.items() for secret in forbidden if secret in text}
    assert leaks == set()
    for rrn in RRNS:  # the CP949 bytes too, in case something kept the raw roster
        assert rrn.encode() not in db_bytes


@pytest.mark.parametrize("value", ["", "change-me", "CHANGEME", "secret", "placeholder"])
def test_production_refuses_placeholder_secrets(value, tmp_path):
    secrets = {"contact_key": value, "pseudonym_salt": "a-real-salt-value-123"}
    with pytest.raises(ValidationError, match="real secret in production"):
        Settings(environment="production", home=PROJECT_ROOT, state_dir=tmp_path, **secrets)
    with pytest.raises(ValidationError, match="real secret in production"):
        Settings(environment="production", home=PROJECT_ROOT, state_dir=tmp_path,
                 contact_key="cw8Vv3Rz3bq3Zb1Yx9cY5kq2m1uQbq7Zr6j2m3x4y5Q=", pseudonym_salt=value)


def test_production_with_a_secret_unset_refuses_the_roster_naming_the_setting_and_the_secret_block(tmp_path):
    settings = Settings(environment="production", home=PROJECT_ROOT, state_dir=tmp_path,
                        contact_key="cw8Vv3Rz3bq3Zb1Yx9cY5kq2m1uQbq7Zr6j2m3x4y5Q=", pseudonym_salt=None)

    with pytest.raises(RosterError, match="EARLYWARN_PSEUDONYM_SALT or the Prefect Secret block earlywarn-pseudonym-salt"):
        roster_secrets(settings)
    assert not (tmp_path / "secrets").exists()


def test_production_accepts_real_secrets(tmp_path):
    Settings(environment="production", home=PROJECT_ROOT, state_dir=tmp_path,
             contact_key="cw8Vv3Rz3bq3Zb1Yx9cY5kq2m1uQbq7Zr6j2m3x4y5Q=", pseudonym_salt="a-real-salt-value-123")
