"""The eleventh author's archives that changed shape over the years (tabfresh11), on inputs of our own: a feed whose
keys were renamed one year, a count column per year, a block per year with its counts split by kind of separation,
a closure column holding headcounts."""

from datetime import date

from tests.unit.readers.reading import facts, read


def test_a_json_lines_feed_whose_keys_were_renamed_reads_every_object_by_either_name(synonyms):
    data = ('{"firm_name": "Aspen Tool Co", "notice_date": "2021-03-02", "num_affected": 40, '
            '"town": "Mesa", "county": "Maricopa"}\n'
            '{"firm_name": "Birch Bakery", "notice_date": "2021-06-09", "num_affected": 12, '
            '"town": "Yuma", "county": "Yuma"}\n'
            '{"employer": "Cedar Freight LLC", "received": "02/01/2023", "workers_affected": "75", '
            '"location": "Flagstaff, Coconino"}\n'
            '{"employer": "Dune Foods Inc", "received": "03/15/2023", "workers_affected": "8", '
            '"location": "Tucson, Pima"}\n'
            '{"employer": "Elm Clinic", "received": "04/03/2023", "workers_affected": "51", '
            '"location": "Kingman, Mohave"}\n').encode()
    notices, rejected = read(data, "feed.jsonl", synonyms)
    assert not rejected
    assert facts(notices) == [("Aspen Tool Co", date(2021, 3, 2), None, 40), ("Birch Bakery", date(2021, 6, 9), None, 12),
                              ("Cedar Freight LLC", date(2023, 2, 1), None, 75),
                              ("Dune Foods Inc", date(2023, 3, 15), None, 8), ("Elm Clinic", date(2023, 4, 3), None, 51)]
    assert [(n.city, n.county) for n in notices] == [("Mesa", "Maricopa"), ("Yuma", "Yuma"),
                                                      ("Flagstaff", "Coconino"), ("Tucson", "Pima"),
                                                      ("Kingman", "Mohave")]


def test_a_count_column_per_year_gives_each_row_the_one_count_it_fills(synonyms):
    data = (b"Company,Notice Date,2022 Affected,2023 Affected,2024 Affected\n"
            b"Aspen Tool Co,03/02/2022,40,,\n"
            b"Birch Bakery,01/09/2023,,\"1,120\",\n"
            b"Cedar Freight LLC,02/01/2024,,,75\n"
            b"Dune Foods Inc,03/15/2024,,,\n")
    notices, _ = read(data, "wide.csv", synonyms)
    assert [(n.company, n.jobs) for n in notices] == [("Aspen Tool Co", 40), ("Birch Bakery", 1120),
                                                      ("Cedar Freight LLC", 75), ("Dune Foods Inc", None)]


def test_two_company_columns_both_filled_in_a_row_are_not_one_field(synonyms):
    data = (b"Company,Employer,Notice Date,Jobs\n"
            b"Aspen Tool Co,Aspen Holdings,03/02/2022,40\n"
            b"Birch Bakery,Birch Group,01/09/2023,12\n")
    notices, _ = read(data, "two.csv", synonyms)
    assert [n.company for n in notices] == ["Aspen Tool Co", "Birch Bakery"]


def test_a_block_per_year_with_counts_split_by_kind_of_separation_sums_every_kind(synonyms, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    header = ["연번", "사업장명", "소재지", "신고일", "예정일", "해고", "사직 권유", "희망퇴직", "비고"]
    sheet.append(["○○지청 고용조정 신고 현황"])
    sheet.append(["■ 2021년"])
    sheet.append(header)
    sheet.append([1, "(주)한빛정밀", "구미시", "2021. 3. 2.", "2021. 5. 1.", 30, 12, None, None])
    sheet.append([2, "대성소재(주)", "김천시", "2021. 7. 9.", "2021. 9. 30.", None, None, 44, "경영악화"])
    sheet.append(["소계", "2개소", None, None, None, 30, 12, 44, None])
    sheet.append([])
    sheet.append(["■ 2022년"])
    sheet.append(header)
    sheet.append([1, "주식회사 금성", "상주시", "2022. 1. 20.", "2022. 3. 31.", None, 5, 7, None])
    sheet.append(["소계", "1개소", None, None, None, None, 5, 7, None])
    path = tmp_path / "blocks.xlsx"
    book.save(path)
    notices, _ = read(path.read_bytes(), "blocks.xlsx", synonyms)
    assert facts(notices) == [("(주)한빛정밀", date(2021, 3, 2), date(2021, 5, 1), 42),
                              ("대성소재(주)", date(2021, 7, 9), date(2021, 9, 30), 44),
                              ("주식회사 금성", date(2022, 1, 20), date(2022, 3, 31), 12)]


def test_workers_counted_under_a_closure_column_beside_a_total_make_the_notice_a_closure(synonyms):
    data = (b"Company Name,Notice Date,Workers Layoff,Workers Closure,Workers Total\n"
            b"Aspen Tool Co,03/02/2024,0,230,230\n"
            b"Birch Bakery,03/09/2024,12,0,12\n"
            b"Cedar Freight LLC,04/01/2024,75,,75\n")
    notices, _ = read(data, "il.csv", synonyms)
    assert [(n.company, n.jobs, n.is_closure) for n in notices] == [
        ("Aspen Tool Co", 230, True), ("Birch Bakery", 12, False), ("Cedar Freight LLC", 75, None)]


def test_a_closure_flag_column_of_counts_reads_any_positive_count_as_yes(synonyms):
    data = (b"Company Name,Notice Date,Jobs,Closure\n"
            b"Aspen Tool Co,03/02/2024,230,230\nBirch Bakery,03/09/2024,12,0\nDune Foods Inc,03/19/2024,12,12\n")
    notices, _ = read(data, "il.csv", synonyms)
    assert [n.is_closure for n in notices] == [True, False, True]


def test_workers_counted_under_a_plant_closing_part_make_the_notice_a_closure(synonyms):
    data = (b"Company Name,Notice Date,Permanent Layoff,Temporary Layoff,Plant Closing\n"
            b"Aspen Tool Co,03/02/2024,,,132\n"
            b"Birch Bakery,03/09/2024,18,-,44\n"
            b"Cedar Freight LLC,04/01/2024,85,,\n")
    notices, _ = read(data, "il.csv", synonyms)
    assert [(n.jobs, n.is_closure) for n in notices] == [(132, True), (62, True), (85, None)]
