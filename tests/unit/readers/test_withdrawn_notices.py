"""A notice the employer withdrew (rescinded, cancelled, 철회, 취소) is read as such: the company's name alone and
is_withdrawn, from a mark after the name or from the value of a type or status column."""

from datetime import date

import pytest

from tests.unit.readers.reading import read


@pytest.mark.parametrize("cell", [
    "Acme Logistics Inc. - WARN CANCELLED",
    "Acme Logistics Inc. – Transition Cancelled",
    "Acme Logistics Inc. *notice rescinded",
    "Acme Logistics Inc.-rescinded",
    "Acme Logistics Inc. (Rescinded)",
    "Acme Logistics Inc. (CANCELLED)**",
    "Acme Logistics Inc. - Withdrawn",
    'Acme Logistics Inc. "RESCINDED"',
    "Acme Logistics Inc. - Canceled",
    "Acme Logistics Inc. - Rescinded (5/2/24)",
])
def test_a_withdrawal_mark_after_the_company_leaves_the_name_and_marks_the_notice_withdrawn(synonyms, cell):
    data = (f'Company,Notice Date,Layoff Date,Employees\n"{cell.replace(chr(34), chr(34) * 2)}",3/1/2024,5/1/2024,80\n'
            f'Harbor Foods,3/2/2024,5/2/2024,60\n')
    notices, _ = read(data.encode(), "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn, n.is_amendment) for n in notices] == [("Acme Logistics Inc.", True, None),
                                                                             ("Harbor Foods", None, None)]
    assert not any(flag.startswith("withdrawn") for flag in notices[0].flags)


@pytest.mark.parametrize("cell", ["Withdrawn Records LLC", "Cancelled Cheques Corp", "Rescission Capital Partners",
                                  "The Cancelled Show Productions"])
def test_a_company_whose_name_holds_such_a_word_is_no_withdrawal(synonyms, cell):
    data = f"Company,Notice Date,Layoff Date,Employees\n{cell},3/1/2024,5/1/2024,80\n"
    notices, _ = read(data.encode(), "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [(cell, None)]


def test_a_status_column_saying_rescinded_withdrawn_or_cancelled_marks_the_notice_withdrawn(synonyms):
    data = (b"Company,Status,Notice Date,Layoff Date,Employees\n"
            b"Alpha Co,Rescinded,3/1/2024,5/1/2024,80\n"
            b"Beta Co,Withdrawn,3/2/2024,5/1/2024,81\n"
            b"Gamma Co,Closure - Cancelled,3/3/2024,5/1/2024,82\n"
            b"Delta Co,Canceled,3/4/2024,5/1/2024,83\n"
            b"Eta Co,WARN Rescission,3/5/2024,5/1/2024,84\n"
            b"Theta Co,Closure Permanent,3/6/2024,5/1/2024,85\n")
    notices, _ = read(data, "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [
        ("Alpha Co", True), ("Beta Co", True), ("Gamma Co", True), ("Delta Co", True), ("Eta Co", True),
        ("Theta Co", None)]
    assert notices[2].is_closure is True  # the kind a withdrawn notice named is still read


def test_a_cancelled_contract_given_as_the_reason_is_no_withdrawal(synonyms):
    data = (b"Company,Notice Type,Notice Date,Layoff Date,Employees\n"
            b"Alpha Co,Cancellation of contract,3/1/2024,5/1/2024,80\n"
            b"Beta Co,Layoff - contract cancelled,3/2/2024,5/1/2024,81\n")
    notices, _ = read(data, "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [("Alpha Co", None), ("Beta Co", None)]


def test_a_korean_list_whose_category_says_withdrawn_or_cancelled_marks_the_notice_withdrawn(synonyms):
    data = ("사업장명,구분,신고일,조정예정일,인원\n"
            "(주)한빛정밀,신규,2024-03-01,2024-05-01,120\n"
            "(주)한빛정밀,철회,2024-03-20,2024-05-01,120\n"
            "대성물산(주),신고 취소,2024-03-21,2024-05-02,40\n"
            "미래기공(주),계약 취소,2024-03-22,2024-05-03,30\n").encode()
    notices, _ = read(data, "gyeonggi.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [
        ("(주)한빛정밀", None), ("(주)한빛정밀", True), ("대성물산(주)", True), ("미래기공(주)", None)]


def test_a_korean_mark_in_brackets_after_the_company_marks_the_notice_withdrawn(synonyms):
    data = "사업장명,신고일,조정예정일,인원\n(주)한빛정밀 (철회),2024-03-20,2024-05-01,120\n".encode()
    notices, _ = read(data, "kr.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [("(주)한빛정밀", True)]


def test_a_line_of_a_company_cell_that_only_says_rescinded_marks_the_notice_withdrawn(synonyms):
    data = (b'Company Name,Notice Date,Layoff Date,Employees\n'
            b'"Interactive\nResponse\n""RESCINDED""\n2989 N. Commerce Parkway",3/1/2024,5/1/2024,80\n'
            b'"Harbor Foods\n12 Dock Street",3/2/2024,5/2/2024,60\n')
    notices, _ = read(data, "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [("Interactive", True), ("Harbor Foods", None)]


def test_an_undated_withdrawal_takes_the_dates_of_the_notice_it_withdraws(synonyms):
    data = (b"Company,Notice Date,Layoff Date,Employees\n"
            b"Acme Seafood Co.,1/16/2024,3/18/2024,41\n"
            b"Acme Seafood Co. (Rescinded),,,41\n")
    notices, rejects = read(data, "state.csv", synonyms)
    assert not rejects
    assert [(n.company, n.notice_date, n.is_withdrawn) for n in notices] == [
        ("Acme Seafood Co.", date(2024, 1, 16), None), ("Acme Seafood Co.", date(2024, 1, 16), True)]


@pytest.mark.parametrize("note", [
    "Notice rescinded",
    "Rescinded on 9/5/2025",
    "UPS 5700 Morrison Road, New Orleans, Louisiana (July 10, 2025) Rescinded on 9/5/2025",
    "WARN withdrawn by the employer.",
    "Layoff cancelled; 41 employees retained",
    "Rescinded September 5, 2025",
    "신고 철회",
])
def test_a_notes_column_whose_clause_says_the_notice_was_rescinded_marks_the_notice_withdrawn(synonyms, note):
    data = (f'Company,Notice Date,Layoff Date,Employees,Notes\nAcme Co,3/1/2024,5/1/2024,80,"{note}"\n'
            f'Harbor Foods,3/2/2024,5/2/2024,60,\n').encode()
    notices, _ = read(data, "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn, n.effective_date) for n in notices] == [
        ("Acme Co", True, date(2024, 5, 1)), ("Harbor Foods", None, date(2024, 5, 2))]


@pytest.mark.parametrize("note", [
    "Contract cancelled",
    "Layoff due to a cancelled contract",
    "Rescinds 1/16/2024 notice",
    "Partially rescinded, 20 employees retained",
    "Customer contract canceled - plant closing",
    "계약 취소",
])
def test_a_notes_column_giving_a_cancellation_as_a_reason_is_no_withdrawal(synonyms, note):
    data = f'Company,Notice Date,Layoff Date,Employees,Comments\nAcme Co,3/1/2024,5/1/2024,80,"{note}"\n'.encode()
    notices, _ = read(data, "state.csv", synonyms)
    assert [(n.company, n.is_withdrawn) for n in notices] == [("Acme Co", None)]


def test_a_date_column_saying_rescinded_or_canceled_marks_the_notice_withdrawn_without_taking_that_day(synonyms):
    data = (b"Company,Notice Date,Layoff Date,Employees\n"
            b"Acme Co,3/1/2024,Rescinded 3/4/2024,80\n"
            b"Tyson Foods Vicksburg,8/16/2022,Management Canceled,60\n"
            b"Harbor Foods,3/2/2024,5/2/2024,60\n")
    notices, rejects = read(data, "state.csv", synonyms)
    assert not rejects
    assert [(n.company, n.is_withdrawn, n.notice_date, n.effective_date) for n in notices] == [
        ("Acme Co", True, date(2024, 3, 1), None),
        ("Tyson Foods Vicksburg", True, date(2022, 8, 16), None),
        ("Harbor Foods", None, date(2024, 3, 2), date(2024, 5, 2))]
    assert notices[1].flags == ["withdrawal_in:effective_date"]  # read, not an unparsed date
