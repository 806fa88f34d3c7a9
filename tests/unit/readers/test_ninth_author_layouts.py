"""The ninth author's hard cases inside plain-looking files (tabfresh9), on inputs of our own."""

from datetime import date

from earlywarn.domain.values import parse_date

from tests.unit.readers.reading import facts, read


def test_counts_split_by_kind_of_action_with_no_total_are_summed(synonyms):
    data = (b"Company Name,City,LWIA,Notice Date,Layoff Date,Permanent Layoff,Temporary Layoff,Plant Closing\n"
            b"Acme Widgets,Peoria,20,1/4/2024,3/22/2024,40,25,\n"
            b"Beta Foods,Aurora,18,1/9/2024,4/8/2024,,,132\n"
            b"Gamma Steel,Joliet,7,1/19/2024,4/18/2024,0,-,48\n")
    notices, _ = read(data, "il.csv", synonyms)
    assert facts(notices) == [("Acme Widgets", date(2024, 1, 4), date(2024, 3, 22), 65),
                              ("Beta Foods", date(2024, 1, 9), date(2024, 4, 8), 132),
                              ("Gamma Steel", date(2024, 1, 19), date(2024, 4, 18), 48)]


def test_a_part_still_to_be_decided_leaves_the_split_count_unknown(synonyms):
    data = (b"Company Name,Notice Date,Permanent Layoff,Temporary Layoff\n"
            b"Acme Widgets,1/4/2024,TBD,12\n"
            b"Beta Foods,1/9/2024,30,5\n")
    notices, _ = read(data, "il.csv", synonyms)
    assert [n.jobs for n in notices] == [None, 35]


def test_kind_columns_of_ones_and_zeros_mark_the_kind_and_count_nobody(synonyms):
    data = (b"Company Name,Notice Date,Employees,Layoff,Closure\n"
            b"Acme Widgets,1/4/2024,40,1,0\n"
            b"Beta Foods,1/9/2024,12,0,1\n")
    notices, _ = read(data, "flags.csv", synonyms)
    assert [n.jobs for n in notices] == [40, 12]


def test_a_dashed_part_of_a_split_korean_count_is_none_of_that_kind(synonyms):
    data = ("사업장명,신고일,인원 정규직,인원 비정규직\n"
            "삼일기계(주),2024-02-01,57,-\n"
            "(주)케이엠전자,2024-02-13,71,9\n").encode()
    notices, _ = read(data, "gg.csv", synonyms)
    assert [n.jobs for n in notices] == [57, 80]


def test_a_rescinded_notice_keeps_the_name_before_its_mark_and_says_it_was_withdrawn(synonyms):
    data = (b"Notice Type,Company,Notice Date,Effective Date,Workforce Affected\n"
            b"Original,Acme Seafood Co.,1/16/2024,3/18/2024,41\n"
            b"Amended,Beta Foods (Amended),2/2/2024,4/12/2024,146\n"
            b"Rescinded,Acme Seafood Co. (Rescinded),3/29/2024,3/18/2024,0\n")
    notices, _ = read(data, "nj.csv", synonyms)
    assert facts(notices) == [("Acme Seafood Co.", date(2024, 1, 16), date(2024, 3, 18), 41),
                              ("Beta Foods", date(2024, 2, 2), date(2024, 4, 12), 146),
                              ("Acme Seafood Co.", date(2024, 3, 29), date(2024, 3, 18), 0)]
    assert notices[1].is_amendment and notices[2].is_withdrawn and not notices[2].is_amendment


def test_rows_that_only_add_a_site_join_the_notice_above_them(synonyms):
    data = (b"Notice Date,Effective Date,Company,Address,City,No. Of Employees\n"
            b"2/11/2024,4/13/2024,Acme Grocers LLC,455 W Shaw Ave,Fresno,61\n"
            b",4/10/2024,,2100 Herndon Ave,Clovis,38\n"
            b",4/20/2024,,88 N Main St,Visalia,27\n"
            b"2/23/2024,4/27/2024,Beta Semiconductor Corp.,3001 Orchard Pkwy,San Jose,120\n")
    notices, rejected = read(data, "ca.csv", synonyms)
    assert facts(notices) == [("Acme Grocers LLC", date(2024, 2, 11), date(2024, 4, 10), 126),
                              ("Beta Semiconductor Corp.", date(2024, 2, 23), date(2024, 4, 27), 120)]
    assert rejected == [] and notices[0].city == "Fresno"


def test_spanish_dates_are_read_day_first_in_words():
    assert parse_date("19 de enero de 2024") == date(2024, 1, 19)
    assert parse_date("1ro de marzo de 2024") == date(2024, 3, 1)
    assert parse_date("3 de Mayo del 2024") == date(2024, 5, 3)


def test_a_bilingual_header_under_a_title_is_read_by_the_part_we_know(synonyms):
    data = ("Departamento del Trabajo - Notificaciones WARN / WARN Notices 2024,,,,\n"
            ",,,,\n"
            "Patrono / Employer,Municipio / Municipality,Fecha de Notificación / Notice Date,"
            "Empleados Afectados / Affected Employees,Tipo de Acción / Action Type\n"
            "Hotel Playa Azul LLC h/n/c Condado Suites,San Juan,02/02/2024,112,Despido / Layoff\n"
            "Isla Call Solutions LLC,Carolina,1ro de marzo de 2024,aprox. 85,Cierre / Closing\n"
            "Farmacias del Caribe Inc.,Bayamón,15/03/2024,48,Cierre / Closing\n"
            "Textiles de Aguadilla Corp.,Aguadilla,2 de mayo de 2024,38,Cierre / Closing\n"
            "Empacadora Tropical Corp.,Ponce,14/03/2024,Por determinar,Despido / Layoff\n").encode()
    notices, _ = read(data, "pr.csv", synonyms)
    assert facts(notices) == [("Hotel Playa Azul LLC", date(2024, 2, 2), None, 112),
                              ("Isla Call Solutions LLC", date(2024, 3, 1), None, 85),
                              ("Farmacias del Caribe Inc.", date(2024, 3, 15), None, 48),
                              ("Textiles de Aguadilla Corp.", date(2024, 5, 2), None, 38),
                              ("Empacadora Tropical Corp.", date(2024, 3, 14), None, None)]
    assert notices[0].dba == "Condado Suites" and notices[0].city == "San Juan"
    assert "approximate:jobs" in notices[1].flags


def test_a_place_merged_down_a_citys_rows_is_each_rows_city(synonyms, tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["연번", "사업장명", "소재지", "신고일", "인원", None])
    sheet.append([None, None, None, None, "정규직", "비정규직"])
    sheet.append([1, "㈜한울오토텍", "화성시", "2024. 1. 8.", 42, 6])
    sheet.append([2, "(주)미래에이치앤씨", None, "24.01.15", 18, None])
    sheet.append([3, "삼일기계(주)", "평택시", "24.02.01", 57, "-"])
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "C3:C4"):
        sheet.merge_cells(cells)
    path = tmp_path / "gg.xlsx"
    book.save(path)
    notices, _ = read(path.read_bytes(), "gg.xlsx", synonyms)
    assert facts(notices) == [("㈜한울오토텍", date(2024, 1, 8), None, 48),
                              ("(주)미래에이치앤씨", date(2024, 1, 15), None, 18),
                              ("삼일기계(주)", date(2024, 2, 1), None, 57)]
    assert [n.city for n in notices] == ["화성시", "화성시", "평택시"]
