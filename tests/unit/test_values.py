from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from earlywarn.domain.values import in_notice_year, korean_number, parse_count, parse_date, parse_month_day


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [("1,529", 1529, 1529), ("40-60", 40, 60), ("100~200명", 100, 200), ("181 (total) 91 in MA", 181, 181)],
)
def test_a_count_cell_gives_its_low_and_high_ends(cell, low, high):
    value = parse_count(cell)
    assert (value.low, value.high, value.ok) == (low, high, True)


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [("1.250", 1250, 1250), ("2.040.500", 2040500, 2040500), ("ca. 1.250", 1250, 1250), ("1.250-1.400", 1250, 1400)],
)
def test_dots_grouping_thousands_in_a_headcount_read_as_thousands(cell, low, high):
    value = parse_count(cell)
    assert (value.low, value.high) == (low, high)


@pytest.mark.parametrize(("cell", "low"), [("1.5만", 15000), ("12.5", 12), ("1.25", 1)])
def test_a_dot_not_grouping_three_digits_is_no_thousands_separator(cell, low):
    assert parse_count(cell).low == low


@given(st.integers(min_value=1000, max_value=10**9))
def test_any_dot_grouped_integer_reads_back_as_itself(number):
    assert parse_count(f"{number:,}".replace(",", ".")).low == number


@pytest.mark.parametrize("cell", ["?", "N/A", "Unknown", "t/b/d", "미정"])
def test_a_placeholder_count_is_not_ok_and_keeps_its_raw_text(cell):
    value = parse_count(cell)
    assert value.low is None and not value.ok and value.raw == cell


def test_an_empty_count_cell_is_empty_rather_than_an_error():
    assert parse_count("").empty and parse_count(None).empty
    assert not parse_count("12").empty


@pytest.mark.parametrize(
    ("cell", "low"),
    [("300여명", 300), ("약 1,000명", 1000), ("백여 명", 100), ("about 1,100", 1100), ("90 +/-", 90), ("hundreds", 200)],
)
def test_hedged_counts_are_marked_approximate(cell, low):
    value = parse_count(cell)
    assert value.low == low and value.approximate


@pytest.mark.parametrize(("cell", "low"), [("1,400명", 1400), ("6백5명", 605), ("1천1백명", 1100), ("2만명", 20000)])
def test_korean_headcounts_with_unit_characters_are_read_exactly(cell, low):
    value = parse_count(cell)
    assert value.low == low and not value.approximate


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [("6백5", 605), ("1천1백", 1100), ("3만5천", 35000), ("1,400", 1400), ("1.5만", 15000), ("삼백", 300)],
)
def test_korean_numerals_combine_their_units(numeral, expected):
    assert korean_number(numeral) == expected


def test_text_that_is_not_a_numeral_gives_none():
    assert korean_number("사업장") is None and korean_number("") is None


@given(st.integers(min_value=0, max_value=10**9))
def test_any_comma_grouped_integer_reads_back_as_itself(number):
    assert korean_number(f"{number:,}") == number
    assert parse_count(f"{number:,}").low == number


@pytest.mark.parametrize(
    "cell",
    [
        "2022-03-01", "2022-03-01 00:00:00", "3/1/22", "03/01/2022", "Mar 01, 2022", "March 1, 2022",
        "01-Mar-2022", "2022년 3월 1일", "2022.03.01", "2022. 3. 1.", "22.03.01", "20220301", "44621",
        "2022-03-01T09:30:00",
    ],
)
def test_every_common_date_form_reads_as_the_same_day(cell):
    assert parse_date(cell) == date(2022, 3, 1)


def test_a_date_range_cell_gives_its_first_day():
    assert parse_date("09/12/2023-11/12/2023") == date(2023, 9, 12)
    assert parse_date("06-11-22\n thru\n06-11-22") == date(2022, 6, 11)
    assert parse_date("Beginning:  January 23, 2023; Ending:  March 24, 2023") == date(2023, 1, 23)


def test_dayfirst_swaps_an_ambiguous_numeric_date():
    assert parse_date("03/01/2022", dayfirst=True) == date(2022, 1, 3)
    assert parse_date("13/01/2022") == date(2022, 1, 13)  # impossible month: read the other way


def test_objects_from_a_spreadsheet_pass_through():
    assert parse_date(datetime(2021, 5, 4, 10, 0)) == date(2021, 5, 4)
    assert parse_date(date(2021, 5, 4)) == date(2021, 5, 4)
    assert parse_date(44621) == date(2022, 3, 1)


@pytest.mark.parametrize("cell", ["", None, "N/A", "TBD", "12345", "99/99/2022", "1", True])
def test_cells_that_are_not_dates_give_none(cell):
    assert parse_date(cell) is None


def test_the_common_date_formats_read_directly_give_what_the_general_reading_gives():
    """values._common_date (whole cells like '2021-03-05', '03/05/2021', '2020년 10월 30일', 'March 3, 2021')
    must agree with the general reading (every pattern, dateutil for month names) wherever it answers."""
    import calendar

    from earlywarn.domain.values import _any_date, _common_date

    names = [n for n in calendar.month_name if n] + [n for n in calendar.month_abbr if n] + ["Sept", "MARCH", "Mar.", "Marc", "Mayo"]
    answered = 0
    for year in (1949, 1950, 1999, 2020, 2024, 2100, 2101):
        for month in (0, 1, 2, 4, 9, 12, 13):
            for day in (0, 1, 9, 12, 13, 28, 29, 30, 31, 32):
                cells = [f"{year}-{month:02d}-{day:02d}", f"{year}.{month}.{day}", f"{year}/{month}/{day}", f"{month:02d}/{day:02d}/{year}",
                         f"{day}/{month}/{year}", f"{year}년 {month}월 {day}일", *(f"{name} {day}, {year}" for name in names)]
                for cell in cells:
                    for dayfirst in (False, True):
                        direct = _common_date(cell, dayfirst)
                        if direct is not None:
                            answered += 1
                            assert direct == _any_date(cell, dayfirst), (cell, dayfirst)
    assert answered > 10_000


@pytest.mark.parametrize(("cell", "day"), [("3.15", date(2024, 3, 15)), ("3/15", date(2024, 3, 15)),
                                           ("3월 15일", date(2024, 3, 15)), ("12.31.", date(2024, 12, 31))])
def test_a_month_and_day_without_a_year_take_the_year_given(cell, day):
    assert parse_month_day(cell, 2024) == day


@pytest.mark.parametrize("cell", ["2.30", "12.50", "13.1"])
def test_a_month_and_day_that_name_no_day_of_the_calendar_give_none(cell):
    assert parse_month_day(cell, 2024) is None


def test_a_month_and_day_without_any_year_known_give_none():
    assert parse_month_day("3.15", None) is None


def test_a_plan_without_its_year_falls_in_the_notice_year_or_the_next():
    assert in_notice_year(date(2030, 11, 3), date(2020, 11, 11)) == date(2020, 11, 3)  # a week before: kept
    assert in_notice_year(date(2024, 1, 31), date(2024, 12, 20)) == date(2025, 1, 31)  # over new year
    assert in_notice_year(date(2024, 3, 1), None) == date(2024, 3, 1)
