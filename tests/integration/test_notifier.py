"""The Apprise notifier against real local receivers (HTTP, SMTP, the file inbox)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from earlywarn.adapters.file_inbox import read_inbox
from earlywarn.adapters.notifier import Notifier
from tests.support.receivers import HttpReceiver, SmtpReceiver, http_receiver, smtp_receiver  # noqa: F401

TITLE = "[군산] 타타대우상용차 희망퇴직 접수"
BODY = "희망퇴직 신청 접수가 시작되었습니다. 퇴직 전 심리상담(마음돌봄)을 준비해 주세요."
TIMEOUT_SECONDS = 1.0


def config_with(*targets: tuple[str, str]) -> str:
    """Apprise YAML text routing each URL to its comma-separated tags."""
    lines = ["version: 1", "urls:"]
    for url, tags in targets:
        lines += [f"  - {url}:", f"      tag: {tags}"]
    return "\n".join(lines) + "\n"


def notifier_for(*targets: tuple[str, str], inbox_dir: Path | None = None) -> Notifier:
    return Notifier(config_text=config_with(*targets), timeout_seconds=TIMEOUT_SECONDS, inbox_dir=inbox_dir)


def test_a_korean_alert_reaches_the_http_receiver_intact(http_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"))

    results = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert [result.ok for result in results] == [True]
    [received] = http_receiver.wait_for(1)
    assert (received["title"], received["message"]) == (TITLE, BODY)


def test_a_korean_alert_reaches_the_smtp_receiver_as_a_readable_mail(smtp_receiver):
    notifier = notifier_for((smtp_receiver.url, "counselor"))

    results = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert [result.ok for result in results] == [True]
    [mail] = smtp_receiver.wait_for(1)
    assert mail.subject == TITLE
    assert BODY in mail.body
    assert mail.recipients == [smtp_receiver.recipient]


def test_the_default_target_appends_one_json_line_per_alert_to_the_inbox(tmp_path):
    notifier = notifier_for(("earlywarnfile://", "counselor, gunsan"), inbox_dir=tmp_path)

    notifier.send(title=TITLE, body=BODY, tag="gunsan")
    notifier.send(title="두 번째", body="둘째 줄", tag="counselor")

    lines = (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert TITLE in lines[0]  # ensure_ascii=False: Korean stays readable in the file
    first, second = read_inbox(tmp_path / "alerts.jsonl")
    assert (first["tag"], first["title"], first["body"]) == ("gunsan", TITLE, BODY)
    assert (second["tag"], second["title"]) == ("counselor", "두 번째")
    assert first["timestamp"]


def test_every_send_of_one_alert_carries_the_same_key_to_http_and_mail_targets(http_receiver, smtp_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"), (smtp_receiver.url, "counselor"))

    notifier.send(title=TITLE, body=BODY, tag="counselor", key="earlywarn-abc")
    notifier.send(title=TITLE, body=BODY, tag="counselor", key="earlywarn-abc")  # a repeat after a crash
    notifier.send(title="다른 알림", body=BODY, tag="counselor")  # no key: no header left over

    http_receiver.wait_for(3)
    assert http_receiver.keys == ["earlywarn-abc", "earlywarn-abc", None]
    assert [body["title"] for body in http_receiver.shown()] == [TITLE, "다른 알림"]
    assert [mail.alert_key for mail in smtp_receiver.wait_for(3)] == ["earlywarn-abc", "earlywarn-abc", None]


def test_the_inbox_keeps_one_line_per_alert_key_even_across_notifiers(tmp_path):
    first = notifier_for(("earlywarnfile://", "counselor"), inbox_dir=tmp_path)
    first.send(title=TITLE, body=BODY, tag="counselor", key="earlywarn-abc")
    second = notifier_for(("earlywarnfile://", "counselor"), inbox_dir=tmp_path)

    results = second.send(title=TITLE, body=BODY, tag="counselor", key="earlywarn-abc")
    second.send(title="다른 알림", body=BODY, tag="counselor", key="earlywarn-def")
    first.send(title="다른 알림", body=BODY, tag="counselor", key="earlywarn-def")

    assert [result.ok for result in results] == [True]  # the receiver has it: that is success
    assert [(m["title"], m["key"]) for m in read_inbox(tmp_path / "alerts.jsonl")] == [
        (TITLE, "earlywarn-abc"), ("다른 알림", "earlywarn-def")]


def test_an_inbox_path_in_the_url_wins_over_the_inbox_dir(tmp_path):
    own_file = tmp_path / "supervisors" / "alerts.jsonl"
    notifier = notifier_for((f"earlywarnfile://{own_file}", "supervisor"), inbox_dir=tmp_path / "default")

    notifier.send(title=TITLE, body=BODY, tag="supervisor")

    assert [line["title"] for line in read_inbox(own_file)] == [TITLE]
    assert not (tmp_path / "default" / "alerts.jsonl").exists()


def test_the_shipped_config_delivers_to_the_local_inbox(tmp_path):
    notifier = Notifier(Path("config/apprise.yml"), inbox_dir=tmp_path)

    for tag in ("counselor", "supervisor", "operator", "gunsan", "digest"):
        [result] = notifier.send(title=TITLE, body=BODY, tag=tag)
        assert result.ok, result.error

    assert len(read_inbox(tmp_path / "alerts.jsonl")) == 5


def test_creating_many_notifiers_in_one_process_delivers_each_alert_once(tmp_path):
    notifiers = [notifier_for(("earlywarnfile://", "counselor"), inbox_dir=tmp_path) for _ in range(3)]

    for notifier in notifiers:
        notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert len(read_inbox(tmp_path / "alerts.jsonl")) == 3


def test_an_alert_for_one_tag_does_not_reach_the_target_of_another_tag(tmp_path):
    with HttpReceiver() as counselors, HttpReceiver() as partners:
        notifier = notifier_for((counselors.url, "counselor, gunsan"), (partners.url, "partner"))

        results = notifier.send(title=TITLE, body=BODY, tag="gunsan")

        assert len(results) == 1 and results[0].ok
        assert results[0].target == notifier.targets("counselor")[0]
        counselors.wait_for(1)
        time.sleep(0.2)  # give a wrongly routed request time to arrive
        assert partners.received == []


def test_a_tag_no_target_listens_to_sends_nothing(http_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"))

    assert notifier.targets("partner") == []
    assert notifier.send(title=TITLE, body=BODY, tag="partner") == []


@pytest.mark.parametrize("missing_tag", ["", "   ", None, "counselor, partner", "1:counselor"])
def test_sending_without_exactly_one_tag_is_refused_before_anything_is_sent(http_receiver, missing_tag):
    notifier = notifier_for((http_receiver.url, "counselor"))

    with pytest.raises(ValueError):
        notifier.send(title=TITLE, body=BODY, tag=missing_tag)
    time.sleep(0.1)
    assert http_receiver.received == []


def test_a_refusing_target_fails_quickly_and_succeeds_once_it_listens_again(http_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"))
    http_receiver.refuse()

    [refused] = notifier.send(title=TITLE, body=BODY, tag="counselor")
    http_receiver.start()
    [recovered] = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert not refused.ok and "connection error" in refused.error.lower()
    assert refused.elapsed_ms < TIMEOUT_SECONDS * 1000 * 2
    assert recovered.ok and recovered.error is None
    assert recovered.target == refused.target


def test_a_target_answering_500_fails_with_the_status_and_then_recovers(http_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"))
    http_receiver.fail_next(1, status=500)

    [failed] = notifier.send(title=TITLE, body=BODY, tag="counselor")
    [recovered] = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert not failed.ok and "500" in failed.error
    assert recovered.ok
    assert len(http_receiver.wait_for(1)) == 1


def test_a_hanging_target_fails_within_the_timeout_and_then_recovers(http_receiver):
    notifier = notifier_for((http_receiver.url, "counselor"))
    http_receiver.hang_next(1, seconds=30)

    started = time.monotonic()
    [hung] = notifier.send(title=TITLE, body=BODY, tag="counselor")
    waited = time.monotonic() - started
    [recovered] = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert not hung.ok and hung.error
    assert waited < TIMEOUT_SECONDS * 3
    assert recovered.ok


def test_one_failing_target_does_not_stop_the_others(http_receiver, tmp_path):
    http_receiver.fail_next(5)
    notifier = notifier_for((http_receiver.url, "counselor"), ("earlywarnfile://", "counselor"), inbox_dir=tmp_path)

    results = notifier.send(title=TITLE, body=BODY, tag="counselor")

    assert [result.ok for result in results] == [False, True]
    assert len(read_inbox(tmp_path / "alerts.jsonl")) == 1


def test_secrets_in_target_urls_never_appear_in_results_or_logs(caplog, http_receiver):
    password, token = "pw-Secret-4821", "tok9Zq7Xr2"
    with SmtpReceiver(username="center", password="right-password") as smtp:
        wrong_login = smtp.url.replace("center:right-password@", f"center:{password}@")
        webhook = http_receiver.url.replace("json://", f"json://user:{token}@")
        caplog.set_level(logging.DEBUG)
        http_receiver.fail_next(1)

        notifier = notifier_for((wrong_login, "counselor"), (webhook, "counselor"))
        results = notifier.send(title=TITLE, body=BODY, tag="counselor")
        shown = repr(results) + repr(notifier.targets("counselor")) + caplog.text

    assert [result.ok for result in results] == [False, False]
    assert "****" in results[0].target
    assert password not in shown and token not in shown


def test_a_secret_given_through_the_environment_is_used_but_never_shown(caplog, monkeypatch):
    monkeypatch.setenv("APPRISE_TEMPLATE_SMTP_PASSWORD", "env-pw-5531")
    with SmtpReceiver(username="center", password="env-pw-5531") as smtp:
        templated = smtp.url.replace("env-pw-5531", "${SMTP_PASSWORD}")
        config = f"version: 1\ntemplate:\n  - SMTP_PASSWORD\n{config_with((templated, 'counselor'))[11:]}"
        caplog.set_level(logging.DEBUG)

        notifier = Notifier(config_text=config, timeout_seconds=TIMEOUT_SECONDS)
        [result] = notifier.send(title=TITLE, body=BODY, tag="counselor")

        assert result.ok, result.error
        assert smtp.wait_for(1)[0].subject == TITLE
    assert "env-pw-5531" not in repr(result) + caplog.text


def test_a_config_that_is_not_apprise_yaml_is_refused_without_quoting_it():
    with pytest.raises(ValueError) as refused:
        Notifier(config_text="urls: [\n  - json://user:pw-in-broken-yaml@host")

    assert "pw-in-broken-yaml" not in str(refused.value)
