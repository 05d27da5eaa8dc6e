"""The task list's plain-sqlite3 read and write of a task agree with the ORM, value for value."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Boolean, Date, DateTime, select

from regionmgr.core import ops
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing, operations
from regionmgr.store.models import Task, UTCDateTime
from regionmgr.store.queries import task_rows

UTC = dt.UTC


def task_ids(store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Task.id).order_by(Task.title)))


def test_the_column_list_and_kinds_are_the_models():
    columns = Task.__table__.columns
    assert set(task_rows.COLUMNS) == set(columns.keys())
    for column in columns:
        kind = column.type
        assert (column.name in task_rows.INSTANTS) == isinstance(kind, UTCDateTime), column.name
        assert (column.name in task_rows.WALL_CLOCK) == (isinstance(kind, DateTime)
                                                         and not isinstance(kind, UTCDateTime)), column.name
        assert (column.name in task_rows.DATES) == (isinstance(kind, Date) and not isinstance(kind, DateTime))
        assert (column.name in task_rows.BOOLS) == isinstance(kind, Boolean), column.name


def test_every_sample_task_reads_as_the_orm_reads_it(sample_store):
    ids = task_ids(sample_store)
    assert len(ids) > 10
    for task_id in ids:
        assert listing.read_task(sample_store, task_id) == ops.get(sample_store, Task, task_id)
    assert listing.read_task(sample_store, "no-such-task") is None


def test_a_change_is_saved_as_the_orm_would_and_undone_exactly(sample_store):
    first, second = task_ids(sample_store)[:2]
    before = {i: ops.get(sample_store, Task, i) for i in (first, second)}
    casablanca = ZoneInfo("Africa/Casablanca")
    changes = {
        "title": "Réunion CNSS — dossier complet", "urgent": True, "important": False, "status": "waiting",
        "due_at": dt.datetime(2027, 3, 5, 17, 30, tzinfo=casablanca), "due_tz": "Africa/Casablanca",
        "due_floating": False, "due_local": dt.datetime(2027, 3, 5, 19, 0), "due_all_day": False,
        "delegated_to": "Salma Bennani", "delegated_at": dt.datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
        "follow_up_on": dt.date(2026, 12, 1), "completed_at": None, "notes": "x" * 100_000,
    }
    olds = operations.save_changes(sample_store, [first, second], changes)
    assert olds == {i: {k: before[i][k] for k in changes} for i in (first, second)}
    for task_id in (first, second):
        after = ops.get(sample_store, Task, task_id)
        expected = dict(changes, due_at=changes["due_at"].astimezone(UTC))
        assert {k: after[k] for k in changes} == expected
        assert after["updated_at"] > before[task_id]["updated_at"]
    operations.restore_changes(sample_store, olds)
    for task_id in (first, second):
        restored = ops.get(sample_store, Task, task_id)
        assert {k: v for k, v in restored.items() if k != "updated_at"} == \
            {k: v for k, v in before[task_id].items() if k != "updated_at"}


def test_a_deleted_task_or_a_bad_value_changes_nothing(sample_store):
    first = task_ids(sample_store)[0]
    before = ops.get(sample_store, Task, first)
    with pytest.raises(operations.TaskGoneError):
        operations.save_changes(sample_store, [first, "deleted-meanwhile"], {"title": "Changed"})
    with pytest.raises(ValidationError):
        operations.save_changes(sample_store, [first], {"title": "Changed", "due_at": dt.datetime(2027, 1, 1, 9, 0)})
    with pytest.raises(KeyError):
        operations.save_changes(sample_store, [first], {"id": "another-id"})
    assert ops.get(sample_store, Task, first) == before
