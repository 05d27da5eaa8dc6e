"""The main window opens, every page is reachable, the welcome state works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from regionmgr.core.sample import is_empty
from regionmgr.ui.main_window import MainWindow
from regionmgr.ui.pages import PAGES


def test_every_page_is_reachable_from_the_navigation(window, qtbot):
    for spec in PAGES:
        window.page_actions[spec.key].trigger()
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
    assert window.ctx.settings.value("window/page") == PAGES[-1].key


def test_pages_have_keyboard_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "countries"


def test_first_launch_shows_welcome_then_start_empty(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.welcome
    assert not w.nav_bar.isEnabled()
    qtbot.mouseClick(w.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert w.current_page_key() == "tasks"
    assert is_empty(ctx.store)
    # The choice is remembered: the next start goes straight to the pages.
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    assert w2.stack.currentWidget() is not w2.welcome


def test_start_with_sample_region_fills_the_store_off_the_ui_thread(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.welcome.finished, timeout=20000):
        qtbot.mouseClick(w.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert not is_empty(ctx.store)
    assert w.current_page_key() == "tasks"


def test_last_page_comes_back(qtbot, sample_ctx):
    sample_ctx.settings.setValue("welcome/done", True)
    w = MainWindow(sample_ctx)
    qtbot.addWidget(w)
    w.show_page("meetings")
    w.close()
    w2 = MainWindow(sample_ctx)
    qtbot.addWidget(w2)
    assert w2.current_page_key() == "meetings"


def test_write_failure_is_shown_to_the_user(window, qtbot):
    window.ctx.error_raised.emit("The disk is full")
    assert isinstance(window.last_error_box, QMessageBox)
    assert "disk is full" in window.last_error_box.text()
