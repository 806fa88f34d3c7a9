"""What every flow shares: the process's app, the clock, and the notifier."""

from __future__ import annotations

from datetime import datetime, timezone

from earlywarn.adapters.notifier import Notifier
from earlywarn.bootstrap import App, get_app


def app() -> App:
    return get_app()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def notifier(current: App) -> Notifier:
    return Notifier(
        current.settings.apprise_config,
        timeout_seconds=current.settings.notify_timeout_seconds,
        inbox_dir=current.settings.inbox_dir,
    )
