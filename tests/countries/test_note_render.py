"""A large note's rendered view is built off the UI thread: typing never waits on it, the last good
render stays shown meanwhile, and the view catches up with what was typed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QTextCursor

from regionmgr.core.countries import region as countries_core
from regionmgr.core.ops import create
from regionmgr.store.models import Note
from regionmgr.ui.common import markdown_view
from regionmgr.ui.countries import note_editor
from regionmgr.ui.countries.note_editor import NotesPanel


@pytest.fixture
def renders(monkeypatch):
    """Every Markdown render of the notes these tests type in, by thread: "ui" or "worker"."""
    seen: list[str] = []
    real = markdown_view.set_safe_markdown
    main = threading.main_thread()

    def counting(doc, text):
        if "Big procedure" in text or "Quick words" in text:  # this test's notes, not another panel's
            seen.append("ui" if threading.current_thread() is main else "worker")
        real(doc, text)

    monkeypatch.setattr(markdown_view, "set_safe_markdown", counting)
    return seen


@pytest.fixture
def panel(qtbot, sample_ctx):
    p = NotesPanel(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    p.set_country(next(c.id for c in countries_core.list_countries(sample_ctx.store) if c.code == "MA"))
    return p


def test_typing_in_a_large_note_renders_in_a_worker(qtbot, panel, sample_ctx, renders):
    line = "- A procedure line with **bold** words and a [link](https://example.com).\n"
    body = "# Big procedure\n\n" + line * (3 * note_editor.LARGE_NOTE_CHARS // len(line))
    note_id = create(sample_ctx.store, Note, {"country_id": panel.country_id, "kind": "procedure",
                                              "title": "Big", "body": body})
    panel.model.reload()
    panel.select_note(note_id)
    qtbot.waitUntil(lambda: "Big procedure" in panel.view.toPlainText(), timeout=20000)
    assert "ui" not in renders  # even opening it did not render on the UI thread
    renders.clear()
    cursor = panel.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    panel.editor.setTextCursor(cursor)
    qtbot.keyClicks(panel.editor, "Closing words")
    assert renders == []  # no render while typing: debounced, then off the UI thread
    assert "Big procedure" in panel.view.toPlainText()  # the last good render stays meanwhile
    qtbot.waitUntil(lambda: "Closing words" in panel.view.toPlainText(), timeout=20000)
    assert renders and set(renders) == {"worker"}
    assert len(renders) <= 2  # one render per pause, not one per key


def test_a_small_note_renders_once_per_pause(qtbot, panel, renders):
    panel.select_note(panel.model.rows[0].id)
    renders.clear()
    qtbot.keyClicks(panel.editor, "Quick words")
    assert renders == []
    qtbot.waitUntil(lambda: "Quick words" in panel.view.toPlainText(), timeout=5000)
    assert len(renders) == 1
