from datetime import date, datetime

import pytest

from earlywarn.domain.messages import (
    ALERT_KINDS,
    MessageRenderError,
    escape_text,
    render_message,
)
from earlywarn.domain.notices import RestructuringType as RT
from earlywarn.domain.scheduling import SEOUL


@pytest.fixture(scope="module")
def templates(config_dir):
    return {f"{path.stem}.{path.parent.name}": path.read_text(encoding="utf-8")
            for path in (config_dir / "templates").glob("*/*.j2")}


def case_context(company="타타대우상용차", **extra):
    return {
        "company": company, "rtype": RT.VOLUNTARY_RETIREMENT, "headcount": 300,
        "separation_date": date(2020, 10, 30), "notice_date": date(2020, 9, 21),
        "region_name": "전북 군산", "source": "뉴스", "case_key": "tata-daewoo:reduction:2020-10-30",
        "rules": [], **extra,
    }


SAMPLE_CONTEXTS = {
    "case_opened": case_context(),
    "sessions_planned": {"company": "OCI", "case_key": "oci", "session_count": 101,
                         "orientation_start": datetime(2020, 3, 17, 10, tzinfo=SEOUL),
                         "first_date": date(2020, 3, 18), "last_date": date(2020, 4, 10),
                         "counselor_count": 5, "overflow_count": 0},
    "overflow": {"company": "OCI", "case_key": "oci", "overflow_count": 12,
                 "separation_date": date(2020, 3, 31), "reasons": ["퇴직 예정일 전에 빈 시간이 없습니다"]},
    "escalation": {"company": "OCI", "case_key": "oci", "alert_title": "[조기경보] OCI",
                   "sent_at": datetime(2020, 3, 16, 9, tzinfo=SEOUL), "waited_minutes": 120,
                   "recipient": "counselors-gunsan"},
    "digest": {"region_name": "전북 군산", "day": date(2020, 10, 5), "new_count": 1, "open_count": 2, "sessions_today": 8,
               "cases": [{"company": "OCI", "state_label": "사후 관리", "headcount": None, "separation_date": None}]},
    "watch_raised": {"company": "OCI", "signal_title": "희망퇴직 검토 보도", "source": "RSS",
                     "url": "https://news.example/1", "score": 0.6},
    "notice_withdrawn": case_context(withdrawn_on=date(2020, 10, 2), case_state="planned"),
    "delivery_failing": {"alert_id": 7, "alert_kind": "case_opened", "alert_title": "[조기경보] OCI", "tag": "counselor",
                         "attempts": 5, "last_error": "json://127.0.0.1:9/alerts: connection refused"},
}


def test_the_korean_case_alert_reads_naturally(templates):
    message = render_message("case_opened", case_context(), templates=templates)
    assert message.title == "[조기경보] 타타대우상용차 희망퇴직 감지 — 대상 약 300명, 퇴직 예정일 2020-10-30"
    assert "전북 군산" in message.body


def test_a_withdrawn_notice_alert_says_in_korean_that_the_notice_was_withdrawn_and_the_case_stays_open(templates):
    message = render_message("notice_withdrawn", SAMPLE_CONTEXTS["notice_withdrawn"], templates=templates)
    assert message.title == "[조기경보] 타타대우상용차 희망퇴직 신고 철회 — 사례 tata-daewoo:reduction:2020-10-30 확인 필요"
    assert "철회 공지일: 2020-10-02" in message.body and "사례는 열어 둔 채입니다" in message.body
    english = render_message("notice_withdrawn", SAMPLE_CONTEXTS["notice_withdrawn"], lang="en", templates=templates)
    assert "notice withdrawn" in english.title and "The case stays open" in english.body


@pytest.mark.parametrize("kind", ALERT_KINDS)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_alert_kind_has_a_template_in_korean_and_english(kind, lang, templates):
    message = render_message(kind, SAMPLE_CONTEXTS[kind], lang=lang, templates=templates)
    assert message.title and message.body
    assert "{{" not in message.title + message.body


def test_korean_is_the_default_language(templates):
    korean = render_message("overflow", SAMPLE_CONTEXTS["overflow"], templates=templates)
    english = render_message("overflow", SAMPLE_CONTEXTS["overflow"], lang="en", templates=templates)
    assert "상담" in korean.title and "sessions" in english.title


def test_a_language_without_templates_falls_back_to_korean(templates):
    message = render_message("digest", SAMPLE_CONTEXTS["digest"], lang="vi", templates=templates)
    assert message.title.startswith("[일일 현황]")


INJECTIONS = ["<script>alert(1)</script>", "**굵게**", "[클릭](http://evil.example)", "회사\n# 제목", "`code`"]


@pytest.mark.parametrize("company", INJECTIONS)
def test_company_names_cannot_inject_markdown_or_html(company, templates):
    message = render_message("case_opened", case_context(company=company), templates=templates)
    text = message.title + message.body
    assert "<script>" not in text
    assert "**굵게**" not in text
    assert "[클릭](" not in text
    assert "\n# 제목" not in text
    assert "`code`" not in text


def test_escaping_keeps_ordinary_korean_company_names_readable():
    assert escape_text("(주)오씨아이 군산공장") == "(주)오씨아이 군산공장"
    assert escape_text("A&B <x>") == "A&amp;B &lt;x&gt;"
    assert escape_text("**x**") == r"\*\*x\*\*"


def test_a_missing_value_is_an_error_not_a_blank(templates):
    context = case_context()
    del context["company"]
    with pytest.raises(MessageRenderError, match="case_opened"):
        render_message("case_opened", context, templates=templates)


def test_an_unknown_alert_kind_is_an_error(templates):
    with pytest.raises(MessageRenderError, match="no template"):
        render_message("party", {}, templates=templates)


def test_templates_run_sandboxed():
    unsafe = {"x.ko": "{{ ''.__class__.__mro__ }}"}
    with pytest.raises(MessageRenderError):
        render_message("x", {}, templates=unsafe)
