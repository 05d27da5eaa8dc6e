"""Which columns the task list shows: chosen from the header's menu, remembered in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from regionmgr.ui.tasks import column_chooser
from regionmgr.ui.tasks.task_model import COL_CHANNEL, COL_DUE, COL_REQUESTER, COL_STATUS, COL_TITLE
from regionmgr.ui.tasks.tasks_page import TasksPage

KEY = column_chooser.SETTING_KEY


def header_menu(qtbot, page) -> QMenu:
    """Right-click on the list's header: the menu it opens."""
    header = page.view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(COL_DUE) + 5, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def action_named(menu: QMenu, page, column: int):
    name = page.model.headerData(column, column_chooser.HORIZONTAL)
    return next(a for a in menu.actions() if a.text() == name)


def new_page(qtbot, ctx) -> TasksPage:
    p = TasksPage(ctx, autoload=False)
    qtbot.addWidget(p)
    p.load_now()
    return p


def test_the_defaults_leave_room_for_the_title(page):
    header = page.view.horizontalHeader()
    hidden = {c for c in range(header.count()) if header.isSectionHidden(c)}
    assert hidden == {COL_REQUESTER, COL_CHANNEL}
    assert header.sectionResizeMode(COL_TITLE) == QHeaderView.ResizeMode.Stretch


def test_a_column_is_hidden_and_shown_again_from_the_header_menu(qtbot, page, sample_ctx):
    header = page.view.horizontalHeader()
    menu = header_menu(qtbot, page)
    status = action_named(menu, page, COL_STATUS)
    assert status.isCheckable() and status.isChecked()
    status.trigger()
    menu.close()
    assert header.isSectionHidden(COL_STATUS)
    menu = header_menu(qtbot, page)
    channel = action_named(menu, page, COL_CHANNEL)
    assert not channel.isChecked()
    channel.trigger()
    menu.close()
    assert not header.isSectionHidden(COL_CHANNEL)
    assert header.isSectionHidden(COL_STATUS)
    assert sample_ctx.settings.value(KEY).split() == ["requester", "status"]


def test_the_title_cannot_be_hidden(qtbot, page):
    menu = header_menu(qtbot, page)
    title = action_named(menu, page, COL_TITLE)
    assert title.isChecked() and not title.isEnabled()
    menu.close()
    assert not page.view.horizontalHeader().isSectionHidden(COL_TITLE)


def test_the_choice_survives_a_restart(qtbot, page, sample_ctx):
    menu = header_menu(qtbot, page)
    action_named(menu, page, COL_STATUS).trigger()
    action_named(menu, page, COL_REQUESTER).trigger()
    menu.close()
    again = new_page(qtbot, sample_ctx)  # the app started again over the same settings
    header = again.view.horizontalHeader()
    assert header.isSectionHidden(COL_STATUS) and header.isSectionHidden(COL_CHANNEL)
    assert not header.isSectionHidden(COL_REQUESTER)


@pytest.mark.parametrize("bad", ["status bogus", "title", 42.5, ["status", "channel"]])
def test_a_bad_setting_gives_the_default_columns(qtbot, sample_ctx, bad):
    sample_ctx.settings.setValue(KEY, bad)
    p = new_page(qtbot, sample_ctx)
    header = p.view.horizontalHeader()
    assert {c for c in range(header.count()) if header.isSectionHidden(c)} == {COL_REQUESTER, COL_CHANNEL}


def test_none_hidden_is_a_choice_kept(qtbot, sample_ctx):
    sample_ctx.settings.setValue(KEY, "")
    p = new_page(qtbot, sample_ctx)
    header = p.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
