"""Detection of a stored official row decodes only the fields detect_tabular reads (TabularFacts): it must
decide exactly as on the whole record."""

from datetime import date

import pytest

from earlywarn.domain.detection import Detection, detect
from earlywarn.domain.detection.tabular import TABULAR_FIELDS, TabularFacts, detect_tabular
from earlywarn.domain.notices import NoticeKind, NoticeRecord

TODAY = date(2024, 1, 1)

ROWS = [
    dict(company="Acme Foods", jobs=120, is_closure=True, region="IA", effective_date=date(2023, 7, 31)),
    dict(company="Tata Daewoo Commercial Vehicle Co., Ltd.", jobs=105, jobs_max=110, region="IA", is_temporary=True),
    dict(company="OCI", jobs=1000, notice_type="희망퇴직", region="전북", location="군산공장"),
    dict(company="(주)대한", location="군산시 오식도동", jobs=42, notice_type="정리해고"),
    dict(company="Yellow Corp.", notice_type="Permanent Layoff", region="Texas", effective_date=date(2023, 8, 1)),
    dict(company="  ", jobs=None, notice_type="Voluntary Separation Program"),
    dict(company="Raritan Bay Seafood Co.", jobs=41, is_closure=True, is_withdrawn=True, region="NJ",
         effective_date=date(2024, 3, 18)),
    dict(),
]


def _record(fields: dict) -> NoticeRecord:
    return NoticeRecord(source="warn-ia", kind=NoticeKind.TABULAR, position="row 2", raw={"Company": "x", "Jobs": "1"},
                        flags=["jobs"], confidence={"jobs": 0.5}, notice_date=date(2023, 6, 1), city="Davenport", **fields)


class _Watched:
    """A record that notes which of its fields are read."""

    def __init__(self, record: NoticeRecord):
        self._record, self.read = record, set()

    def __getattr__(self, name: str):
        self.read.add(name)
        return getattr(self._record, name)


@pytest.mark.parametrize("fields", ROWS)
def test_tabular_detection_reads_only_the_fields_its_facts_decode(rules, directory, fields):
    watched = _Watched(_record(fields))
    detect_tabular(watched, rules, directory)
    assert {"is_closure", "company", "jobs"} <= watched.read <= set(TABULAR_FIELDS)


@pytest.mark.parametrize("fields", ROWS)
def test_a_stored_official_row_decoded_as_its_facts_is_detected_as_the_whole_record(rules, directory, fields):
    record = _record(fields)
    facts = TabularFacts.model_validate_json(record.model_dump_json())
    whole = detect(NoticeRecord.model_validate_json(record.model_dump_json()), rules, directory, today=TODAY)
    assert detect(facts, rules, directory, today=TODAY).model_dump() == whole.model_dump()


def test_the_facts_keep_the_record_s_types():
    for name in TABULAR_FIELDS:
        assert TabularFacts.model_fields[name].annotation == NoticeRecord.model_fields[name].annotation


@pytest.mark.parametrize("fields", ROWS)
def test_the_detection_built_without_validation_is_the_validated_one(rules, directory, fields):
    built = detect_tabular(_record(fields), rules, directory)
    validated = Detection(**built.__dict__)
    assert built == validated and built.model_dump_json() == validated.model_dump_json()
    assert built.model_fields_set == validated.model_fields_set
    assert [(name, type(value)) for name, value in built.__dict__.items()] == \
        [(name, type(value)) for name, value in validated.__dict__.items()]
