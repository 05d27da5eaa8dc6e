"""The Tasks page as it looks: tranches under their parent, the title field from its start, nothing cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from regionmgr.core import ops
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import COL_DUE, COL_TITLE
from tests.tasks.conftest import select_title

PARENT = "Harmonise job descriptions (120 roles)"
PARTS = ["Job descriptions: Sales roles (40)", "Job descriptions: Engineering roles (50)",
         "Job descriptions: Support roles (30)"]


def titles(page) -> list[str]:
    m = page.model
    return [m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


# -- 5. tranches under their parent ------------------------------------------------------------
@pytest.mark.parametrize("column", [COL_DUE, COL_TITLE])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_parts_follow_their_parent_in_their_order(page, column, order):
    page.model.set_filter(status="all")
    page.view.sortByColumn(column, order)
    shown = titles(page)
    at = shown.index(PARENT)
    assert shown[at + 1:at + 4] == PARTS, shown
    # The parts are shown indented under the parent; other rows are not.
    m = page.model
    assert m.index(at + 1, COL_TITLE).data().startswith("\u2003")
    assert not m.index(at, COL_TITLE).data().startswith("\u2003")
    assert m.index(at + 1, COL_TITLE).data(Qt.ItemDataRole.EditRole) == PARTS[0]
    # Top-level rows are in the sort order.
    top = [t for t in shown if t not in PARTS]
    keys = [t.casefold() for t in top]
    if column == COL_TITLE:
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_active_list_hides_the_done_part_and_keeps_the_others_under_the_parent(page):
    shown = titles(page)
    at = shown.index(PARENT)
    assert shown[at + 1:at + 3] == PARTS[1:]
    assert PARTS[0] not in shown


def test_a_part_found_without_its_parent_is_still_shown(page):
    page.model.set_search("engineering roles")
    assert titles(page) == [PARTS[1]]


def test_a_new_part_joins_its_parent_after_an_edit(page, sample_ctx):
    pid = sample_ctx.store.raw().execute("SELECT id FROM task WHERE title = ?", (PARENT,)).fetchone()[0]
    from regionmgr.core.tasks.operations import update_tasks

    new = ops.create(sample_ctx.store, Task, {"title": "Job descriptions: Admin (5)", "parent_id": pid,
                                              "position": 3})
    sample_ctx.run("add", lambda: update_tasks(sample_ctx.store, [new], {"requester": "HR Director"}))
    shown = titles(page)
    at = shown.index(PARENT)
    assert shown[at + 1:at + 4] == [*PARTS[1:], "Job descriptions: Admin (5)"]


# -- 2. the title field shows a long title from its start ---------------------------------------
def test_title_field_shows_the_start_of_a_long_title(qtbot, page, sample_ctx):
    long = "Harmonise " + "very " * 40 + "long title end"
    task_id = select_title(page, "Update phone list")
    ops.update(sample_ctx.store, Task, task_id, {"title": long})
    page.detail.show_task(None)
    page.detail.show_task(task_id)
    assert page.detail.title_edit.text() == long
    assert page.detail.title_edit.cursorPosition() == 0
    select_title(page, PARENT)
    assert page.detail.title_edit.cursorPosition() == 0


# -- 4. the "Move to quadrant" button leaves room for its arrow ---------------------------------
def test_quadrant_menu_button_leaves_room_for_its_arrow(page):
    button = page.quadrant_button
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, QStyleOptionButton(), button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.menu() is not None
    assert button.sizeHint().width() >= text + arrow + 8
    assert button.width() >= button.sizeHint().width()


# -- 3. the detail pane's texts are whole in French and English ---------------------------------
from tests.shell.test_french_layout import catalogue, cut_offs  # noqa: E402, F401 - a fixture
from tests.shell.test_french_layout import french_window as french_window  # noqa: E402 - a fixture


@pytest.fixture
def language_back(qapp):
    """Listed before ``french_window``: torn down after it, so the catalogue it leaves installed
    (English, with its plural forms) is removed again and later tests see the source texts."""
    from PySide6.QtCore import QLocale

    from regionmgr.ui.common import i18n

    before = QLocale()
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def detail_cut_offs(qtbot, window, size: tuple[int, int]) -> list[str]:
    window.resize(*size)
    window.show_page("tasks")
    page = window.page("tasks")
    page.model.load()
    select_title(page, PARENT)
    qtbot.waitUntil(lambda: page.detail.form.isVisible())
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return cut_offs(page.detail) + cut_offs(page.quadrant_button)


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_french_detail_pane_cuts_nothing_off(qtbot, language_back, french_window, size):
    problems = detail_cut_offs(qtbot, french_window, size)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_english_detail_pane_cuts_nothing_off(qtbot, window, size):
    problems = detail_cut_offs(qtbot, window, size)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_french_list_keeps_a_readable_title_and_whole_buttons(qtbot, language_back, french_window, size):
    """On a small laptop the list's titles stay readable (the list scrolls sideways rather than
    squeezing the Title to nothing) and the buttons under the list show their whole text."""
    window = french_window
    window.resize(*size)
    window.show_page("tasks")
    page = window.page("tasks")
    page.model.load()
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert page.view.horizontalHeader().sectionSize(COL_TITLE) >= 180
    cut = [c for b in (page.done_button, page.quadrant_button, page.delete_button, page.timer_button)
           for c in cut_offs(b)]
    assert not cut, "\n".join(cut)


@pytest.mark.slow
def test_the_detail_pane_shows_its_whole_width_for_a_busy_task(qtbot, window):
    """A recurring task in a zone, with a request and a delegation: no field of the detail pane
    runs past its right edge ("Park for the next me…", "Stop re…")."""
    window.resize(1280, 800)
    window.show_page("tasks")
    page = window.page("tasks")
    page.model.load()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    select_title(page, "CNSS declaration check")
    qtbot.waitUntil(lambda: page.detail.form.isVisible())
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    form, viewport = page.detail.form, page.detail.form_scroll.viewport()
    assert form.width() >= form.minimumSizeHint().width()
    assert form.width() <= viewport.width()
