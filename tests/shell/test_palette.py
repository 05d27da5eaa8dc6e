"""The command palette (Ctrl+K) finds actions, tasks, countries and notes by typing, and goes there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from regionmgr.core.data import palette_index
from regionmgr.ui.shell.palette import KIND_ROLE, CommandPalette


def _kinds_titles(palette: CommandPalette) -> list[tuple[str, str]]:
    return [(r.kind, r.title) for r in palette.model.rows]


def test_index_finds_a_task_by_part_of_a_word(sample_store):
    hits = palette_index.find_tasks(sample_store, "renew")
    assert any("Visa renewal" in h.title for h in hits)
    assert palette_index.find_tasks(sample_store, "zzzqqq") == []


def test_index_finds_countries_in_the_ui_language_and_by_code(sample_store):
    assert [h.title for h in palette_index.find_countries(sample_store, "maroc", "fr")] == ["Maroc"]
    assert [h.title for h in palette_index.find_countries(sample_store, "allem", "fr")] == ["Allemagne"]
    assert [h.detail for h in palette_index.find_countries(sample_store, "ae", "en")] == ["AE"]
    # accents are ignored: "emirats" finds "Émirats arabes unis"
    assert [h.detail for h in palette_index.find_countries(sample_store, "emirats", "fr")] == ["AE"]


def test_index_finds_notes_and_treats_typed_syntax_as_text(sample_store):
    hits = palette_index.find_notes(sample_store, "payroll cut")
    assert [h.title for h in hits] == ["Monthly payroll cut-off"]
    for nasty in ['"', "AND(", "*", "NEAR(x", "%_\\", "'; DROP TABLE task; --"]:
        palette_index.find(sample_store, nasty)  # no exception
    assert sample_store.raw().execute("SELECT count(*) FROM task").fetchone()[0] > 0


def test_ctrl_k_opens_the_palette_listing_commands(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.command_palette
    assert palette.isVisible()
    kinds = {r.kind for r in palette.model.rows}
    assert kinds == {"action"}
    titles = [r.title for r in palette.model.rows]
    assert "Quit" in titles and "Tasks" in titles


def test_palette_finds_and_opens_a_task(window, qtbot):
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "visa renewal")
    found = _kinds_titles(palette)
    assert ("task", "Visa renewal for the new sales lead") in found
    assert ("note", "Visa renewal") in found
    row = found.index(("task", "Visa renewal for the new sales lead"))
    palette.view.setCurrentIndex(palette.model.index(row, 0))
    with qtbot.waitSignal(palette.activated) as signal:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    kind, task_id = signal.args
    assert kind == "task"
    assert window.current_page_key() == "tasks"
    assert not palette.isVisible()
    page = window.pages["tasks"]
    if hasattr(page, "selected_ids"):
        assert page.selected_ids() == [task_id]


def test_palette_opens_a_country_and_a_note(window, qtbot):
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "morocco")
    found = _kinds_titles(palette)
    assert found[0] == ("country", "Morocco")
    assert ("note", "Cultural context for Morocco") in found
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_page_key() == "countries"
    page = window.pages["countries"]
    if getattr(page, "country", None) is not None:
        assert page.country.code == "MA"

    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "payroll cut")
    row = _kinds_titles(palette).index(("note", "Monthly payroll cut-off"))
    palette.move_selection(row)
    note_id = palette.model.rows[row].ref_id
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_page_key() == "countries"
    notes = getattr(window.pages["countries"], "notes", None)
    if notes is not None and hasattr(notes, "note_id"):
        assert notes.note_id == note_id


def test_palette_triggers_an_action_chosen_with_the_arrows(window, qtbot):
    window.show_page("tasks")
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "meetings")
    rows = _kinds_titles(palette)
    assert rows[0] == ("action", "Meetings")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Up)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_page_key() == "meetings"


def test_palette_says_when_nothing_matches(window, qtbot):
    palette = window.show_palette()
    qtbot.keyClicks(palette.edit, "qqqzzzxxx")
    assert palette.model.rowCount() == 0
    assert palette.empty_label.isVisible()
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)  # nothing happens
    assert palette.isVisible()


@pytest.mark.parametrize("query", ["", "fr", "visa"])
def test_palette_model_is_a_valid_qt_model(window, qtmodeltester, query):
    palette = window.show_palette()
    palette.search(query)
    qtmodeltester.check(palette.model)
    assert all(palette.model.index(r, 0).data(KIND_ROLE) for r in range(palette.model.rowCount()))


def test_palette_finds_actions_of_pages_not_shown_yet(window, qtbot):
    window.show_page("tasks")
    palette = window.show_palette()
    qtbot.waitUntil(lambda: palette._pages_built)
    titles = {r.title for r in palette.model.rows}
    assert {"Tasks", "Quit", "Settings"} <= titles
    assert "Navigation" not in titles  # the toolbar's show/hide toggle is not a command
    assert set(window.pages) == {"tasks", "priorities", "countries", "meetings", "time"}
    from regionmgr.ui.shell.palette import page_of

    on_pages = {page_of(window, r.action) for r in palette.model.rows if r.action is not None} - {None}
    assert on_pages - {"tasks"}, "actions the other pages define are found too"


def test_the_palette_can_still_be_placed_like_any_window(qtbot, window):
    """Moving the selection has its own name: QWidget.move(QPoint) still places the dialog."""
    palette = window.show_palette()
    palette.move(QPoint(40, 30))
    assert palette.pos() == QPoint(40, 30)
    qtbot.keyClicks(palette.edit, "a")
    palette.move_selection(1)
    assert palette.view.currentIndex().row() == min(1, palette.model.rowCount() - 1)
