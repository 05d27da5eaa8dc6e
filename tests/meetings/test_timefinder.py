"""The time finder: a slot inside every attendee country's working day and hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import SUN_THU, WorkWeek
from regionmgr.core.countries.protected import Period
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
    assert sorted(paris(s).strftime("%a %H:%M") for s in best) == sorted(
        f"{d} 14:00" for d in ("Mon", "Tue", "Wed", "Thu", "Fri"))
    # Over the next 8 weeks only Friday has no holiday anywhere (Presidents' Day on a Monday,
    # Eid al-Fitr from Tuesday 9 March 2027 in Dubai): it ranks first.
    assert paris(best[0]).strftime("%a") == "Fri" and best[0].weeks_together == 8
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


def test_public_holiday_in_one_week_does_not_rule_out_the_weekday():
    # Monday 25 May 2026 is Whit Monday in France: the Monday slot suits 7 of the next 8 weeks,
    # naming the holiday, and ranks after the same time on Wednesday (8 of 8; Tuesday has 14 July).
    slots = timefinder.rank_slots([FR], dt.date(2026, 5, 25), "Europe/Paris", 60)
    monday = next(s for s in slots if paris(s).strftime("%a %H:%M") == "Mon 10:00")
    wednesday = next(s for s in slots if paris(s).strftime("%a %H:%M") == "Wed 10:00")
    assert monday.suits_all and monday.weeks == 8
    [fr] = monday.countries
    assert (fr.code, fr.weeks_ok) == ("FR", 7)
    assert [(m.day, m.kind) for m in fr.missed] == [(dt.date(2026, 5, 25), "holiday")]
    assert slots.index(wednesday) < slots.index(monday)
    # Judged on one week only, that Monday suits nobody.
    once = timefinder.evaluate([FR], monday.start, 60, weeks=1)
    assert once.misses == ("FR",)


def test_protected_periods_make_a_slot_unsuitable_and_say_why():
    lunch = Period("l", "c", "daily", None, 12 * 60 + 30, 14 * 60, None, None, "Lunch break")
    prayer = Period("p", "c", "weekday", 5, 12 * 60, 14 * 60 + 30, None, None, "Friday prayer")
    periods = {"FR": [lunch], "AE": [prayer]}
    noon = timefinder.evaluate([FR, AE], dt.datetime(2027, 2, 2, 13, 0, tzinfo=PARIS), 60, periods)
    assert noon.misses == ("FR",) and noon.fits == ("AE",)
    assert {(m.kind, m.label) for m in noon.country("FR").missed} == {("protected", "Lunch break")}
    # 10:00 Paris is 13:00 in Dubai: fine on Tuesday, Friday prayer on Friday.
    friday = timefinder.evaluate([FR, AE], dt.datetime(2027, 2, 5, 10, 0, tzinfo=PARIS), 60, periods)
    assert friday.misses == ("AE",) and friday.country("AE").weeks_ok == 0
    assert {m.label for m in friday.country("AE").missed} == {"Friday prayer"}
    ranked = timefinder.rank_slots([FR, AE], WEEK, "Europe/Paris", 60, periods=periods)
    best = [s for s in ranked if s.suits_all]
    assert best and not any(paris(s).strftime("%H:%M") in ("12:00", "12:30", "13:00", "13:30") for s in best)


def test_a_weekly_slot_is_judged_over_the_next_weeks_with_wall_time_kept():
    # Across the change to summer time (28 March 2027 in Paris), the slot keeps 10:00 Paris.
    slot = timefinder.evaluate([FR], dt.datetime(2027, 3, 23, 10, 0, tzinfo=PARIS), 60, weeks=3)
    assert slot.weeks == 3 and slot.country("FR").weeks_ok == 3
    assert [o.astimezone(PARIS).strftime("%m-%d %H:%M") for o in slot.occurrences()] == [
        "03-23 10:00", "03-30 10:00", "04-06 10:00"]
    assert len({o.astimezone(UTC).hour for o in slot.occurrences()}) == 2  # 09:00 then 08:00 UTC


def test_slot_outside_someone_s_day_is_reported():
    late = timefinder.evaluate([FR, AE, US], dt.datetime(2027, 2, 2, 17, 0, tzinfo=PARIS), 60)
    assert late.fits == ("FR", "US") and late.misses == ("AE",)


def test_grid_covers_the_week_in_the_organizer_s_zone():
    grid = timefinder.week_grid([FR], WEEK, "Europe/Paris", 60, 30)
    assert len(grid) == 7 and all(len(col) == 48 for col in grid)
    assert paris(grid[2][20]).strftime("%a %H:%M") == "Wed 10:00"
