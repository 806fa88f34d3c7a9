"""A notice's content hash is the sha256 of its row as `json.dumps(sort_keys=True, ensure_ascii=False)` writes it:
stored hashes must never change, however the text is made."""

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from earlywarn.domain.notices import NoticeKind, NoticeRecord, canonical_json


@settings(max_examples=500)
@given(st.dictionaries(st.text(), st.text(), max_size=12))
def test_the_canonical_json_of_a_row_is_the_text_json_dumps_writes(row):
    assert canonical_json(row) == json.dumps(row, sort_keys=True, ensure_ascii=False)


def test_the_content_hash_of_a_row_is_the_sha256_of_its_sorted_json():
    row = {"회사명": "(주)타타대우상용차", "Company": 'Acme "Foods"\n', "jobs": "1,000", "": "\u2028"}
    record = NoticeRecord(source="s", kind=NoticeKind.TABULAR, raw=row)
    expected = hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert record.content_hash() == expected


def test_a_text_notice_is_identified_by_its_title_and_text():
    record = NoticeRecord(source="s", kind=NoticeKind.TEXT, title="희망퇴직", text="OCI는 …")
    expected = hashlib.sha256(json.dumps({"title": "희망퇴직", "text": "OCI는 …"}, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    assert record.content_hash() == expected
