"""Search across notes and contacts: results and highlighting over thousands of notes, hostile input, the UI."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.countries import region as countries_core
from regionmgr.core.countries import search as core
from regionmgr.store.models import new_uuid
from regionmgr.ui.countries.countries_page import CountriesPage
from regionmgr.ui.countries.search_panel import HIT_ROLE, HTML_ROLE, SearchResultsModel

WORDS = ["payroll", "visa", "contract", "holiday", "invoice", "training", "audit", "budget", "leave", "bonus"]


def fill_notes(store, count):
    """``count`` notes spread over the sample countries; note i mentions WORDS[i % 10]."""
    ids = [c.id for c in countries_core.list_countries(store)]
    rows = [
        (new_uuid(), ids[i % len(ids)], "procedure" if i % 3 else "other", f"Note {i} about {WORDS[i % 10]}",
         f"Body {i}: the {WORDS[i % 10]} procedure, step by step. " + "filler text " * 20, 1)
        for i in range(count)
    ]
    conn = store.raw()
    with conn:
        conn.executemany(
            "INSERT INTO note (id, country_id, kind, title, body, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '2026-11-01 00:00:00', '2026-11-01 00:00:00')",
            rows,
        )


def test_search_finds_and_highlights_over_thousands_of_notes(sample_store):
    fill_notes(sample_store, 3000)
    hits = core.search(sample_store, "invoice", limit=50)
    assert len(hits) == 50
    assert all(h.kind == "note" for h in hits)
    assert all(f"{core.MARK_START}invoice{core.MARK_END}" in (h.title + h.snippet) for h in hits)
    # Every word must appear; the last one as a prefix (as you type).
    hits = core.search(sample_store, "Note 1234 inv", limit=50)
    assert [core.strip_marks(h.title) for h in hits] == ["Note 1234 about invoice"]
    assert hits[0].country_code in {"FR", "DE", "MA", "AE", "PL"}


def test_search_folds_accents_and_finds_contacts(sample_store):
    hits = core.search(sample_store, "zielinski")
    assert [(h.kind, core.strip_marks(h.title)) for h in hits] == [("contact", "Piotr Zieliński")]
    hits = core.search(sample_store, "payroll correspondent")
    assert {core.strip_marks(h.title) for h in hits} >= {"Julien Martin", "Salma Bennani"}
    assert any(core.MARK_START in h.snippet for h in hits)
    hits = core.search(sample_store, "damancom")
    assert [core.strip_marks(h.title) for h in hits] == ["CNSS declaration"]
    assert hits[0].note_kind == "procedure"


@pytest.mark.parametrize(
    "text", ['"', 'AND(', 'NOT', '*', 'a OR', "') ; DROP TABLE note; --", 'NEAR(a b', '^', 'col:val', '""""', "   "]
)
def test_hostile_input_never_crashes_and_is_taken_as_text(sample_store, text):
    core.search(sample_store, text)  # no exception
    assert sample_store.raw().execute("SELECT count(*) FROM note").fetchone()[0] == 10


def test_the_match_expression_quotes_every_word():
    assert core.match_expression('pay"roll AND(') == '"pay" "roll" "AND"*'
    assert core.match_expression("  ") is None
    assert core.match_expression("visa p") == '"visa" "p"'  # one letter: a whole word, not a prefix


def test_search_box_shows_highlighted_hits_as_you_type_and_opens_them(qtbot, sample_ctx):
    fill_notes(sample_ctx.store, 2000)
    page = CountriesPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_code("FR")
    qtbot.keyClicks(page.search.box, "cnss")
    qtbot.waitUntil(lambda: page.search.model.rowCount() == 1, timeout=3000)
    index = page.search.model.index(0)
    assert "<b>CNSS</b>" in index.data(HTML_ROLE) and "background" in index.data(HTML_ROLE)
    assert page.search.results.isVisible()
    page.search.results.clicked.emit(index)
    assert page.country.code == "MA"
    assert page.notes.note_id == index.data(HIT_ROLE).ref_id
    assert "Damancom" in page.notes.editor.toPlainText()
    # A contact hit selects the contact's row.
    page.search.box.setText("Priya")
    page.search.run_now()
    page.search.results.activated.emit(page.search.model.index(0))
    assert page.country.code == "AE"
    assert page.contacts.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Priya Nair"
    page.search.box.setText('"AND(zzqx')
    page.search.run_now()
    assert page.search.model.rowCount() == 0 and "No note" in page.search.status.text()
    page.search.box.clear()
    page.search.run_now()
    assert not page.search.results.isVisible()


def test_results_follow_edits(qtbot, sample_ctx):
    model = SearchResultsModel(sample_ctx)
    model.set_query("ramadan")
    before = model.rowCount()
    country_id = next(c.id for c in countries_core.list_countries(sample_ctx.store) if c.code == "AE")
    from regionmgr.store.models import Note
    from tests.commands import CreateCommand

    sample_ctx.push(CreateCommand(sample_ctx, Note, {"country_id": country_id, "title": "Ramadan hours",
                                                     "body": "Shorter days."}, "add"))
    assert model.rowCount() == before + 1


def test_search_model_passes_the_model_tester(qtmodeltester, sample_ctx):
    model = SearchResultsModel(sample_ctx)
    model.set_query("payroll")
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_ctrl_f_on_the_countries_page_goes_to_the_search_box(window, qtbot):
    window.show_page("countries")
    page = window.pages["countries"]
    page.notes.editor.setFocus()
    qtbot.keyClick(page.notes.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.box.hasFocus() or window.focusWidget() is page.search.box
