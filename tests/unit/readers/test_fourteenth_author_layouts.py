"""The fourteenth author's files (tabfresh14, spreadsheets people keep by hand), on inputs of our own: key/value cards
in CSV and text, a day written with its weekday, '1,2백명', a star beside a name, a to-do line under a notice, a
Korean subtotal row, a withdrawal clause ended by a dash, a sheet published to the web with its frame."""

from datetime import date

from earlywarn.adapters.readers.cards import card_table, is_card_start
from earlywarn.adapters.readers.withdrawals import names_withdrawal_note
from earlywarn.domain.values import parse_count, parse_month_day
from tests.unit.readers.reading import facts, read

_CSV_CARDS = (
    "Shop steward reports (kept by hand),,\n"
    ",,\n"
    "Field,Value,Comment\n"
    "Report 1,,\n"
    "Employer,Aspen Tool Co,\n"
    "Notice date,3/2/2025,\n"
    "Layoff date,5/1/2025,\n"
    "Employees affected,40,per the letter\n"
    ",,\n"
    "Report 2 - WITHDRAWN,,\n"
    "Employer,Birch Bakery,\n"
    "Notice date,3/9/2025,\n"
    "Layoff date,,\n"
    "Employees affected,12,\n"
    ",,\n"
    "Roundup of the week,,\n"
    "Total this week,52,2 notices\n"
    "To do,call the county office,\n"
)


def test_a_csv_of_label_and_value_blocks_gives_a_notice_a_card(synonyms):
    notices, _ = read(_CSV_CARDS.encode("utf-8"), "steward.csv", synonyms)
    assert facts(notices) == [("Aspen Tool Co", date(2025, 3, 2), date(2025, 5, 1), 40),
                              ("Birch Bakery", date(2025, 3, 9), None, 12)]


def test_a_cards_heading_saying_withdrawn_withdraws_its_notice(synonyms):
    notices, _ = read(_CSV_CARDS.encode("utf-8"), "steward.csv", synonyms)
    assert [n.is_withdrawn for n in notices] == [None, True]


def test_a_text_of_label_colon_value_cards_gives_a_notice_a_card(synonyms):
    text = ("RAPID RESPONSE CARDS - working copy\n"
            "Kept by: the coordinator\n\n"
            "==========\n"
            "Employer:      Cedar Freight LLC\n"
            "Notice date:   Apr 1, 2025\n"
            "First layoff:  6/2/2025\n"
            "Affected:      65\n"
            "Kind:          Closure\n"
            "==========\n"
            "TODO:\n"
            "  - call Dune Textiles: heard a rumor\n"
            "==========\n"
            "Employer:      Elm Printing Co.\n"
            "Notice date:   4/14/2025\n"
            "First layoff:  TBD\n"
            "Affected:      approx. 30\n")
    notices, _ = read(text.encode("utf-8"), "cards.txt", synonyms)
    assert facts(notices) == [("Cedar Freight LLC", date(2025, 4, 1), date(2025, 6, 2), 65),
                              ("Elm Printing Co.", date(2025, 4, 14), None, 30)]
    assert notices[0].is_closure is True  # 'Kind' names the notice's type


def test_korean_cards_down_two_columns_read_a_day_without_its_year_in_the_titles_year(synonyms):
    rows = [["상담소 사업장 카드 (2025년)", None], [None, None], ["[카드 1]", None],
            ["사업장명", "가람정밀"], ["통보일", "1월 23일(목)"], ["해고 예정일", "3월 24일(월)"], ["대상 인원", "75명"],
            [None, None], ["[1월 요약]", None], ["신규", "1건"], ["인원 합계", "약 75명"], [None, None],
            ["[카드 2]", None], ["사업장명", "나래물산"], ["통보일", "2025.02.05"], ["해고 예정일", "미정"],
            ["대상 인원", "120명"]]
    assert is_card_start(rows, synonyms)
    table = card_table(rows, synonyms)
    assert table[0] == ["상담소 사업장 카드 (2025년)"]  # the title above the cards: its year dates '1월 23일'
    assert [row[1] for row in table[2:]] == ["가람정밀", "나래물산"]  # the summary card names no company
    csv = "\n".join(",".join(cell or "" for cell in row) for row in rows).encode("utf-8")
    notices, _ = read(csv, "cards.csv", synonyms)
    assert facts(notices) == [("가람정밀", date(2025, 1, 23), date(2025, 3, 24), 75),
                              ("나래물산", date(2025, 2, 5), None, 120)]


def test_a_table_of_notices_is_no_set_of_cards(synonyms):
    rows = [["Company", "Notice Date", "Layoff Date", "Employees"],
            ["Aspen Tool Co", "3/2/2025", "5/1/2025", "40"], ["Birch Bakery", "3/9/2025", "5/9/2025", "12"]]
    assert not is_card_start(rows, synonyms)


def test_cards_without_a_line_between_them_part_where_a_label_comes_again(synonyms):
    rows = [["Employer", "Aspen Tool Co"], ["Notice date", "3/2/2025"], ["Affected", "40"],
            ["Employer", "Birch Bakery"], ["Notice date", "3/9/2025"], ["Affected", "12"]]
    table = card_table(rows, synonyms)
    assert [row[1] for row in table[1:]] == ["Aspen Tool Co", "Birch Bakery"]


def test_a_day_written_with_its_weekday_is_read_in_the_given_year():
    assert parse_month_day("1/7(화)", 2025) == date(2025, 1, 7)
    assert parse_month_day("1월 23일(목)", 2025) == date(2025, 1, 23)
    assert parse_month_day("3/14 (Fri)", 2025) == date(2025, 3, 14)
    assert parse_month_day("3/14(금요일 오후)", 2025) is None  # more than a weekday: not a day alone


def test_two_digits_sharing_a_korean_unit_are_a_range():
    assert (parse_count("1,2백명").low, parse_count("1,2백명").high) == (100, 200)
    assert (parse_count("2~3백명").low, parse_count("2~3백명").high) == (200, 300)
    assert (parse_count("1,200명").low, parse_count("1,200명").high) == (1200, 1200)


def test_a_star_beside_a_company_name_is_no_part_of_it(synonyms):
    data = ("회사명,통보일,인원\n★ 가람정밀,2025-01-07,320\n나래물산 ★,2025-01-09,40\n").encode("utf-8")
    notices, _ = read(data, "tracker.csv", synonyms)
    assert [n.company for n in notices] == ["가람정밀", "나래물산"]


def test_a_to_do_line_in_the_company_column_does_not_continue_the_name_above(synonyms):
    data = ("Company\tCity\tNotice\tEffective\tJobs\tType\n"
            "Aspen Tool Co\tDenver\t3/2/2025\t5/1/2025\t40\tLayoff\n"
            "TODO ask the press office about Birch\t\t\t\t\t\n"
            "Birch Bakery\tBoulder\t3/9/2025\t5/9/2025\t12\tLayoff\n").encode("utf-8")
    notices, _ = read(data, "daybook.tsv", synonyms)
    assert [n.company for n in notices] == ["Aspen Tool Co", "Birch Bakery"]


def test_a_korean_subtotal_row_naming_its_part_is_no_notice(synonyms):
    data = ("사업장명,신고일,대상 인원\n가람정밀,2025-01-07,320\n나래물산,2025-01-09,40\n"
            "1월 전반 소계,,2건 / 약 360명\n").encode("utf-8")
    notices, _ = read(data, "union.csv", synonyms)
    assert [n.company for n in notices] == ["가람정밀", "나래물산"]


def test_a_withdrawal_clause_may_end_at_a_dash_or_open_in_a_bracket():
    assert names_withdrawal_note("WARN notice withdrawn - rescission letter to the state")
    assert names_withdrawal_note("Card 10 (WITHDRAWN - see card 4)")
    assert not names_withdrawal_note("Layoff (contract cancelled - see email)")


def test_a_sheet_published_to_the_web_loses_its_column_letters_and_row_numbers(synonyms):
    def row(number, *cells):
        return f"<tr><th>{number}</th>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
    page = ("<html><body><table><thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>"
            + row(1, "Watch list 2025 (notices)") + row(2, "Employer", "WARN date", "Layoff date", "Workers")
            + row(3, "Aspen Tool Co", "3/2/2025", "5/1/2025", "40") + row(4, "Birch Bakery", "3/9/2025", "5/9/2025", "12")
            + "</tbody></table><table><thead><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead><tbody>"
            + row(1, "Closed out (2024 notices)") + row(2, "Employer", "WARN date", "Layoff date", "Workers")
            + row(3, "Cedar Freight", "10/7/2024", "12/6/2024", "65") + "</tbody></table></body></html>")
    notices, _ = read(page.encode("utf-8"), "watch.html", synonyms)
    assert [n.company for n in notices] == ["Aspen Tool Co", "Birch Bakery", "Cedar Freight"]


def test_marks_joined_to_a_name_are_its_hidden_letters_and_stay(synonyms):
    data = ("회사명,통보일,인원\n○○정밀㈜,2025-01-07,108\n☆☆해운(주),2025-01-09,40\n").encode("utf-8")
    notices, _ = read(data, "press.csv", synonyms)
    assert [n.company for n in notices] == ["○○정밀㈜", "☆☆해운(주)"]


def test_an_event_line_of_a_card_gives_the_notices_kind(synonyms):
    data = ("Employer,Aspen Tool Co\nNotice date,3/2/2025\nAffected,40\nEvent,Temporary layoff (8 weeks)\n\n"
            "Employer,Birch Bakery\nNotice date,3/9/2025\nAffected,12\nEvent,Amended notice - count raised\n"
            ).encode("utf-8")
    notices, _ = read(data, "cards.csv", synonyms)
    assert [(n.is_temporary, n.is_amendment) for n in notices] == [(True, None), (None, True)]


def test_a_header_wrapped_under_an_event_column_still_joins_its_second_line(synonyms):
    # 'Event' names the type alone now; the line under it ('Type', 'Received', …) names fields itself and joined
    # reads better than either line: one header of two lines
    data = ("Company Name,City,Date,Layoff,Employees,Event\n"
            ",,Received,Date,Affected,Type\n"
            "Aspen Tool Co,Peoria,07/13/2024,09/18/2024,156,Closure\n").encode("utf-8")
    notices, _ = read(data, "export.csv", synonyms)
    assert facts(notices) == [("Aspen Tool Co", date(2024, 7, 13), date(2024, 9, 18), 156)]
    assert notices[0].notice_type == "Closure"


def test_a_sheet_of_two_notices_a_column_is_read_across_not_as_one_card(synonyms):
    data = ("Company Name,Pine Mill LLC,Oak Bakery Inc.\nCity,Athens,Rome\nDate Notice Received,1/3/2024,1/9/2024\n"
            "Layoff Date,3/4/2024,3/11/2024\nNumber of Employees Affected,40,12\n").encode("utf-8")
    notices, _ = read(data, "q1.csv", synonyms)
    assert [n.company for n in notices] == ["Pine Mill LLC", "Oak Bakery Inc."]
