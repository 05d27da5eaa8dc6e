"""The palette finds every menu command and each page's main commands, typed in French or English
(accents ignored), whatever the UI language; choosing one does what the menu or button does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from regionmgr.ui.common import i18n
from regionmgr.ui.shell.palette import plain_text


def menu_actions(window) -> list[QAction]:
    """Every command of the menu bar, submenus included."""
    out: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())
            elif plain_text(action):
                out.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return out


def found(palette, query: str) -> list:
    palette.search(query)
    return palette.model.rows


def _ready_palette(window, qtbot):
    ctx = window.ctx
    from regionmgr.core.countries import operations as countries

    window.show_page("countries")
    assert ctx.run("Add Iceland", lambda: countries.add_country(ctx.store, "IS"))  # Undo is enabled
    palette = window.show_palette()
    qtbot.waitUntil(lambda: palette._pages_built)
    return palette


def _strip(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_every_menu_action_is_found_by_its_text(window, qtbot):
    palette = _ready_palette(window, qtbot)
    actions = [a for a in menu_actions(window) if a.isEnabled()]
    assert len(actions) >= 12
    for action in actions:
        rows = found(palette, plain_text(action).lower())
        assert any(r.action is action for r in rows), plain_text(action)


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.mark.usefixtures("french")
def test_in_french_menu_actions_are_found_in_french_without_accents_and_in_english(window, qtbot):
    palette = _ready_palette(window, qtbot)
    for action in [a for a in menu_actions(window) if a.isEnabled()]:
        rows = found(palette, _strip(plain_text(action)))
        assert any(r.action is action for r in rows), plain_text(action)
    for english, name in [("settings", "settings_action"), ("keyboard shortcuts", "shortcuts_action"),
                          ("undo", "undo_action"), ("go to anything", "palette_action"),
                          ("new task", "new_task_action")]:
        assert any(r.action is getattr(window, name) for r in found(palette, english)), english
    titles = [r.title for r in found(palette, "quit")]
    assert "Quitter" in titles, titles


def test_in_english_commands_are_found_by_their_french_names(window, qtbot):
    palette = _ready_palette(window, qtbot)
    for french_words, title in [("parametres", "Settings"), ("ajouter un pays", "Add country"),
                                ("dossier de passation", "Handover dossier")]:
        titles = [r.title for r in found(palette, french_words) if r.kind == "action"]
        assert title in titles, (french_words, titles)


@pytest.mark.parametrize("query", ["new task", "start timer", "new series", "add country", "add note",
                                   "transparency report", "handover", "add time"])
def test_page_main_commands_are_listed(window, qtbot, query):
    palette = _ready_palette(window, qtbot)
    assert any(r.kind == "action" for r in found(palette, query)), query


def test_choosing_a_menu_command_does_what_the_menu_does(window, qtbot):
    palette = _ready_palette(window, qtbot)
    window.show_page("tasks")
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "keyboard shortcuts")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None
                    and window.shortcuts_dialog.isVisible())


def test_choosing_a_page_button_shows_its_page_and_clicks_it(window, qtbot):
    palette = _ready_palette(window, qtbot)
    window.show_page("tasks")
    page = window.pages["countries"]
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "add note procedure")
    rows = palette.model.rows
    assert rows and rows[0].kind == "action", [r.title for r in rows]
    steps = window.ctx.undo_stack.count()
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_page_key() == "countries"
    assert window.ctx.undo_stack.count() == steps + 1
    assert page.isVisible()
