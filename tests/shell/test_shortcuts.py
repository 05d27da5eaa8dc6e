"""Keyboard: standard shortcuts trigger their actions, and Help > Keyboard shortcuts lists them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from regionmgr.ui.shell.shortcuts_dialog import collect_shortcuts


def test_page_shortcuts_switch_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "countries"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "tasks"


def test_standard_shortcuts_are_set(window):
    assert window.new_task_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert not window.settings_action.shortcut().isEmpty()
    assert window.settings_action.menuRole() == QAction.MenuRole.PreferencesRole
    assert window.palette_action.shortcut() == QKeySequence("Ctrl+K")


def test_settings_shortcut_opens_settings(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()


def test_help_shortcut_opens_the_shortcuts_window_listing_every_shortcut(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    listed = {(r.text, r.keys) for r in dialog.model.rows}
    # every action with a shortcut anywhere on the window is listed
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            text = action.text().replace("&", "").rstrip("…").strip()
            assert any(t == text for t, _k in listed), text
    groups = {r.text: r.group for r in dialog.model.rows}
    assert groups["Quit"] == "File"
    assert groups["Undo"] == "Edit"
    assert groups["Go to Anything"] == "View"
    assert groups["Keyboard Shortcuts"] == "Help"


def test_shortcuts_window_filters_and_is_a_valid_model(window, qtbot, qtmodeltester):
    dialog = window.show_shortcuts()
    qtmodeltester.check(dialog.model)
    qtbot.keyClicks(dialog.filter_edit, "quit")
    assert dialog.proxy.rowCount() >= 1
    texts = {dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())}
    assert "Quit" in texts and "Undo" not in texts


def test_an_action_a_page_adds_later_is_listed(window):
    extra = QAction("Frobnicate", window.page("time"))
    extra.setShortcut(QKeySequence("Ctrl+Alt+F"))
    window.page("time").addAction(extra)
    rows = {r.text: r for r in collect_shortcuts(window)}
    assert rows["Frobnicate"].group == "Time"


def test_shortcut_texts_have_no_repeats_or_media_keys(window):
    rows = {r.text: r.keys for r in collect_shortcuts(window, build_pages=False)}
    assert rows["Redo"].count("Ctrl+Shift+Z") == 1
    assert rows["Keyboard Shortcuts"] == "F1"


def test_every_menu_opens_from_the_keyboard_with_its_own_letter(window):
    letters = []
    for top in window.menuBar().actions():
        text = top.text()
        assert "&" in text, f"menu {text!r} has no Alt+letter"
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters
