"""The time log in core: one timer at a time, manual entries checked, forgotten timers, delegable work."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from regionmgr.core.ops import ValidationError
from regionmgr.core.time import operations, shares, timelog
from regionmgr.core.time.timelog import IdleChoice
from regionmgr.store.models import Country, Task, TimeEntry
from tests.conftest import FIXED_NOW

UTC = dt.UTC


@pytest.fixture
def two(store):
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris")
        pl = Country(code="PL", timezone="Europe/Warsaw")
        s.add_all([fr, pl])
        s.flush()
        task = Task(title="Payroll question", country_id=pl.id)
        s.add(task)
        s.flush()
        return store, fr.id, pl.id, task.id


def entries(store):
    with store.session() as s:
        return list(s.scalars(select(TimeEntry).order_by(TimeEntry.started_at)))


def test_starting_a_timer_stops_the_running_one(two):
    store, fr, _pl, task = two
    first = operations.start_timer(store, FIXED_NOW, country_id=fr)
    later = FIXED_NOW + dt.timedelta(minutes=40)
    second = operations.start_timer(store, later, task_id=task)
    rows = entries(store)
    assert [(r.country_id, r.task_id, r.ended_at) for r in rows] == [(fr, None, later), (None, task, None)]
    assert second.change.ids("time_entry") == {first.result, second.result}  # what the views refresh
    timer = timelog.running(store)
    assert timer is not None and timer.label == "PL · Payroll question"
    redo = second.undo()
    rows = entries(store)
    assert len(rows) == 1 and rows[0].ended_at is None  # the FR timer runs again
    redo.undo()
    assert [(r.id, r.ended_at) for r in entries(store)] == [(first.result, later), (second.result, None)]


def test_stop_and_undo_stop(two):
    store, fr, _pl, _task = two
    started = operations.start_timer(store, FIXED_NOW, country_id=fr)
    stopped = operations.stop_timer(store, FIXED_NOW + dt.timedelta(hours=1))
    assert stopped.result == started.result
    assert timelog.running(store) is None
    stopped.undo()
    assert timelog.running(store).country_id == fr
    assert operations.stop_timer(store, FIXED_NOW).result is not None
    nothing = operations.stop_timer(store, FIXED_NOW)
    assert nothing.result is None and not nothing.change  # nothing running
    assert not nothing.undo().change


def test_a_timer_needs_a_task_or_a_country(two):
    store, *_ = two
    with pytest.raises(ValidationError):
        operations.start_timer(store, FIXED_NOW)
    assert entries(store) == []


def test_a_timer_on_a_deleted_task_is_refused_and_nothing_is_stopped(two):
    store, fr, *_ = two
    operations.start_timer(store, FIXED_NOW, country_id=fr)
    with pytest.raises(ValidationError, match="no longer exists"):
        operations.start_timer(store, FIXED_NOW + dt.timedelta(minutes=5), task_id="gone")
    assert [r.ended_at for r in entries(store)] == [None]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (FIXED_NOW, FIXED_NOW - dt.timedelta(minutes=5), "after the start"),
        (FIXED_NOW - dt.timedelta(hours=30), FIXED_NOW, "24 hours"),
        (FIXED_NOW, FIXED_NOW + dt.timedelta(hours=2), "future"),
    ],
)
def test_bad_manual_entries_are_refused(start, end, message):
    with pytest.raises(ValidationError, match=message):
        timelog.validate_entry({"country_id": "x", "started_at": start, "ended_at": end}, FIXED_NOW)


def test_a_good_manual_entry_passes():
    values = timelog.validate_entry(
        {"country_id": "x", "started_at": FIXED_NOW - dt.timedelta(hours=2), "ended_at": FIXED_NOW}, FIXED_NOW
    )
    assert values["comment"] == ""


def test_a_timer_left_running_overnight_is_caught_at_startup(two):
    store, fr, *_ = two
    evening = FIXED_NOW - dt.timedelta(hours=14)
    operations.start_timer(store, evening, country_id=fr)
    timelog.heartbeat(store, evening + dt.timedelta(minutes=50))  # last seen awake
    assert timelog.find_idle(store, evening + dt.timedelta(minutes=55)) is None
    idle = timelog.find_idle(store, FIXED_NOW, at_startup=True)
    assert idle is not None
    assert idle.last_activity == evening + dt.timedelta(minutes=50)
    outcome = operations.resolve_idle(store, idle, IdleChoice.STOP_AT_LAST_ACTIVITY)
    assert entries(store)[0].ended_at == evening + dt.timedelta(minutes=50)
    outcome.undo()
    assert entries(store)[0].ended_at is None


def test_a_long_run_with_fresh_heartbeats_is_questioned_only_at_startup(two):
    store, fr, *_ = two
    operations.start_timer(store, FIXED_NOW - dt.timedelta(hours=6), country_id=fr)
    timelog.heartbeat(store, FIXED_NOW - dt.timedelta(minutes=1))
    assert timelog.find_idle(store, FIXED_NOW) is None
    idle = timelog.find_idle(store, FIXED_NOW, at_startup=True)
    assert idle is not None
    operations.resolve_idle(store, idle, IdleChoice.KEEP_ALL)
    assert timelog.running(store) is not None


def test_discarding_an_idle_timer_deletes_it_and_undo_restores(two):
    store, fr, *_ = two
    operations.start_timer(store, FIXED_NOW - dt.timedelta(hours=9), country_id=fr)
    idle = timelog.find_idle(store, FIXED_NOW, at_startup=True)
    outcome = operations.resolve_idle(store, idle, IdleChoice.DISCARD)
    assert entries(store) == []
    outcome.undo()
    assert len(entries(store)) == 1


def test_list_entries_names_the_task_country(two):
    store, _fr, _pl, task = two
    operations.start_timer(store, FIXED_NOW - dt.timedelta(hours=2), task_id=task)
    operations.stop_timer(store, FIXED_NOW - dt.timedelta(hours=1))
    rows = timelog.list_entries(store)
    assert [(r.country_code, r.task_title) for r in rows] == [("PL", "Payroll question")]
    assert rows[0].duration(FIXED_NOW) == dt.timedelta(hours=1)


def test_an_old_heartbeat_value_still_reads():
    """Heartbeats were once stored as ISO text with an offset; they decode to the same instant."""
    from regionmgr.store import codec

    assert codec.instant("2026-11-23T09:30:00+00:00") == FIXED_NOW


def _delegable_store(store, hours_on_delegable: float):
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris")
        s.add(fr)
        s.flush()
        chore = Task(title="Book rooms", country_id=fr.id, urgent=True, important=False)
        key = Task(title="Review framework", country_id=fr.id, urgent=False, important=True)
        s.add_all([chore, key])
        s.flush()
        start = dt.datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
        s.add(TimeEntry(task_id=chore.id, started_at=start, ended_at=start + dt.timedelta(hours=hours_on_delegable)))
        s.add(TimeEntry(task_id=key.id, started_at=start + dt.timedelta(hours=hours_on_delegable),
                        ended_at=start + dt.timedelta(hours=8)))
        return chore.id


@pytest.mark.parametrize(("hours", "warned"), [(4.5, True), (4.0, False), (1.0, False)])
def test_delegable_work_warns_above_40_percent_of_a_10_hour_day(store, hours, warned):
    chore = _delegable_store(store, hours)
    day = shares.Period(dt.date(2026, 11, 23), dt.date(2026, 11, 23))
    report = shares.delegable_work(store, day, ZoneInfo("Europe/Paris"), FIXED_NOW.replace(hour=18))
    assert report.delegable_seconds == hours * 3600
    assert report.share == pytest.approx(100 * hours / 8)
    assert report.warning is warned
    assert [t.task_id for t in report.tasks] == [chore]
