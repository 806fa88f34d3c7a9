"""Layouts a fifth author's files showed us, each on a small input of our own: a second block under a header of
its own, one HTML table a month, day-first dates decided a column at a time, an XML export, an ODS sheet, a
table drawn with box-drawing lines, and totals rows that say so in a column other than the company's."""

import io
import zipfile
from datetime import date

from earlywarn.adapters.readers.detect import detect_format
from earlywarn.domain.values import parse_date
from tests.unit.readers.reading import facts, read


TWO_YEARS = ("Notices,,,,\n2025,,,,\n"
             "Company Name,City,Notice Date,Layoff Date,Workers\n"
             "Alder Mill Co,Salem,3/2/2025,5/1/2025,40\n"
             "Birch Foods LLC,Eugene,2/9/2025,4/10/2025,25\n"
             ",,,,\n2024,,,,\n"
             "Employer,Workers Affected,Date Received,Town,Effective\n"
             "Cedar Tool Inc,61,12/16/24,Bend,2/14/25\n"
             "Dogwood Press,18,11/4/24,Medford,1/3/25\n")


def test_a_second_block_under_a_header_of_its_own_is_read_by_that_header(synonyms):
    notices, _ = read(TWO_YEARS.encode(), "two_years.csv", synonyms)
    assert facts(notices) == [
        ("Alder Mill Co", date(2025, 3, 2), date(2025, 5, 1), 40),
        ("Birch Foods LLC", date(2025, 2, 9), date(2025, 4, 10), 25),
        ("Cedar Tool Inc", date(2024, 12, 16), date(2025, 2, 14), 61),
        ("Dogwood Press", date(2024, 11, 4), date(2025, 1, 3), 18),
    ]
    assert [n.city for n in notices] == ["Salem", "Eugene", "Bend", "Medford"]


def test_a_total_row_with_the_year_in_its_label_is_no_notice(synonyms):
    data = (TWO_YEARS + "Total 2024,79,,,\n").encode()
    notices, rejected = read(data, "two_years.csv", synonyms)
    assert len(notices) == 4 and any("합계" in r.reason for r in rejected)


MONTH = """<h3>{month}</h3><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>
<tfoot><tr><td colspan="3">Total for {month}</td><td>{total}</td></tr></tfoot></table>"""


def test_a_page_of_one_table_a_month_reads_every_table(synonyms):
    head = "<th>Company</th><th>Date Received</th><th>Layoff Date</th><th>Employees Affected</th>"
    wider = "<th>Company</th><th>County</th><th>Date Received</th><th>Layoff Date</th><th>Employees Affected</th>"
    page = "<html><body><h1>WARN notices</h1>" + "".join([
        MONTH.format(month="January", head=head, total=30, rows=(
            "<tr><td>Elm Grocers</td><td>Jan. 8, 2024</td><td>March 8, 2024</td><td>12</td></tr>"
            "<tr><td>Fir Freight</td><td>Jan. 9, 2024</td><td>March 9, 2024</td><td>18</td></tr>")),
        "<h3>February</h3><p>No notices.</p>",
        MONTH.format(month="March", head=wider, total=40, rows=(
            "<tr><td>Gum Tree Labs</td><td>Clark</td><td>Mar. 4, 2024</td><td>May 3, 2024</td><td>40</td></tr>"
            "<tr><td>Hazel Hotels</td><td>Washoe</td><td>Mar. 5, 2024</td><td>Apr. 15 – May 10, 2024</td>"
            "<td>22</td></tr>")),
    ]) + "</body></html>"
    notices, _ = read(page.encode(), "warn.html", synonyms)
    assert facts(notices) == [
        ("Elm Grocers", date(2024, 1, 8), date(2024, 3, 8), 12),
        ("Fir Freight", date(2024, 1, 9), date(2024, 3, 9), 18),
        ("Gum Tree Labs", date(2024, 3, 4), date(2024, 5, 3), 40),
        ("Hazel Hotels", date(2024, 3, 5), date(2024, 4, 15), 22),
    ]
    assert notices[2].county == "Clark"


def test_a_range_of_days_with_its_year_written_once_gives_its_start():
    assert parse_date("Apr. 15 – May 10, 2024") == date(2024, 4, 15)
    assert parse_date("March 3-28, 2024") == date(2024, 3, 3)


def test_a_date_column_with_a_day_past_twelve_is_read_day_first_and_a_trade_name_after_t_a_is_split(synonyms):
    data = ("Employer name,Town,Date HR1 received,Proposed date of first dismissal,Number of proposed redundancies\n"
            "Ivy Textiles Ltd t/a Ivy Cloth,Leeds,08/01/2024,15/02/2024,42\n"
            "Juniper Foods Ltd,Hull,15/01/2024,04/03/2024,120\n").encode()
    notices, _ = read(data, "hr1.csv", synonyms)
    assert facts(notices) == [
        ("Ivy Textiles Ltd", date(2024, 1, 8), date(2024, 2, 15), 42),
        ("Juniper Foods Ltd", date(2024, 1, 15), date(2024, 3, 4), 120),
    ]
    assert notices[0].dba == "Ivy Cloth"


def test_a_us_date_column_stays_month_first(synonyms):
    data = b"Company,Notice Date,Layoff Date,Employees\nKapok Corp,08/01/2024,10/15/2024,30\n"
    notices, _ = read(data, "us.csv", synonyms)
    assert facts(notices) == [("Kapok Corp", date(2024, 8, 1), date(2024, 10, 15), 30)]


XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- an export -->
<Report xmlns="urn:example:warn">
  <Period start="2024-07-01" end="2024-10-31"/>
  <Notices>
    <Notice id="N-1"><Employer><Name>Larch Logistics LLC</Name><DBA>LL Freight</DBA></Employer>
      <Location><City>Joliet</City><County>Will</County></Location>
      <DateReceived>2024-07-09</DateReceived><FirstLayoffDate>2024-09-09</FirstLayoffDate>
      <WorkersAffected>85</WorkersAffected></Notice>
    <Notice id="N-2" status="Amended"><Employer><Name><![CDATA[Maple Tool & Die, Inc.]]></Name></Employer>
      <Location><City>Rockford</City><County>Winnebago</County></Location>
      <DateReceived>2024-07-15</DateReceived><FirstLayoffDate/>
      <WorkersAffected>64</WorkersAffected></Notice>
  </Notices>
  <Summary noticeCount="2" workersAffected="149"/>
</Report>"""


def test_an_xml_export_reads_each_repeated_record_as_a_row(synonyms):
    assert detect_format("export.xml", XML) == "xml"
    notices, _ = read(XML, "export.xml", synonyms)
    assert facts(notices) == [("Larch Logistics LLC", date(2024, 7, 9), date(2024, 9, 9), 85),
                              ("Maple Tool & Die, Inc.", date(2024, 7, 15), None, 64)]
    assert (notices[0].dba, notices[0].city, notices[0].county) == ("LL Freight", "Joliet", "Will")


def test_an_rss_feed_saved_as_xml_is_still_a_feed():
    assert detect_format("feed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>') == "feed"


def _ods(rows: str) -> bytes:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'<table:table table:name="WARN">{rows}</table:table></office:spreadsheet></office:body>'
               '</office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _cell(text: str, kind: str = "string", value: str = "") -> str:
    attributes = {"string": "", "float": f' office:value="{value}"', "date": f' office:date-value="{value}"'}[kind]
    return f'<table:table-cell office:value-type="{kind}"{attributes}><text:p>{text}</text:p></table:table-cell>'


def test_an_ods_sheet_is_read_with_its_dates_numbers_and_repeated_blank_cells(synonyms):
    blanks = '<table:table-cell table:number-columns-repeated="1017"/>'
    rows = "".join(f"<table:table-row>{cells}{blanks}</table:table-row>" for cells in [
        _cell("Colorado WARN notices 2024"),
        "".join(_cell(name) for name in ("Company", "Notice Date", "Layoff Date", "Employees Affected")),
        _cell("Nutmeg Devices Corp.") + _cell("03/04/2024", "date", "2024-03-04") + _cell("05/03/2024", "date", "2024-05-03")
        + _cell("88", "float", "88"),
        _cell("Olive Health LLC") + _cell("4/1/2024") + _cell("") + _cell("12", "float", "12"),
    ]) + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>'
    data = _ods(rows)
    assert detect_format("co.ods", data) == "ods"
    notices, _ = read(data, "co.ods", synonyms)
    assert facts(notices) == [("Nutmeg Devices Corp.", date(2024, 3, 4), date(2024, 5, 3), 88),
                              ("Olive Health LLC", date(2024, 4, 1), None, 12)]


BOXED = """대구지방고용노동청 대량고용변동 신고 현황
┌────┬────────────┬──────────┬──────────────┬────────────┐
│연번│  사업장명  │이직(예정)│    신고일    │이직(예정)  │
│    │            │   인원   │              │   기간     │
├────┼────────────┼──────────┼──────────────┼────────────┤
│ 1  │ ㈜팔공정밀 │ 42       │ 2024. 1. 9.  │ 2024. 2. 1.~│
│    │            │          │              │ 2024. 2. 29.│
├────┼────────────┼──────────┼──────────────┼────────────┤
│ 2  │ 주식회사   │ 35       │ 2024. 1. 23. │ 2024. 3. 15.│
│    │ 성서섬유   │          │              │            │
└────┴────────────┴──────────┴──────────────┴────────────┘
                    - 1 -
┌────┬────────────┬──────────┬──────────────┬────────────┐
│연번│  사업장명  │이직(예정)│    신고일    │이직(예정)  │
│    │            │   인원   │              │   기간     │
├────┼────────────┼──────────┼──────────────┼────────────┤
│ 3  │ 영일철강㈜ │ 130      │ 2024. 2. 6.  │ 2024. 3. 1. │
├────┼────────────┼──────────┼──────────────┼────────────┤
│ 계 │ 3개 사업장 │ 207      │              │            │
└────┴────────────┴──────────┴──────────────┴────────────┘
"""


def test_a_table_drawn_with_box_lines_joins_wrapped_cells_and_leaves_out_the_repeated_header_and_total(synonyms):
    notices, rejected = read(BOXED.encode(), "hwp.txt", synonyms)
    assert facts(notices) == [("㈜팔공정밀", date(2024, 1, 9), date(2024, 2, 1), 42),
                              ("주식회사 성서섬유", date(2024, 1, 23), date(2024, 3, 15), 35),
                              ("영일철강㈜", date(2024, 2, 6), date(2024, 3, 1), 130)]
    assert any("합계" in r.reason for r in rejected)


def test_subtotal_rows_that_say_so_beside_the_company_column_are_no_notices(synonyms):
    data = ("연번,관할지청,사업장명,고용조정 인원,신고일\n"
            "1,인천,인천항만(주),40,2024-04-01\n"
            "2,인천,서해물산(주),25,2024-04-09\n"
            ",소계,2개소,65,\n"
            "3,부천,부천정밀(주),30,2024-05-02\n"
            ",합계,3개소,95,\n").encode()
    notices, rejected = read(data, "jojeong.csv", synonyms)
    assert [n.company for n in notices] == ["인천항만(주)", "서해물산(주)", "부천정밀(주)"]
    assert sum("합계" in r.reason for r in rejected) == 2


def test_a_total_row_whose_sum_was_not_saved_does_not_continue_the_name_above(synonyms):
    data = (b"Company,Notice Date,Effective Date,Affected Workers\n"
            b"Pine Imaging P.C.,10/7/2024,12/6/2024,29\n"
            b"Total,,,\n")
    notices, _ = read(data, "in.csv", synonyms)
    assert [n.company for n in notices] == ["Pine Imaging P.C."]
