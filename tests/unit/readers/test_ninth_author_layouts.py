"""The ninth author's hard cases inside plain-looking files (tabfresh9), on inputs of our own."""

from datetime import date

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
