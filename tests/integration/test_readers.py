from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from earlywarn.adapters.readers import load_header_synonyms, read_bytes, read_path
from earlywarn.domain.notices import NoticeKind, NoticeRecord, RejectedItem

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "readers"


@pytest.fixture(scope="module")
def synonyms():
    return load_header_synonyms(yaml.safe_load((ROOT / "config" / "headers.yaml").read_text(encoding="utf-8")))


def read_all(path, synonyms, **kwargs):
    result = read_path(path, "test", synonyms=synonyms, **kwargs)
    items = list(result.items)
    return result, [i for i in items if isinstance(i, NoticeRecord)], [i for i in items if isinstance(i, RejectedItem)]


def test_a_cp949_csv_keeps_its_korean_headers_and_values(synonyms):
    result, notices, rejected = read_all(FIXTURES / "korean_cp949.csv", synonyms)
    assert result.encoding == "cp949" and "사업장명" in result.mapping
    first = notices[0]
    assert (first.company, first.notice_date, first.effective_date, first.jobs) == (
        "(주)군산조선", date(2020, 10, 5), date(2020, 12, 29), 300)
    assert "approximate:jobs" in first.flags and first.lang == "ko"
    assert [n.jobs for n in notices] == [300, 1400, 605]
    assert notices[2].is_closure is True


def test_rows_without_company_or_without_date_and_jobs_are_rejected_with_their_row(synonyms):
    _, _, rejected = read_all(FIXTURES / "korean_cp949.csv", synonyms)
    assert [r.position for r in rejected] == ["row 5", "row 6"]
    assert "미정" in rejected[0].raw and "no company" in rejected[1].reason


def test_an_xlsx_with_a_title_row_and_text_dates_is_read(synonyms, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["WARN log for website"])
    sheet.append(["Company ", "Notice Date", "Layoff Date", "Emp #", "Notice Type"])
    sheet.append(["Acme Widgets ", "2/15/2017", datetime(2017, 4, 15), 12, "Closting "])
    sheet.append(["Globex", "03/01/2022", "2022년 5월 1일", "1,529", "Amendment"])
    sheet.append([None, None, None, None, None])
    book.save(tmp_path / "log.xlsx")
    result, notices, rejected = read_all(tmp_path / "log.xlsx", synonyms)
    assert result.format == "xlsx" and not rejected
    assert [(n.company, n.notice_date, n.effective_date, n.jobs) for n in notices] == [
        ("Acme Widgets", date(2017, 2, 15), date(2017, 4, 15), 12),
        ("Globex", date(2022, 3, 1), date(2022, 5, 1), 1529)]
    assert notices[0].is_closure is True and notices[1].is_amendment is True
    assert notices[0].position == "row 3"


def test_an_html_table_is_read_as_rows_with_links(synonyms):
    result, notices, _ = read_all(FIXTURES / "warn_table.html", synonyms)
    assert result.format == "html" and len(notices) == 3
    assert notices[0].jobs == 1529 and notices[0].url == "/notice/1" and notices[0].is_temporary is False
    assert (notices[2].jobs, notices[2].jobs_max, notices[2].is_amendment) == (40, 60, True)
    assert "unparsed:jobs" in notices[1].flags and notices[1].raw["Workers Affected"] == "N/A"


def test_an_html_article_becomes_one_text_notice(synonyms):
    _, notices, _ = read_all(FIXTURES / "article.html", synonyms)
    [article] = notices
    assert article.kind is NoticeKind.TEXT and article.lang == "ko"
    assert article.title == "군산 조선소, 협력업체 감원 예정" and "1천1백명" in article.text
    assert "var x" not in article.text and "홈" not in article.text


def test_a_korean_text_file_uses_its_first_line_as_title(synonyms):
    _, [notice], _ = read_all(FIXTURES / "korean_announcement.txt", synonyms)
    assert notice.title == "타타대우상용차, 희망퇴직 신청 접수" and notice.lang == "ko"
    assert notice.text.startswith("타타대우상용차(주)는")


def test_an_euc_kr_email_gives_its_subject_body_and_date(synonyms):
    result, [notice], _ = read_all(FIXTURES / "notice.eml", synonyms)
    assert result.format == "eml"
    assert notice.title == "[고용조정] 군산공장 희망퇴직 안내" and "200명" in notice.text
    assert notice.notice_date == date(2020, 10, 5) and notice.lang == "ko"


def test_an_rss_feed_gives_one_text_notice_per_item(synonyms):
    result, notices, _ = read_all(FIXTURES / "feed.rss", synonyms)
    assert result.format == "feed"
    assert [(n.lang, n.notice_date, n.url) for n in notices] == [
        ("ko", date(2020, 3, 2), "http://127.0.0.1/news/1"), ("en", date(2020, 3, 3), "http://127.0.0.1/news/2")]
    assert "300명" in notices[0].text and "<b>" not in notices[0].text


def test_json_lines_keep_good_lines_and_quarantine_a_broken_one(synonyms):
    result, notices, rejected = read_all(FIXTURES / "notices.jsonl", synonyms)
    assert result.format == "jsonl" and result.mapping["employer"] == "company"
    assert [n.company for n in notices] == ["Acme Widgets, Inc.", "(주)군산조선", "Globex LLC"]
    assert notices[0].is_temporary is True and notices[1].is_closure is True
    assert notices[2].notice_date == date(2022, 3, 1)  # an Excel serial number
    assert [r.position for r in rejected] == ["line 3"]


def test_json_objects_with_a_body_become_text_notices(synonyms):
    _, notices, _ = read_all(FIXTURES / "announcements.json", synonyms)
    assert [n.kind for n in notices] == [NoticeKind.TEXT, NoticeKind.TEXT]
    assert notices[0].title == "타타대우상용차 희망퇴직" and notices[1].notice_date == date(2020, 3, 3)


def test_a_per_source_override_wins(synonyms):
    data = "Company,Parent,Date,Jobs\nAcme Plant 3,Acme Holdings,3/1/22,10\n".encode()
    result = read_bytes(data, "x.csv", "test", synonyms=synonyms, override={"company": "Parent"})
    [notice] = list(result.items)
    assert notice.company == "Acme Holdings"


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [(b"", "empty.csv", "empty"), (b"%PDF-1.4 binary", "n.pdf", "PDF"), (b"PK\x03\x04garbage", "n.xlsx", "xlsx"),
     (b"\xd0\xcf\x11\xe0old", "n.xls", ".xls"), (b"{not json", "n.json", "json")],
)
def test_a_file_that_cannot_be_read_yields_one_clear_file_rejection(synonyms, data, name, words):
    [item] = list(read_bytes(data, name, "test", synonyms=synonyms).items)
    assert isinstance(item, RejectedItem) and item.position == "file" and words in item.reason


def test_a_semicolon_csv_with_a_bom_and_padded_multiline_headers_is_read(synonyms):
    data = '\ufeff" Company\nName ";"Notice  Date";Employees\n"Acme; Inc.";2022-03-01;"1.529"\n'.encode("utf-8")
    result = read_bytes(data, "x.csv", "test", synonyms=synonyms)
    [notice] = list(result.items)
    assert result.encoding == "utf-8-sig" and "Company Name" in result.mapping
    assert notice.company == "Acme; Inc." and notice.notice_date == date(2022, 3, 1)


def test_a_row_dated_only_by_a_year_in_a_notes_column_keeps_the_year_and_says_so(synonyms):
    data = b"company,city,jobs,extras\nNestle Inc.,Plymouth,57,Closure 2019 Wayne\nAcme,Flint,12,\n"
    records = [item for item in read_bytes(data, "years.csv", "test", synonyms=synonyms).items if isinstance(item, NoticeRecord)]
    nestle = next(r for r in records if r.company.startswith("Nestle"))
    assert nestle.notice_date == date(2019, 1, 1)
    assert "year_only:notice_date" in nestle.flags
    assert nestle.confidence["notice_date"] < 0.5
    assert all(r.notice_date is None for r in records if r.company == "Acme")


def test_the_source_words_for_the_kind_of_event_travel_with_the_notice(synonyms):
    data = "사업장명,조정 유형,대상 인원,퇴직 예정일\n타타대우상용차(주),희망퇴직,300여명,2020.10.30\n".encode("cp949")
    record = next(iter(read_bytes(data, "reports.csv", "test", synonyms=synonyms).items))
    assert record.notice_type == "희망퇴직"
    assert record.jobs == 300


def test_an_undated_amendment_takes_the_dates_of_its_companys_latest_dated_notice(synonyms):
    data = ("Company,Notice Date,Effective Date,Number of Employees Affected,Layoff/Closure\n"
            "Acme Widgets Inc.,,,40,Amendment\n"
            "Acme Widgets Inc.,03/01/2024,05/01/2024,50,Layoff\n"
            "Acme Widgets Inc.,01/15/2023,03/15/2023,30,Layoff\n").encode()

    notices = [item for item in read_bytes(data, "warn.csv", "test", synonyms=synonyms).items if isinstance(item, NoticeRecord)]

    amendment = next(n for n in notices if n.is_amendment)
    assert (amendment.notice_date, amendment.effective_date) == (date(2024, 3, 1), date(2024, 5, 1))
    assert "dates_from_amended_notice:row 3" in amendment.flags
    assert notices[-1] is amendment  # it waited for the end of the file
