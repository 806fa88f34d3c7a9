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
