"""Worker rosters an employer shares with consent: parse, pseudonymize, mask, encrypt.

Resident registration numbers (주민등록번호) must never be stored: a row that carries one in any
cell is refused, and the number is masked in the rejection too. Names and contacts leave this
module only masked, hashed (the pseudonymous id) or encrypted (Fernet, key from the caller).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from cryptography.fernet import Fernet
from pydantic import BaseModel, Field

# YYMMDD then 7 digits, dash optional; not part of a longer number.
RRN_PATTERN = re.compile(r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?-?\s?\d{7}(?!\d)")
RRN_MASK = "******-*******"
PHONE_PATTERN = re.compile(r"^0\d{1,2}-?\d{3,4}-?\d{4}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PSEUDONYM_LENGTH = 16

COLUMN_ALIASES = {
    "name": ("name", "이름", "성명"),
    "contact": ("contact", "phone", "email", "연락처", "전화번호", "휴대폰", "휴대전화", "이메일"),
    "birth_year": ("birth_year", "출생연도", "출생년도"),
    "tenure_years": ("tenure_years", "tenure", "근속연수", "근속기간"),
    "job": ("job", "직무", "직종"),
}


class RosterWorker(BaseModel):
    worker_id: str = Field(description="pseudonymous id (HMAC of name and contact)")
    name_masked: str
    contact_masked: str
    # Raw values stay out of reprs and logs; the adapter encrypts the contact before storing it.
    contact: str = Field(repr=False)
    birth_year: int | None = None
    tenure_years: float | None = None
    job: str | None = None
    flags: list[str] = Field(default_factory=list, description="values that did not parse")

    def age_in(self, year: int) -> int | None:
        return year - self.birth_year if self.birth_year else None


class RosterRejection(BaseModel):
    reason: str
    masked_row: dict[str, str] = Field(description="the row with personal data masked")


def parse_roster_row(row: dict[str, str], *, salt: bytes) -> RosterWorker | RosterRejection:
    values = _by_field(row)
    if any(RRN_PATTERN.search(cell or "") for cell in row.values()):
        return _reject(row, "주민등록번호가 포함된 행은 받지 않습니다 / rows with a resident registration number are refused")
    name = " ".join((values.get("name") or "").split())
    contact = normalize_contact(values.get("contact") or "")
    if not name:
        return _reject(row, "이름이 없습니다 / name is missing")
    if not contact:
        return _reject(row, "연락처가 없습니다 / contact is missing")
    if not (PHONE_PATTERN.match(contact) or EMAIL_PATTERN.match(contact)):
        return _reject(row, "연락처 형식(전화번호 또는 이메일)이 아닙니다 / contact is not a phone number or e-mail")
    flags: list[str] = []
    return RosterWorker(
        worker_id=pseudonymous_id(name, contact, salt),
        name_masked=mask_name(name),
        contact_masked=mask_contact(contact),
        contact=contact,
        birth_year=_parse_number(values, "birth_year", int, flags),
        tenure_years=_parse_number(values, "tenure_years", float, flags),
        job=(values.get("job") or "").strip() or None,
        flags=flags,
    )


def normalize_contact(contact: str) -> str:
    contact = contact.strip()
    if "@" in contact:
        return contact.lower()
    digits = re.sub(r"\D", "", contact)
    return _format_phone(digits) if digits else contact


def pseudonymous_id(name: str, contact: str, salt: bytes) -> str:
    """The same person (same name and contact) always gets the same id for the same salt."""
    identity = f"{' '.join(name.split())}\x1f{normalize_contact(contact)}"
    digest = hmac.new(salt, identity.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:PSEUDONYM_LENGTH]


def mask_contact(contact: str) -> str:
    contact = normalize_contact(contact)
    if "@" in contact:
        local, _, domain = contact.partition("@")
        return f"{local[:1]}***@{domain}"
    parts = contact.split("-")
    if len(parts) == 3:
        return f"{parts[0]}-{'*' * len(parts[1])}-{parts[2]}"
    return "*" * max(len(contact) - 4, 0) + contact[-4:]


def mask_name(name: str) -> str:
    """김민수 → 김*수, 남궁민수 → 남**수, 김수 → 김*."""
    name = name.strip()
    if len(name) <= 1:
        return "*" * len(name)
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_rrns(text: str) -> str:
    return RRN_PATTERN.sub(RRN_MASK, text)


def encrypt_contact(contact: str, key: bytes) -> str:
    return Fernet(key).encrypt(contact.encode("utf-8")).decode("ascii")


def decrypt_contact(token: str, key: bytes) -> str:
    return Fernet(key).decrypt(token.encode("ascii")).decode("utf-8")


def _by_field(row: dict[str, str]) -> dict[str, str]:
    lowered = {key.strip().lower(): value for key, value in row.items() if key}
    found: dict[str, str] = {}
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if lowered.get(alias):
                found[field] = lowered[alias]
                break
    return found


def _reject(row: dict[str, str], reason: str) -> RosterRejection:
    return RosterRejection(reason=reason, masked_row=_masked_row(row))


def _masked_row(row: dict[str, str]) -> dict[str, str]:
    fields = {alias: field for field, aliases in COLUMN_ALIASES.items() for alias in aliases}
    masked = {}
    for key, value in row.items():
        value = mask_rrns(value or "")
        field = fields.get((key or "").strip().lower())
        if field == "name":
            value = mask_name(value)
        elif field == "contact" and value:
            value = mask_contact(value)
        masked[key] = value
    return masked


def _parse_number(values: dict[str, str], field: str, kind: type, flags: list[str]):
    raw = (values.get(field) or "").strip()
    if not raw:
        return None
    try:
        return kind(raw.replace(",", "").rstrip("년").strip())
    except ValueError:
        flags.append(f"{field}: {raw}")
        return None


def _format_phone(digits: str) -> str:
    if digits.startswith("02") and len(digits) in (9, 10):
        return f"02-{digits[2:-4]}-{digits[-4:]}"
    if len(digits) in (10, 11):
        return f"{digits[:3]}-{digits[3:-4]}-{digits[-4:]}"
    return digits
