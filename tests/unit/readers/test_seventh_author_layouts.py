"""The seventh author's imitations of more states' WARN files (tabfresh7), on inputs of our own."""

from tests.unit.readers.reading import read


def _cities(data: bytes, synonyms) -> list[tuple[str, str | None]]:
    notices, _ = read(data, "notices.csv", synonyms)
    return [(n.company, n.city) for n in notices]


def test_a_saints_town_in_a_location_cell_is_the_city(synonyms):
    data = (b"Company,Location,Date received,Number of workers affected\n"
            b"Acme Widgets,St. Paul,03/04/2024,40\n"
            b"Beta Foods,Ste. Genevieve,05/01/2024,12\n"
            b"Gamma Tools,St Helens,05/02/2024,9\n")
    assert _cities(data, synonyms) == [("Acme Widgets", "St. Paul"), ("Beta Foods", "Ste. Genevieve"),
                                       ("Gamma Tools", "St Helens")]


def test_a_street_in_a_location_cell_is_still_no_city(synonyms):
    data = (b"Company,Location,Date received,Number of workers affected\n"
            b"Acme Widgets,Main St,03/04/2024,40\n"
            b"Beta Foods,Eagan,05/01/2024,12\n")
    assert _cities(data, synonyms) == [("Acme Widgets", None), ("Beta Foods", "Eagan")]


def test_an_area_around_a_town_is_no_city(synonyms):
    data = (b"Company,Location,Date received,Number of workers affected\n"
            b"Acme Widgets,Greater Hartford Area,03/04/2024,40\n"
            b"Beta Foods,St. Louis area,05/01/2024,12\n"
            b"Gamma Tools,Twin Cities Metro,05/02/2024,9\n"
            b"Delta Press,Hartford,05/03/2024,7\n")
    assert _cities(data, synonyms) == [("Acme Widgets", None), ("Beta Foods", None), ("Gamma Tools", None),
                                       ("Delta Press", "Hartford")]
