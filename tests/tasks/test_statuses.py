"""Task statuses come from one vocabulary; a status the app does not know is shown as "Unknown",
kept among the active tasks, never taken for "dropped"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import COL_STATUS, COL_TITLE
from regionmgr.ui.tasks.tasks_page import TasksPage


@pytest.fixture
def page(qtbot, sample_ctx):
    ops.create(sample_ctx.store, Task, {"title": "Written by a newer version", "status": "someday"})
    p = TasksPage(sample_ctx, autoload=False)
    qtbot.addWidget(p)
    p.load_now()
    p.show()
    return p


def status_of(model, title: str) -> str | None:
    for r in range(model.rowCount()):
        if model.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) == title:
            return model.index(r, COL_STATUS).data()
    return None


def test_an_unknown_status_shows_as_unknown_among_the_active_tasks(page):
    model = page.model
    assert model.task_filter.status == "active"
    assert status_of(model, "Written by a newer version") == "Unknown"
    model.set_filter(status="dropped")
    assert status_of(model, "Written by a newer version") is None
    model.set_filter(status="all")
    assert status_of(model, "Written by a newer version") == "Unknown"


def test_the_detail_pane_says_unknown_and_keeps_the_status_until_changed(qtbot, page, sample_ctx):
    task_id = sample_ctx.store.raw().execute(
        "SELECT id FROM task WHERE title = 'Written by a newer version'").fetchone()[0]
    page.select_task(task_id)
    box = page.detail.status_box
    assert box.currentText() == "" and box.currentIndex() == -1 and box.placeholderText() == "Unknown"
    assert ops.get(sample_ctx.store, Task, task_id)["status"] == "someday"
    box.setCurrentIndex(box.findText("Open"))
    box.activated.emit(box.currentIndex())
    assert ops.get(sample_ctx.store, Task, task_id)["status"] == "open"


def test_the_status_filter_offers_every_status_of_the_vocabulary(page):
    from regionmgr.core.tasks.listing import STATUSES

    keys = [page.status_box.itemData(i) for i in range(page.status_box.count())]
    assert keys == ["active", *STATUSES, "all"]
    assert [page.status_box.itemText(i) for i in range(page.status_box.count())] == [
        "Open and waiting", "Open", "Waiting", "Done", "Dropped", "All statuses"]
