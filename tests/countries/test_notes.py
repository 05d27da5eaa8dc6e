"""Country notes: typing saved after a pause and undoable, versions, reviews, "refresh due", a 1 MB note."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextCursor

from regionmgr.core.countries import notes as core
from regionmgr.core.countries import region as countries_core
from regionmgr.core.ops import create
from regionmgr.store.models import Note
from regionmgr.ui.countries.note_editor import NotesPanel
from regionmgr.ui.countries.note_models import DUE_ROLE, NoteListModel


def country_id(store, code):
    return next(c.id for c in countries_core.list_countries(store) if c.code == code)


def note_row(store, note_id):
    return store.raw().execute("SELECT body, version, last_reviewed, title FROM note WHERE id = ?", (note_id,)).fetchone()


@pytest.fixture
def panel(qtbot, sample_ctx):
    p = NotesPanel(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    p.set_country(country_id(sample_ctx.store, "MA"))
    return p


def type_at_end(qtbot, editor, text):
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, text)


def test_the_country_notes_are_listed_culture_first(panel):
    assert [r.kind for r in panel.model.rows] == ["culture", "procedure"]
    assert panel.note_id == panel.model.rows[0].id
    assert "Friday prayer" in panel.view.toPlainText()


def test_typing_is_saved_after_a_pause_as_one_undoable_step(qtbot, panel, sample_ctx):
    note_id = panel.note_id
    body, version, *_ = note_row(sample_ctx.store, note_id)
    type_at_end(qtbot, panel.editor, " Tea is offered: accept it.")
    qtbot.waitUntil(lambda: note_row(sample_ctx.store, note_id)[0].endswith("accept it."), timeout=5000)
    assert note_row(sample_ctx.store, note_id)[1] == version + 1
    assert sample_ctx.undo_stack.count() == 1  # the whole burst of keystrokes
    qtbot.waitUntil(lambda: "Tea is offered" in panel.view.toPlainText(), timeout=5000)
    sample_ctx.undo_stack.undo()
    assert note_row(sample_ctx.store, note_id)[:2] == (body, version)
    assert panel.editor.toPlainText() == body
    sample_ctx.undo_stack.redo()
    assert note_row(sample_ctx.store, note_id)[0].endswith("accept it.")


def test_switching_notes_saves_what_was_typed(qtbot, panel, sample_ctx):
    first = panel.note_id
    type_at_end(qtbot, panel.editor, " Extra.")
    panel.select_note(panel.model.rows[1].id)
    assert note_row(sample_ctx.store, first)[0].endswith(" Extra.")
    assert "Damancom" in panel.editor.toPlainText()


def test_leaving_the_page_saves_what_was_typed_at_once(qtbot, panel, sample_ctx):
    note_id = panel.note_id
    type_at_end(qtbot, panel.editor, " Last words.")
    assert panel.save_timer.isActive()
    panel.hide()
    assert note_row(sample_ctx.store, note_id)[0].endswith(" Last words.")


def test_adding_renaming_and_deleting_notes(qtbot, panel, sample_ctx):
    note_id = panel.add_note("other")
    assert note_row(sample_ctx.store, note_id)[3] == "New note"
    index = panel.model.index(panel.model.row_of(note_id), NoteListModel.COL_TITLE)
    assert panel.model.setData(index, "Useful phone numbers")
    assert note_row(sample_ctx.store, note_id)[3] == "Useful phone numbers"
    kind = panel.model.index(panel.model.row_of(note_id), NoteListModel.COL_KIND)
    assert kind.data() == "Other"
    assert panel.model.setData(kind, "procedure")
    assert sample_ctx.store.raw().execute("SELECT kind FROM note WHERE id = ?", (note_id,)).fetchone() == ("procedure",)
    panel.select_note(note_id)
    panel.delete_note()
    assert note_row(sample_ctx.store, note_id) is None
    sample_ctx.undo_stack.undo()
    assert note_row(sample_ctx.store, note_id)[3] == "Useful phone numbers"


def test_procedures_not_reviewed_for_the_period_are_marked_refresh_due(qtbot, panel, sample_ctx):
    procedure = panel.model.rows[1]
    index = panel.model.index(1, NoteListModel.COL_REVIEWED)
    assert procedure.kind == "procedure"
    assert index.data(DUE_ROLE) is True  # reviewed 200 days ago, period 6 months
    assert "refresh due" in index.data()
    assert panel.model.index(0, NoteListModel.COL_REVIEWED).data(DUE_ROLE) is False  # culture: never due
    panel.period_spin.setValue(12)
    assert panel.model.index(1, NoteListModel.COL_REVIEWED).data(DUE_ROLE) is False
    assert sample_ctx.settings.value("notes/refresh_months") == 12
    panel.period_spin.setValue(6)
    panel.select_note(procedure.id)
    panel.mark_reviewed()
    assert note_row(sample_ctx.store, procedure.id)[2] == "2026-11-23"
    assert panel.model.index(1, NoteListModel.COL_REVIEWED).data(DUE_ROLE) is False
    sample_ctx.undo_stack.undo()
    assert panel.model.index(1, NoteListModel.COL_REVIEWED).data(DUE_ROLE) is True


def test_refresh_due_rule():
    row = core.NoteRow("n", "c", "procedure", "t", dt.date(2026, 1, 1), 1, 0)
    assert core.is_refresh_due(row, dt.date(2026, 7, 1), 180)
    assert not core.is_refresh_due(row, dt.date(2026, 6, 1), 180)
    never = core.NoteRow("n", "c", "procedure", "t", None, 1, 0)
    assert core.is_refresh_due(never, dt.date(2026, 1, 1), 180)


def test_a_one_megabyte_note_stays_editable(qtbot, panel, sample_ctx):
    line = "- A long procedure line with **bold** words and a [link](https://example.com).\n"
    body = line * (1_000_000 // len(line) + 1)
    note_id = create(sample_ctx.store, Note, {"country_id": panel.country_id, "kind": "procedure",
                                              "title": "Huge", "body": body})
    panel.model.reload()
    panel.select_note(note_id)
    assert len(panel.editor.toPlainText()) > 1_000_000
    type_at_end(qtbot, panel.editor, "END")  # rendered off the UI thread: tests/countries/test_note_render.py
    qtbot.waitUntil(lambda: note_row(sample_ctx.store, note_id)[0].endswith("END"), timeout=10000)
    assert note_row(sample_ctx.store, note_id)[1] == 2


def test_note_list_model_passes_the_model_tester(qtmodeltester, sample_ctx):
    model = NoteListModel(sample_ctx)
    model.set_country(country_id(sample_ctx.store, "FR"))
    qtmodeltester.check(model)


@pytest.mark.parametrize(("saved", "months"), [(12, 12), ("9", 9), ("abc", 6), ("", 6), ("6.5", 6)])
def test_the_refresh_period_is_read_back_and_a_damaged_setting_falls_back_to_six_months(
        qtbot, sample_ctx, saved, months):
    sample_ctx.settings.setValue("notes/refresh_months", saved)
    p = NotesPanel(sample_ctx)  # a hand-edited settings file must not stop the Countries page from opening
    qtbot.addWidget(p)
    assert p.period_spin.value() == months
    assert p.model.period_days == months * 30
