"""Layouts a third author's files showed, each on a small input of our own: a sheet with one notice a column, a
company cell ending ' - <town>', a date cell spanning the rows of one day, a plan written '3월 말', a workplace
listed with its headcount undecided, and a tracker's 'Announced' column."""

from datetime import date

from earlywarn.adapters.readers.headers import strong_fields
from earlywarn.domain.notices import NoticeRecord
from earlywarn.domain.values import parse_month_part
from tests.unit.readers.reading import read


def notices(text: str, name: str, synonyms) -> list[NoticeRecord]:
    return read(text.encode("utf-8"), name, synonyms)[0]


def facts(records: list[NoticeRecord]) -> list[tuple]:
    return [(n.company, n.city, n.notice_date, n.effective_date, n.jobs) for n in records]


ACROSS = ("Notices received this quarter,,,\n"
          "Notice #,A-1,A-2,TOTAL\n"
          "Company Name,Pine Mill LLC,Oak Bakery Inc.,\n"
          "City,Athens,Rome,\n"
          "Date Notice Received,1/3/2024,1/9/2024,\n"
          "Layoff Date,3/4/2024,3/11/2024,\n"
          "Number of Employees Affected,40,12,52\n")


def test_a_sheet_with_one_notice_a_column_is_read_across_its_columns(synonyms):
    assert facts(notices(ACROSS, "q1.csv", synonyms)) == [
        ("Pine Mill LLC", "Athens", date(2024, 1, 3), date(2024, 3, 4), 40),
        ("Oak Bakery Inc.", "Rome", date(2024, 1, 9), date(2024, 3, 11), 12)]


def test_a_column_of_company_names_is_not_taken_for_field_names(synonyms):
    # names hold keywords ('Company', 'Corporation') but name no field outright, as 'Company Name' does
    assert strong_fields(["Acme Company", "Delta Corporation", "Orbit Business Services"], synonyms) == set()
    assert strong_fields(["Company Name", "City", "Number of Employees Affected"], synonyms) == {"company", "city", "jobs"}


NAME_DASH_TOWN = (",Company,Date Received,# Affected\n"
                  ",Tri-State Logistics - St. Louis,1/2/2024,84\n"
                  ",\"Harper, Lowe & Co., LLC - Kansas City\",1/4/2024,23\n"
                  ",Smith-Weller Foods - Springfield,1/9/2024,61\n"
                  ",Ozark Poultry Inc. - Neosho,1/5/2024,310\n")


def test_a_trailing_town_after_a_spaced_dash_becomes_the_city_when_the_column_ends_so(synonyms):
    assert [(n.company, n.city) for n in notices(NAME_DASH_TOWN, "mo.csv", synonyms)] == [
        ("Tri-State Logistics", "St. Louis"), ("Harper, Lowe & Co., LLC", "Kansas City"),
        ("Smith-Weller Foods", "Springfield"), ("Ozark Poultry Inc.", "Neosho")]


def test_a_dash_in_one_name_stays_when_the_column_does_not_end_so(synonyms):
    text = ("Company,Notice Date,Employees\nAlpha - Omega Foods,1/2/2024,8\nBeta Mills,1/3/2024,9\n"
            "Gamma Works,1/4/2024,7\nDelta Inc.,1/5/2024,6\n")
    assert [(n.company, n.city) for n in notices(text, "x.csv", synonyms)][0] == ("Alpha - Omega Foods", None)


def test_a_dash_before_the_rows_own_city_leaves_the_name(synonyms):
    text = ("Company,City,Notice Date,Employees\nAlpha Foods - Dayton,Dayton,1/2/2024,8\n"
            "Beta Mills,Akron,1/3/2024,9\nGamma Works,Kent,1/4/2024,7\n")
    assert [(n.company, n.city) for n in notices(text, "x.csv", synonyms)][0] == ("Alpha Foods", "Dayton")


ROWSPAN = """<html><body><table>
<tr><td><b>Date Received</b></td><td><b>Company</b></td><td><b>Employees Affected</b></td><td><b>Projected Date</b></td></tr>
<tr><td colspan="4"><b>January 2024</b></td></tr>
<tr><td rowspan="3">1/19/2024</td><td>Coal Services LLC</td><td>119</td><td>03/22/2024</td></tr>
<tr><td>Grain Terminal</td><td>34</td><td>03/20/2024</td></tr>
<tr><td>Call Center</td><td>206</td><td>03/18/2024</td></tr>
<tr><td>1/26/2024</td><td>Boatworks, Inc.</td><td>41</td><td>03/29/2024</td></tr>
</table></body></html>"""


def test_a_date_cell_spanning_rows_dates_every_row_it_spans(synonyms):
    read = notices(ROWSPAN, "ky.html", synonyms)
    assert [(n.company, n.notice_date, n.jobs) for n in read] == [
        ("Coal Services LLC", date(2024, 1, 19), 119), ("Grain Terminal", date(2024, 1, 19), 34),
        ("Call Center", date(2024, 1, 19), 206), ("Boatworks, Inc.", date(2024, 1, 26), 41)]


MONITORING = ("연번,사업장,구분,인원,예정일\n"
              "1,㈜한빛정밀,희망퇴직,120명,2024. 3. 5.\n"
              "2,(주)동남기계,휴업,30여명,3월 말\n"
              "3,(주)부산섬유,폐업,52명,2월 말\n"
              "4,(주)포항철강,휴업,미정,미정\n"
              "5,㈜청주부품,휴업,310명,2024. 3. 25.~4. 5.\n")


def test_a_month_end_plan_takes_the_last_day_and_the_year_of_the_files_other_dates(synonyms):
    read = {n.company: n for n in notices(MONITORING, "kr.csv", synonyms)}
    assert read["(주)동남기계"].effective_date == date(2024, 3, 31)
    assert read["(주)부산섬유"].effective_date == date(2024, 2, 29)  # 2024 is a leap year
    assert "month_only:effective_date" in read["(주)동남기계"].flags
    assert read["㈜청주부품"].effective_date == date(2024, 3, 25)  # a range gives its start


def test_a_listed_workplace_whose_headcount_is_undecided_is_still_a_notice(synonyms):
    read = {n.company: n for n in notices(MONITORING, "kr.csv", synonyms)}
    assert "(주)포항철강" in read and read["(주)포항철강"].jobs is None


def test_a_month_alone_is_no_date_without_a_year_and_its_parts_give_their_days():
    assert parse_month_part("3월 말", None) is None
    assert parse_month_part("4월 말", 2024) == date(2024, 4, 30)
    assert parse_month_part("4월 중순", 2024) == date(2024, 4, 15)
    assert parse_month_part("end of March", 2025) == date(2025, 3, 31)
    assert parse_month_part("3월 5일", 2024) is None  # a day given is parse_date's, not a month part


def test_a_trackers_announced_column_dates_the_notice_in_any_of_its_forms(synonyms):
    text = ("Employer,City,Announced,Separation Date,Est. Affected\n"
            "Rock River Castings,Rockford,20240103,20240304,~120\n"
            "Belvidere Assembly LLC,Belvidere,2024-1-5,2024-3-8,120 (est.)\n"
            "Kishwaukee Dental,DeKalb,1/8/2024,1/31/2024,9\n")
    assert [n.notice_date for n in notices(text, "tracker.csv", synonyms)] == [
        date(2024, 1, 3), date(2024, 1, 5), date(2024, 1, 8)]


def test_an_undecided_headcount_beside_blank_dates_is_still_no_notice(synonyms):
    text = "사업장명,신고일,예정일,감원 인원\n(주)가나,2024-01-02,2024. 3. 5.,10\n(주)다라,,,미정\n(주)마바,2024-01-09,3월 말,5\n"
    assert [n.company for n in notices(text, "kr.csv", synonyms)] == ["(주)가나", "(주)마바"]
