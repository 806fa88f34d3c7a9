"""The sixth author's imitations of real WARN files (tabfresh6), on inputs of our own."""

from datetime import date

from tests.unit.readers.reading import facts, read


def test_a_notice_own_date_outranks_the_date_it_was_posted(synonyms):
    data = (b"Company Name,Date of WARN Notice,Date Posted,Number Affected\n"
            b"Acme Widgets,03/04/2024,03/08/2024,40\n"
            b"Beta Foods,05/01/2024,05/06/2024,12\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert [(n.company, n.notice_date) for n in notices] == [
        ("Acme Widgets", date(2024, 3, 4)), ("Beta Foods", date(2024, 5, 1))]


def test_a_posted_date_alone_still_dates_the_notice(synonyms):
    data = b"Company Name,Date Posted,Number Affected\nAcme Widgets,03/08/2024,40\n"
    notices, _ = read(data, "notices.csv", synonyms)
    assert facts(notices) == [("Acme Widgets", date(2024, 3, 8), None, 40)]


def test_closing_and_layoff_date_filled_alternately_give_the_row_one_effective_date(synonyms):
    data = (b"Company Name,Notice Date,Closing Date,Layoff Date,Number Affected\n"
            b"Acme Widgets,03/04/2024,06/01/2024,,40\n"
            b"Beta Foods,05/01/2024,,07/15/2024,12\n"
            b"Gamma Tools,05/02/2024,,08/01/2024,9\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert facts(notices) == [("Acme Widgets", date(2024, 3, 4), date(2024, 6, 1), 40),
                              ("Beta Foods", date(2024, 5, 1), date(2024, 7, 15), 12),
                              ("Gamma Tools", date(2024, 5, 2), date(2024, 8, 1), 9)]


def test_two_effective_date_columns_both_filled_keep_only_the_first(synonyms):
    data = (b"Company Name,Notice Date,Layoff Date,Closing Date,Number Affected\n"
            b"Acme Widgets,03/04/2024,06/01/2024,06/30/2024,40\n"
            b"Beta Foods,05/01/2024,07/15/2024,07/31/2024,12\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert [n.effective_date for n in notices] == [date(2024, 6, 1), date(2024, 7, 15)]
