"""Dates the user types for a task (due date, follow-up, tranche dates, quick capture) stay near today.

The store reads years 1970–2200 (imports), but a date typed by hand more than a year in the past
or more than 20 years ahead is a slip ("1999", "3000"): it is refused, and the message names the
accepted range. Every entry point uses the one rule, ``core.tasks.rules.check_entry_date``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from regionmgr.core import ops
from regionmgr.core.tasks import rules
from regionmgr.core.tasks.capture import CountryRef, Problem, parse_capture
from regionmgr.core.tasks.tranches import Part, PlanError, check_plan_window, validate_plan
from regionmgr.store.models import Task
from tests.conftest import FIXED_NOW
from tests.tasks.conftest import select_title

TODAY = FIXED_NOW.date()  # 23 Nov 2026


def test_the_rule_accepts_a_year_back_and_twenty_ahead():
    first, last = rules.entry_range(TODAY)
    assert (first, last) == (dt.date(2025, 11, 23), dt.date(2046, 11, 23))
    for ok in (first, last, TODAY, dt.date(2026, 1, 5), None):
        assert rules.check_entry_date(ok, TODAY) == ok
    for bad in (dt.date(1999, 1, 1), dt.date(3000, 1, 1), first - dt.timedelta(days=1),
                last + dt.timedelta(days=1)):
        with pytest.raises(rules.TaskInputError) as err:
            rules.check_entry_date(bad, TODAY)
        assert err.value.code == "date_too_far"
        assert "23/11/2025" in str(err.value) and "23/11/2046" in str(err.value)
    # 29 February: a year back is 28 February.
    assert rules.entry_range(dt.date(2028, 2, 29)) == (dt.date(2027, 2, 28), dt.date(2048, 2, 29))
    # An unchanged date (an old task's) is kept: only what the user changes is checked.
    old = dt.date(1999, 1, 1)
    assert rules.check_entry_date(old, TODAY, unchanged=old) == old


def test_quick_capture_refuses_a_far_due_date():
    fr = [CountryRef("FR", "Europe/Paris")]
    for line in ("FR pay slips 01/01/1999", "FR pay slips 01/01/3000"):
        cap = parse_capture(line, FIXED_NOW, fr)
        assert cap.problems == (Problem.DATE_TOO_FAR,), line
        assert cap.problem_text == line.split()[-1]
    assert parse_capture("FR pay slips 01/01/2030", FIXED_NOW, fr).ok


def test_quick_capture_bar_names_the_range(qtbot, sample_ctx):
    from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

    bar = QuickCaptureBar(sample_ctx)
    qtbot.addWidget(bar)
    bar.edit.setText("FR pay slips 01/01/3000")
    assert bar.create_task() is None
    text = bar.preview.text()
    assert "01/01/3000" in text and "2025" in text and "2046" in text
    assert sample_ctx.undo_stack.count() == 0


@pytest.mark.parametrize("typed", ["01/01/1999", "01/01/3000"])
def test_detail_pane_refuses_a_far_due_date(qtbot, page, sample_ctx, typed):
    task_id = select_title(page, "Update phone list")
    before = ops.get(sample_ctx.store, Task, task_id)["due_at"]
    detail = page.detail
    detail.due_date.setText(typed)
    detail.due_date.editingFinished.emit()
    assert detail.error_label.isVisibleTo(detail)
    assert "23/11/2025" in detail.error_label.text() and "23/11/2046" in detail.error_label.text()
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"] == before
    assert sample_ctx.undo_stack.count() == 0
    detail.due_date.setText("15/01/2027")  # a near date is saved
    detail.due_date.editingFinished.emit()
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"].date() == dt.date(2027, 1, 15)


def test_detail_pane_keeps_an_old_due_date_when_only_the_time_changes(qtbot, page, sample_ctx):
    task_id = select_title(page, "Update phone list")
    old = dt.datetime(1999, 6, 1, 16, 0, tzinfo=dt.UTC)
    ops.update(sample_ctx.store, Task, task_id, {"due_at": old, "due_tz": "Europe/Paris", "due_all_day": False})
    page.detail.show_task(None)
    page.detail.show_task(task_id)
    page.detail.due_time.setText("17:00")
    page.detail.due_time.editingFinished.emit()
    assert not page.detail.error_label.isVisibleTo(page.detail), page.detail.error_label.text()
    assert ops.get(sample_ctx.store, Task, task_id)["due_at"] == dt.datetime(1999, 6, 1, 15, 0, tzinfo=dt.UTC)


def test_detail_pane_refuses_a_far_follow_up(qtbot, page, sample_ctx):
    task_id = select_title(page, "Update phone list")
    detail = page.detail
    detail.delegate_box.setCurrentText("Priya Nair")
    detail.follow_up_edit.setText("01/01/3000")
    detail.delegate()
    assert detail.error_label.isVisibleTo(detail)
    assert "2046" in detail.error_label.text()
    assert not ops.get(sample_ctx.store, Task, task_id)["delegated_to"]


def test_tranche_plan_refuses_far_dates():
    far = Part("Far", 1, start_on=dt.date(3000, 1, 1), due_on=dt.date(3000, 1, 2))
    with pytest.raises(PlanError) as err:
        validate_plan([far], dt.date(3000, 1, 1), dt.date(3000, 1, 5), today=TODAY)
    assert err.value.code == "date_too_far"
    with pytest.raises(PlanError) as err:
        check_plan_window(TODAY, dt.date(3000, 1, 5), TODAY)
    assert err.value.code == "date_too_far" and err.value.params["last"] == dt.date(2046, 11, 23)
    # A finished part keeps its old dates.
    done = Part("Done", 1, start_on=dt.date(1999, 1, 1), due_on=dt.date(1999, 1, 2), done=True)
    validate_plan([done, Part("Next", 1, start_on=TODAY, due_on=TODAY)], TODAY, TODAY, today=TODAY)


def test_tranche_dialog_refuses_a_far_deadline(qtbot, sample_ctx):
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

    task_id = ops.create(sample_ctx.store, Task, {"title": "Big request"})
    dlg = TrancheDialog(sample_ctx, task_id)
    qtbot.addWidget(dlg)
    assert dlg.deadline_edit.maximumDate() == QDate(2046, 11, 23)
    assert dlg.start_edit.minimumDate() == QDate(2025, 11, 23)
    dlg.deadline_edit.setDate(QDate(3000, 1, 1))  # clamped to the range
    assert dlg.deadline() == dt.date(2046, 11, 23)
    dlg.model.parts[0].start_on = dlg.model.parts[0].due_on = dt.date(3000, 1, 1)
    assert not dlg.save()
    assert "2046" in dlg.message.text()
    assert sample_ctx.undo_stack.count() == 0
