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


def test_a_local_area_column_gives_the_county(synonyms):
    data = (b"Notice Date,Company,Location,Local Area,Total Employees\n"
            b"1/26/2024,Acme Widgets,\"12 Main St., Hanover\",Anne Arundel,47\n"
            b"3/1/2024,Beta Foods,\"9 Boston St., Baltimore\",Baltimore City,20\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert [n.county for n in notices] == ["Anne Arundel", "Baltimore City"]


def test_a_county_column_outranks_a_local_area_column(synonyms):
    data = (b"Company,County,Local Area,Employees Affected,Notice Date\n"
            b"Acme Widgets,Wake,Capital Area,40,1/2/2024\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert notices[0].county == "Wake"


def test_a_county_written_in_capitals_is_written_as_its_name(synonyms):
    data = (b"Company,County,Notice Date,Jobs\n"
            b"Acme Widgets,BEXAR,1/2/2024,40\nBeta Foods,EL PASO,1/3/2024,12\nGamma Tools,MCLENNAN,1/4/2024,9\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert [n.county for n in notices] == ["Bexar", "El Paso", "McLennan"]


def test_a_county_written_properly_is_kept_as_written(synonyms):
    data = (b"Company,County,Notice Date,Jobs\n"
            b"Acme Widgets,DeKalb,1/2/2024,40\nBeta Foods,McLennan,1/3/2024,12\nGamma Tools,Prince George's,1/4/2024,9\n")
    notices, _ = read(data, "notices.csv", synonyms)
    assert [n.county for n in notices] == ["DeKalb", "McLennan", "Prince George's"]
