"""One delegate operation everywhere: the Time page, the detail pane and core set the same fields,
with the same follow-up date by default and the same checks on the name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.core.errors import ValidationError
from regionmgr.store.models import Task
from tests.conftest import FIXED_NOW

# The default follow-up: a week after the day it was delegated (Monday 23 November 2026 in Paris).
DEFAULT_FOLLOW_UP = dt.date(2026, 11, 30)


def task_id_of(store, title: str) -> str:
    return store.raw().execute("SELECT id FROM task WHERE title = ?", (title,)).fetchone()[0]


@pytest.fixture
def time_page(qtbot, sample_ctx):
    from regionmgr.core.time.shares import Period
    from regionmgr.ui.time.time_page import TimePage

    page = TimePage(sample_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.set_period(Period(dt.date(2026, 11, 16), dt.date(2026, 11, 22)))
    page.tabs.setCurrentIndex(2)
    return page


def select_delegable(page, title: str) -> None:
    titles = [r.title for r in page.delegable_model.rows]
    page.delegable_view.selectRow(titles.index(title))


def test_delegating_from_the_time_page_sets_the_follow_up_and_clears_completed_at(qtbot, sample_ctx, time_page):
    store = sample_ctx.store
    task_id = task_id_of(store, "Collect signed timesheets")
    # A stale completion stamp on an open task (e.g. from an old import): delegating clears it.
    ops.update(store, Task, task_id, {"completed_at": FIXED_NOW - dt.timedelta(days=3)})
    select_delegable(time_page, "Collect signed timesheets")
    time_page.delegate_combo.setEditText("Katarzyna Nowak")
    qtbot.mouseClick(time_page.delegate_button, Qt.MouseButton.LeftButton)
    values = ops.get(store, Task, task_id)
    assert (values["status"], values["delegated_to"], values["delegated_at"]) == (
        "waiting", "Katarzyna Nowak", sample_ctx.now())
    assert values["delegated_contact_id"] is not None
    assert values["follow_up_on"] == DEFAULT_FOLLOW_UP
    assert values["completed_at"] is None
    sample_ctx.undo_stack.undo()
    values = ops.get(store, Task, task_id)
    assert (values["status"], values["delegated_to"], values["follow_up_on"]) == ("open", "", None)


@pytest.mark.parametrize(("name", "message"), [
    ("   ", "Say who the task is delegated to."),
    ("x" * 300, "A name is at most 200 characters."),
])
def test_the_time_page_refuses_a_bad_name_with_a_message(qtbot, sample_ctx, time_page, name, message):
    store = sample_ctx.store
    task_id = task_id_of(store, "Collect signed timesheets")
    select_delegable(time_page, "Collect signed timesheets")
    time_page.delegate_combo.setEditText(name)
    qtbot.mouseClick(time_page.delegate_button, Qt.MouseButton.LeftButton)
    assert time_page.status_label.text() == message
    assert ops.get(store, Task, task_id)["delegated_to"] == ""
    assert sample_ctx.undo_stack.count() == 0


def test_the_detail_pane_gives_the_same_default_follow_up(qtbot, sample_ctx):
    from regionmgr.ui.tasks.tasks_page import TasksPage

    page = TasksPage(sample_ctx, autoload=False)
    qtbot.addWidget(page)
    page.load_now()
    task_id = task_id_of(sample_ctx.store, "Update phone list")
    page.select_task(task_id)
    page.detail.delegate_box.setCurrentText("Marc, the new intern")
    page.detail.follow_up_edit.setText("")
    page.detail.delegate_button.click()
    values = ops.get(sample_ctx.store, Task, task_id)
    assert (values["delegated_to"], values["status"]) == ("Marc, the new intern", "waiting")
    assert values["follow_up_on"] == DEFAULT_FOLLOW_UP


def test_the_delegate_operation_checks_the_name_and_writes_nothing_when_refused(sample_store):
    from regionmgr.core.tasks import operations

    task_id = task_id_of(sample_store, "Update phone list")
    with pytest.raises(ValidationError) as refused:
        operations.delegate_tasks(sample_store, [task_id], " ", None, None, FIXED_NOW)
    assert refused.value.text == "Say who the task is delegated to."
    assert ops.get(sample_store, Task, task_id)["status"] == "open"
    applied = operations.delegate_tasks(sample_store, [task_id], " Priya  Nair ", None, dt.date(2026, 12, 4),
                                        FIXED_NOW)
    assert applied.change.ids("task") == {task_id}
    values = ops.get(sample_store, Task, task_id)
    assert (values["delegated_to"], values["follow_up_on"]) == ("Priya Nair", dt.date(2026, 12, 4))
    applied.undo()
    assert ops.get(sample_store, Task, task_id)["delegated_to"] == ""
