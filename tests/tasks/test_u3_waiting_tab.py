"""The Waiting-for tab: its own count under the list, and the detail pane only ever shows a task that is listed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from regionmgr.ui.tasks.task_model import TaskIdRole
from tests.tasks.conftest import select_title


def waiting_titles(page) -> list[str]:
    m = page.waiting_model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def count_in_label(page) -> int:
    return int(page.count_label.text().split()[0])


def test_the_count_follows_the_tab(page):
    all_count = page.model.rowCount()
    assert count_in_label(page) == all_count
    page.tabs.setCurrentIndex(1)
    assert page.waiting_model.rowCount() == 3 != all_count
    assert count_in_label(page) == 3
    page.tabs.setCurrentIndex(0)
    assert count_in_label(page) == all_count


def test_a_task_not_waiting_leaves_the_detail_pane_on_the_waiting_tab(page):
    select_title(page, "Update phone list")  # not delegated
    assert page.detail.task_id is not None
    page.tabs.setCurrentIndex(1)
    assert "Update phone list" not in waiting_titles(page)
    assert page.detail.task_id is None
    # Back on All tasks, the list's selection is shown again.
    page.tabs.setCurrentIndex(0)
    assert page.detail.values["title"] == "Update phone list"


def test_a_waiting_task_that_is_listed_stays_selected_and_shown(page):
    task_id = select_title(page, "Check medical insurance renewal")
    page.tabs.setCurrentIndex(1)
    assert page.detail.task_id == task_id
    assert page.waiting_view.currentIndex().data(TaskIdRole) == task_id


def test_a_task_leaving_the_waiting_list_leaves_the_detail_pane(page, sample_ctx):
    page.tabs.setCurrentIndex(1)
    view = page.waiting_view
    view.selectionModel().setCurrentIndex(page.waiting_model.index(0, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    task_id = page.detail.task_id
    assert task_id is not None and page.detail.values["title"] == waiting_titles(page)[0]
    page.toggle_done_selected()  # done: no longer waiting for anyone
    assert task_id not in [page.waiting_model.index(r, 0).data(TaskIdRole)
                           for r in range(page.waiting_model.rowCount())]
    assert page.detail.task_id is None
    assert count_in_label(page) == 2
    sample_ctx.undo_stack.undo()  # listed again: the count follows
    assert count_in_label(page) == 3
