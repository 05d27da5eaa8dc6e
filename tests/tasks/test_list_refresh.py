"""The task list follows what each write changed (its ids), never the rows' ``updated_at`` stamps.

An import writes the other laptop's (older) stamps, undoing it puts older stamps back, a row may
carry a stamp from the future, the computer's clock may be set back: the list shows the stored
data in every case.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.core.changes import Change
from regionmgr.core.data import transfer
from regionmgr.store.db import open_store
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import COL_REQUESTER, COL_TITLE
from regionmgr.ui.tasks.tasks_page import TasksPage
from tests.conftest import FIXED_NOW

UTC = dt.UTC
LONG_AGO = dt.datetime(2020, 1, 1, 8, 0, tzinfo=UTC)


def titles(page) -> list[str]:
    m = page.model
    return [m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


def task_id_of(store, title: str) -> str:
    return store.raw().execute("SELECT id FROM task WHERE title = ?", (title,)).fetchone()[0]


def test_an_import_with_older_stamps_and_its_undo_show_in_the_list(qtbot, sample_ctx, tmp_path):
    """File > Import of a task edited on another laptop a while ago, then Edit > Undo."""
    from regionmgr.ui.data.transfer_dialog import ImportPreviewDialog

    store = sample_ctx.store
    task_id = task_id_of(store, "Update phone list")
    ops.update(store, Task, task_id, {"updated_at": LONG_AGO})  # last edited here long ago
    other = open_store(tmp_path / "other.sqlite3")
    transfer.apply_import(other, transfer.plan_import(other, transfer.read_export(
        transfer.export_bytes(store, now=FIXED_NOW))))
    ops.update(other, Task, task_id, {"title": "Update the phone list (road edit)",
                                      "updated_at": LONG_AGO + dt.timedelta(days=30)})
    payload = transfer.export_bytes(other, now=FIXED_NOW)
    other.close()

    page = TasksPage(sample_ctx, autoload=False)  # the list, read before the import
    qtbot.addWidget(page)
    page.load_now()
    assert "Update phone list" in titles(page)
    plan = transfer.plan_import(store, transfer.read_export(payload))
    assert plan.counts()["task"][1] == 1  # the road edit is newer than this laptop's row
    dialog = ImportPreviewDialog(sample_ctx, tmp_path / "road.rgmexport", plan)
    qtbot.addWidget(dialog)
    assert dialog.apply()
    shown = titles(page)
    assert "Update the phone list (road edit)" in shown and "Update phone list" not in shown
    sample_ctx.undo_stack.undo()
    shown = titles(page)
    assert "Update phone list" in shown and "Update the phone list (road edit)" not in shown
    sample_ctx.undo_stack.redo()
    assert "Update the phone list (road edit)" in titles(page)


def test_rows_written_with_old_stamps_then_notified_as_an_import_does(page, sample_ctx):
    store = sample_ctx.store
    renamed = task_id_of(store, "Compare coffee machine offers")
    gone = task_id_of(store, "Read the new travel policy draft")
    ops.update(store, Task, renamed, {"title": "Compare tea offers", "updated_at": LONG_AGO})
    ops.delete(store, Task, [gone])
    added = ops.create(store, Task, {"title": "Imported request", "updated_at": LONG_AGO})
    sample_ctx.notify(Change.everything(["task"]))
    shown = titles(page)
    assert "Compare tea offers" in shown and "Compare coffee machine offers" not in shown
    assert "Read the new travel policy draft" not in shown and "Imported request" in shown
    assert page.model.task_id(shown.index("Imported request")) == added


def test_a_row_stamped_in_the_future_does_not_hide_later_edits(page, sample_ctx):
    store = sample_ctx.store
    future = task_id_of(store, "Compare coffee machine offers")
    ops.update(store, Task, future, {"title": "Written by a clock in 2099",
                                     "updated_at": dt.datetime(2099, 1, 1, tzinfo=UTC)})
    sample_ctx.notify(Change.of("task", [future]))
    assert "Written by a clock in 2099" in titles(page)
    model = page.model
    row = titles(page).index("Update phone list")
    assert model.setData(model.index(row, COL_REQUESTER), "Julien Martin", Qt.ItemDataRole.EditRole)
    row = titles(page).index("Update phone list")
    assert model.index(row, COL_REQUESTER).data() == "Julien Martin"


def test_an_edit_saved_while_the_clock_was_set_back_shows(page, sample_ctx):
    store = sample_ctx.store
    newest = store.raw().execute("SELECT MAX(updated_at) FROM task").fetchone()[0]
    set_back = dt.datetime.fromisoformat(newest).replace(tzinfo=UTC) - dt.timedelta(days=365)
    task_id = task_id_of(store, "Update phone list")
    ops.update(store, Task, task_id, {"requester": "Set-back clock", "updated_at": set_back})
    sample_ctx.notify(Change.of("task", [task_id]))
    row = titles(page).index("Update phone list")
    assert page.model.index(row, COL_REQUESTER).data() == "Set-back clock"


def test_a_restore_told_as_everything_reloads_the_list(page, sample_ctx):
    """A restore or the sample data say "everything changed" (table "")."""
    store = sample_ctx.store
    task_id = task_id_of(store, "Update phone list")
    ops.update(store, Task, task_id, {"title": "Restored title", "updated_at": LONG_AGO})
    sample_ctx.notify(Change.everything([""]))
    assert "Restored title" in titles(page)


def test_an_edit_re_reads_only_the_rows_it_names(page, sample_ctx, monkeypatch):
    """A change names its rows: the list reads those, not the whole table."""
    from regionmgr.core.tasks import listing

    store = sample_ctx.store
    task_id = task_id_of(store, "Update phone list")
    read: list[list[str]] = []
    original = listing.rows_by_id
    monkeypatch.setattr(listing, "rows_by_id", lambda conn, ids: read.append(list(ids)) or original(conn, ids))
    monkeypatch.setattr(listing, "list_snapshot", lambda *a: pytest.fail("the whole list was read again"))
    ops.update(store, Task, task_id, {"title": "Update phone list now", "updated_at": LONG_AGO})
    sample_ctx.notify(Change.of("task", [task_id]))
    assert read == [[task_id]]
    assert "Update phone list now" in titles(page)


def test_a_big_list_reloads_in_the_background_and_keeps_edits_made_meanwhile(qtbot, page, sample_ctx,
                                                                            monkeypatch):
    from regionmgr.ui.tasks import task_model

    monkeypatch.setattr(task_model, "RELOAD_IN_BACKGROUND", 1)  # the sample list counts as big
    store = sample_ctx.store
    imported = task_id_of(store, "Update phone list")
    edited = task_id_of(store, "Compare coffee machine offers")
    ops.update(store, Task, imported, {"title": "Imported title", "updated_at": LONG_AGO})
    with qtbot.waitSignal(page.model.rows_loaded, timeout=5000):
        sample_ctx.notify(Change.everything(["task"]))
        # Written while the list is read again: shown once it is read.
        ops.update(store, Task, edited, {"title": "Compare tea offers", "updated_at": LONG_AGO})
        sample_ctx.notify(Change.of("task", [edited]))
    shown = titles(page)
    assert "Imported title" in shown and "Compare tea offers" in shown
    assert "Update phone list" not in shown and "Compare coffee machine offers" not in shown
