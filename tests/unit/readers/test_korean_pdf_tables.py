"""Korean labor offices' PDF attachments (고용조정 / 대량고용변동 신고 현황, HWP exported to PDF), read from the
committed fixtures in tests/fixtures/readers/pdf (written once by make_korean_pdfs.py there: no test needs a
Hangul font installed), and where a PDF's row is: 'page 2 row 5'."""

from datetime import date
from pathlib import Path

import pytest

from earlywarn.adapters.readers import read_bytes, read_path
from earlywarn.adapters.readers.continuations import _next_row
from earlywarn.adapters.readers.headers import normalize_header
from earlywarn.domain.notices import NoticeRecord, RejectedItem
from tests.unit.readers.reading import facts, read
from tests.unit.readers.test_pdf_tables import _report, _row

PDFS = Path(__file__).resolve().parents[2] / "fixtures" / "readers" / "pdf"
TOTALS = "합계 행입니다"


def _read(name: str, synonyms) -> tuple[list[NoticeRecord], list[RejectedItem]]:
    items = list(read_path(PDFS / name, "test", synonyms=synonyms).items)
    return [i for i in items if isinstance(i, NoticeRecord)], [i for i in items if isinstance(i, RejectedItem)]


def test_the_fixtures_are_small_pdfs_with_the_font_subset_in_them():
    sizes = {path.name: path.stat().st_size for path in PDFS.glob("*.pdf")}
    assert set(sizes) == {"gojojeong_2024h1.pdf", "daeryang_2row.pdf", "jojeong_list.pdf", "hwp_positioned.pdf",
                          "hwp_positioned_unruled.pdf"}
    assert all(10_000 < size < 40_000 for size in sizes.values()), sizes


def test_a_ruled_report_over_two_pages_gives_every_notice_once_with_its_korean_fields(synonyms):
    result = read_path(PDFS / "gojojeong_2024h1.pdf", "test", synonyms=synonyms)
    # the header's names spread over their cells ('사 업 장 명', HWP's 균등 분할) name their fields
    assert {"사 업 장 명": "company", "소 재 지": "location", "업 종": "industry", "신 고 일": "notice_date",
            "감원예정일": "effective_date", "인 원": "jobs"}.items() <= result.mapping.items()
    items = list(result.items)
    notices = [i for i in items if isinstance(i, NoticeRecord)]
    assert len(notices) == 44 and len({n.company for n in notices}) == 44
    assert facts(notices[:6]) == [("㈜한빛전자", date(2024, 1, 1), date(2024, 2, 1), 30),
                                  ("(주)대성정밀", date(2024, 2, 2), date(2024, 3, 4), 37),
                                  ("주식회사 삼화섬유", date(2024, 3, 3), date(2024, 4, 7), 44),
                                  ("동양금속㈜", date(2024, 4, 4), date(2024, 5, 10), 51),
                                  ("세진물류(주)", date(2024, 5, 5), date(2024, 6, 13), 58),
                                  ("태광화학", date(2024, 6, 6), date(2024, 7, 16), 1234)]  # '1,234명'
    assert "approximate:jobs" in notices[1].flags  # '37여명'
    assert (notices[0].location, notices[0].industry, notices[0].lang) == ("서울 구로구", "전자부품 제조업", "ko")
    assert facts(notices[-1:]) == [("(주)푸른식품2", date(2024, 2, 17), date(2024, 3, 22), 331)]
    assert sum(n.jobs for n in notices) == 9111  # the 계 row's sum: no row lost, none read twice
    # the title, the 단위 note and the header repeated on page 2 are no notice and no rejected row; 계 is a total
    [total] = [i for i in items if isinstance(i, RejectedItem)]
    assert total.reason.startswith(TOTALS) and "44개소" in total.raw
    assert not any(word in (n.company or "") for n in notices for word in ("현황", "단위", "사 업 장", "개소"))


def test_a_two_row_header_with_merged_cells_and_subtotals_by_office(synonyms):
    result = read_path(PDFS / "daeryang_2row.pdf", "test", synonyms=synonyms)
    assert result.mapping.get("이직(예정) 인원 계") == "jobs"  # '계' under the merged '이직(예정) 인원'
    assert {"사업장명": "company", "신고일": "notice_date"}.items() <= result.mapping.items()
    items = list(result.items)
    notices = [i for i in items if isinstance(i, NoticeRecord)]
    assert facts(notices[:4]) == [("동양금속㈜", date(2024, 3, 3), None, 32), ("세진물류(주)", date(2024, 4, 4), None, 31),
                                  ("태광화학", date(2024, 5, 5), None, 42), ("㈜우성식품", date(2024, 6, 6), None, 68)]
    assert [n.company for n in notices[4:]] == ["(주)금강기계", "주식회사 신라산업", "백제건설㈜", "경인테크(주)",
                                                "서해조선", "㈜남도제지"]
    assert sum(n.jobs for n in notices) == 761  # the 합계 row's
    rejected = [i for i in items if isinstance(i, RejectedItem)]
    # '소계 (부산청)' in a cell merged across 연번 … 신고일 sums its office's rows as '합계' sums them all
    assert [r.raw.split(" | ")[0] for r in rejected] == ["연번: 소계 (부산청)", "연번: 소계 (창원지청)",
                                                         "연번: 소계 (울산지청)", "연번: 합계"]
    assert all(r.reason.startswith(TOTALS) for r in rejected)


def test_an_unruled_list_is_read_by_its_aligned_columns(synonyms):
    notices, rejected = _read("jojeong_list.pdf", synonyms)
    assert len(notices) == 12
    assert facts(notices[:4]) == [("(주)금강기계", date(2024, 2, 2), date(2024, 3, 4), 44),
                                  ("주식회사 신라산업", date(2024, 3, 3), date(2024, 4, 7), 51),
                                  ("백제건설㈜", date(2024, 4, 4), date(2024, 5, 10), 58),
                                  ("경인테크(주)", date(2024, 5, 5), date(2024, 6, 13), 1234)]
    assert facts(notices[-1:]) == [("㈜해오름호텔", date(2024, 1, 13), date(2024, 2, 10), 121)]
    assert notices[0].location == "서울 구로구" and sum(n.jobs for n in notices) == 2159
    assert [(r.position, r.reason.split(" (")[0]) for r in rejected] == [
        ("page 1 row 16", "합계 행입니다"), ("page 1 row 17", "표 안의 제목 행입니다"), ("page 1 row 18", "쪽 바닥글입니다")]


@pytest.mark.parametrize(("name", "total_at"), [("hwp_positioned.pdf", "page 1 row 10"),
                                               ("hwp_positioned_unruled.pdf", "page 1 row 12")])
def test_words_set_apart_by_their_places_without_a_space_character_stay_apart(name, total_at, synonyms):
    """HWP's export puts every word in its place, no space character between (a quarter em apart): pdfplumber's
    default tolerance of 3 points read '주식회사미래모터스' and '대구달서구'. Without rules, the header's names
    spread over their cells ('사   업   장   명') are read as one name each, not a column a syllable."""
    result = read_path(PDFS / name, "test", synonyms=synonyms)
    assert {"사 업 장 명": "company", "소 재 지": "location", "신 고 일": "notice_date", "인 원": "jobs"} == result.mapping
    items = list(result.items)
    notices = [i for i in items if isinstance(i, NoticeRecord)]
    rejected = [i for i in items if isinstance(i, RejectedItem)]
    assert facts(notices[:3]) == [("㈜남도제지", date(2024, 5, 5), None, 51), ("(주)한결유통", date(2024, 6, 6), None, 58),
                                  ("주식회사 미래모터스", date(2024, 1, 7), None, 1234)]
    assert [n.location for n in notices[:3]] == ["경기 안산시", "경남 창원시", "대구 달서구"]
    assert len(notices) == 8 and sum(n.jobs for n in notices) == 1773
    assert (rejected[0].position, rejected[0].reason.startswith(TOTALS)) == (total_at, True)
    assert all("page footer" in r.reason for r in rejected[1:])  # the unruled page's '- 1 -'


def test_names_spread_over_their_cells_side_by_side_are_told_apart_by_their_gaps():
    from earlywarn.adapters.readers.pdf_reader import _phrases

    def word(x0, text):
        return {"x0": x0, "x1": x0 + 9, "text": text, "size": 9}
    # '연   번' in a narrow cell, '사 업 장 명' and '인     원' in wider ones, a cell's padding between them
    line = [word(3, "연"), word(20, "번"), word(35, "사"), word(54, "업"), word(73, "장"), word(92, "명"),
            word(107, "인"), word(150, "원"), word(165, "비"), word(185, "고")]
    assert [text for _, _, text in _phrases(line)] == ["연 번", "사 업 장 명", "인 원", "비 고"]
    # a syllable ending a phrase of words is no spread name's: the next cell's syllable stays apart
    assert [text for _, _, text in _phrases([word(3, "삼성"), word(14, "계"), word(60, "유")])] == ["삼성 계", "유"]


def test_a_pdf_row_says_its_page_and_its_row_on_that_page(synonyms):
    notices, rejected = _read("gojojeong_2024h1.pdf", synonyms)
    # a ruled table's rows: the header is the page's row 1
    assert [n.position for n in notices[:2]] == ["page 1 row 2", "page 1 row 3"]
    assert [(n.company, n.position) for n in notices[40:42]] == [("대륙철강2(주)", "page 2 row 2"),
                                                                 ("성원플라스틱2", "page 2 row 3")]
    assert [r.position for r in rejected] == ["page 2 row 6"]
    # a text table's rows are its page's lines: the footer of every page is rejected where it is
    items = list(read_bytes(_report([_row(i) for i in range(80)], ruled=False), "warn.pdf", "test",
                            synonyms=synonyms).items)
    footers = [i.position for i in items if isinstance(i, RejectedItem) and "page footer" in i.reason]
    assert [p.split(" row ")[0] for p in footers] == ["page 1", "page 2", "page 3"]
    pages = {n.position.split(" row ")[0] for n in items if isinstance(n, NoticeRecord)}
    assert pages == {"page 1", "page 2", "page 3"}


def test_rows_of_other_formats_keep_their_plain_row_numbers(synonyms):
    notices, _ = read("Company,Notice Date,Employees\nAcme,2024-03-01,40\n".encode(), "warn.csv", synonyms)
    assert [n.position for n in notices] == ["row 2"]


@pytest.mark.parametrize(("above", "below", "next_one"), [
    ("row 6", "row 7", True), ("row 6", "row 8", False),
    ("page 2 row 6", "page 2 row 7", True), ("page 2 row 6", "page 3 row 7", False),
    ("page 2 row 40", "page 3 row 1", True), ("page 2 row 40", "page 4 row 1", False), ("page 2 row 7", "row 8", False),
])
def test_a_name_wrapped_onto_the_next_row_may_be_on_the_next_page(above, below, next_one):
    assert _next_row(above, below) is next_one


def test_hangul_syllables_spread_one_a_word_are_one_header_word():
    assert [normalize_header(h) for h in ("사 업 장 명", "연   번", "인 원", "총 인원", "이직(예정) 인원")] == [
        "사업장명", "연번", "인원", "총 인원", "이직 예정 인원"]


def test_a_subtotal_naming_its_office_is_a_total_and_a_firm_called_gye_is_not(synonyms):
    data = ("연번,사업장명,인원,신고일\n1,인천항만(주),40,\n소계(인천),,40,\n2,계(주),25,\n합계 (전체),,65,\n").encode()
    notices, rejected = read(data, "jojeong.csv", synonyms)
    assert [n.company for n in notices] == ["인천항만(주)", "계(주)"]
    assert [r.reason.startswith(TOTALS) for r in rejected] == [True, True]
