"""The thirteenth author's files (tabfresh13, the states as they publish now), on inputs of our own: a street address
in one cell, a closing date beside a layoff date, a notice listed once per site."""

import json
from datetime import date

from earlywarn.adapters.readers.headers import infer_mapping
from earlywarn.adapters.readers.places import address_town
from tests.unit.readers.reading import facts, read


def test_the_town_of_a_street_address_in_one_cell_is_the_city(synonyms):
    data = ("Company Name\tNotice Date\tLayoff Date\tEmployees\tAddress\tCounty\n"
            "Aspen Tool Co\t3/2/2025\t5/1/2025\t40\t410 Mesa Dr, Grand Junction, CO 81501\tMesa\n"
            "Birch Bakery\t3/9/2025\t5/9/2025\t12\t77 Elm St, Suite 2, Loveland, CO 80537-1234\tLarimer\n"
            "Cedar Freight\t4/1/2025\t6/1/2025\t65\t9 Depot Rd,Greeley ,CO\tWeld\n").encode("utf-8")
    notices, _ = read(data, "list.tsv", synonyms)
    assert [(n.city, n.county) for n in notices] == [("Grand Junction", "Mesa"), ("Loveland", "Larimer"),
                                                     ("Greeley", "Weld")]
    assert notices[0].location == "410 Mesa Dr, Grand Junction, CO 81501"  # the cell is kept as it came


def test_a_cell_of_two_addresses_names_no_one_town():
    assert address_town("12 Oak Ln, Media, PA 19063 , 40 Pine St, Chester, PA 19013") is None


def test_places_without_a_street_number_before_them_are_not_read_as_an_address():
    assert address_town("Fairbanks, North Pole, AK") is None
    assert address_town("Sunrise Foods, Statewide, Statewide, FL 00000") is None


def test_a_lone_word_that_ends_a_towns_name_is_no_town():
    # the publisher wrapped 'Cape Canaveral Space Center' over two comma parts: 'Center' alone is no town
    assert address_town("Bldg 4, 1 Launch Rd, Cape Canaveral Space, Center, FL 32920") is None
    assert address_town("1 Launch Rd, Center Hill, FL 33514") == "Center Hill"


def test_a_suite_or_floor_before_the_state_is_no_town():
    assert address_town("200 Main St, Suite 400, FL 33101") is None


def test_a_closing_date_and_a_layoff_date_are_one_effective_date_the_earlier_where_both_are_given(synonyms):
    items = [
        {"company_name": "Aspen Tool Co", "date_of_warn_notice": "2025-03-02T00:00:00.000", "number_affected": "40",
         "closing_date": "2025-06-30T00:00:00.000"},
        {"company_name": "Birch Bakery", "date_of_warn_notice": "2025-03-09T00:00:00.000", "number_affected": "12",
         "layoff_date": "2025-05-09T00:00:00.000"},
        {"company_name": "Cedar Freight", "date_of_warn_notice": "2025-04-01T00:00:00.000", "number_affected": "65",
         "closing_date": "2025-07-15T00:00:00.000", "layoff_date": "2025-06-01T00:00:00.000"},
        {"company_name": "Dune Textiles", "date_of_warn_notice": "2025-04-11T00:00:00.000", "number_affected": "30",
         "layoff_date": "2025-06-20T00:00:00.000"},
    ]
    notices, _ = read(json.dumps(items).encode("utf-8"), "feed.json", synonyms)
    assert [n.effective_date for n in notices] == [date(2025, 6, 30), date(2025, 5, 9), date(2025, 6, 1),
                                                   date(2025, 6, 20)]


def test_two_layoff_dates_are_not_read_as_the_earlier_of_two_kinds(synonyms):
    headers = ["Company", "Notice Date", "Layoff Date", "Revised Layoff Date"]
    rows = [["Aspen Tool Co", "03/02/2022", "04/30/2022", "05/31/2022"],
            ["Birch Bakery", "01/09/2023", "", "03/01/2023"],
            ["Cedar Freight", "02/01/2023", "04/01/2023", ""]]
    mapping = infer_mapping(headers, rows, synonyms)
    assert not mapping.earliest_effective and mapping.columns_for("effective_date") == ["Layoff Date"]


def test_each_site_of_a_notice_listed_once_per_site_is_a_notice_of_its_own(synonyms):
    data = ("Company,Location,Layoff Start Date,Number of Workers,Received Date\n"
            "Aspen Tool Co,Tacoma,2025-06-02,120,2025-04-01\n"
            "Aspen Tool Co,Yakima,2025-06-02,Unknown,2025-04-01\n"
            "Aspen Tool Co,Kent,2025-06-02,45,2025-04-01\n"
            "Birch Bakery,Renton,2025-07-01,30,2025-05-02\n").encode("utf-8")
    notices, _ = read(data, "sites.csv", synonyms)
    assert [(n.city, n.jobs) for n in notices] == [("Tacoma", 120), ("Yakima", None), ("Kent", 45), ("Renton", 30)]
    assert facts(notices)[0] == ("Aspen Tool Co", date(2025, 4, 1), date(2025, 6, 2), 120)
