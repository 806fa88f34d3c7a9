import json
from datetime import date

from earlywarn.cli_classify import classify_lines


def test_each_line_gives_one_result_and_bad_lines_give_an_error_not_a_crash(config):
    rules, directory = config
    lines = [
        json.dumps({"id": "a", "text": "이스타항공이 직원 6백5명을 정리해고한다. 해고 예정일은 10월 14일이다.", "lang": "ko"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": 7, "text": "Apple announced a $110 billion share buyback."}),
    ]
    out = list(classify_lines(lines, rules, directory, today=date(2020, 9, 7)))
    assert [row["id"] for row in out] == ["a", None, "b", None, 7]
    first = out[0]
    assert (first["is_restructuring"], first["type"], first["company"], first["headcount"]) == (True, "layoff", "이스타항공", 605)
    assert first["separation_date"] == "2020-10-14"
    assert all({"field", "text", "start", "end"} == set(item) for item in first["evidence"])
    assert all("error" in row for row in out[1:4])
    assert out[4]["is_restructuring"] is False and out[4]["type"] == "not_restructuring"
    json.dumps(out, ensure_ascii=False)  # every result serializes


def test_a_line_with_its_publication_date_dates_the_leaving_day_in_that_year(config):
    rules, directory = config
    line = json.dumps({"id": "d", "date": "2016-04-27", "lang": "ko",
                       "text": "한 조선사가 희망퇴직을 받아 1천 명을 줄인다. 퇴직일은 6월 30일이다."}, ensure_ascii=False)
    undated = json.loads(line) | {"date": None}
    [dated_out] = classify_lines([line], rules, directory, today=date(2026, 11, 28))
    [undated_out] = classify_lines([json.dumps(undated, ensure_ascii=False)], rules, directory, today=date(2026, 11, 28))
    assert dated_out["separation_date"] == "2016-06-30"
    assert undated_out["separation_date"] != "2016-06-30"


def test_a_date_that_is_not_an_iso_date_gives_that_line_an_error(config):
    rules, directory = config
    lines = [json.dumps({"id": "x", "date": "27/04/2016", "text": "The plant will close on June 30."}),
             json.dumps({"id": "y", "date": 20160427, "text": "The plant will close on June 30."})]
    out = list(classify_lines(lines, rules, directory, today=date(2026, 11, 28)))
    assert [row["id"] for row in out] == ["x", "y"]
    assert all("error" in row and "ISO date" in row["error"] for row in out)
