from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

import pytest

from earlywarn.domain.scheduling import (
    SEOUL,
    Counselor,
    CounselorConfig,
    PlanRequest,
    SessionKind,
    Slot,
    korean_holidays,
    plan_counseling,
    reschedule,
    subjects_for,
)


# Tata Daewoo's voluntary-retirement round in Gunsan, autumn 2020 (around Chuseok).
MONDAY_BEFORE_CHUSEOK = datetime(2020, 9, 28, 9, 0, tzinfo=SEOUL)


def counselor(cid, hours=40, region="gunsan", languages=("ko",)):
    return Counselor(id=cid, name=f"상담사{cid}", region=region, languages=list(languages), hours_per_week=hours)


def request(headcount=100, separation=date(2020, 10, 30), **extra):
    return PlanRequest(case_key="tata-2020", region="gunsan", headcount=headcount,
                       separation_date=separation, **extra)


def minutes(session):
    return (session.end - session.start).total_seconds() / 60


def week_load(sessions):
    load = Counter()
    for s in sessions:
        load[(s.counselor_id, s.start.isocalendar()[:2])] += minutes(s)
    return load


def test_headcount_without_roster_is_split_into_cohorts_of_the_configured_size():
    assert len(subjects_for(request(headcount=1000, cohort_size=20))) == 50
    assert subjects_for(request(headcount=41, cohort_size=20)) == ["cohort-1", "cohort-2", "cohort-3"]


def test_a_roster_gives_one_subject_per_worker_in_roster_order():
    assert subjects_for(request(workers=["w2", "w1", "w2"])) == ["w2", "w1"]


def test_every_subject_gets_each_session_kind_once_plus_one_orientation():
    plan = plan_counseling(request(headcount=200), [counselor("a"), counselor("b")], {},
                           now=MONDAY_BEFORE_CHUSEOK)
    keys = [s.key for s in plan.sessions]
    assert len(keys) == len(set(keys)) == 1 + 10 * 2
    assert Counter(s.kind for s in plan.sessions)[SessionKind.ORIENTATION] == 1
    assert not plan.overflow


def test_orientation_comes_first_within_48_hours_on_a_working_day():
    plan = plan_counseling(request(), [counselor("a")], {}, now=MONDAY_BEFORE_CHUSEOK)
    orientation = next(s for s in plan.sessions if s.kind is SessionKind.ORIENTATION)
    assert orientation.start - MONDAY_BEFORE_CHUSEOK <= timedelta(hours=48)
    assert orientation.start.weekday() < 5
    assert all(s.start >= orientation.end for s in plan.sessions if s is not orientation)


def test_orientation_that_cannot_be_held_within_48_hours_is_placed_at_the_earliest_with_a_warning():
    friday_evening_before_chuseok = datetime(2020, 9, 25, 17, 30, tzinfo=SEOUL)
    plan = plan_counseling(request(), [counselor("a")], {}, now=friday_evening_before_chuseok)
    orientation = next(s for s in plan.sessions if s.kind is SessionKind.ORIENTATION)
    assert orientation.start == datetime(2020, 9, 28, 9, 0, tzinfo=SEOUL)
    assert any("48" in warning for warning in plan.warnings)


def test_sessions_skip_weekends_and_korean_holidays_including_chuseok_and_hangul_day():
    plan = plan_counseling(request(headcount=400), [counselor("a", hours=20)], {},
                           now=MONDAY_BEFORE_CHUSEOK)
    days = {s.start.date() for s in plan.sessions}
    chuseok_and_hangul_day = {date(2020, 9, 30), date(2020, 10, 1), date(2020, 10, 2), date(2020, 10, 9)}
    assert days.isdisjoint(chuseok_and_hangul_day)
    assert all(day.weekday() < 5 for day in days)
    assert date(2020, 10, 12) in days  # the work did spill past Hangul Day, so it was tested


def test_holidays_given_by_the_caller_are_used_instead_of_the_built_in_calendar():
    center_closed = {date(2020, 9, 29)}
    plan = plan_counseling(request(headcount=400), [counselor("a")], {}, now=MONDAY_BEFORE_CHUSEOK,
                           holidays=center_closed)
    days = {s.start.date() for s in plan.sessions}
    assert date(2020, 9, 29) not in days
    assert date(2020, 9, 30) in days  # Chuseok eve is a working day under the caller's calendar


def test_sessions_are_between_nine_and_six_seoul_time():
    plan = plan_counseling(request(headcount=300), [counselor("a"), counselor("b")], {},
                           now=datetime(2020, 9, 28, 7, 45, tzinfo=SEOUL))
    for s in plan.sessions:
        local_start, local_end = s.start.astimezone(SEOUL), s.end.astimezone(SEOUL)
        assert local_start.time() >= time(9) and local_end.time() <= time(18)
        assert local_start.date() == local_end.date()


def test_weekly_capacity_of_each_counselor_is_respected_including_existing_bookings():
    already = {"a": [Slot(start=datetime(2020, 10, 5, 9, tzinfo=SEOUL), end=datetime(2020, 10, 5, 13, tzinfo=SEOUL))]}
    team = [counselor("a", hours=6), counselor("b", hours=10)]
    plan = plan_counseling(request(headcount=1000), team, already, now=MONDAY_BEFORE_CHUSEOK)
    load = week_load(plan.sessions)
    load[("a", (2020, 41))] += 240
    assert all(load[(c.id, week)] <= c.hours_per_week * 60 for c in team for week in [(2020, w) for w in range(40, 45)])
    assert plan.overflow  # 101 hours of counseling cannot fit in 16 hours a week


def test_no_counselor_is_double_booked_and_existing_bookings_are_avoided():
    busy = Slot(start=datetime(2020, 9, 28, 9, tzinfo=SEOUL), end=datetime(2020, 9, 28, 18, tzinfo=SEOUL))
    plan = plan_counseling(request(headcount=300), [counselor("a"), counselor("b")], {"a": [busy]},
                           now=MONDAY_BEFORE_CHUSEOK)
    by_counselor = defaultdict(list)
    for s in plan.sessions:
        by_counselor[s.counselor_id].append((s.start, s.end))
    by_counselor["a"].append((busy.start, busy.end))
    for intervals in by_counselor.values():
        intervals.sort()
        assert all(prev_end <= next_start for (_, prev_end), (next_start, _) in zip(intervals, intervals[1:]))


def test_a_worker_never_has_two_sessions_at_the_same_time():
    workers = [f"w{i}" for i in range(30)]
    plan = plan_counseling(request(workers=workers), [counselor(c) for c in "abcd"], {},
                           now=MONDAY_BEFORE_CHUSEOK)
    for worker in workers:
        mine = sorted((s.start, s.end) for s in plan.sessions if s.subject == worker)
        assert len(mine) == 2
        assert mine[0][1] <= mine[1][0]


def test_work_is_spread_evenly_across_equal_counselors():
    team = [counselor(c) for c in ("c", "a", "b")]
    plan = plan_counseling(request(headcount=600), team, {}, now=MONDAY_BEFORE_CHUSEOK)
    totals = Counter()
    for s in plan.sessions:
        totals[s.counselor_id] += minutes(s)
    assert set(totals) == {"a", "b", "c"}
    assert max(totals.values()) - min(totals.values()) <= 120


def test_the_same_inputs_give_the_same_plan():
    team = [counselor(c) for c in "abc"]
    first = plan_counseling(request(headcount=300), team, {}, now=MONDAY_BEFORE_CHUSEOK)
    second = plan_counseling(request(headcount=300), list(reversed(team)), {}, now=MONDAY_BEFORE_CHUSEOK)
    assert first == second


def test_sessions_that_do_not_fit_before_separation_are_overflow_never_dropped():
    two_days_left = request(headcount=200, separation=date(2020, 9, 30))
    plan = plan_counseling(two_days_left, [counselor("a")], {}, now=MONDAY_BEFORE_CHUSEOK)
    assert plan.overflow
    assert len(plan.sessions) + len(plan.overflow) == 1 + 10 * 2
    assert all(s.start.date() < date(2020, 9, 30) for s in plan.sessions)
    assert all("2020-09-30" in o.reason for o in plan.overflow)


def test_only_counselors_of_the_region_speaking_the_language_are_assigned():
    team = [counselor("ko-only"), counselor("bilingual", languages=("ko", "en")),
            counselor("iksan", region="iksan", languages=("ko", "en"))]
    english = request(headcount=60, language="en")
    plan = plan_counseling(english, team, {}, now=MONDAY_BEFORE_CHUSEOK)
    assert {s.counselor_id for s in plan.sessions} == {"bilingual"}


def test_without_any_suitable_counselor_everything_is_overflow_with_the_reason():
    plan = plan_counseling(request(headcount=40, language="vi"), [counselor("a")], {}, now=MONDAY_BEFORE_CHUSEOK)
    assert not plan.sessions
    assert len(plan.overflow) == 1 + 2 * 2
    assert all("'vi'" in o.reason for o in plan.overflow)


def test_without_a_separation_date_sessions_are_planned_within_the_horizon():
    plan = plan_counseling(request(headcount=100, separation=None), [counselor("a")], {}, now=MONDAY_BEFORE_CHUSEOK)
    assert len(plan.sessions) == 11 and not plan.overflow


def slots_of(sessions):
    booked = defaultdict(list)
    for s in sessions:
        booked[s.counselor_id].append(Slot(start=s.start, end=s.end))
    return dict(booked)


def test_an_earlier_separation_date_keeps_earlier_sessions_and_moves_later_ones_into_free_time():
    original = plan_counseling(request(headcount=300), [counselor("a", hours=6)], {}, now=MONDAY_BEFORE_CHUSEOK)
    new_date = date(2020, 10, 21)
    reinforced = [counselor("a", hours=6), counselor("b", hours=20)]
    revised = reschedule(original.sessions, new_date, request(headcount=300), reinforced,
                         slots_of(original.sessions), now=MONDAY_BEFORE_CHUSEOK)
    before = {s.key: s for s in original.sessions}
    after = {s.key: s for s in revised.sessions}
    kept = [k for k, s in before.items() if s.start.date() < new_date]
    moved = [k for k, s in before.items() if s.start.date() >= new_date]
    assert kept and moved
    assert all(after[k] == before[k] for k in kept)
    assert all(after[k].start.date() < new_date for k in moved)
    assert not revised.overflow


def test_an_earlier_separation_date_turns_what_no_longer_fits_into_overflow():
    team = [counselor("a", hours=6)]
    original = plan_counseling(request(headcount=300), team, {}, now=MONDAY_BEFORE_CHUSEOK)
    new_date = date(2020, 10, 14)
    revised = reschedule(original.sessions, new_date, request(headcount=300), team,
                         slots_of(original.sessions), now=MONDAY_BEFORE_CHUSEOK)
    late = {s.key for s in original.sessions if s.start.date() >= new_date}
    never_fitted = {o.key for o in original.overflow}
    assert late
    assert late | never_fitted == {o.key for o in revised.overflow}
    assert all("2020-10-14" in o.reason for o in revised.overflow)
    assert all(s.start.date() < new_date for s in revised.sessions)


def test_a_larger_headcount_adds_cohorts_and_keeps_the_existing_sessions():
    team = [counselor("a"), counselor("b")]
    original = plan_counseling(request(headcount=100), team, {}, now=MONDAY_BEFORE_CHUSEOK)
    amended = request(headcount=160)
    revised = reschedule(original.sessions, amended.separation_date, amended, team, {},
                         now=MONDAY_BEFORE_CHUSEOK)
    after = {s.key: s for s in revised.sessions}
    assert all(after[s.key] == s for s in original.sessions)
    added = {s.subject for s in revised.sessions} - {s.subject for s in original.sessions}
    assert added == {"cohort-6", "cohort-7", "cohort-8"}
    assert len(revised.sessions) == 1 + 8 * 2


def test_sessions_already_held_are_not_planned_again():
    team = [counselor("a")]
    original = plan_counseling(request(headcount=40), team, {}, now=MONDAY_BEFORE_CHUSEOK)
    held = [s for s in original.sessions if s.kind is SessionKind.ORIENTATION]
    pending = [s for s in original.sessions if s not in held]
    later = datetime(2020, 10, 5, 9, tzinfo=SEOUL)
    revised = reschedule(pending, date(2020, 10, 30), request(headcount=40), team, {}, now=later,
                         done=[s.key for s in held])
    assert not any(s.kind is SessionKind.ORIENTATION for s in revised.sessions)
    assert {s.key for s in revised.sessions} == {s.key for s in pending}
    assert all(s.start >= later for s in revised.sessions)


def test_the_counselor_config_validates_and_feeds_plan_requests(read_config):
    config = CounselorConfig.model_validate(read_config("counselors.yaml"))
    gunsan = [c for c in config.counselors if c.region == "gunsan"]
    assert len(gunsan) >= 3
    req = PlanRequest(case_key="oci-2020", region="gunsan", headcount=1000,
                      separation_date=date(2020, 6, 30), **config.plan_defaults())
    assert req.session_minutes[SessionKind.ORIENTATION] == 120
    assert len(subjects_for(req)) == 1000 // config.cohort_size
    plan = plan_counseling(req, config.counselors, {}, now=datetime(2020, 3, 16, 10, tzinfo=SEOUL))
    assert {s.counselor_id for s in plan.sessions} <= {c.id for c in gunsan}


def test_korean_holidays_include_substitute_holidays():
    assert date(2020, 1, 27) in korean_holidays(date(2020, 1, 1), date(2020, 12, 31))
