"""The twelfth author's Korean public data (tabfresh12), on inputs of our own: a headcount merged over its total and
its parts, a confirmed count beside the one applied for, a period of planned days, a summary sheet beside the sheets
of notices, a fixed-width print-out."""

from datetime import date

from earlywarn.adapters.readers.headers import infer_mapping
from tests.unit.readers.reading import facts, read


def _two_row_header_book(tmp_path, rows):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["연번", "업체명", "접수일", "감원예정일", "감원인원", None, None])
    sheet.append([None, None, None, None, "합계", "정규직", "비정규직"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return path.read_bytes()


def test_a_total_left_blank_is_the_sum_of_the_parts_under_the_same_name(synonyms, tmp_path):
    data = _two_row_header_book(tmp_path, [
        [1, "가나전자(주)", "2023.02.01", "2023.04.01", 50, 30, 20],
        [2, "다라물산", "2023.02.09", "2023.04.10", None, 12, "-"],
        [3, "마바섬유(주)", "2023.03.02", "2023.05.02", None, 7, 4],
        [4, "사아기계", "2023.03.20", "2023.05.20", 90, 60, 30],
    ])
    notices, _ = read(data, "book.xlsx", synonyms)
    assert [(n.company, n.jobs) for n in notices] == [("가나전자(주)", 50), ("다라물산", 12), ("마바섬유(주)", 11),
                                                      ("사아기계", 90)]


def test_a_given_total_is_the_headcount_even_when_the_parts_disagree(synonyms):
    headers = ["업체명", "신고일", "인원 계", "인원 남", "인원 여"]
    rows = [["가나전자(주)", "2023.02.01", "50", "30", "-"], ["다라물산", "2023.02.09", "", "12", "3"]]
    mapping = infer_mapping(headers, rows, synonyms)
    assert mapping.jobs_first == "인원 계"
    assert sorted(mapping.columns_for("jobs")) == ["인원 계", "인원 남", "인원 여"]


def test_a_total_column_without_parts_beside_it_stays_the_one_headcount(synonyms):
    headers = ["업체명", "신고일", "인원 계", "비고"]
    rows = [["가나전자(주)", "2023.02.01", "50", "정규직 30"], ["다라물산", "2023.02.09", "12", ""]]
    mapping = infer_mapping(headers, rows, synonyms)
    assert mapping.jobs_first is None and mapping.columns_for("jobs") == ["인원 계"]


def test_the_confirmed_count_is_the_headcount_when_given_and_the_applied_one_otherwise(synonyms):
    data = ("회사명,소재지,퇴직예정일,신청인원,확정인원\n"
            "가나전자(주),창원시,2023.04.30,120,96\n"
            "다라물산,김해시,2023.05.31,40,\n"
            "마바섬유(주),양산시,2023.06.30,75,집계중\n").encode("utf-8")
    notices, _ = read(data, "retire.csv", synonyms)
    assert facts(notices) == [("가나전자(주)", None, date(2023, 4, 30), 96), ("다라물산", None, date(2023, 5, 31), 40),
                              ("마바섬유(주)", None, date(2023, 6, 30), 75)]


def test_a_final_count_named_as_the_headcount_falls_back_to_the_planned_one(synonyms):
    headers = ["Company", "Notice Date", "Final Employees Affected", "Employees Affected Planned"]
    rows = [["Aspen Tool Co", "03/02/2022", "40", "44"], ["Birch Bakery", "01/09/2023", "", "12"]]
    mapping = infer_mapping(headers, rows, synonyms)
    assert mapping.jobs_first == "Final Employees Affected"
    assert mapping.columns_for("jobs") == ["Final Employees Affected", "Employees Affected Planned"]


def test_a_period_of_planned_days_gives_its_start_where_the_day_itself_is_left_blank(synonyms):
    data = ("업체명\t신고일\t감원예정일\t감원예정기간\t감원인원\n"
            "가나전자(주)\t2023.2.1\t\t2023.4.1~4.30\t50\n"
            "다라물산\t2023.2.9\t2023.4.10\t2023.4.10~5.9\t12\n"
            "마바섬유(주)\t2023.3.2\t2023.5.2\t\t11\n"
            "사아기계\t2023.3.20\t\t2023.6.1~\t90\n").encode("utf-8")
    notices, _ = read(data, "period.tsv", synonyms)
    assert [n.effective_date for n in notices] == [date(2023, 4, 1), date(2023, 4, 10), date(2023, 5, 2),
                                                   date(2023, 6, 1)]


def test_a_second_date_column_disagreeing_where_both_are_filled_is_not_the_same_date(synonyms):
    headers = ["Company", "Notice Date", "Layoff Date", "Layoff Date Revised"]
    rows = [["Aspen Tool Co", "03/02/2022", "04/30/2022", "05/31/2022"], ["Birch Bakery", "01/09/2023", "", "03/01/2023"],
            ["Cedar Freight", "02/01/2023", "04/01/2023", ""]]
    mapping = infer_mapping(headers, rows, synonyms)
    assert mapping.columns_for("effective_date") == ["Layoff Date"]


def test_a_summary_sheet_without_dates_beside_sheets_of_notices_gives_no_notices(synonyms, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    summary = book.active
    summary.title = "요약"
    summary.append(["지역", "업체 수", "감원인원"])
    summary.append(["북부", 2, 62])
    summary.append(["남부", 1, 90])
    for title, rows in (("북부", [["가나전자(주)", "2023.02.01", 50], ["다라물산", "2023.02.09", 12]]),
                        ("남부", [["사아기계", "2023.03.20", 90]])):
        sheet = book.create_sheet(title)
        sheet.append(["업체명", "신고일", "감원인원"])
        for row in rows:
            sheet.append(row)
    path = tmp_path / "regions.xlsx"
    book.save(path)
    notices, _ = read(path.read_bytes(), "regions.xlsx", synonyms)
    assert [n.company for n in notices] == ["가나전자(주)", "다라물산", "사아기계"]


def test_a_workbook_whose_sheets_all_lack_dates_still_gives_their_rows(synonyms, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    for title, rows in (("2022", [["가나전자(주)", 50]]), ("2023", [["다라물산", 12]])):
        sheet = book.create_sheet(title)
        sheet.append(["업체명", "감원인원"])
        for row in rows:
            sheet.append(row)
    book.remove(book["Sheet"])
    path = tmp_path / "years.xlsx"
    book.save(path)
    notices, _ = read(path.read_bytes(), "years.xlsx", synonyms)
    assert [(n.company, n.jobs) for n in notices] == [("가나전자(주)", 50), ("다라물산", 12)]


def _print_out(pages):
    rule = "-" * 60
    lines = []
    for number, rows in enumerate(pages, start=1):
        if number > 1:
            lines.append("\f")
        lines += ["            고용조정 신고 접수대장", f"PAGE : {number}", "=" * 60,
                  "접수일자     사업장명               소재지     감원인원", rule]
        lines += rows
        lines += [rule, f"                    - {number} -"]
    lines += ["합    계                                         211"]
    return "\r\n".join(lines).encode("cp949")


def test_a_fixed_width_print_out_is_read_by_display_columns_across_its_pages(synonyms):
    data = _print_out([["2023/02/01   가나 전자(주)          창원시           50",
                        "2023/02/09   (주)다라물산           김해시        1,120"],
                       ["2023/03/02   마바섬유㈜             양산시           41"]])
    notices, rejected = read(data, "report.txt", synonyms)
    assert not rejected
    assert [(n.company, n.notice_date, n.city, n.jobs) for n in notices] == [
        ("가나 전자(주)", date(2023, 2, 1), "창원시", 50), ("(주)다라물산", date(2023, 2, 9), "김해시", 1120),
        ("마바섬유㈜", date(2023, 3, 2), "양산시", 41)]


def test_a_text_with_a_rule_under_a_line_of_no_notice_fields_stays_one_text_notice(synonyms):
    data = "Minutes  of  the  meeting\n--------------------\nWe met and talked about the budget.\n".encode()
    notices, _ = read(data, "minutes.txt", synonyms)
    assert len(notices) == 1 and notices[0].title == "Minutes of the meeting"
