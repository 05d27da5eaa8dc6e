"""Undo across pages: one history, whose Edit menu hint names the page of a step done elsewhere,
and which shows that page before undoing it, so the user sees what changes.

An import or anything marked ``everywhere`` is undone where the user is, its hint saying it
touches every page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regionmgr.core.countries import operations as countries
from regionmgr.store.queries import data as queries


def _codes(ctx) -> set[str]:
    return {code for _id, code in queries.country_codes(ctx.store.raw())}


def _add_iceland(window, **kw):
    ctx = window.ctx
    assert ctx.run("Add Iceland", lambda: countries.add_country(ctx.store, "IS"), **kw) is not None
    assert "IS" in _codes(ctx)


def test_the_hint_names_the_page_of_a_step_done_elsewhere(window, qtbot):
    window.show_page("countries")
    _add_iceland(window)
    assert window.undo_action.text() == "&Undo Add Iceland"  # done here: no page named
    window.show_page("tasks")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Add Iceland (Countries)"
    assert not window.redo_action.isEnabled()


def test_ctrl_z_shows_the_page_then_undoes_what_the_hint_says(window, qtbot):
    window.show_page("countries")
    _add_iceland(window)
    window.show_page("tasks")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "countries"
    assert "IS" not in _codes(window.ctx)
    assert window.redo_action.text() == "&Redo Add Iceland"
    assert window.redo_action.isEnabled()
    window.show_page("time")
    assert window.redo_action.text() == "&Redo Add Iceland (Countries)"
    window.redo_action.trigger()
    assert window.current_page_key() == "countries"
    assert "IS" in _codes(window.ctx)
    assert not window.undo_action.text().endswith(")")


def test_a_step_on_every_page_is_undone_where_the_user_is(window, qtbot):
    window.show_page("countries")
    _add_iceland(window, everywhere=True)
    window.show_page("meetings")
    assert window.undo_action.text() == "&Undo Add Iceland (all pages)"
    window.undo_action.trigger()
    assert window.current_page_key() == "meetings"
    assert "IS" not in _codes(window.ctx)


def test_nothing_to_undo_says_so(window):
    assert window.undo_action.text() == "&Undo"
    assert not window.undo_action.isEnabled()
    assert window.redo_action.text() == "&Redo"


def test_the_hint_follows_the_language(window, qtbot, qapp):
    """French: the page's title in French, the step's own text as it was given."""
    from regionmgr.ui.common import i18n

    i18n.install(qapp, "fr")
    try:
        window.show_page("countries")
        _add_iceland(window)
        window.show_page("tasks")
        assert window.undo_action.text().endswith("Add Iceland (Pays)")
    finally:
        i18n.install(qapp, "en")
