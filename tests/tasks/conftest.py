"""The Tasks page as the user sees it, shared by the tasks room's GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from regionmgr.ui.common import i18n
from regionmgr.ui.tasks.task_model import COL_TITLE
from regionmgr.ui.tasks.tasks_page import TasksPage


@pytest.fixture
def page(qtbot, sample_ctx):
    """The Tasks page over the sample region, loaded, at a desktop size, on screen."""
    p = TasksPage(sample_ctx, autoload=False)
    qtbot.addWidget(p)
    p.load_now()
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def english_plurals(qapp):
    """English as the user has it: with its catalogue of plural forms ("1 task", "2 tasks")."""
    before = QLocale()
    i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def select_title(page, title: str) -> str:
    """Select the task titled ``title`` in the list (it opens in the detail pane); its id."""
    m = page.model
    row = next(r for r in range(m.rowCount()) if m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) == title)
    page.select_task(m.task_id(row))
    return m.task_id(row)
