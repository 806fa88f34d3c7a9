"""Real local receivers for notification tests: an HTTP JSON endpoint and an SMTP server.

Both listen on 127.0.0.1 on a free port, record what they receive, and give the Apprise URL
that reaches them. The HTTP receiver can also misbehave on purpose (500, refuse, hang).

In conftest.py:  from tests.support.receivers import http_receiver, smtp_receiver  # noqa: F401
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

LOCALHOST = "127.0.0.1"


class HttpReceiver:
    """A JSON webhook on 127.0.0.1; `.url` is the Apprise `json://` URL that reaches it."""

    def __init__(self, path: str = "/alerts") -> None:
        self.path = path
        self.port = 0
        self.received: list[dict] = []  # JSON bodies answered with 200, oldest first
        self.keys: list[str | None] = []  # the Idempotency-Key header of each, if any
        self._lock = threading.Condition()
        self._failures_left = 0
        self._failure_status = 500
        self._hangs_left = 0
        self._hang_seconds = 0.0
        self._closing = threading.Event()  # wakes hanging handlers at close
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"json://{LOCALHOST}:{self.port}{self.path}"

    def start(self) -> HttpReceiver:
        """Listen (again) on the same port, so a refusing receiver can recover."""
        self._server = ThreadingHTTPServer((LOCALHOST, self.port), self._handler_class())
        self._server.block_on_close = False  # a hanging handler must not block close
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def refuse(self) -> None:
        """Close the listening socket: connections are refused until start() again."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def close(self) -> None:
        self._closing.set()
        self.refuse()

    def fail_next(self, count: int, status: int = 500) -> None:
        """Answer the next `count` requests with `status` instead of 200."""
        with self._lock:
            self._failures_left, self._failure_status = count, status

    def hang_next(self, count: int, seconds: float) -> None:
        """Hold the next `count` requests for `seconds` without answering."""
        with self._lock:
            self._hangs_left, self._hang_seconds = count, seconds

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict]:
        """The received bodies once there are at least `count`; AssertionError on timeout."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.received) >= count, timeout):
                raise AssertionError(f"expected {count} requests, got {len(self.received)}")
            return list(self.received)

    def __enter__(self) -> HttpReceiver:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _next_misbehaviour(self) -> tuple[float, int | None]:
        """(seconds to hang, status to fail with) for the request being handled."""
        with self._lock:
            if self._hangs_left:
                self._hangs_left -= 1
                return self._hang_seconds, None
            if self._failures_left:
                self._failures_left -= 1
                return 0.0, self._failure_status
            return 0.0, None

    def shown(self) -> list[dict]:
        """What a receiver honouring Idempotency-Key shows: a repeated key is dropped."""
        with self._lock:
            seen: set[str] = set()
            shown = []
            for body, key in zip(self.received, self.keys):
                if key is None or key not in seen:
                    shown.append(body)
                seen.add(key)
            return shown

    def _record(self, body: dict, key: str | None) -> None:
        with self._lock:
            self.received.append(body)
            self.keys.append(key)
            self._lock.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                hang_seconds, failure_status = receiver._next_misbehaviour()
                if hang_seconds:
                    receiver._closing.wait(hang_seconds)
                    return  # the client has given up; nothing was delivered
                if failure_status:
                    self.send_error(failure_status)
                    return
                receiver._record(json.loads(raw.decode("utf-8")), self.headers.get("Idempotency-Key"))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass  # keep test output quiet

        return Handler


@dataclass(frozen=True)
class ReceivedMail:
    sender: str
    recipients: list[str]
    subject: str  # decoded (Korean readable)
    body: str  # decoded text part
    alert_key: str | None = None  # X-Earlywarn-Alert-Key


class _RecordingHandler:
    def __init__(self) -> None:
        self.mails: list[ReceivedMail] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope) -> str:
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        part = message.get_body(preferencelist=("plain", "html"))
        mail = ReceivedMail(
            sender=envelope.mail_from,
            recipients=list(envelope.rcpt_tos),
            subject=str(message["subject"] or ""),
            body=part.get_content() if part is not None else "",
            alert_key=message["X-Earlywarn-Alert-Key"],
        )
        with self.arrived:
            self.mails.append(mail)
            self.arrived.notify_all()
        return "250 OK"


class SmtpReceiver:
    """A plain SMTP server (no TLS) on 127.0.0.1; `.url` is the Apprise `mailto://` URL.

    With username and password it offers AUTH (PLAIN/LOGIN over plain text, fine on
    localhost) and refuses a wrong login, so tests can check an SMTP password never shows.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        sender: str = "earlywarn@example.org",
        recipient: str = "counselor@example.org",
    ) -> None:
        self.username, self.password = username, password
        self.sender, self.recipient = sender, recipient
        self._handler = _RecordingHandler()
        self.port = _free_port()
        self._controller = Controller(self._handler, hostname=LOCALHOST, port=self.port, **self._auth_options())

    @property
    def url(self) -> str:
        credentials = f"{self.username}:{self.password}@" if self.username else ""
        return (
            f"mailto://{credentials}{LOCALHOST}:{self.port}"
            f"?mode=insecure&from={self.sender}&to={self.recipient}"
        )

    @property
    def mails(self) -> list[ReceivedMail]:
        return list(self._handler.mails)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[ReceivedMail]:
        arrived = self._handler.arrived
        with arrived:
            if not arrived.wait_for(lambda: len(self._handler.mails) >= count, timeout):
                raise AssertionError(f"expected {count} mails, got {len(self._handler.mails)}")
            return list(self._handler.mails)

    def start(self) -> SmtpReceiver:
        self._controller.start()
        return self

    def close(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpReceiver:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _auth_options(self) -> dict:
        if not self.username:
            return {}
        # aiosmtpd itself warns "Session.login_data is deprecated" on every login.
        logging.getLogger("mail.log").setLevel(logging.ERROR)
        return {
            "authenticator": self._check_login,
            "auth_require_tls": False,
        }

    def _check_login(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = auth_data.login.decode() == self.username and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    # aiosmtpd's Controller checks its port by connecting to it, so it needs a real number.
    with socket.socket() as probe:
        probe.bind((LOCALHOST, 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout: float = 5.0, interval: float = 0.02) -> bool:
    """Poll `condition()` until it is true or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return bool(condition())


@pytest.fixture
def http_receiver():
    with HttpReceiver() as receiver:
        yield receiver


@pytest.fixture
def smtp_receiver():
    with SmtpReceiver() as receiver:
        yield receiver
