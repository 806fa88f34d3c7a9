"""The `earlywarnfile://` Apprise schema: alerts appended to a local JSON-lines inbox.

Apprise schemas are letters and digits only ([a-z0-9]{1,32}), hence no dash in the name.

It is the default target, so a newcomer sees alerts delivered for real with no external
service configured. One JSON object per line, UTF-8, Korean kept readable:

    {"timestamp": "...", "tag": "counselor", "title": "...", "body": "...", "type": "info", "key": "..."}

A message whose key the file already holds is not written again: a send repeated after a crash
(between the write and the outbox commit) shows once.

`earlywarnfile:///abs/path/alerts.jsonl` writes to that file; a bare `earlywarnfile://`
writes to `<inbox_dir>/alerts.jsonl`, where the Notifier sending the message sets inbox_dir.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from apprise import NotificationManager
from apprise.decorators import notify

SCHEMA = "earlywarnfile"
DEFAULT_FILE_NAME = "alerts.jsonl"


@dataclass(frozen=True)
class Delivery:
    """What the sending Notifier knows and Apprise does not pass to a plugin."""

    tag: str
    inbox_dir: Path
    key: str | None = None


# Set by the Notifier around each send; the plugin runs in the same thread.
current_delivery: contextvars.ContextVar[Delivery | None] = contextvars.ContextVar(
    "earlywarn_file_inbox_delivery", default=None
)

_write_lock = threading.Lock()
_register_lock = threading.Lock()


@contextlib.contextmanager
def delivering(tag: str, inbox_dir: Path, key: str | None = None) -> Iterator[None]:
    """Tell the inbox plugin which tag, inbox directory and message key the current send uses."""
    token = current_delivery.set(Delivery(tag=tag, inbox_dir=inbox_dir, key=key))
    try:
        yield
    finally:
        current_delivery.reset(token)


def inbox_path(meta: dict, delivery: Delivery | None) -> Path | None:
    """The file a message goes to: the URL's path if it has one, else the inbox_dir default."""
    # Apprise's URL parser drops the leading slash of `///abs/path`: the first folder
    # arrives as the host. Paths in the URL are therefore always absolute.
    if meta.get("host"):
        return Path("/" + meta["host"] + meta.get("fullpath", ""))
    if delivery is None:
        return None
    return delivery.inbox_dir / DEFAULT_FILE_NAME


class _KeysSeen:
    """The keys of an inbox file, read once and then only from where the last read stopped."""

    def __init__(self) -> None:
        self.offset = 0
        self.keys: set[str] = set()

    def contains(self, path: Path, key: str) -> bool:
        if not path.exists() or path.stat().st_size < self.offset:  # new or truncated file
            self.offset, self.keys = 0, set()
        if path.exists():
            with path.open("rb") as inbox:
                inbox.seek(self.offset)
                for line in inbox:
                    if line.endswith(b"\n"):
                        self.offset += len(line)
                        self.keys.add(json.loads(line).get("key"))
        return key in self.keys


_keys_seen: dict[Path, _KeysSeen] = {}


def append_line(path: Path, record: dict) -> None:
    """Append one JSON object as one line, unless its key is there already; the lock keeps threads
    from interleaving."""
    line = json.dumps(record, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    key = record.get("key")
    with _write_lock:
        if key is not None and _keys_seen.setdefault(path.resolve(), _KeysSeen()).contains(path, key):
            return
        with path.open("a", encoding="utf-8") as inbox:
            inbox.write(line)


def deliver_to_file(body, title, notify_type, meta, *args, **kwargs) -> bool:
    """Apprise send function of the `earlywarnfile://` schema."""
    delivery = current_delivery.get()
    path = inbox_path(meta, delivery)
    if path is None:
        raise ValueError(f"{SCHEMA}:// needs a file path or a Notifier inbox_dir")
    append_line(
        path,
        {
            "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "tag": delivery.tag if delivery else None,
            "title": title,
            "body": body,
            "type": notify_type,
            "key": delivery.key if delivery else None,
        },
    )
    return True


def _url_with_path(plugin, privacy: bool = False, *args, **kwargs) -> str:
    # The decorator's generic url() returns only `earlywarnfile://`; the path is no
    # secret and tells two inboxes apart in per-target results.
    return plugin._default_args.get("url", f"{SCHEMA}://")


def register_file_inbox_schema() -> None:
    """Register `earlywarnfile://` with Apprise once per process (safe to call again)."""
    plugins = NotificationManager()
    with _register_lock:
        if SCHEMA in plugins:
            return
        notify(on=SCHEMA, name="earlywarn file inbox")(deliver_to_file)
        plugins[SCHEMA].url = _url_with_path


def read_inbox(path: Path) -> list[dict]:
    """All messages of an inbox file, oldest first (empty when the file does not exist)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
