import pytest

from earlywarn.domain.companies import CompanyDirectory, normalize_company

CONFIG = {
    "companies": [
        {"canonical": "타타대우상용차", "aliases": ["타타대우", "Tata Daewoo", "Tata Daewoo Commercial Vehicle"]},
        {"canonical": "OCI", "aliases": ["OCI주식회사", "OCI Company"]},
        {"canonical": "삼성중공업", "aliases": []},
        {"canonical": "현대중공업", "aliases": []},
    ]
}


@pytest.mark.parametrize(
    "name", ["타타대우", "타타대우상용차", "Tata Daewoo", "Tata Daewoo Commercial Vehicle", "TATA DAEWOO Commercial Vehicle Co., Ltd.", "(주)타타대우상용차"]
)
def test_every_alias_resolves_to_one_canonical_name(name):
    match = CompanyDirectory.from_config(CONFIG).resolve(name)
    assert (match.canonical, match.is_new) == ("타타대우상용차", False)


@pytest.mark.parametrize("name", ["OCI", "OCI주식회사", "OCI Company", "(주)OCI", "주식회사 OCI", "OCI Co."])
def test_legal_forms_do_not_change_the_company(name):
    assert CompanyDirectory.from_config(CONFIG).resolve(name).canonical == "OCI"


def test_a_misspelt_korean_name_matches_fuzzily_but_a_different_company_does_not():
    directory = CompanyDirectory.from_config(CONFIG)
    typo = directory.resolve("삼성중공엄")
    assert (typo.canonical, typo.is_new) == ("삼성중공업", False) and typo.score < 100
    assert directory.resolve("현대중공업").canonical == "현대중공업"


def test_an_unknown_company_is_created_once_and_then_known():
    directory = CompanyDirectory.from_config(CONFIG)
    first = directory.resolve("Acme Widgets Inc.")
    again = directory.resolve("ACME WIDGETS")
    assert first.is_new and not again.is_new
    assert again.canonical == first.canonical == "Acme Widgets Inc"


def test_add_registers_a_company_with_its_aliases():
    directory = CompanyDirectory()
    directory.add("한국지엠", ["GM Korea", "한국GM"])
    assert directory.resolve("한국 GM").canonical == "한국지엠"


def test_normalized_names_drop_legal_forms_spacing_and_case():
    assert normalize_company("Tata Daewoo Commercial Vehicle Co., Ltd.") == normalize_company("tata daewoo commercial vehicle")


def test_a_blank_name_is_refused():
    with pytest.raises(ValueError):
        CompanyDirectory().resolve("  (주) ")


def test_known_names_are_found_in_text_but_not_inside_latin_words():
    directory = CompanyDirectory.from_config(CONFIG)
    assert directory.find_name("SOCIAL news: OCI Company said") .group(0) == "OCI Company"


@pytest.mark.parametrize(
    ("cell", "company"),
    [("OCI 주식회사 군산공장", "OCI"), ("타타대우상용차(주) 군산공장", "타타대우상용차"), ("Ford Motor Company - Wayne", "Ford Motor Company")],
)
def test_a_site_named_after_the_company_does_not_make_another_company(cell, company):
    assert CompanyDirectory.from_config(CONFIG).resolve(cell).canonical == company


def test_a_hyphen_inside_a_name_is_not_a_site():
    assert CompanyDirectory.from_config(CONFIG).resolve("Hewlett-Packard").canonical == "Hewlett-Packard"


def test_companies_known_only_from_notices_are_not_searched_for_in_text():
    directory = CompanyDirectory.from_config(CONFIG)
    directory.add("Quartz Summit 00193", fuzzy=False)
    assert "Quartz Summit 00193" not in directory.known_names()
    assert directory.resolve("Quartz Summit 00193").is_new is False
