"""Import a worker roster an employer shared with consent, then plan the case per worker.

The file is CSV in UTF-8 or CP949 with Korean or English headers. Rows carrying a resident
registration number are refused and never stored; names are kept masked, contacts encrypted.
Importing the same roster again adds nothing: workers are keyed by their pseudonymous id.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from charset_normalizer import from_bytes
from cryptography.fernet import Fernet

from earlywarn.adapters.db.orm import CaseRow, CompanyRow, WorkerRow
from earlywarn.adapters.db.unit_of_work import UnitOfWork
from earlywarn.adapters.secrets import setting_secret
from earlywarn.domain.roster import RosterRejection, encrypt_contact, parse_roster_row
from earlywarn.services.enrollments import latest_employer_size
from earlywarn.services.outbox import Messaging
from earlywarn.services.plan import PlanningConfig, PlanOutcome, plan_case
from earlywarn.services.respond import add_timeline

SECRET_NAMES = ("pseudonym_salt", "contact_key")


class RosterError(ValueError):
    pass


@dataclass(frozen=True)
class RosterSecrets:
    salt: bytes = field(repr=False)
    contact_key: bytes = field(repr=False)


@dataclass
class RosterImportResult:
    case_id: int
    encoding: str
    rows: int = 0
    imported: int = 0
    already_known: int = 0
    rejected: list[dict] = field(default_factory=list)  # {"line", "reason", "masked_row"}: no personal data
    flagged: list[dict] = field(default_factory=list)  # {"line", "worker", "flags"}
    plan: PlanOutcome | None = None

    def as_dict(self) -> dict:
        plan = self.plan.__dict__ if self.plan else None
        return {"case_id": self.case_id, "encoding": self.encoding, "rows": self.rows, "imported": self.imported,
                "already_known": self.already_known, "rejected": self.rejected, "flagged": self.flagged, "plan": plan}


def roster_secrets(settings) -> RosterSecrets:
    """The salt and the Fernet key from settings, else from Prefect Secret blocks (earlywarn-contact-key,
    earlywarn-pseudonym-salt); outside production, else generated once under <state_dir>/secrets/."""
    values = {}
    for name in SECRET_NAMES:
        configured = getattr(settings, name)
        value = (configured.get_secret_value().strip() if configured is not None else "") or setting_secret(name)
        if value:
            values[name] = value.strip().encode("utf-8")
        elif settings.environment == "production":
            raise RosterError(f"EARLYWARN_{name.upper()} or the Prefect Secret block "
                              f"earlywarn-{name.replace('_', '-')} must be set in production")
        else:
            values[name] = _local_secret(Path(settings.state_dir) / "secrets" / name)
    Fernet(values["contact_key"])  # a wrong key fails here, before any row is read
    return RosterSecrets(salt=values["pseudonym_salt"], contact_key=values["contact_key"])


def _local_secret(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    value = Fernet.generate_key()  # 32 random bytes, urlsafe base64: a fine salt and a valid key
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(value)
    return value


def decode_roster(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a roster file: UTF-8 (with or without BOM) first, else what charset-normalizer finds."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp949", "euc_kr", "utf_8"]).best() or from_bytes(data).best()
    if best is None:
        raise RosterError("명단 파일의 문자 인코딩을 알 수 없습니다 / cannot tell the roster file's encoding")
    return str(best), best.encoding


def read_roster(data: bytes) -> tuple[list[dict[str, str]], str]:
    text, encoding = decode_roster(data)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise RosterError("명단 파일에 머리글이 없습니다 / the roster file has no header row")
    return [{k: (v or "") for k, v in row.items() if k is not None} for row in reader], encoding


def import_roster(
    uow: UnitOfWork,
    case_id: int,
    data: bytes,
    secrets: RosterSecrets,
    planning: PlanningConfig,
    messaging: Messaging,
    *,
    now: datetime,
    employer_size: int | None = None,
    actor: str = "earlywarn",
) -> RosterImportResult:
    case = uow.session.get(CaseRow, case_id)
    if case is None:
        raise RosterError(f"사례 {case_id} 없음 / case {case_id} does not exist")
    rows, encoding = read_roster(data)
    result = RosterImportResult(case_id=case_id, encoding=encoding, rows=len(rows))
    workers = []
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        parsed = parse_roster_row(row, salt=secrets.salt)
        if isinstance(parsed, RosterRejection):
            result.rejected.append({"line": line, "reason": parsed.reason, "masked_row": parsed.masked_row})
            continue
        if parsed.flags:
            result.flagged.append({"line": line, "worker": parsed.worker_id, "flags": parsed.flags})
        workers.append(_worker_row(case_id, parsed, secrets))
    unique = list({w["pseudonym"]: w for w in workers}.values())
    result.imported = uow.insert_ignoring_duplicates(WorkerRow, unique, unique=("pseudonym",))
    result.already_known = len(workers) - result.imported
    if result.imported or employer_size is not None and employer_size != latest_employer_size(uow, case_id):
        add_timeline(uow, case_id, now, actor, "roster_imported",
                     {"imported": result.imported, "rejected": len(result.rejected), "employer_size": employer_size})
    company = uow.session.get(CompanyRow, case.company_id)
    result.plan = plan_case(uow, case, company, planning, messaging, now=now)
    return result


def _worker_row(case_id: int, worker, secrets: RosterSecrets) -> dict:
    return dict(
        pseudonym=worker.worker_id,
        case_id=case_id,
        masked_name=worker.name_masked,
        contact_encrypted=encrypt_contact(worker.contact, secrets.contact_key),
        birth_year=worker.birth_year,
        tenure_years=worker.tenure_years,
        job=worker.job,
    )
