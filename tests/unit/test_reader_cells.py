"""What the tabular readers make of single cells: code pages, amendment marks in a company, place cells."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.readers import load_header_synonyms, read_bytes
from earlywarn.adapters.readers.detect import detect_encoding
from earlywarn.domain.notices import NoticeRecord

CONFIG = Path(__file__).resolve().parents[2] / "config" / "headers.yaml"


@pytest.fixture(scope="module")
def synonyms():
    return load_header_synonyms(yaml.safe_load(CONFIG.read_text(encoding="utf-8")))


def notices(text: str, synonyms, *, name="notices.csv", encoding="utf-8") -> list[NoticeRecord]:
    result = read_bytes(text.encode(encoding), name, "test", synonyms=synonyms)
    return [item for item in result.items if isinstance(item, NoticeRecord)]


# ------------------------------------------------------------------ code pages

_WESTERN = ("Company,City,Notice Date,Jobs\n"
            "Café Lumière LLC,Newark,2024-01-03,46\n"
            "Crème de la Crème Pâtisserie,Edison,2024-02-04,461\n"
            "Niño’s Bodega & Deli,Edison,2024-03-31,410\n"
            "Señor Frío Ice Cream Co.,Toms River,2024-03-04,17\n")


def test_accented_latin_text_that_several_code_pages_decode_is_read_as_windows_1252():
    assert detect_encoding(_WESTERN.encode("cp1252")) == "cp1252"


def test_a_windows_1252_csv_keeps_its_accented_company_names(synonyms):
    names = [n.company for n in notices(_WESTERN, synonyms, encoding="cp1252")]
    assert names == ["Café Lumière LLC", "Crème de la Crème Pâtisserie", "Niño’s Bodega & Deli",
                     "Señor Frío Ice Cream Co."]


def test_korean_and_utf8_text_are_still_told_apart_from_western_code_pages():
    korean = "회사명,인원,신고일자\n(주)군산조선,300,2020-10-05\n삼성중공업,120,2021-01-04\n"
    assert detect_encoding(korean.encode("cp949")) == "cp949"
    assert detect_encoding(_WESTERN.encode("utf-8")) == "utf-8"


# ------------------------------------------------------------------ amendment marks


@pytest.mark.parametrize("cell", ["Prairie Textiles Inc. (Amended)", "Prairie Textiles Inc. - Revised",
                                  "Prairie Textiles Inc.-Revised (9/15/21)", "Prairie Textiles Inc. (revised 3/4/24)"])
def test_an_amendment_mark_after_the_company_name_is_a_flag_not_part_of_the_name(cell, synonyms):
    # beside a plain row: a dated mark alone would make the company column look like dates
    [notice, _] = notices(f'Company,Notice Date,Jobs\n"{cell}",2024-02-21,303\nAcme Foods,2024-02-22,30\n', synonyms)
    assert notice.company == "Prairie Textiles Inc." and notice.is_amendment is True
    assert notice.raw["Company"] == cell


def test_a_company_whose_name_only_contains_an_amendment_word_keeps_its_name(synonyms):
    [plain, worded] = notices("Company,Notice Date,Jobs\nAcme Foods,2024-02-21,30\n"
                              "Updated Software Inc.,2024-02-22,40\n", synonyms)
    assert plain.company == "Acme Foods" and plain.is_amendment is None
    assert worded.company == "Updated Software Inc."


# ------------------------------------------------------------------ places


def test_a_column_named_city_county_splits_each_cell_into_city_and_county(synonyms):
    text = "Co. Name\tCity, County\tWARN Rec'd\t# Affected\nPinecrest Logistics Inc.\tDayton, Montgomery\t1/7/2024\t1193\n"
    [notice] = notices(text, synonyms, name="notices.tsv")
    assert (notice.city, notice.county) == ("Dayton", "Montgomery")


def test_a_city_column_of_city_and_state_is_not_split_into_a_county(synonyms):
    [notice] = notices('Company,City,Notice Date,Jobs\nAcme,"Seattle, WA",2024-01-02,10\n', synonyms)
    assert notice.city == "Seattle, WA" and notice.county is None


@pytest.mark.parametrize(("cell", "city", "county"), [
    ("Norfolk", "Norfolk", None),
    ("Ringgold VA", "Ringgold", None),
    ("Greenville, Pitt County", "Greenville", "Pitt County"),
    ("Seattle, WA", "Seattle", None),
    ("Richmond, Virginia", "Richmond", None),
    ("King County", None, "King County"),
])
def test_a_location_cell_that_names_a_place_gives_its_city_and_county(cell, city, county, synonyms):
    [notice] = notices(f'Company,Location,Notice Date,Jobs\nAcme,"{cell}",2024-01-02,10\n', synonyms)
    assert (notice.location, notice.city, notice.county) == (cell, city, county)


@pytest.mark.parametrize("cell", ["1200 Industrial Pkwy, Lynchburg", "Statewide", "Various locations",
                                  "Norfolk, Richmond, Roanoke", "서울특별시 강남구", "same", "Nitrile Plant Facility",
                                  "Omaha - Giles Road", "Portland, O", "Vancouver, Clark"])
def test_a_location_cell_that_is_an_address_a_site_or_no_one_place_gives_no_city(cell, synonyms):
    [notice] = notices(f'Company,Location,Notice Date,Jobs\nAcme,"{cell}",2024-01-02,10\n', synonyms)
    assert notice.location == cell and notice.city is None and notice.county is None


def test_a_city_column_wins_over_the_town_in_a_location_cell(synonyms):
    [notice] = notices('Company,Location,City,Notice Date,Jobs\nAcme,"Norfolk, Norfolk County",Chesapeake,'
                       '2024-01-02,10\n', synonyms)
    assert (notice.city, notice.county, notice.notice_date) == ("Chesapeake", "Norfolk County", date(2024, 1, 2))


_PAIRS = ("Company,Location,Notice Date,Jobs\nAcme,\"Vancouver, Clark\",2024-01-02,10\n"
          "Globex,\"Seattle, King\",2024-01-03,20\nInitech,\"Kent, King\",2024-01-04,30\n")


def test_a_location_column_of_town_county_pairs_gives_city_and_county(synonyms):
    places = [(n.location, n.city, n.county) for n in notices(_PAIRS, synonyms)]
    assert places == [("Vancouver, Clark", "Vancouver", "Clark"), ("Seattle, King", "Seattle", "King"),
                      ("Kent, King", "Kent", "King")]


def test_two_towns_in_a_column_of_single_towns_give_no_city_and_no_county(synonyms):
    text = ("Company,Location,Notice Date,Jobs\nAcme,Fairbanks,2024-01-02,10\nGlobex,Anchorage,2024-01-03,20\n"
            "Initech,\"Fairbanks, North Pole\",2024-01-04,30\nHooli,Juneau,2024-01-05,40\n")
    places = [(n.city, n.county) for n in notices(text, synonyms)]
    assert places == [("Fairbanks", None), ("Anchorage", None), (None, None), ("Juneau", None)]
