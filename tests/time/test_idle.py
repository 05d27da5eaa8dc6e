"""The toolbar timer: start/stop undoable, one timer at a time, a forgotten timer caught and resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from regionmgr.core.time import operations, timelog
from regionmgr.store.models import Country, Task, TimeEntry


def ids(store):
    with store.session() as s:
        countries = {c.code: c.id for c in s.scalars(select(Country))}
        task = s.scalars(select(Task).where(Task.title == "Collect signed timesheets")).one()
        return countries, task.id


def running_entries(store):
    with store.session() as s:
        return list(s.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))))


@pytest.fixture
def timer(qtbot, sample_ctx):
    from regionmgr.ui.time.timer_widget import TimerWidget

    widget = TimerWidget(sample_ctx, check_at_start=False)
    qtbot.addWidget(widget)
    return widget


def test_toolbar_timer_is_on_the_window(window):
    assert window.timer_widget.status_label.text() == "No timer running"
    assert not window.timer_widget.stop_button.isEnabled()


def test_start_on_a_country_then_a_task_stops_the_first(timer, sample_ctx, clock, qtbot):
    store = sample_ctx.store
    countries, task = ids(store)
    timer.country_combo.setCurrentIndex(timer.country_combo.findData(countries["PL"]))
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert [e.country_id for e in running_entries(store)] == [countries["PL"]]
    clock.advance(minutes=25)
    timer.tick()
    assert timer.status_label.text() == "Timing PL — 0:25:00"
    assert timer.start_for_task(task)
    (entry,) = running_entries(store)
    assert entry.task_id == task
    assert timer.status_label.text().startswith("Timing PL · Collect signed timesheets")
    sample_ctx.undo_stack.undo()
    assert [e.country_id for e in running_entries(store)] == [countries["PL"]]
    assert timer.stop()
    assert running_entries(store) == [] and timer.status_label.text() == "No timer running"
    sample_ctx.undo_stack.undo()
    assert len(running_entries(store)) == 1


def test_forgotten_timer_is_caught_at_startup_and_stopped_at_last_activity(qtbot, sample_ctx, clock):
    from regionmgr.ui.time.timer_widget import TimerWidget

    store = sample_ctx.store
    countries, _task = ids(store)
    evening = clock.value - dt.timedelta(hours=15)
    operations.start_timer(store, evening, country_id=countries["FR"])
    timelog.heartbeat(store, evening + dt.timedelta(minutes=40))
    widget = TimerWidget(sample_ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.idle_box is not None)
    assert widget.idle_box.isVisible()
    assert "Timer still running" in widget.idle_box.windowTitle()
    qtbot.mouseClick(widget.stop_at_button, Qt.MouseButton.LeftButton)
    assert widget.idle_box is None
    with store.session() as s:
        entry = s.scalars(select(TimeEntry).where(TimeEntry.started_at == evening)).one()
    assert entry.ended_at == evening + dt.timedelta(minutes=40)
    sample_ctx.undo_stack.undo()
    assert len(running_entries(store)) == 1


def test_a_laptop_sleep_is_caught_by_the_heartbeat_gap(timer, sample_ctx, clock):
    store = sample_ctx.store
    countries, _task = ids(store)
    assert timer.start_for_country(countries["DE"])
    clock.advance(minutes=1)
    timer.tick()  # heartbeat written
    assert timelog.last_activity(store) == clock.value
    slept_at = clock.value
    clock.advance(hours=2)  # the laptop slept
    timer.tick()
    assert timer.idle_box is not None and timer.idle.last_activity == slept_at
    timer.resolve_idle(timelog.IdleChoice.DISCARD)
    assert running_entries(store) == []
    sample_ctx.undo_stack.undo()
    assert len(running_entries(store)) == 1


def test_keep_all_leaves_the_timer_running(timer, sample_ctx, clock):
    store = sample_ctx.store
    countries, _task = ids(store)
    timer.start_for_country(countries["MA"])
    clock.advance(hours=1)
    timer.tick()
    assert timer.idle_box is not None
    timer.resolve_idle(timelog.IdleChoice.KEEP_ALL)
    assert len(running_entries(store)) == 1
    clock.advance(seconds=30)
    timer.tick()
    assert timer.idle_box is None  # no second question right after
