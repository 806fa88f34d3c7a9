from pathlib import Path

import pytest
import yaml

from earlywarn.adapters.readers.headers import infer_mapping, load_header_synonyms, normalize_header

CONFIG = Path(__file__).resolve().parents[2] / "config" / "headers.yaml"


@pytest.fixture(scope="module")
def synonyms():
    return load_header_synonyms(yaml.safe_load(CONFIG.read_text(encoding="utf-8")))


def fields_of(mapping):
    return {field: column for column, field in mapping.mapping.items()}


def test_header_names_are_normalised_for_case_spacing_and_punctuation():
    assert normalize_header("  LayOff_Date ") == "lay off date"
    assert normalize_header("Location(s)") == "location s"
    assert normalize_header("Emp #") == "emp #"


def test_unseen_english_headers_map_to_canonical_fields(synonyms):
    headers = ["Employer Name", "Date of Notice", "Number of Workers Affected", "Separation Date", "Town"]
    rows = [["Acme", "3/1/22", "120", "4/30/22", "Springfield"], ["Globex", "3/5/22", "1,529", "5/1/22", "Shelbyville"]]
    mapped = fields_of(infer_mapping(headers, rows, synonyms))
    assert mapped["company"] == "Employer Name"
    assert mapped["notice_date"] == "Date of Notice"
    assert mapped["jobs"] == "Number of Workers Affected"
    assert mapped["effective_date"] == "Separation Date"
    assert mapped["city"] == "Town"


def test_korean_headers_map_to_canonical_fields(synonyms):
    headers = ["사업체명", "대상 인원", "신고일자", "퇴직 예정일", "시도"]
    rows = [["(주)군산조선", "약 300명", "2020년 10월 5일", "2020.12.29", "전북"]]
    mapped = fields_of(infer_mapping(headers, rows, synonyms))
    assert mapped == {"company": "사업체명", "jobs": "대상 인원", "notice_date": "신고일자",
                      "effective_date": "퇴직 예정일", "region": "시도"}


def test_a_misspelled_header_is_matched_by_near_miss(synonyms):
    rows = [["Acme", "42", "1/2/2021"]]
    mapped = fields_of(infer_mapping(["Compnay Name", "Number toEmployees Affected", "Notice Date"], rows, synonyms))
    assert mapped["company"] == "Compnay Name" and mapped["jobs"] == "Number toEmployees Affected"


def test_a_column_whose_values_do_not_fit_is_not_mapped_by_its_name(synonyms):
    rows = [["Acme", "Closing", "3/1/22"], ["Globex", "Layoff", "3/2/22"]]
    mapped = fields_of(infer_mapping(["Company", "Affected", "Date"], rows, synonyms))
    assert "jobs" not in mapped


def test_values_fill_a_date_that_no_header_names(synonyms):
    rows = [["Acme", "2022-03-01", "12"], ["Globex", "2022-03-04", "30"], ["Initech", "2022-03-09", "8"]]
    mapped = fields_of(infer_mapping(["Company", "When", "Affected"], rows, synonyms))
    assert mapped["notice_date"] == "When"


def test_an_override_wins_over_inference(synonyms):
    rows = [["Acme", "Acme Holdings", "3/1/22"]]
    mapped = fields_of(infer_mapping(["Company", "Parent", "Date"], rows, synonyms, {"company": "Parent"}))
    assert mapped["company"] == "Parent" and "Company" not in {c for c in mapped.values() if c != "Parent"}


def test_several_type_columns_may_all_feed_the_notice_type(synonyms):
    rows = [["Acme", "Closure", "WARN"]]
    mapping = infer_mapping(["Company", "Notice Type", "Warn Type"], rows, synonyms)
    assert mapping.columns_for("notice_type") == ["Notice Type", "Warn Type"]


def test_metadata_columns_are_never_mapped(synonyms):
    rows = [["Acme", "https://x.invalid/a.pdf", "85258", "3/1/22"]]
    mapped = infer_mapping(["Company", "PDF url", "Zip", "Notice Date"], rows, synonyms).mapping
    assert "PDF url" not in mapped and "Zip" not in mapped


def test_a_keyword_in_its_past_participle_does_not_name_the_field(synonyms):
    headers = ["Company", "Notice Date", "Employees", "Reason Stated for Filing"]
    rows = [["Acme", "3/1/22", "120", "Economic"], ["Globex", "3/5/22", "40", "Contract Loss"]]
    mapped = fields_of(infer_mapping(headers, rows, synonyms))
    assert "region" not in mapped


def test_a_keyword_still_starts_a_run_on_header_or_a_plural(synonyms):
    headers = ["EMPLOYERNAME", "WARNDATE", "States", "Workers"]
    rows = [["Acme", "3/1/22", "WA", "120"], ["Globex", "3/5/22", "OR", "40"]]
    mapped = fields_of(infer_mapping(headers, rows, synonyms))
    assert (mapped["company"], mapped["notice_date"], mapped["region"]) == ("EMPLOYERNAME", "WARNDATE", "States")


def test_the_abbreviations_of_an_excel_kept_log_map_to_their_fields(synonyms):
    headers = ["Ntc Dt", "Emp Name/Addr", "Loc", "Co", "#EE", "Eff Dt", "Typ"]
    rows = [["1/3/2024", "Acme LLC\n1 Main St", "Peoria", "Peoria", "111", "3/10/2024", "CL"],
            ["1/9/2024", "Globex Inc\n9 Elm Ave", "Joliet", "Will", "82", "3/25/2024", "LO"]]
    assert fields_of(infer_mapping(headers, rows, synonyms)) == {
        "notice_date": "Ntc Dt", "company": "Emp Name/Addr", "city": "Loc", "county": "Co", "jobs": "#EE",
        "effective_date": "Eff Dt", "notice_type": "Typ"}


def test_a_korean_period_of_measures_is_the_effective_date(synonyms):
    rows = [["2024.03.14", "㈜보람금속", "2024.03.19 ~ 2024.05.18", "57명"]]
    mapped = fields_of(infer_mapping(["접수일", "사업장명", "조치기간", "대상인원"], rows, synonyms))
    assert mapped["effective_date"] == "조치기간"


def test_a_posting_date_is_no_notice_date_beside_a_received_date(synonyms):
    rows = [["Acme", "2024-02-11", "2024-02-15", "40"]]
    mapped = fields_of(infer_mapping(["employer.name", "dates.received", "dates.posted", "impact.total"], rows, synonyms))
    assert mapped["received_date"] == "dates.received" and "notice_date" not in mapped


def test_count_columns_named_alike_but_for_permanent_and_temporary_are_both_the_headcount(synonyms):
    rows = [["Acme", "3/1/22", "29", "0"], ["Globex", "3/5/22", "", "45"]]
    mapping = infer_mapping(["Employer", "Notice Date", "Permanent Layoffs", "Temporary Layoffs"], rows, synonyms)
    assert mapping.columns_for("jobs") == ["Permanent Layoffs", "Temporary Layoffs"]


def test_columns_take_turns_when_each_fills_rows_the_other_leaves_empty():
    from earlywarn.adapters.readers.headers import takes_turns
    rows = [["a", "", "1"], ["b", "", "2"], ["", "c", "3"], ["", "d", ""]]
    assert takes_turns(rows, [0], 1)
    assert not takes_turns(rows, [0], 2)  # column 2 fills rows column 0 fills too
    assert not takes_turns(rows[:2], [0], 1)  # column 1 never filled: nothing to take turns with


def test_a_column_takes_turns_with_several_held_columns_together():
    from earlywarn.adapters.readers.headers import takes_turns
    rows = [["1", "", ""], ["", "2", ""], ["", "", "3"]]
    assert takes_turns(rows, [0, 1], 2)
    assert not takes_turns(rows, [0, 1], 0)  # a column against itself fills only rows it fills


def test_a_field_renamed_part_way_through_a_file_is_read_from_both_names(synonyms):
    headers = ["company_name", "num_affected", "employer", "workers_affected"]
    rows = [["Acme", 40, None, None], ["Globex", 12, None, None], [None, None, "Initech", "75"]]
    mapped = infer_mapping(headers, rows, synonyms).mapping
    assert mapped == {"company_name": "company", "employer": "company", "num_affected": "jobs",
                      "workers_affected": "jobs"}


def test_a_count_column_between_two_kinds_of_separation_is_a_kind_too(synonyms):
    rows = [["Acme", "3/1/22", "12", "0", "30"], ["Globex", "3/5/22", "0", "7", "2"]]
    mapping = infer_mapping(["사업장명", "신고일", "해고", "사직 권유", "희망퇴직"], rows, synonyms)
    assert set(mapping.columns_for("jobs")) == {"해고", "사직 권유", "희망퇴직"}


def test_a_count_column_beside_the_kinds_of_separation_is_not_one_of_them(synonyms):
    rows = [["Acme", "3/1/22", "12", "30", "4"], ["Globex", "3/5/22", "0", "7", "2"]]
    mapping = infer_mapping(["사업장명", "신고일", "해고", "희망퇴직", "차수"], rows, synonyms)
    assert mapping.columns_for("jobs") == ["해고", "희망퇴직"]
