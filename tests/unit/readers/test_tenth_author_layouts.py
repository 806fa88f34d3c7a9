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
