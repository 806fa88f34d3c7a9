from datetime import datetime, time, timedelta, timezone

import pytest

from earlywarn.domain.alert_timing import SEOUL, escalation_due, next_send_time, retry_backoff

NIGHT = {"quiet_start": time(22, 0), "quiet_end": time(8, 0)}


def seoul(day, hour, minute=0):
    return datetime(2020, 9, day, hour, minute, tzinfo=SEOUL)


@pytest.mark.parametrize(("now", "expected"), [
    (seoul(21, 14), seoul(21, 14)),
    (seoul(21, 22, 30), seoul(22, 8)),
    (seoul(22, 3), seoul(22, 8)),
    (seoul(21, 22), seoul(22, 8)),
    (seoul(22, 8), seoul(22, 8)),
])
def test_routine_alerts_wait_for_the_end_of_quiet_hours(now, expected):
    assert next_send_time(now, urgent=False, **NIGHT) == expected


def test_urgent_alerts_go_out_at_once_even_at_night():
    assert next_send_time(seoul(22, 3), urgent=True, **NIGHT) == seoul(22, 3)


def test_quiet_hours_are_seoul_time_whatever_the_clock_zone():
    utc_afternoon = datetime(2020, 9, 21, 14, 0, tzinfo=timezone.utc)  # 23:00 in Seoul
    assert next_send_time(utc_afternoon, urgent=False, **NIGHT) == seoul(22, 8)


def test_a_daytime_quiet_window_is_supported():
    lunch = {"quiet_start": time(12, 0), "quiet_end": time(13, 0)}
    assert next_send_time(seoul(21, 12, 15), urgent=False, **lunch) == seoul(21, 13)
    assert next_send_time(seoul(21, 11, 59), urgent=False, **lunch) == seoul(21, 11, 59)


def test_equal_start_and_end_means_no_quiet_hours():
    always = {"quiet_start": time(0), "quiet_end": time(0)}
    assert next_send_time(seoul(22, 3), urgent=False, **always) == seoul(22, 3)


@pytest.mark.parametrize(("acked", "now", "due"), [
    (None, seoul(21, 10, 29), False),
    (None, seoul(21, 10, 30), True),
    (seoul(21, 10, 5), seoul(21, 12), False),
])
def test_unacknowledged_alerts_escalate_after_the_ack_window(acked, now, due):
    assert escalation_due(seoul(21, 10), acked, ack_within=timedelta(minutes=30), now=now) is due


@pytest.mark.parametrize(("attempts", "seconds"), [(0, 0), (1, 30), (2, 60), (3, 120), (8, 3600), (10_000, 3600)])
def test_retry_backoff_doubles_up_to_the_cap(attempts, seconds):
    assert retry_backoff(attempts) == timedelta(seconds=seconds)
