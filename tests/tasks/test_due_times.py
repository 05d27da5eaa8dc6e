"""Due times while travelling: a fixed deadline keeps its instant, a floating one follows the user's zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import COL_DUE
from tests.tasks.conftest import select_title as select

UTC = dt.UTC


def set_due(qtbot, detail, date, time, floating, zone=""):
    detail.due_kind.setCurrentIndex(1 if floating else 0)
    if zone:
        detail.due_zone.setCurrentText(zone)
    detail.due_time.setText(time)
    detail.due_date.setText(date)
    qtbot.keyClick(detail.due_date, Qt.Key.Key_Return)


def due_text(page, task_id):
    return page.model.index(page.model.row_of(task_id), COL_DUE).data()


def test_fixed_deadline_keeps_its_instant_and_shows_both_zones(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    set_due(qtbot, page.detail, "27/11/2026", "17:00", floating=False, zone="Africa/Casablanca")
    values = ops.get(sample_ctx.store, Task, task_id)
    assert values["due_at"] == dt.datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert not values["due_floating"] and values["due_tz"] == "Africa/Casablanca"
    # In November Paris and Casablanca are both at UTC+1: the same clock time, shown once.
    assert due_text(page, task_id) == "Fri 27 Nov 17:00"
    sample_ctx.set_zone("Asia/Dubai")  # the user flies to Dubai
    assert due_text(page, task_id) == "Fri 27 Nov 20:00 (17:00 Casablanca)"
    assert "20:00 where you are" in page.detail.due_label.text()
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"] == dt.datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


def test_floating_time_follows_the_user(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    set_due(qtbot, page.detail, "27/11/2026", "19:00", floating=True)
    values = ops.get(sample_ctx.store, Task, task_id)
    assert values["due_floating"] and values["due_at"] is None
    assert values["due_local"] == dt.datetime(2026, 11, 27, 19, 0)
    assert due_text(page, task_id).startswith("Fri 27 Nov 19:00")
    sample_ctx.set_zone("Asia/Dubai")
    assert due_text(page, task_id).startswith("Fri 27 Nov 19:00")
    assert "Casablanca" not in due_text(page, task_id)
    assert "wherever you are" in page.detail.due_label.text()


def test_floating_time_decides_overdue_in_the_current_zone(qtbot, page, sample_ctx, clock):
    task_id = select(page, "Update phone list")
    # 09:30 UTC is 10:30 in Paris and 13:30 in Dubai: a floating 12:00 today is overdue in Dubai only.
    set_due(qtbot, page.detail, "23/11/2026", "12:00", floating=True)
    page.model.set_filter(overdue=True)
    assert page.model.row_of(task_id) == -1
    sample_ctx.set_zone("Asia/Dubai")
    assert page.model.row_of(task_id) >= 0


def test_all_day_due_shows_the_date_only_and_undo_restores(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    before = ops.get(sample_ctx.store, Task, task_id)["due_at"]
    set_due(qtbot, page.detail, "2026-12-04", "", floating=False, zone="Europe/Paris")
    assert due_text(page, task_id) == "Fri 4 Dec"
    sample_ctx.undo_stack.undo()
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"] == before


def test_clearing_the_date_removes_the_due_time(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    set_due(qtbot, page.detail, "", "", floating=False)
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"] is None
    assert due_text(page, task_id) == ""
