"""A moved week is held at its new time everywhere: the next meeting, the agenda, reminders (#16)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from regionmgr.core.calendar import weekly
from regionmgr.core.meetings import agenda, moves
from regionmgr.core.meetings import series as meetings

UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")


def _plain(**kw) -> weekly.WeeklySeries:
    return weekly.WeeklySeries("s", "Call", 2, dt.time(10, 0), 60, "Europe/Paris", dt.date(2026, 11, 3), **kw)


def test_next_occurrence_holds_a_moved_week_at_its_new_time():
    new = dt.datetime(2026, 11, 25, 15, 0, tzinfo=PARIS)  # Tuesday 24th held Wednesday 15:00, 30 min
    moved = {dt.date(2026, 11, 24): (new, 30)}
    skipped = {dt.date(2026, 11, 24)}  # the reminders' skip rows include the moved week
    series = _plain(skipped=frozenset(skipped), moved=moved)
    after_usual = dt.datetime(2026, 11, 24, 12, 0, tzinfo=PARIS)
    assert weekly.next_occurrence(series, after_usual, skipped, moved) == dt.date(2026, 11, 24)
    assert weekly.held_at(series, dt.date(2026, 11, 24), moved) == (new, 30)
    assert weekly.held_at(series, dt.date(2026, 12, 1), moved) == (
        dt.datetime(2026, 12, 1, 10, 0, tzinfo=PARIS), 60)
    during = dt.datetime(2026, 11, 25, 15, 20, tzinfo=PARIS)
    assert weekly.next_occurrence(series, during, skipped, moved) == dt.date(2026, 11, 24)
    over = dt.datetime(2026, 11, 25, 15, 30, tzinfo=PARIS)
    assert weekly.next_occurrence(series, over, skipped, moved) == dt.date(2026, 12, 1)
    # without the moves, the week is only skipped (as before)
    assert weekly.next_occurrence(series, after_usual, skipped) == dt.date(2026, 12, 1)


def test_a_week_moved_before_the_previous_one_comes_first():
    # the 1 Dec meeting is brought forward to Monday 23 Nov: it is the next one on the 20th
    new = dt.datetime(2026, 11, 23, 8, 0, tzinfo=PARIS)
    moved = {dt.date(2026, 12, 1): (new, 60)}
    series = _plain()
    assert weekly.next_occurrence(series, dt.datetime(2026, 11, 20, tzinfo=UTC), (), moved) == dt.date(2026, 12, 1)


def _moved_series(store) -> tuple[meetings.SeriesView, dt.datetime]:
    view = meetings.list_series(store)[0]
    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    day = meetings.next_occurrence(view, now)
    assert day is not None
    new = (view.start_at(day) + dt.timedelta(days=1, hours=3)).astimezone(UTC)
    moves.move_occurrences(store, view.id, {day: (new, 30)})
    return meetings.load_series(store, view.id), new


def test_the_next_meeting_and_its_agenda_are_at_the_moved_time(sample_store):
    view, new = _moved_series(sample_store)
    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    day = meetings.next_occurrence(view, now)
    assert meetings.held_at(view, day) == (new.astimezone(view.zone), 30)
    # after the usual time, before the new one: still this meeting
    late = view.start_at(day).astimezone(UTC) + dt.timedelta(hours=2)
    assert meetings.next_occurrence(view, late) == day
    built = agenda.build_agenda(sample_store, view, late)
    assert built.meeting_date == day and built.start == new
    assert {t.start.astimezone(UTC) for t in built.local_times} == {new}
    assert agenda.next_open_occurrence(sample_store, view, late) == day
    text = agenda.agenda_text(built, "en")
    title = next(line for line in text.splitlines() if line.startswith("Agenda - "))
    assert "Wednesday, November 25, 2026 1:00" in title  # the new time (Paris), not Tuesday 10:00
    assert "No meeting on" not in text  # a moved week is held: not listed as a week without meeting
