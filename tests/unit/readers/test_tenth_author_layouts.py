"""The tenth author's files as they travel (tabfresh10), on inputs of our own: notices given as cards of
label/value pairs, a German-locale re-save, dates without their year, revision rows."""

from datetime import date

from tests.unit.readers.reading import facts, read


def _card(*pairs: tuple[str, str]) -> str:
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in pairs)
    return f"<div class='card'><table>{rows}</table></div>"


CARDS_PAGE = ("<html><body><h1>Layoff notices</h1>"
              "<table><caption>Summary</caption>" + "".join(
                  f"<tr><th>{label}</th><td>{value}</td></tr>"
                  for label, value in (("Notices received:", "2"), ("Number affected:", "160"),
                                       ("Last updated:", "May 1, 2024"))) + "</table>"
              "<h2>April 2024</h2>"
              + _card(("Employer:", "Larch Mills LLC"), ("City:", "Salina"), ("Notice date:", "April 9, 2024"),
                      ("Employees affected:", "120"))
              + _card(("Employer:", "Maple Freight Co"), ("City:", "Hays"), ("Notice date:", "April 2, 2024"),
                      ("Employees affected:", "40"))
              + "</body></html>")


def test_cards_whose_labels_name_the_company_are_each_a_notice(synonyms):
    notices, _ = read(CARDS_PAGE.encode(), "cards.html", synonyms)
    assert facts(notices) == [("Larch Mills LLC", date(2024, 4, 9), None, 120),
                              ("Maple Freight Co", date(2024, 4, 2), None, 40)]
    assert [n.city for n in notices] == ["Salina", "Hays"]


def test_a_summary_card_naming_no_company_is_no_notice(synonyms):
    notices, _ = read(CARDS_PAGE.encode(), "cards.html", synonyms)
    assert "Notices received" not in {n.company for n in notices} and len(notices) == 2


def test_dates_without_their_year_take_the_one_year_of_the_title_above_the_header(synonyms):
    data = ("2024년 대량고용변동 신고 현황,,,\n,,,\n"
            "사업장명,신고일,조정예정일,인원\n"
            "가나물산,3.15,4.20,120\n"
            "다라테크,12.20,1.31,45\n").encode()
    notices, _ = read(data, "suwon.csv", synonyms)
    assert facts(notices) == [("가나물산", date(2024, 3, 15), date(2024, 4, 20), 120),
                              ("다라테크", date(2024, 12, 20), date(2025, 1, 31), 45)]


def test_a_title_naming_several_years_gives_no_year_of_its_own():
    from earlywarn.adapters.readers.tabular import title_year

    assert title_year([["WARN notices 2019-2023"]]) is None
    assert title_year([["2024년 대량고용변동 신고 현황"], ["수원고용센터 (기준일: 12.31.)"]]) == 2024
    assert title_year([]) is None


def test_a_german_locale_resave_reads_its_dates_and_dotted_thousands(synonyms):
    data = ("Company Name;City;Date Received;Layoff Date;Employees Affected;Avg. Wage\n"
            "Alder Mill Co;Flint;22.02.2025;16.05.2025;1.250;21,15\n"
            "Birch Foods LLC;Troy;02.03.2025;TBD;365;29,37\n").encode()
    notices, _ = read(data, "mi_de.csv", synonyms)
    assert facts(notices) == [("Alder Mill Co", date(2025, 2, 22), date(2025, 5, 16), 1250),
                              ("Birch Foods LLC", date(2025, 3, 2), None, 365)]
