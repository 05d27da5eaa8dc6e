"""Delete/Backspace in the task list: more than one task asks first; one task goes at once with a visible
"Deleted 1 task — Undo" message whose link brings it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from regionmgr.ui.tasks.task_model import COL_TITLE

pytestmark = pytest.mark.usefixtures("english_plurals")


def row_of_title(page, title: str) -> int:
    m = page.model
    return next(r for r in range(m.rowCount()) if m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) == title)


def exists(ctx, task_id: str) -> bool:
    return ctx.store.raw().execute("SELECT 1 FROM task WHERE id = ?", (task_id,)).fetchone() is not None


def select_titles(page, titles: list[str]) -> list[str]:
    selection = page.view.selectionModel()
    selection.clearSelection()
    for title in titles:
        selection.select(page.model.index(row_of_title(page, title), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    return page.selected_ids()


def test_backspace_on_two_tasks_asks_and_cancel_keeps_them(qtbot, page, sample_ctx):
    ids = select_titles(page, ["Update phone list", "Payroll question: overtime rules for engineers"])
    assert len(ids) == 2
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    box = page.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "2" in box.text()
    assert all(exists(sample_ctx, i) for i in ids)  # nothing deleted before the answer
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert all(exists(sample_ctx, i) for i in ids)
    assert sample_ctx.undo_stack.count() == 0


def test_delete_on_two_tasks_confirmed_deletes_both_in_one_undoable_step(qtbot, page, sample_ctx):
    ids = select_titles(page, ["Update phone list", "Payroll question: overtime rules for engineers"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    page.confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert not any(exists(sample_ctx, i) for i in ids)
    assert page.deleted_label.isVisible()
    assert page.deleted_label.text().startswith("Deleted 2 tasks")
    sample_ctx.undo_stack.undo()
    assert all(exists(sample_ctx, i) for i in ids)
    assert not page.deleted_label.isVisible()  # the hint is gone once the step was undone


def test_backspace_on_one_task_deletes_with_a_visible_undo(qtbot, page, sample_ctx):
    [task_id] = select_titles(page, ["Update phone list"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    assert not exists(sample_ctx, task_id)
    assert page.confirmation is None or not page.confirmation.isVisible()
    label = page.deleted_label
    assert label.isVisible() and label.text().startswith("Deleted 1 task —") and "Undo" in label.text()
    label.linkActivated.emit("undo")
    assert exists(sample_ctx, task_id)
    assert not label.isVisible()


def test_the_undo_link_does_not_undo_a_later_step(qtbot, page, sample_ctx):
    [task_id] = select_titles(page, ["Update phone list"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    [other] = select_titles(page, ["Payroll question: overtime rules for engineers"])
    page.toggle_done_selected()  # another step after the delete: the hint is stale
    assert not page.deleted_label.isVisible()
    page.deleted_label.linkActivated.emit("undo")
    assert not exists(sample_ctx, task_id)
    assert sample_ctx.store.raw().execute("SELECT status FROM task WHERE id = ?", (other,)).fetchone()[0] == "done"
