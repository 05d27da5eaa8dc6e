"""Task rules without Qt: validation, due times in zones, delegation order, quadrants of many tasks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from regionmgr.core.calendar.dates import DateInputError, read_day
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.priority import Quadrant, place

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PARIS, CASA = ZoneInfo("Europe/Paris"), ZoneInfo("Africa/Casablanca")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_title_is_refused(text):
    with pytest.raises(ValidationError) as info:
        core.clean_title(text)
    assert info.value.code == "empty_title"


def test_title_is_trimmed_to_one_line():
    assert core.clean_title("  Payroll \n question ") == "Payroll question"


@pytest.mark.parametrize("text", ["31/02/2026", "2026-02-30", "29.02.2027"])
def test_impossible_date_is_refused(text):
    with pytest.raises(DateInputError, match="does not exist"):
        read_day(text, dt.datetime(2026, 11, 25, 9, 0))


@pytest.mark.parametrize("text", ["27 11 2026 banana", "2026/11", "blurb"])
def test_unreadable_date_is_refused(text):
    with pytest.raises(DateInputError, match="is not a date"):
        read_day(text, dt.datetime(2026, 11, 25, 9, 0))


def test_dates_read_day_first_and_times_read_french_style():
    now = dt.datetime(2026, 11, 25, 9, 0)
    assert read_day("27/11/2026", now) == dt.date(2026, 11, 27)
    assert read_day("2026-11-27", now) == dt.date(2026, 11, 27)
    assert read_day("", now) is None
    assert core.parse_time("17h") == dt.time(17, 0)
    assert core.parse_time("9:30") == dt.time(9, 30)
    with pytest.raises(ValidationError):
        core.parse_time("25:00")


def test_fixed_due_is_an_instant_in_its_zone():
    changes = core.due_changes(dt.date(2026, 11, 27), dt.time(17, 0), "Africa/Casablanca", floating=False)
    assert changes["due_at"] == dt.datetime(2026, 11, 27, 16, 0, tzinfo=UTC)  # Casablanca is UTC+1
    assert changes["due_tz"] == "Africa/Casablanca" and not changes["due_floating"]
    view = core.due_view(changes["due_at"], "Africa/Casablanca", False, None, False, PARIS)
    assert view.here.hour == 17 + 0 and view.here.utcoffset() == dt.timedelta(hours=1)
    # Seen from Dubai, the same deadline shows 20:00 there and 17:00 in Casablanca.
    view = core.due_view(changes["due_at"], "Africa/Casablanca", False, None, False, ZoneInfo("Asia/Dubai"))
    assert (view.here.hour, view.there.hour) == (20, 17)


def test_floating_due_follows_the_user():
    changes = core.due_changes(dt.date(2026, 11, 27), dt.time(19, 0), None, floating=True)
    assert changes["due_at"] is None and changes["due_local"] == dt.datetime(2026, 11, 27, 19, 0)
    paris = core.due_instant(None, True, changes["due_local"], PARIS)
    dubai = core.due_instant(None, True, changes["due_local"], ZoneInfo("Asia/Dubai"))
    assert paris - dubai == dt.timedelta(hours=3)
    assert core.due_view(None, None, True, changes["due_local"], False, ZoneInfo("Asia/Dubai")).here.hour == 19


def test_fixed_due_needs_a_known_zone():
    with pytest.raises(ValidationError) as info:
        core.due_changes(dt.date(2026, 11, 27), None, "Mars/Olympus", floating=False)
    assert info.value.code == "unknown_zone"


def test_delegation_needs_a_name():
    with pytest.raises(ValidationError):
        core.delegate_changes("  ", None, None, NOW)
    changes = core.delegate_changes("Priya Nair", None, dt.date(2026, 11, 30), NOW)
    assert changes["status"] == "waiting" and changes["delegated_at"] == NOW


def test_waiting_items_ordered_by_follow_up_with_passed_ones_marked():
    stamp = core.stored_instant
    rows = [
        ("a", "Later", "FR", "Claire", "2026-11-30", stamp(NOW - dt.timedelta(days=2))),
        ("b", "No date", "DE", "Anna", None, stamp(NOW - dt.timedelta(days=1))),
        ("c", "Passed", "MA", "Salma", "2026-11-20", stamp(NOW - dt.timedelta(days=9))),
    ]
    items = core.waiting_items(rows, NOW.date(), NOW)
    assert [i.task_id for i in items] == ["c", "a", "b"]
    assert [i.follow_up_passed for i in items] == [True, False, False]
    assert items[0].days_delegated == 9


def test_quadrant_book_agrees_with_place():
    weeks = {1: WorkWeek("FR", "Europe/Paris"), 2: WorkWeek("AE", "Asia/Dubai")}
    book = core.QuadrantBook(weeks, NOW)
    for country in (1, 2):
        for days in range(-3, 30):
            due = NOW + dt.timedelta(days=days, hours=3)
            for urgent in (False, True):
                for important in (False, True):
                    expected = place(urgent, important, due, weeks[country], NOW).quadrant
                    got = book.quadrant(country, urgent, important, core.stored_instant(due))
                    assert got == expected, (country, days, urgent, important)
    assert book.quadrant(1, False, True, None) == Quadrant.SCHEDULE


def test_quadrant_book_whole_list_agrees_with_place():
    """The task list's bulk path gives each task the quadrant ``place`` gives it (repeated dues included)."""
    weeks = {1: WorkWeek("FR", "Europe/Paris"), 2: WorkWeek("AE", "Asia/Dubai")}
    rows, dues, expected = [], [], []
    for repeat in range(2):  # the second pass answers from the memo of due texts
        for country in (1, 2, 99):  # 99: a country the book doesn't know (UTC, Monday to Friday)
            week = weeks.get(country) or WorkWeek(code="", timezone="UTC")
            for days in [*range(-3, 30), None]:
                due = None if days is None else NOW + dt.timedelta(days=days, hours=3 + repeat)
                for flags in range(4):
                    rows.append((country, flags | 8))  # other bits (floating, all-day...) are ignored
                    dues.append(None if due is None else core.stored_instant(due))
                    expected.append(place(bool(flags & 1), bool(flags & 2), due, week, NOW).quadrant)
    assert core.QuadrantBook(weeks, NOW).quadrants_of(rows, dues, 0, 1) == expected
