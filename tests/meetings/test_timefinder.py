"""The time finder: a slot inside every attendee country's working day and hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import SUN_THU, WorkWeek
from regionmgr.core.meetings import timefinder

UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")
FR = WorkWeek("FR", "Europe/Paris", "12345", 9 * 60, 18 * 60)
AE = WorkWeek("AE", "Asia/Dubai", "12345", 9 * 60, 18 * 60)
US = WorkWeek("US", "America/New_York", "12345", 8 * 60, 17 * 60)
SA = WorkWeek("SA", "Asia/Riyadh", SUN_THU, 8 * 60, 16 * 60)
WEEK = dt.date(2027, 2, 1)  # Monday; no public holiday in FR, AE, US or SA that week


def paris(slot):
    return slot.start.astimezone(PARIS)


def test_paris_dubai_new_york_only_fit_at_two_in_the_afternoon_paris_time():
    # New York opens at 08:00 = 14:00 Paris = 17:00 Dubai, and Dubai closes at 18:00: one hour overlaps.
    best = [s for s in timefinder.rank_slots([FR, AE, US], WEEK, "Europe/Paris", 60) if s.suits_all]
    assert [paris(s).strftime("%a %H:%M") for s in best] == [f"{d} 14:00" for d in ("Mon", "Tue", "Wed", "Thu", "Fri")]
    local = dict(timefinder.local_starts([FR, AE, US], best[0].start))
    assert (local["AE"].strftime("%H:%M"), local["US"].strftime("%H:%M")) == ("17:00", "08:00")
    # Ninety minutes suit nobody all together: the best slots then suit two of three.
    longer = timefinder.rank_slots([FR, AE, US], WEEK, "Europe/Paris", 90)
    assert not any(s.suits_all for s in longer) and len(longer[0].fits) == 2


def test_sun_thu_country_rules_out_friday_and_sunday():
    ranked = timefinder.rank_slots([FR, SA], WEEK, "Europe/Paris", 60)
    best = [s for s in ranked if s.suits_all]
    days = {paris(s).strftime("%a") for s in best}
    assert days == {"Mon", "Tue", "Wed", "Thu"}  # Friday off in Riyadh, Sunday off in Paris
    # Riyadh 08:00-16:00 (UTC+3) meets Paris 09:00-18:00 (UTC+1): 09:00-14:00 Paris.
    hours = sorted({paris(s).strftime("%H:%M") for s in best})
    assert hours[0] == "09:00" and hours[-1] == "13:00"
    # The most comfortable slot is in the middle of both days, not at an edge.
    assert best[0].margin_min > 0 and best[0] == ranked[0]
    sunday = timefinder.evaluate([FR, SA], dt.datetime(2027, 2, 7, 10, 0, tzinfo=PARIS), 60)
    assert sunday.fits == ("SA",) and sunday.misses == ("FR",)


def test_public_holiday_takes_a_day_out():
    # Monday 25 May 2026 is Whit Monday in France: no slot that day suits France.
    slots = timefinder.rank_slots([FR], dt.date(2026, 5, 25), "Europe/Paris", 60)
    assert slots and all(paris(s).date() != dt.date(2026, 5, 25) for s in slots)


def test_slot_outside_someone_s_day_is_reported():
    late = timefinder.evaluate([FR, AE, US], dt.datetime(2027, 2, 2, 17, 0, tzinfo=PARIS), 60)
    assert late.fits == ("FR", "US") and late.misses == ("AE",)


def test_grid_covers_the_week_in_the_organizer_s_zone():
    grid = timefinder.week_grid([FR], WEEK, "Europe/Paris", 60, 30)
    assert len(grid) == 7 and all(len(col) == 48 for col in grid)
    assert paris(grid[2][20]).strftime("%a %H:%M") == "Wed 10:00"
