"""Entering a contact from the keyboard: typing starts editing, Tab / Shift+Tab move the open editor
to the next / previous editable cell, Enter commits; every edit is saved at once and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from regionmgr.core.countries import region as core
from regionmgr.ui.countries.contact_models import ID_ROLE, ContactTableModel
from regionmgr.ui.countries.contact_panel import ContactsPanel


def ma_id(store):
    return next(c.id for c in core.list_countries(store) if c.code == "MA")


@pytest.fixture
def panel(qtbot, sample_ctx):
    p = ContactsPanel(sample_ctx, opener=lambda _u: None)
    qtbot.addWidget(p)
    p.resize(900, 300)
    p.show()
    qtbot.waitExposed(p)
    p.set_country(ma_id(sample_ctx.store))
    return p


def editor(panel) -> QLineEdit:
    focus = QApplication.focusWidget()
    assert panel.table.state() == QAbstractItemView.State.EditingState
    assert isinstance(focus, QLineEdit)
    return focus


def stored(sample_ctx, contact_id):
    return next(c for c in core.list_contacts(sample_ctx.store, ma_id(sample_ctx.store)) if c.id == contact_id)


def test_tab_moves_the_open_editor_and_each_cell_is_saved(qtbot, panel, sample_ctx):
    new_id = panel.add_contact()
    table = panel.table
    line = editor(panel)
    line.selectAll()
    qtbot.keyClicks(line, "Zineb Alaoui")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert stored(sample_ctx, new_id).name == "Zineb Alaoui"
    assert table.currentIndex().column() == ContactTableModel.COL_ROLE
    qtbot.keyClicks(editor(panel), "HR")
    qtbot.keyClick(editor(panel), Qt.Key.Key_Tab)
    assert table.currentIndex().column() == ContactTableModel.COL_EMAIL
    qtbot.keyClicks(editor(panel), "zineb@example.ma")
    qtbot.keyClick(editor(panel), Qt.Key.Key_Tab)
    assert table.currentIndex().column() == ContactTableModel.COL_PHONE
    qtbot.keyClick(editor(panel), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.currentIndex().column() == ContactTableModel.COL_EMAIL
    assert table.model().data(table.currentIndex(), Qt.ItemDataRole.EditRole) == "zineb@example.ma"
    qtbot.keyClick(editor(panel), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)  # Enter commits (queued)
    row = stored(sample_ctx, new_id)
    assert (row.name, row.role, row.email) == ("Zineb Alaoui", "HR", "zineb@example.ma")
    assert table.currentIndex().data(ID_ROLE) == new_id  # the row stays where it was while editing
    sample_ctx.undo_stack.undo()  # the e-mail
    assert stored(sample_ctx, new_id).email == ""
    assert stored(sample_ctx, new_id).role == "HR"


def test_typing_on_a_selected_cell_starts_editing(qtbot, panel, sample_ctx):
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.model.index(0, ContactTableModel.COL_PHONE))
    contact_id = panel.model.rows[0].id
    qtbot.keyClicks(table, "+")  # the first key opens the editor on the cell, typed over its text
    qtbot.keyClicks(editor(panel), "212 600")
    qtbot.keyClick(editor(panel), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(sample_ctx, contact_id).phone == "+212 600")
