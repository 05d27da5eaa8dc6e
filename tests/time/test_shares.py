"""Time shares per country over a known week: midnight crossings, a DST change, tasks, flags, trend."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from regionmgr.core.time import shares
from regionmgr.core.time.shares import Period
from regionmgr.store.models import Country, Task, TimeEntry

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC
# The week of the autumn DST change in Paris: Sunday 25 October 2026 has 25 hours.
WEEK = Period(dt.date(2026, 10, 19), dt.date(2026, 10, 25))
NOW = dt.datetime(2026, 10, 27, 12, 0, tzinfo=UTC)


def paris(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=PARIS)


def test_a_day_with_a_dst_change_has_25_hours():
    day = dt.date(2026, 10, 25)
    start = shares.local_midnight(day, PARIS)
    end = shares.local_midnight(day + dt.timedelta(days=1), PARIS)
    assert shares.split_by_day(start, end, PARIS) == [(day, 25 * 3600.0)]


def test_an_entry_crossing_midnight_counts_on_both_days():
    parts = shares.split_by_day(paris(2026, 10, 20, 22, 0), paris(2026, 10, 21, 2, 0), PARIS)
    assert parts == [(dt.date(2026, 10, 20), 2 * 3600.0), (dt.date(2026, 10, 21), 2 * 3600.0)]


def test_an_entry_over_the_dst_night_counts_real_hours():
    # 23:00 summer time to 04:00 winter time: 6 hours really elapsed.
    parts = shares.split_by_day(paris(2026, 10, 24, 23, 0), paris(2026, 10, 25, 4, 0), PARIS)
    assert parts == [(dt.date(2026, 10, 24), 3600.0), (dt.date(2026, 10, 25), 5 * 3600.0)]


@pytest.fixture
def week_store(store):
    """FR (target 50), DE (30), PL (20) with known entries in the DST week."""
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris", target_share=50.0, position=0)
        de = Country(code="DE", timezone="Europe/Berlin", target_share=30.0, position=1)
        pl = Country(code="PL", timezone="Europe/Warsaw", target_share=20.0, position=2)
        s.add_all([fr, de, pl])
        s.flush()
        pl_task = Task(title="Timesheets", country_id=pl.id)
        s.add(pl_task)
        s.flush()
        entries = [
            # Starts the Sunday before the week: only the hour after midnight counts.
            (fr.id, None, paris(2026, 10, 18, 23, 0), paris(2026, 10, 19, 1, 0)),
            # Crosses midnight inside the week: all 4 hours count.
            (fr.id, None, paris(2026, 10, 20, 22, 0), paris(2026, 10, 21, 2, 0)),
            # The DST night: 6 real hours.
            (de.id, None, paris(2026, 10, 24, 23, 0), paris(2026, 10, 25, 4, 0)),
            # Ends after the week: only until Monday's midnight counts (1 hour).
            (fr.id, None, paris(2026, 10, 25, 23, 0), paris(2026, 10, 26, 3, 0)),
            # On a Polish task, logged without a country: counts for Poland.
            (None, pl_task.id, paris(2026, 10, 22, 9, 0), paris(2026, 10, 22, 10, 0)),
        ]
        for cid, tid, start, end in entries:
            s.add(TimeEntry(country_id=cid, task_id=tid, started_at=start, ended_at=end))
        ids = {"FR": fr.id, "DE": de.id, "PL": pl.id}
    return store, ids


def test_shares_over_a_known_week(week_store):
    store, _ids = week_store
    report = shares.compute_shares(store, WEEK, PARIS, NOW, margin=5.0)
    hours = {r.code: r.hours for r in report.rows}
    assert hours == {"FR": 6.0, "DE": 6.0, "PL": 1.0}
    assert report.total_seconds == 13 * 3600
    actual = {r.code: round(r.actual, 2) for r in report.rows}
    assert actual == {"FR": 46.15, "DE": 46.15, "PL": 7.69}


def test_under_served_flag_follows_the_margin(week_store):
    store, _ids = week_store
    flagged = {r.code for r in shares.compute_shares(store, WEEK, PARIS, NOW, margin=5.0).under_served}
    assert flagged == {"PL"}  # 7.7 % against 20 %; FR is 3.8 points under, inside the margin
    flagged = {r.code for r in shares.compute_shares(store, WEEK, PARIS, NOW, margin=2.0).under_served}
    assert flagged == {"PL", "FR"}
    flagged = {r.code for r in shares.compute_shares(store, WEEK, PARIS, NOW, margin=15.0).under_served}
    assert flagged == set()


def test_the_same_week_seen_from_dubai_moves_the_day_boundaries(week_store):
    store, _ids = week_store
    report = shares.compute_shares(store, WEEK, ZoneInfo("Asia/Dubai"), NOW)
    hours = {r.code: r.hours for r in report.rows}
    # In Dubai the first FR entry is 01:00-03:00 on Monday (both hours in the week) and
    # the last one 02:00-06:00 on Monday the 26th (outside the week).
    assert hours == {"FR": 6.0, "DE": 6.0, "PL": 1.0}
    assert report.rows[0].seconds == 6 * 3600


def test_a_running_timer_counts_until_now(week_store):
    store, ids = week_store
    with store.write() as s:
        s.add(TimeEntry(country_id=ids["PL"], started_at=paris(2026, 10, 23, 9, 0), ended_at=None))
    now = paris(2026, 10, 23, 12, 0).astimezone(UTC)
    report = shares.compute_shares(store, WEEK, PARIS, now)
    assert {r.code: r.hours for r in report.rows}["PL"] == 4.0


def test_weekly_trend_gives_one_point_per_week(week_store):
    store, ids = week_store
    points = shares.weekly_trend(store, dt.date(2026, 10, 25), PARIS, NOW, weeks=3)
    assert [p.week.first for p in points] == [dt.date(2026, 10, 5), dt.date(2026, 10, 12), dt.date(2026, 10, 19)]
    assert points[0].shares == {}
    assert points[1].shares == {ids["FR"]: 100.0}  # the hour on Sunday the 18th
    assert round(points[2].shares[ids["PL"]], 2) == 7.69


def test_periods_this_week_and_this_month():
    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert Period.this_week(now, PARIS) == Period(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert Period.this_month(now, PARIS) == Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    # Sunday 23:30 UTC is already Monday in Dubai.
    late = dt.datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    assert Period.this_week(late, ZoneInfo("Asia/Dubai")).first == dt.date(2026, 11, 23)


def test_sample_region_shows_poland_under_served(sample_store):
    from tests.conftest import FIXED_NOW

    last_week = Period.week_of(dt.date(2026, 11, 16))
    report = shares.compute_shares(sample_store, last_week, PARIS, FIXED_NOW)
    assert [r.code for r in report.under_served] == ["PL"]
