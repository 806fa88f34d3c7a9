"""How publishers lay out notices beyond one plain table, each on a small input of our own: a sheet saved as
Excel's "Unicode Text", notices as blocks of labels on a web page, a PDF export's wrapped header, wrapped
names and page footers, subtotals per section, headcounts split into parts, and an API's posting date."""

from datetime import date

from openpyxl import Workbook

from earlywarn.adapters.readers import read_bytes, read_path
from earlywarn.adapters.readers.detect import detect_format
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from tests.unit.readers.reading import facts, read


UNICODE_TEXT = ('Notice Dt\tEmployer Name/Addr\tTown\tWorkers\tEff Dt\r\n'
                '2/5/2025\t"Harbor Mills, Inc.\n12 Quay St"\tSalem\t40\t4/5/2025\r\n'
                '2/9/2025\tTidewater Bakery LLC\tLynn\t15\t4/9/2025\r\n'
                '3/1/2025\t"Old Post Foundry Co.\n9 Forge Ln\nUnit 3"\tBeverly\t77\t5/1/2025\r\n')


def test_a_sheet_saved_as_unicode_text_is_read_as_a_table_not_as_prose(synonyms):
    data = UNICODE_TEXT.encode("utf-16")  # Excel writes UTF-16 with a BOM, tabs between cells
    assert detect_format("log.txt", data) == "csv"
    notices, rejected = read(data, "log.txt", synonyms)
    assert not rejected
    assert facts(notices) == [("Harbor Mills, Inc.", date(2025, 2, 5), date(2025, 4, 5), 40),
                              ("Tidewater Bakery LLC", date(2025, 2, 9), date(2025, 4, 9), 15),
                              ("Old Post Foundry Co.", date(2025, 3, 1), date(2025, 5, 1), 77)]
    assert notices[2].location == "9 Forge Ln, Unit 3"


def test_a_text_file_of_prose_with_a_tab_in_it_stays_text():
    prose = "Plant to close\tnext spring\nThe owner said on Monday that the plant will close.\nNo count was given.\n"
    assert detect_format("note.txt", prose.encode("utf-16")) == "text"


def test_the_abbreviated_headers_of_a_kept_log_are_understood(synonyms):
    header = "Ntc Dt\tEmp Name/Addr\tLoc\tCo\t#EE\tEff Dt\tTyp\tRcvd By\r\n"
    rows = "".join(f"1/{d}/2025\tFirm {d} LLC\tAmes\tStory\t{d}0\t3/{d}/2025\tLO\tJK\r\n" for d in range(2, 6))
    notices, _ = read((header + rows).encode("utf-16"), "log.txt", synonyms)
    first = notices[0]
    assert (first.company, first.notice_date, first.effective_date, first.jobs) == ("Firm 2 LLC", date(2025, 1, 2),
                                                                                   date(2025, 3, 2), 20)
    assert (first.city, first.county, first.is_closure) == ("Ames", "Story", False)


LABELLED_PAGE = """<html><body>
<aside><h2>Contact us</h2><dl><dt>Phone</dt><dd>555-0100</dd><dt>Email</dt><dd>rr@example.gov</dd></dl></aside>
<main><h2>March 2025</h2>
<article><h3>Granite Ridge Dairy LLC</h3><dl>
  <dt>Date Received:</dt><dd>March 3, 2025</dd><dt>Workers Affected:</dt><dd>31</dd>
  <dt>Separation Date:</dt><dd>May 2, 2025</dd></dl></article>
<table><tr><th colspan="2">Lakeview Cannery Co.</th></tr>
  <tr><td>Notice Date</td><td>March 9, 2025</td></tr><tr><td>Number Affected</td><td>58</td></tr>
  <tr><td>Layoff Date</td><td>May 9, 2025</td></tr></table>
<article><h3>Pinecrest Printing Inc.</h3><dl>
  <dt>Date Received:</dt><dd>March 20, 2025</dd><dt>Workers Affected:</dt><dd>TBD</dd>
  <dt>Separation Date:</dt><dd>May 20, 2025</dd></dl></article>
</main></body></html>"""


def test_notices_given_as_labelled_blocks_under_their_heading_are_one_notice_each(synonyms):
    notices, _ = read(LABELLED_PAGE.encode(), "warn.html", synonyms)
    assert facts(notices) == [("Granite Ridge Dairy LLC", date(2025, 3, 3), date(2025, 5, 2), 31),
                              ("Lakeview Cannery Co.", date(2025, 3, 9), date(2025, 5, 9), 58),
                              ("Pinecrest Printing Inc.", date(2025, 3, 20), date(2025, 5, 20), None)]


def test_a_contact_list_on_the_page_is_no_notice(synonyms):
    notices, _ = read(LABELLED_PAGE.encode(), "warn.html", synonyms)
    assert not any("555" in str(n.raw) or "Contact" in (n.company or "") for n in notices)


PDF_EXPORT = """STATE DEPARTMENT OF LABOR,,,,
Company Name        ,Date      ,Layoff    ,Employees,Event
                    ,Received  ,Date      ,Affected ,Type
Harbor Mills Inc    ,01/06/2025,03/06/2025,40       ,Layoff
Granite Ridge Dairy ,01/07/2025,03/07/2025,31       ,Layoff
Lakeview Cannery Co.,01/08/2025,03/08/2025,58       ,Closure
Consolidated Widget ,01/09/2025,03/09/2025,22       ,Closure
"Fabrication, LLC   ",,,,
Printed: 02/01/2025 ,,,Page 1 of 2,
STATE DEPARTMENT OF LABOR,,,,
Company Name        ,Date      ,Layoff    ,Employees,Event
                    ,Received  ,Date      ,Affected ,Type
Tidewater Bakery LLC,01/20/2025,03/20/2025,15       ,Layoff
Printed: 02/01/2025 ,,,Page 2 of 2,
"""


def test_a_header_wrapped_onto_a_second_line_is_read_as_one_name_a_column(synonyms):
    result = read_bytes(PDF_EXPORT.encode(), "export.csv", "test", synonyms=synonyms)
    assert {"Date Received": "received_date", "Layoff Date": "effective_date",
            "Employees Affected": "jobs"}.items() <= result.mapping.items()


def test_a_company_name_wrapped_onto_the_next_row_completes_the_notice_above(synonyms):
    notices, _ = read(PDF_EXPORT.encode(), "export.csv", synonyms)
    assert facts(notices) == [("Harbor Mills Inc", date(2025, 1, 6), date(2025, 3, 6), 40),
                              ("Granite Ridge Dairy", date(2025, 1, 7), date(2025, 3, 7), 31),
                              ("Lakeview Cannery Co.", date(2025, 1, 8), date(2025, 3, 8), 58),
                              ("Consolidated Widget Fabrication, LLC", date(2025, 1, 9), date(2025, 3, 9), 22),
                              ("Tidewater Bakery LLC", date(2025, 1, 20), date(2025, 3, 20), 15)]


def test_a_page_footer_repeated_on_every_page_is_no_notice(synonyms):
    _, rejected = read(PDF_EXPORT.encode(), "export.csv", synonyms)
    assert sum("page footer" in r.reason for r in rejected) == 2


def test_a_section_heading_under_a_notice_is_not_taken_for_a_wrapped_name(synonyms):
    data = ("Company,Notice Date,Employees,Layoff Date\nHarbor Mills Inc,01/06/2025,40,03/06/2025\n"
            "NORTH REGION,,,\nRegion 2,,,\nTidewater Bakery LLC,01/20/2025,15,03/20/2025\n").encode()
    notices, _ = read(data, "list.csv", synonyms)
    assert [n.company for n in notices] == ["Harbor Mills Inc", "Tidewater Bakery LLC"]


def test_a_subtotal_per_section_is_no_notice_and_its_count_is_no_year(synonyms, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Date Received", "Company Name", "City", "# Affected", "Layoff Begin"])
    sheet.append(["EAST REGION"])
    sheet.append([date(2025, 1, 6), "Harbor Mills Inc", "Salem", 40, date(2025, 3, 6)])
    sheet.append([None, "East Region Subtotal", None, 2014, None])
    sheet.append(["WEST REGION"])
    sheet.append([date(2025, 1, 9), "Tidewater Bakery LLC", "Eugene", 15, date(2025, 3, 9)])
    sheet.append([None, "West Region Sub-total", None, 15, None])
    sheet.append([None, "GRAND TOTAL", None, 2029, None])
    book.save(tmp_path / "regions.xlsx")
    items = list(read_path(tmp_path / "regions.xlsx", "test", synonyms=synonyms).items)
    assert [n.company for n in items if isinstance(n, NoticeRecord)] == ["Harbor Mills Inc", "Tidewater Bakery LLC"]
    assert sum("totals row" in i.reason for i in items if isinstance(i, RejectedItem)) == 3


def test_a_company_named_total_is_still_a_notice(synonyms):
    data = b"Company,Notice Date,Employees\nTotal Quality Freight Inc,01/06/2025,40\nAcme,01/07/2025,3\n"
    notices, _ = read(data, "list.csv", synonyms)
    assert [n.company for n in notices] == ["Total Quality Freight Inc", "Acme"]


def test_a_headcount_split_into_permanent_and_temporary_columns_is_their_sum(synonyms):
    data = (b"Employer Name,Notice Received,Permanent Layoffs,Temporary Layoffs\n"
            b"Harbor Mills Inc,01/06/2025,29,11\nTidewater Bakery LLC,01/09/2025,,45\n"
            b"Old Post Foundry,01/12/2025,60,0\nGranite Ridge Dairy,01/15/2025,,\n")
    notices, _ = read(data, "split.csv", synonyms)
    assert [n.jobs for n in notices] == [40, 45, 60, None]


def test_a_total_beside_its_parts_is_the_headcount_alone(synonyms):
    data = (b"Employer Name,Notice Date,Permanent Layoffs,Temporary Layoffs,Total Layoffs\n"
            b"Harbor Mills Inc,01/06/2025,29,11,40\nTidewater Bakery LLC,01/09/2025,5,10,15\n")
    notices, _ = read(data, "split.csv", synonyms)
    assert [n.jobs for n in notices] == [40, 15]


def test_an_apis_posting_date_gives_way_to_the_date_the_notice_was_received(synonyms):
    data = (b'{"results": [{"employer": {"name": "Harbor Mills Inc"}, "impact": {"total_affected": 40},'
            b' "dates": {"received": "2025-01-06T00:00:00.000", "posted": "2025-01-10",'
            b' "effective": {"start": "2025-03-06", "end": null}}}]}')
    notices, _ = read(data, "api.json", synonyms)
    assert facts(notices) == [("Harbor Mills Inc", date(2025, 1, 6), date(2025, 3, 6), 40)]


def test_a_posting_date_alone_still_dates_the_notice(synonyms):
    data = b"Company,Date Posted,Employees\nHarbor Mills Inc,01/10/2025,40\nAcme,01/11/2025,3\n"
    notices, _ = read(data, "list.csv", synonyms)
    assert notices[0].notice_date == date(2025, 1, 10)


def test_a_korean_period_of_measures_gives_its_first_day_as_the_effective_date(synonyms):
    data = ("접수일,사업장명,조치기간,대상인원\n2025.01.06,㈜한빛금속,2025.01.13 ~ 2025.03.12,57명\n"
            "2025.01.08,대원식품,미정,20명\n").encode("cp949")
    notices, _ = read(data, "휴업.csv", synonyms)
    assert [(n.company, n.effective_date) for n in notices] == [("㈜한빛금속", date(2025, 1, 13)), ("대원식품", None)]
