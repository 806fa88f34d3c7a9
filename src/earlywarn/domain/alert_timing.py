"""When to send an alert, when to escalate it, how long to wait before retrying.

Quiet hours are Seoul wall-clock times (counselors sleep in Seoul whatever the server's zone).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def in_quiet_hours(moment: datetime, *, quiet_start: time, quiet_end: time) -> bool:
    """Whether `moment` falls in [quiet_start, quiet_end) in Seoul; the window may span midnight."""
    clock = _seoul(moment).time()
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= clock < quiet_end
    return clock >= quiet_start or clock < quiet_end


def next_send_time(now: datetime, *, quiet_start: time, quiet_end: time, urgent: bool) -> datetime:
    """`now` unless it is quiet time and the alert can wait; then the end of the quiet hours."""
    local = _seoul(now)
    if urgent or not in_quiet_hours(local, quiet_start=quiet_start, quiet_end=quiet_end):
        return local
    end_today = datetime.combine(local.date(), quiet_end, SEOUL)
    return end_today if end_today > local else end_today + timedelta(days=1)


def escalation_due(
    sent_at: datetime, acked_at: datetime | None, *, ack_within: timedelta, now: datetime
) -> bool:
    """An alert nobody acknowledged within `ack_within` of being sent must be escalated."""
    return acked_at is None and now - sent_at >= ack_within


def retry_backoff(attempts: int, *, base_seconds: int = 30, cap_seconds: int = 3600) -> timedelta:
    """Wait after `attempts` failed sends: base, 2×base, 4×base … up to the cap; none before a failure."""
    if attempts <= 0:
        return timedelta(0)
    # the exponent is bounded so a huge attempt count cannot build a huge integer
    seconds = base_seconds * 2 ** min(attempts - 1, 32)
    return timedelta(seconds=min(seconds, cap_seconds))


def _seoul(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=SEOUL)
    return moment.astimezone(SEOUL)
