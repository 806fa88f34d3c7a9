import pytest
from cryptography.fernet import Fernet, InvalidToken

from earlywarn.domain.roster import (
    RosterRejection,
    RosterWorker,
    decrypt_contact,
    encrypt_contact,
    mask_contact,
    mask_name,
    parse_roster_row,
    pseudonymous_id,
)

SALT = b"gunsan-center-test-salt"


def row(**values):
    base = {"이름": "김민수", "연락처": "010-1234-5678", "출생연도": "1968", "근속연수": "22", "직무": "차체 조립"}
    base.update(values)
    return base


def test_a_good_row_becomes_a_pseudonymous_worker_with_masked_values():
    worker = parse_roster_row(row(), salt=SALT)
    assert isinstance(worker, RosterWorker)
    assert worker.name_masked == "김*수"
    assert worker.contact_masked == "010-****-5678"
    assert (worker.birth_year, worker.tenure_years, worker.job) == (1968, 22.0, "차체 조립")
    assert worker.age_in(2020) == 52
    assert "김민수" not in repr(worker) and "1234" not in repr(worker)


RRN_CELLS = [
    {"비고": "680315-1234567"},
    {"비고": "6803151234567"},
    {"연락처": "680315-2234567"},
    {"이름": "김민수 680315 - 1234567"},
]


@pytest.mark.parametrize("cells", RRN_CELLS)
def test_a_row_with_a_resident_registration_number_is_refused_and_the_number_masked(cells):
    result = parse_roster_row(row(**cells), salt=SALT)
    assert isinstance(result, RosterRejection)
    assert "주민등록번호" in result.reason
    dump = str(result.model_dump())
    assert "1234567" not in dump and "2234567" not in dump
    assert "김민수" not in dump


def test_phone_numbers_and_dates_are_not_mistaken_for_registration_numbers():
    assert isinstance(parse_roster_row(row(연락처="01012345678", 비고="2020-10-30 퇴직"), salt=SALT), RosterWorker)


@pytest.mark.parametrize(("cells", "mentions"), [({"이름": ""}, "name"), ({"연락처": ""}, "contact"),
                                                 ({"연락처": "모름"}, "not a phone")])
def test_rows_without_a_usable_name_or_contact_are_refused(cells, mentions):
    result = parse_roster_row(row(**cells), salt=SALT)
    assert isinstance(result, RosterRejection) and mentions in result.reason


def test_english_headers_and_email_contacts_are_accepted():
    worker = parse_roster_row({"Name": "Jane Doe", "Email": "Jane.Doe@Example.com", "birth_year": "1970"}, salt=SALT)
    assert isinstance(worker, RosterWorker)
    assert worker.contact_masked == "j***@example.com"


def test_unparseable_numbers_are_kept_as_flags_not_guessed():
    worker = parse_roster_row(row(출생연도="육십팔"), salt=SALT)
    assert worker.birth_year is None and worker.flags == ["birth_year: 육십팔"]


def test_the_pseudonymous_id_is_stable_per_person_and_salt():
    same = pseudonymous_id("김민수", "010-1234-5678", SALT)
    assert same == pseudonymous_id(" 김민수 ", "01012345678", SALT)
    assert same != pseudonymous_id("김민수", "010-1234-5679", SALT)
    assert same != pseudonymous_id("김민수", "010-1234-5678", b"another-salt")
    assert len(same) == 16 and int(same, 16) >= 0


@pytest.mark.parametrize(("contact", "masked"), [
    ("010-1234-5678", "010-****-5678"), ("01012345678", "010-****-5678"),
    ("02-123-4567", "02-***-4567"), ("kim@example.com", "k***@example.com"),
])
def test_contacts_are_masked_keeping_only_what_identifies_the_channel(contact, masked):
    assert mask_contact(contact) == masked


@pytest.mark.parametrize(("name", "masked"), [("김민수", "김*수"), ("남궁민수", "남**수"), ("김수", "김*"), ("김", "*")])
def test_names_are_masked_in_the_korean_way(name, masked):
    assert mask_name(name) == masked


def test_contacts_round_trip_through_encryption_and_need_the_key():
    key, other = Fernet.generate_key(), Fernet.generate_key()
    token = encrypt_contact("010-1234-5678", key)
    assert "5678" not in token
    assert decrypt_contact(token, key) == "010-1234-5678"
    with pytest.raises(InvalidToken):
        decrypt_contact(token, other)
