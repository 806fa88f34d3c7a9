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
