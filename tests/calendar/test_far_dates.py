"""Far dates (issue 13.7, 13.8): working days are counted arithmetically, and only dates within
MIN_YEAR..MAX_YEAR are accepted or read back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionmgr.core.calendar import dates, workweek
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.store import codec

MOROCCO = WorkWeek("MA", "Africa/Casablanca", workweek.MON_FRI)
FRANCE = WorkWeek("FR", "Europe/Paris", workweek.MON_FRI)
DUBAI = WorkWeek("AE", "Asia/Dubai", workweek.MON_FRI)
SUN_THU = WorkWeek("SA", "Asia/Riyadh", workweek.SUN_THU)
WEEKS = [MOROCCO, FRANCE, DUBAI, SUN_THU, WorkWeek("", "UTC", "1357")]


def reference_between(week: WorkWeek, start: dt.date, end: dt.date) -> int:
    """The day-by-day count the arithmetic must agree with."""
    day, count = start + dt.timedelta(days=1), 0
    while day <= end:
        count += workweek.is_working_day(week, day)
        day += dt.timedelta(days=1)
    return count


days_2026_2200 = st.dates(dt.date(2026, 1, 1), dt.date(2200, 12, 31))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(week=st.sampled_from(WEEKS), start=days_2026_2200, span=st.integers(-10, 800))
def test_working_days_between_matches_day_by_day(week, start, span):
    end = start + dt.timedelta(days=span)
    if end.year > 2200:
        end = dt.date(2200, 12, 31)
    assert workweek.working_days_between(week, start, end) == reference_between(week, start, end)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(week=st.sampled_from(WEEKS), start=days_2026_2200, span=st.integers(0, 400))
def test_working_days_in_and_count_match_day_by_day(week, start, span):
    end = min(start + dt.timedelta(days=span), dt.date(2200, 12, 31))
    expected = []
    day = start
    while day <= end:
        if workweek.is_working_day(week, day):
            expected.append(day)
        day += dt.timedelta(days=1)
    assert workweek.working_days_in(week, start, end) == expected
    assert workweek.count_working_days(week, start, end) == len(expected)


def test_a_known_range():
    # 2027 in France: 261 weekdays, 11 public holidays of which 9 fall on a weekday (1 May and
    # 8 May 2027 are Saturdays... checked against the day-by-day count).
    first, last = dt.date(2026, 12, 31), dt.date(2027, 12, 31)
    assert workweek.working_days_between(FRANCE, first, last) == reference_between(FRANCE, first, last)
    assert 245 <= workweek.working_days_between(FRANCE, first, last) <= 255


class Counting:
    """Counts the holiday-table lookups (one per country and year) and the days looked at one by one."""

    def __init__(self, monkeypatch):
        self.tables = 0
        self.days = 0
        table, working = workweek._holiday_table, workweek.is_working_day

        def counted_table(code, year):
            self.tables += 1
            return table(code, year)

        def counted_day(week, day):
            self.days += 1
            return working(week, day)

        monkeypatch.setattr(workweek, "_holiday_table", counted_table)
        monkeypatch.setattr(workweek, "is_working_day", counted_day)


@pytest.mark.parametrize("week", [MOROCCO, FRANCE], ids=["MA", "FR"])
def test_a_huge_range_looks_up_each_year_once_and_no_day_one_by_one(monkeypatch, week):
    count = Counting(monkeypatch)
    got = workweek.working_days_between(week, dt.date(2026, 1, 1), dt.date(2200, 12, 31))
    assert count.tables <= 2200 - 2026 + 1
    assert count.days <= 14
    assert 170 * 230 < got < 175 * 262


@pytest.mark.parametrize("end", [dt.date(9999, 12, 15), dt.date(9999, 12, 31)])
def test_beyond_the_range_no_holidays_are_computed(monkeypatch, end):
    """15/12/9999 froze quick capture 25 s, a Moroccan task 209 s: years beyond MAX_YEAR have no
    holiday table (no date there is accepted anyway), and weeks are counted, not walked."""
    count = Counting(monkeypatch)
    got = workweek.working_days_between(MOROCCO, dt.date(2026, 11, 23), end)
    assert count.tables <= 2200 - 2026 + 1
    assert count.days <= 14
    assert got > 7000 * 250
    assert workweek.holiday_name("MA", dt.date(9999, 1, 1)) is None
    assert workweek.holidays_in("MA", dt.date(9000, 1, 1), dt.date(9999, 12, 31)) == {}


def test_next_and_add_working_days_stay_bounded(monkeypatch):
    count = Counting(monkeypatch)
    lazy = WorkWeek("", "UTC", "")  # no working day at all
    assert workweek.next_working_day(lazy, dt.date(2026, 1, 1)) >= dt.date(2026, 1, 1)
    assert count.days <= 400
    day = workweek.add_working_days(FRANCE, dt.date(2026, 12, 24), 3)
    assert day == dt.date(2026, 12, 30)  # 25 Dec holiday, weekend 26-27


# -- 13.7: one bound, read back or refused ----------------------------------------------------
def test_one_bound_for_every_date():
    assert (dates.MIN_YEAR, dates.MAX_YEAR) == (codec.MIN_YEAR, codec.MAX_YEAR) == (1970, 2200)
    assert codec.in_range(dt.date(2200, 12, 31)) and codec.in_range(None)
    assert not codec.in_range(dt.date(1, 1, 2)) and not codec.in_range(dt.datetime(9999, 12, 31))
    with pytest.raises(dates.DateInputError, match="between 1970 and 2200"):
        dates.check_in_range(dt.date(1, 1, 2))
    assert dates.check_in_range(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)


@pytest.mark.parametrize(("decode", "text"), [
    (codec.instant, "0001-01-01 00:00:00.000000"),
    (codec.instant, "9999-12-31 23:59:59.000000"),
    (codec.instant, "not a date"),
    (codec.instant, "2026-02-31 10:00:00.000000"),
    (codec.wall, "0001-01-01 00:00:00.000000"),
    (codec.wall, "garbage"),
    (codec.day, "9999-12-15"),
    (codec.day, "0001-01-02"),
    (codec.day, "2026-13-01"),
    (codec.clock, "25:61"),
])
def test_unreadable_stored_values_raise_one_error(decode, text):
    with pytest.raises(codec.Unreadable):
        decode(text)
    assert not codec.readable(decode, text)


def test_stored_values_in_range_read_back():
    assert codec.instant("2026-11-23 09:30:00.000000") == dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    # the last day of MAX_YEAR, fixed in a zone east of UTC, is stored in the next year's UTC
    assert codec.instant("2201-01-01 10:59:59.000000") is not None
    assert codec.day("2200-12-31") == dt.date(2200, 12, 31)
