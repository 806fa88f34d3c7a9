"""The eighth author's files as scrapers download them (tabfresh8), on inputs of our own."""

import json
from datetime import date

from earlywarn.domain.values import parse_date
from tests.unit.readers.reading import facts, read

_PORTAL_COLUMNS = [{"name": "sid", "fieldName": ":sid"}, {"name": "created_at", "fieldName": ":created_at"},
                   {"name": "Company", "fieldName": "company"}, {"name": "Received Date", "fieldName": "received_date"},
                   {"name": "# Affected", "fieldName": "num_affected"}]


def test_a_portal_rows_json_is_read_by_its_columns_names(synonyms):
    document = {"meta": {"view": {"id": "abcd-1234", "columns": _PORTAL_COLUMNS}},
                "data": [["row-1", 1738000000, "Acme Widgets", "2024-08-05T00:00:00", "40"],
                         ["row-2", 1738000000, "Beta Foods", "2024-09-12T00:00:00", "12"]]}
    notices, rejected = read(json.dumps(document).encode(), "rows.json", synonyms)
    assert facts(notices) == [("Acme Widgets", date(2024, 8, 5), None, 40), ("Beta Foods", date(2024, 9, 12), None, 12)]
    assert rejected == []
    assert "created_at" not in notices[0].raw  # the portal's own columns are not the notice's


def test_dates_given_as_epoch_milliseconds_are_read_as_their_utc_day(synonyms):
    data = (b"OBJECTID,Company,Notice_Received,Layoff_Start,Employees_Affected\n"
            b"1,Acme Widgets,10/8/2024 12:00:00 AM,1733720400000,40\n"
            b"2,Beta Foods,9/3/2024 12:00:00 AM,1727668800000,12\n")
    notices, _ = read(data, "WARN_Notices.csv", synonyms)
    assert facts(notices) == [("Acme Widgets", date(2024, 10, 8), date(2024, 12, 9), 40),
                              ("Beta Foods", date(2024, 9, 3), date(2024, 9, 30), 12)]


def test_a_long_number_outside_the_years_a_notice_can_have_is_no_date():
    assert parse_date("123456789012") is None  # 1973: an id, not a day
    assert parse_date(5551234567890) is None  # past 2100
    assert parse_date(1733720400000) == date(2024, 12, 9)
