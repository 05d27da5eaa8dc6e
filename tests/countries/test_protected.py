"""Protected periods: a country's lunch, Friday prayer, short Fridays, Ramadan hours and dated
periods; what is protected at an instant, the working windows of a day, and the undoable
operations that keep them (bad input changes nothing)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.countries import protected, region
from regionmgr.core.countries.protected import Period
from regionmgr.core.errors import ValidationError

UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")
DUBAI = ZoneInfo("Asia/Dubai")
FR = WorkWeek("FR", "Europe/Paris", "12345", 9 * 60, 18 * 60)
AE = WorkWeek("AE", "Asia/Dubai", "12345", 8 * 60, 17 * 60)
LUNCH = Period("l", "c", "daily", None, 12 * 60 + 30, 14 * 60, None, None, "Lunch break")
PRAYER = Period("p", "c", "weekday", 5, 12 * 60, 14 * 60 + 30, None, None, "Friday prayer")
SHORT_FRIDAY = Period("s", "c", "weekday", 5, 12 * 60, 24 * 60, None, None, "Short Friday")
RAMADAN = Period("r", "c", "ramadan", None, 9 * 60, 15 * 60, None, None, "Ramadan hours")
SEMINAR = Period("d", "c", "dates", None, 0, 24 * 60, dt.date(2027, 2, 3), dt.date(2027, 2, 4), "Seminar")


def at(day: dt.date, hour: int, minute: int = 0, zone: ZoneInfo = PARIS) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), zone)


def local_spans(week: WorkWeek, windows) -> list[str]:
    return [f"{a.astimezone(week.zone):%H:%M}-{b.astimezone(week.zone):%H:%M}" for a, b in windows]


def test_lunch_is_protected_and_says_until_when():
    monday = dt.date(2027, 2, 1)
    found = protected.protection_at(FR, [LUNCH], at(monday, 13, 0))
    assert found is not None and found.label == "Lunch break"
    assert found.until.astimezone(PARIS).strftime("%H:%M") == "14:00"
    assert protected.is_protected(FR, [LUNCH], at(monday, 12, 29)) is None
    assert protected.is_protected(FR, [LUNCH], at(monday, 12, 30)) == "Lunch break"
    assert protected.is_protected(FR, [LUNCH], at(monday, 14, 0)) is None


def test_friday_prayer_only_on_fridays():
    friday, thursday = dt.date(2027, 2, 5), dt.date(2027, 2, 4)
    assert protected.is_protected(AE, [PRAYER], at(friday, 13, 0, DUBAI)) == "Friday prayer"
    assert protected.is_protected(AE, [PRAYER], at(thursday, 13, 0, DUBAI)) is None


def test_working_windows_are_the_hours_less_the_protected_periods():
    monday, friday = dt.date(2027, 2, 1), dt.date(2027, 2, 5)
    assert local_spans(FR, protected.working_windows(FR, [LUNCH], monday)) == ["09:00-12:30", "14:00-18:00"]
    # A short Friday ends the day at noon.
    assert local_spans(AE, protected.working_windows(AE, [SHORT_FRIDAY], friday)) == ["08:00-12:00"]
    # A weekend or a public holiday has no window; a dated period takes its days out.
    assert protected.working_windows(FR, [LUNCH], dt.date(2027, 2, 6)) == []
    assert protected.working_windows(FR, [], dt.date(2027, 7, 14)) == []
    assert protected.working_windows(FR, [SEMINAR], dt.date(2027, 2, 3)) == []
    assert local_spans(FR, protected.working_windows(FR, [SEMINAR], dt.date(2027, 2, 5))) == ["09:00-18:00"]


def test_ramadan_hours_replace_the_working_hours_on_ramadan_days():
    # Ramadan 1448 runs from 8 February to 8 March 2027 (Umm al-Qura calendar).
    assert protected.is_ramadan(dt.date(2027, 2, 8)) and protected.is_ramadan(dt.date(2027, 3, 8))
    assert not protected.is_ramadan(dt.date(2027, 2, 7)) and not protected.is_ramadan(dt.date(2027, 3, 9))
    assert not protected.is_ramadan(dt.date(2150, 1, 1))  # beyond the calendar's table: no Ramadan known
    inside, before = dt.date(2027, 2, 10), dt.date(2027, 2, 3)
    assert local_spans(AE, protected.working_windows(AE, [RAMADAN], inside)) == ["09:00-15:00"]
    assert local_spans(AE, protected.working_windows(AE, [RAMADAN], before)) == ["08:00-17:00"]
    late = protected.protection_at(AE, [RAMADAN], at(inside, 16, 0, DUBAI))
    assert late is not None and late.kind == "ramadan" and late.label == "Ramadan hours"
    assert protected.is_protected(AE, [RAMADAN], at(inside, 10, 0, DUBAI)) is None


def test_a_span_is_judged_with_the_reason_it_does_not_fit():
    monday = dt.date(2027, 2, 1)
    assert protected.span_problem(FR, [LUNCH], at(monday, 10), at(monday, 11)) is None
    lunch = protected.span_problem(FR, [LUNCH], at(monday, 12), at(monday, 13))
    assert (lunch.kind, lunch.label) == ("protected", "Lunch break")
    holiday = protected.span_problem(FR, [], at(dt.date(2027, 7, 14), 10), at(dt.date(2027, 7, 14), 11))
    assert holiday.kind == "holiday" and holiday.day == dt.date(2027, 7, 14) and holiday.label
    weekend = protected.span_problem(FR, [], at(dt.date(2027, 2, 6), 10), at(dt.date(2027, 2, 6), 11))
    assert weekend.kind == "day_off"
    late = protected.span_problem(FR, [], at(monday, 18), at(monday, 19))
    assert late.kind == "hours"
    ramadan = protected.span_problem(AE, [RAMADAN], at(dt.date(2027, 2, 10), 15, 0, DUBAI),
                                     at(dt.date(2027, 2, 10), 16, 0, DUBAI))
    assert ramadan.kind == "ramadan"


# -- stored periods and their operations ---------------------------------------------------------
def country(store, code):
    return next(c for c in region.list_countries(store) if c.code == code)


def test_add_update_delete_are_undoable(store):
    from regionmgr.core.countries import operations

    fr_id = operations.add_country(store, "FR").result
    added = protected.add_period(store, fr_id, {"kind": "daily", "start_min": 750, "end_min": 840,
                                                "label": " Lunch "})
    assert added.change.ids("protected_period") == {added.result}
    [period] = protected.load(store, fr_id)
    assert (period.kind, period.start_min, period.end_min, period.label) == ("daily", 750, 840, "Lunch")
    changed = protected.update_period(store, period.id, {"end_min": 870})
    assert protected.load(store, fr_id)[0].end_min == 870
    redo = changed.undo()
    assert protected.load(store, fr_id)[0].end_min == 840
    redo.undo()
    assert protected.load(store, fr_id)[0].end_min == 870
    removed = protected.delete_periods(store, [period.id])
    assert protected.load(store, fr_id) == []
    removed.undo()
    assert [p.id for p in protected.load(store, fr_id)] == [period.id]
    assert protected.by_code(store) == {"FR": protected.load(store, fr_id)}
    undo_add = added  # undoing the add removes the row
    undo_add.undo()
    assert protected.load(store, fr_id) == []


@pytest.mark.parametrize(("values", "message"), [
    ({"kind": "daily", "start_min": 840, "end_min": 750}, "must end after it starts"),
    ({"kind": "weekday", "weekday": 9, "start_min": 720, "end_min": 870}, "weekday"),
    ({"kind": "weekday", "start_min": 720, "end_min": 870}, "weekday"),
    ({"kind": "dates", "start_min": 0, "end_min": 1440, "from_date": dt.date(2027, 2, 5),
      "to_date": dt.date(2027, 2, 1)}, "ends before it starts"),
    ({"kind": "dates", "start_min": 0, "end_min": 1440}, "dates"),
    ({"kind": "siesta", "start_min": 0, "end_min": 60}, "kind"),
    ({"kind": "daily", "start_min": -5, "end_min": 60}, "between 00:00 and 24:00"),
    ({"kind": "daily", "start_min": 60, "end_min": 25 * 60}, "between 00:00 and 24:00"),
])
def test_bad_input_is_refused_and_changes_nothing(store, values, message):
    from regionmgr.core.countries import operations

    fr_id = operations.add_country(store, "FR").result
    with pytest.raises(ValidationError, match=message):
        protected.add_period(store, fr_id, values)
    assert protected.load(store, fr_id) == []
    good = protected.add_period(store, fr_id, {"kind": "daily", "start_min": 750, "end_min": 840}).result
    with pytest.raises(ValidationError, match=message):
        protected.update_period(store, good, values)
    assert [(p.kind, p.start_min, p.end_min) for p in protected.load(store, fr_id)] == [("daily", 750, 840)]


def test_weekday_names_are_read_in_french_and_english():
    assert protected.parse_weekday("Friday") == 5 and protected.parse_weekday("vendredi") == 5
    assert protected.parse_weekday("ven.") == 5 and protected.parse_weekday("5") == 5
    with pytest.raises(ValidationError, match="weekday"):
        protected.parse_weekday("someday")


def test_the_sample_has_periods_for_its_countries(sample_store):
    found = protected.by_code(sample_store)
    assert {"FR", "MA", "AE"} <= set(found)
    assert any(p.kind == "daily" and p.start_min == 12 * 60 + 30 for p in found["FR"])
    assert any(p.kind == "ramadan" for p in found["MA"]) and any(p.kind == "ramadan" for p in found["AE"])
    assert any(p.kind == "weekday" and p.weekday == 5 for p in found["AE"])
