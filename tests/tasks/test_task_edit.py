"""Editing tasks: in place and in the detail pane, saved at once, undoable and redoable, bulk and deletes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import COL_REQUESTER, COL_TITLE


def row_of_title(page, title: str) -> int:
    m = page.model
    return next(r for r in range(m.rowCount()) if m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) == title)


def stored(ctx, task_id: str) -> dict:
    return ops.get(ctx.store, Task, task_id)


def select(page, title: str) -> str:
    row = row_of_title(page, title)
    page.select_task(page.model.task_id(row))
    return page.model.task_id(row)


def test_rename_in_place_then_undo_and_redo(page, sample_ctx):
    row = row_of_title(page, "Update phone list")
    task_id = page.model.task_id(row)
    assert page.model.setData(page.model.index(row, COL_TITLE), "Update the phone list", Qt.ItemDataRole.EditRole)
    assert stored(sample_ctx, task_id)["title"] == "Update the phone list"
    assert page.model.index(page.model.row_of(task_id), COL_TITLE).data() == "Update the phone list"
    sample_ctx.undo_stack.undo()
    assert stored(sample_ctx, task_id)["title"] == "Update phone list"
    assert page.model.index(page.model.row_of(task_id), COL_TITLE).data() == "Update phone list"
    sample_ctx.undo_stack.redo()
    assert stored(sample_ctx, task_id)["title"] == "Update the phone list"


def test_empty_title_in_place_changes_nothing(qtbot, page, sample_ctx):
    row = row_of_title(page, "Update phone list")
    task_id = page.model.task_id(row)
    with qtbot.waitSignal(sample_ctx.error_raised) as blocker:
        assert not page.model.setData(page.model.index(row, COL_TITLE), "   ", Qt.ItemDataRole.EditRole)
    assert blocker.args == ["A task needs a title."]
    assert stored(sample_ctx, task_id)["title"] == "Update phone list"
    assert sample_ctx.undo_stack.count() == 0


def test_requester_edits_in_place(page, sample_ctx):
    row = row_of_title(page, "Update phone list")
    task_id = page.model.task_id(row)
    page.model.setData(page.model.index(row, COL_REQUESTER), "Julien Martin", Qt.ItemDataRole.EditRole)
    assert stored(sample_ctx, task_id)["requester"] == "Julien Martin"


def test_checkbox_completes_and_undo_reopens(page, sample_ctx):
    row = row_of_title(page, "Update phone list")
    task_id = page.model.task_id(row)
    page.model.setData(page.model.index(row, COL_TITLE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    values = stored(sample_ctx, task_id)
    assert values["status"] == "done" and values["completed_at"] == sample_ctx.now()
    assert page.model.row_of(task_id) == -1  # done tasks leave the default view
    sample_ctx.undo_stack.undo()
    assert stored(sample_ctx, task_id)["status"] == "open"
    assert page.model.row_of(task_id) >= 0


def test_space_completes_the_selected_tasks_as_one_step(qtbot, page, sample_ctx):
    ids = [page.model.task_id(r) for r in (0, 1, 2)]
    selection = page.view.selectionModel()
    for r in (0, 1, 2):
        selection.select(page.model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert all(stored(sample_ctx, i)["status"] == "done" for i in ids)
    assert sample_ctx.undo_stack.count() == 1
    sample_ctx.undo_stack.undo()
    assert all(stored(sample_ctx, i)["status"] == "open" for i in ids)


def test_bulk_move_to_quadrant_is_one_undo_step(page, sample_ctx):
    ids = [page.model.task_id(r) for r in (3, 4)]
    before = [stored(sample_ctx, i)["important"] for i in ids]
    selection = page.view.selectionModel()
    for r in (3, 4):
        selection.select(page.model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.set_quadrant_selected(3)  # drop: neither urgent nor important
    assert all(not stored(sample_ctx, i)["important"] and not stored(sample_ctx, i)["urgent"] for i in ids)
    sample_ctx.undo_stack.undo()
    assert [stored(sample_ctx, i)["important"] for i in ids] == before


def test_delete_key_deletes_and_undo_restores_with_tranches(qtbot, page, sample_ctx):
    page.model.set_filter(status="all")
    task_id = select(page, "Harmonise job descriptions (120 roles)")
    count = len(page.model.all_rows())
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert stored(sample_ctx, task_id) is None
    assert len(page.model.all_rows()) == count - 4  # the parent and its three tranches
    sample_ctx.undo_stack.undo()
    assert stored(sample_ctx, task_id)["title"] == "Harmonise job descriptions (120 roles)"
    assert len(page.model.all_rows()) == count
    sample_ctx.undo_stack.redo()
    assert stored(sample_ctx, task_id) is None


def test_detail_pane_edits_title_and_flags(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    detail = page.detail
    detail.title_edit.selectAll()
    qtbot.keyClicks(detail.title_edit, "Refresh the phone list")
    qtbot.keyClick(detail.title_edit, Qt.Key.Key_Return)
    assert stored(sample_ctx, task_id)["title"] == "Refresh the phone list"
    detail.important_box.click()
    assert stored(sample_ctx, task_id)["important"] is True
    sample_ctx.undo_stack.undo()
    sample_ctx.undo_stack.undo()
    assert stored(sample_ctx, task_id)["title"] == "Update phone list"
    assert detail.title_edit.text() == "Update phone list"


def test_detail_pane_empty_title_is_explained_and_changes_nothing(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    detail = page.detail
    detail.title_edit.clear()
    qtbot.keyClick(detail.title_edit, Qt.Key.Key_Return)
    assert detail.error_label.isVisible() and detail.error_label.text() == "A task needs a title."
    assert stored(sample_ctx, task_id)["title"] == "Update phone list"
    assert sample_ctx.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["31/02/2027", "2026-13-40"])
def test_detail_pane_impossible_date_is_explained_and_changes_nothing(qtbot, page, sample_ctx, text):
    task_id = select(page, "Update phone list")
    before = stored(sample_ctx, task_id)["due_at"]
    detail = page.detail
    detail.due_date.setText(text)
    qtbot.keyClick(detail.due_date, Qt.Key.Key_Return)
    assert "does not exist in the calendar" in detail.error_label.text()
    assert stored(sample_ctx, task_id)["due_at"] == before
    assert sample_ctx.undo_stack.count() == 0


def test_a_one_megabyte_note_is_saved_and_stays_editable(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    detail = page.detail
    big = ("Ligne de notes très longue, collée depuis un courriel. " * 20 + "\n") * 950
    assert len(big) > 1_000_000
    detail.notes_edit.setPlainText(big)
    detail.save_notes()
    assert stored(sample_ctx, task_id)["notes"] == big
    # Still editable: type at the end, then switch task and back: the note comes back whole.
    detail.notes_edit.moveCursor(detail.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(detail.notes_edit, "FIN")
    select(page, "Approve Q4 bonus list")
    assert stored(sample_ctx, task_id)["notes"] == big + "FIN"
    select(page, "Update phone list")
    assert detail.notes_edit.toPlainText() == big + "FIN"
    # The search still finds it through the index.
    page.search_edit.setText("collée depuis")
    assert page.model.row_of(task_id) >= 0


def test_split_into_tranches_opens_the_dialog_without_blocking(qtbot, page):
    select(page, "Update phone list")
    page.detail.tranche_button.click()
    dialog = page.detail.tranche_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()
