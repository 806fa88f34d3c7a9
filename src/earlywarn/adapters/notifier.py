"""Apprise notifier: routes a message by tag and reports the outcome per target.

Rules kept here (see DESIGN.md):
- never notify without a tag (Apprise sends an untagged notify() to every target);
- Apprise URLs are secrets: results carry `url(privacy=True)` and scrubbed errors, and the
  apprise logger is held at WARNING because its DEBUG output prints raw URLs;
- each target is sent to on its own, with bounded socket timeouts, so the outbox can store
  one result per target;
- every send of one alert carries the same key (HTTP `Idempotency-Key`, mail `X-Earlywarn-Alert-Key`,
  the inbox file's `key`), so a send repeated after a crash between the target's answer and the
  outbox commit shows once at a receiver that honours it (the file inbox does).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import contextlib
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml
from apprise import Apprise, AppriseAsset, AppriseConfig, NotifyBase, NotifyType
from apprise.common import MATCH_ALL_TAG as MATCH_EVERY_TAG

from apprise.plugins.email import NotifyEmail

from earlywarn.adapters.file_inbox import delivering, register_file_inbox_schema
from earlywarn.adapters.secrets import apprise_template_values

DEFAULT_CONFIG_PATH = Path("config/apprise.yml")
DEFAULT_INBOX_DIR = Path("var/inbox")
APPRISE_LOGGER_NAME = "apprise"

# One tag name: letters (Korean included), digits, '-' and '_'. Apprise gives ',' and ':'
# meanings of their own (OR lists, priorities, retries), so they are refused here.
TAG_PATTERN = re.compile(r"[\w-]+")
# Pieces of a URL between delimiters; the ones absent from the masked URL are secrets.
URL_PIECE_SPLIT = re.compile(r"[/:@?&=,;#+\s]+")
# The socket timeouts this Notifier sets; left out of target names so they stay stable keys.
TIMEOUT_PARAMS = re.compile(r"(?<=[?&])(?:cto|rto)=[^&]*&?")
MIN_SECRET_LENGTH = 3
MASK = "****"
HTTP_KEY_HEADER = "Idempotency-Key"
MAIL_KEY_HEADER = "X-Earlywarn-Alert-Key"
# Apprise fills ${NAME} in the YAML from these variables: their values are secrets.
TEMPLATE_ENV_PREFIX = "APPRISE_TEMPLATE_"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TargetResult:
    """The outcome of one message to one target."""

    target: str  # masked url (url(privacy=True)), never the secret
    ok: bool
    error: str | None
    elapsed_ms: int


class Notifier:
    """Sends alerts to the Apprise targets configured for a tag."""

    def __init__(
        self,
        config_path: Path | None = None,
        *,
        config_text: str | None = None,
        timeout_seconds: float = 5.0,
        inbox_dir: Path | None = None,
    ) -> None:
        if config_path is not None and config_text is not None:
            raise ValueError("give config_path or config_text, not both")
        if timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        guard_apprise_logger().remember(template_values_in_environment())
        register_file_inbox_schema()
        self.timeout_seconds = timeout_seconds
        self.inbox_dir = Path(inbox_dir) if inbox_dir is not None else DEFAULT_INBOX_DIR
        if config_text is None:
            config_text = Path(config_path or DEFAULT_CONFIG_PATH).read_text(encoding="utf-8")
        self._apprise = load_apprise(config_text)
        # ${NAME} values the environment lacks may come from Prefect Secret blocks (apprise-<name>)
        self._template = apprise_template_values(template_names(config_text))
        guard_apprise_logger().remember({v for v in self._template.values() if len(v) >= MIN_SECRET_LENGTH})
        self._mask_secrets_in_logs()

    def targets(self, tag: str) -> list[str]:
        """Masked URLs of the targets routed for this tag."""
        return [masked_url(plugin) for plugin in self._matching(tag)]

    def send(
        self, *, title: str, body: str, tag: str, skip: Collection[str] = (), key: str | None = None
    ) -> list[TargetResult]:
        """Send to every target of the tag, one by one; one result per target.

        `skip` names (masked) targets that already have this message: a retry reaches only the others.
        `key` names the message: the same key on every attempt lets a receiver drop a repeat.
        """
        plugins = [plugin for plugin in self._matching(tag) if masked_url(plugin) not in skip]
        with delivering(tag, self.inbox_dir, key):
            results = [self._send_to(plugin, title, body, key) for plugin in plugins]
        for result in results:
            if not result.ok:
                log.warning("alert for tag %r not delivered to %s: %s", tag, result.target, result.error)
        return results

    def _matching(self, tag: str) -> list[NotifyBase]:
        # match_always=False: a target tagged "always" gets only what its tags route to it.
        plugins = list(self._apprise.find(checked_tag(tag), match_always=False, template=self._template or None))
        for plugin in plugins:
            plugin.socket_connect_timeout = self.timeout_seconds
            plugin.socket_read_timeout = self.timeout_seconds
        return plugins

    def _mask_secrets_in_logs(self) -> None:
        # Every target is looked at here only to learn its secrets; nothing is sent.
        for plugin in self._apprise.find(MATCH_EVERY_TAG, match_always=True, template=self._template or None):
            guard_apprise_logger().remember(secrets_of(plugin))

    def _send_to(self, plugin: NotifyBase, title: str, body: str, key: str | None) -> TargetResult:
        started = time.monotonic()
        with ThreadWarnings() as warnings, keyed(plugin, key):
            try:
                ok = bool(plugin.notify(body=body, title=title, notify_type=NotifyType.INFO))
            except Exception as error:  # a plugin bug must not stop the other targets
                ok = False
                warnings.messages.append(f"{type(error).__name__}: {error}")
        error = None if ok else scrub(describe_failure(warnings.messages), secrets_of(plugin))
        elapsed_ms = int((time.monotonic() - started) * 1000)
        return TargetResult(target=masked_url(plugin), ok=ok, error=error, elapsed_ms=elapsed_ms)


@contextlib.contextmanager
def keyed(plugin: NotifyBase, key: str | None) -> Iterator[None]:
    """Add the message key to the headers of a plugin that sends headers, for this send only."""
    headers = getattr(plugin, "headers", None)
    if key is None or not isinstance(headers, dict):
        yield
        return
    name = MAIL_KEY_HEADER if isinstance(plugin, NotifyEmail) else HTTP_KEY_HEADER
    before = headers.get(name)
    headers[name] = key
    try:
        yield
    finally:
        if before is None:
            headers.pop(name, None)
        else:
            headers[name] = before


def checked_tag(tag: str) -> str:
    """The tag itself, or ValueError: a missing tag would reach every target."""
    if not isinstance(tag, str) or not TAG_PATTERN.fullmatch(tag.strip()):
        raise ValueError(f"a notification needs one tag name (letters, digits, '-', '_'), got {tag!r}")
    return tag.strip()


class SecretScrubber(logging.Filter):
    """Masks known secrets in apprise log records.

    Holding the logger at WARNING drops the DEBUG lines that print raw URLs, but a few
    warnings still quote a value (e.g. "An invalid Slack Token (...) was specified").
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def remember(self, secrets: set[str]) -> None:
        """Remember more strings to mask (the set only grows, for the whole process)."""
        self._secrets |= secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message, self._secrets)
        if scrubbed != message:
            record.msg, record.args = scrubbed, ()
        return True


_scrubber = SecretScrubber()


def guard_apprise_logger() -> SecretScrubber:
    """Hold the apprise logger at WARNING or above (its DEBUG lines print raw URLs) and
    mask the secrets it knows of in what it still logs."""
    apprise_logger = logging.getLogger(APPRISE_LOGGER_NAME)
    if apprise_logger.level < logging.WARNING:  # NOTSET (0) would inherit a DEBUG root
        apprise_logger.setLevel(logging.WARNING)
    if _scrubber not in apprise_logger.filters:
        apprise_logger.addFilter(_scrubber)
    return _scrubber


def template_values_in_environment() -> set[str]:
    return {
        value
        for name, value in os.environ.items()
        if name.upper().startswith(TEMPLATE_ENV_PREFIX) and len(value) >= MIN_SECRET_LENGTH
    }


def template_names(config_text: str) -> list[str]:
    """The names an Apprise YAML config declares under `template:` (a list, or a mapping of defaults)."""
    declared = (yaml.safe_load(config_text) or {}).get("template") or []
    return [str(name) for name in declared] if isinstance(declared, (list, dict)) else []


def load_apprise(config_text: str) -> Apprise:
    """Apprise loaded from YAML config text; ValueError when the text is not such a config."""
    try:
        parsed = yaml.safe_load(config_text)
    except yaml.YAMLError as error:
        # The YAML error quotes the offending line, which may hold a secret.
        raise ValueError(f"Apprise config is not valid YAML (line {_error_line(error)})") from None
    if not isinstance(parsed, dict) or "urls" not in parsed:
        raise ValueError("Apprise config must be a YAML mapping with a 'urls' list")
    # Memory-only storage: nothing Apprise caches about targets lands on disk.
    asset = AppriseAsset(storage_mode="memory")
    config = AppriseConfig(asset=asset)
    if not config.add_config(config_text, format="yaml"):
        raise ValueError("Apprise could not load the config")
    apprise = Apprise(asset=asset)
    apprise.add(config)
    return apprise


def _error_line(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    return str(mark.line + 1) if mark is not None else "?"


def masked_url(plugin: NotifyBase) -> str:
    """The target's URL with passwords and tokens masked, as Apprise prints it."""
    try:
        url = plugin.url(privacy=True)
    except Exception:
        return f"{getattr(plugin, 'service_name', 'unknown')} target"
    return TIMEOUT_PARAMS.sub("", url).rstrip("?&")


def secrets_of(plugin: NotifyBase) -> set[str]:
    """Pieces of the raw URL that the masked URL hides: the strings never to show."""
    try:
        raw = plugin.url(privacy=False)
    except Exception:
        return set()
    shown = set(_url_pieces(masked_url(plugin)))
    return {piece for piece in _url_pieces(raw) if piece not in shown and len(piece) >= MIN_SECRET_LENGTH}


def _url_pieces(url: str) -> list[str]:
    pieces = URL_PIECE_SPLIT.split(url) + URL_PIECE_SPLIT.split(unquote(url))
    return [piece for piece in pieces if piece]


def scrub(text: str, secrets: set[str]) -> str:
    """The text with every secret replaced by a mask (longest first, so none leaks in part)."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def describe_failure(warnings: list[str]) -> str:
    if not warnings:
        return "delivery failed (the target gave no reason)"
    return " | ".join(dict.fromkeys(warnings))  # keeps order, drops repeats


class ThreadWarnings(logging.Handler):
    """Collects the apprise WARNING+ messages logged by the current thread during a send.

    Apprise reports why a delivery failed only through its logger; the thread filter keeps
    sends running in other threads out of this result.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []
        self._thread_id = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._thread_id:
            self.messages.append(record.getMessage())

    def __enter__(self) -> ThreadWarnings:
        logging.getLogger(APPRISE_LOGGER_NAME).addHandler(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        logging.getLogger(APPRISE_LOGGER_NAME).removeHandler(self)
