"""The named writes of capture, priorities and tranches say which task rows they changed, and undo exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from regionmgr.core import ops
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks.capture import parse_capture
from regionmgr.core.tasks.planning import capture_task, save_plan, set_priority_flags
from regionmgr.core.tasks.tranches import Part, load_parts, subject
from regionmgr.store.models import Task

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
PARIS = WorkWeek("FR", "Europe/Paris")


def titles(store) -> list[str]:
    return [r[0] for r in store.raw().execute("SELECT title FROM task ORDER BY title")]


def test_capture_task_creates_one_row_and_says_which(store):
    applied = capture_task(store, parse_capture("call the notary friday", NOW))
    new_id = applied.result
    assert applied.change.ids("task") == frozenset({new_id})
    assert titles(store) == ["call the notary"]
    undone = applied.undo()
    assert titles(store) == [] and undone.change.ids("task") == frozenset({new_id})
    undone.undo()
    assert ops.get(store, Task, new_id)["title"] == "call the notary"


def test_priority_flags_change_the_named_tasks_only(store):
    a = ops.create(store, Task, {"title": "A"})
    b = ops.create(store, Task, {"title": "B"})
    applied = set_priority_flags(store, [a], {"urgent": True, "important": True})
    assert applied.change.ids("task") == frozenset({a})
    assert ops.get(store, Task, a)["urgent"] and not ops.get(store, Task, b)["urgent"]
    applied.undo()
    assert not ops.get(store, Task, a)["urgent"]
    with pytest.raises(ValueError):
        set_priority_flags(store, [a], {"title": "not a flag"})  # type: ignore[dict-item]


def test_priority_flags_on_a_deleted_task_change_nothing(store):
    a = ops.create(store, Task, {"title": "A"})
    with pytest.raises(ValidationError):
        set_priority_flags(store, [a, "gone"], {"urgent": True})
    assert not ops.get(store, Task, a)["urgent"]


def test_save_plan_names_the_parent_and_its_parts_and_undoes_exactly(store):
    pid = ops.create(store, Task, {"title": "Big request", "due_at": dt.datetime(2026, 12, 4, 17, tzinfo=dt.UTC),
                                   "due_tz": "Europe/Paris"})
    parts = [Part("One", start_on=dt.date(2026, 11, 30), due_on=dt.date(2026, 12, 1)),
             Part("Two", start_on=dt.date(2026, 12, 2), due_on=dt.date(2026, 12, 3))]
    applied = save_plan(store, pid, parts, PARIS)
    assert applied.change.ids("task") == frozenset({pid, parts[0].id, parts[1].id})
    assert [p.title for p in load_parts(store, pid, PARIS)] == ["One", "Two"]
    redo = applied.undo()
    assert load_parts(store, pid, PARIS) == []
    redo.undo()
    assert [p.id for p in load_parts(store, pid, PARIS)] == [parts[0].id, parts[1].id]


def test_the_planner_reads_its_task_without_the_orm(sample_store):
    row = sample_store.raw().execute(
        "SELECT id FROM task WHERE title = 'Visa renewal for the new sales lead'").fetchone()
    found = subject(sample_store, row[0], "Europe/Paris")
    assert found is not None and found.week.code == "AE" and found.week.timezone == "Asia/Dubai"
    assert found.due_at is not None and found.due_at.tzinfo is not None
    assert subject(sample_store, "gone", "Europe/Paris") is None
    lone = ops.create(sample_store, Task, {"title": "No country"})
    found = subject(sample_store, lone, "Asia/Tokyo")
    assert found is not None and found.week.code == "" and found.week.timezone == "Asia/Tokyo"
    assert found.due_at is None
