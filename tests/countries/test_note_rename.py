"""Renaming a new note with Enter keeps the editor on that note: what is typed next goes into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from regionmgr.core.countries import notes as core
from regionmgr.core.countries import region as countries_core
from regionmgr.ui.countries.note_editor import NotesPanel


def country_id(store, code):
    return next(c.id for c in countries_core.list_countries(store) if c.code == code)


@pytest.fixture
def panel(qtbot, sample_ctx):
    p = NotesPanel(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    p.set_country(country_id(sample_ctx.store, "MA"))
    return p


@pytest.mark.parametrize("kind", ["culture", "procedure", "other"])
def test_renaming_a_new_note_with_enter_keeps_editing_that_note(qtbot, panel, sample_ctx, kind):
    note_id = panel.add_note(kind)
    assert note_id is not None
    title_editor = panel.table.viewport().findChild(QLineEdit)
    assert title_editor is not None and title_editor.isVisible()
    title_editor.selectAll()
    qtbot.keyClicks(title_editor, "Aardvark visa")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.viewport().findChild(QLineEdit) is None
                    or not panel.table.viewport().findChild(QLineEdit).isVisible())
    QApplication.processEvents()
    assert panel.note_id == note_id
    current = panel.table.currentIndex()
    assert panel.model.rows[current.row()].id == note_id
    assert panel.model.rows[current.row()].title == "Aardvark visa"
    # The user now moves to the editor and types: the text goes into the renamed note.
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Bring two photos.")
    panel.flush()
    assert core.note_body(sample_ctx.store, note_id) == "Bring two photos."
    assert panel.note_id == note_id
