"""Issue #16 on the Time page: colleagues (dialog, suggestions), the delegation e-mail, time per requester,
agreed shares edited in the shares table."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from regionmgr.core.time import shares
from regionmgr.core.time.shares import Period
from regionmgr.store.models import Colleague, Country, Task, TimeEntry
from regionmgr.ui.time.time_models import ShareTableModel, hours_text

LAST_WEEK = Period(dt.date(2026, 11, 16), dt.date(2026, 11, 22))
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def page(qtbot, sample_ctx):
    from regionmgr.ui.time.time_page import TimePage

    p = TimePage(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.set_period(LAST_WEEK)
    return p


def colleague_rows(store) -> dict[str, Colleague]:
    with store.session() as s:
        return {c.name: c for c in s.scalars(select(Colleague))}


def target(store, code: str) -> float | None:
    with store.session() as s:
        return s.scalars(select(Country.target_share).where(Country.code == code)).one()


# -- colleagues dialog ------------------------------------------------------------------------
def test_colleagues_dialog_adds_edits_deletes_each_saved_and_undoable(page, sample_ctx, qtbot, qtmodeltester):
    store = sample_ctx.store
    dialog = page.open_colleagues()
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Hannah Becker", "Léa Roux",
                                                                           "Tomasz Wójcik"]
    dialog.add_button.click()
    assert "New colleague" in colleague_rows(store)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "New colleague")
    assert model.setData(model.index(row, model.COL_NAME), "Noé Petit", EDIT)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Noé Petit")
    assert model.setData(model.index(row, model.COL_LANGUAGES), "fr, PL", EDIT)
    assert colleague_rows(store)["Noé Petit"].languages == "fr,pl"
    assert model.index(row, model.COL_LANGUAGES).data() == "fr, pl"
    sample_ctx.undo_stack.undo()
    assert colleague_rows(store)["Noé Petit"].languages == ""
    sample_ctx.undo_stack.redo()
    # Bad input: a clear message, nothing changes.
    assert not model.setData(model.index(row, model.COL_EMAIL), "noe@example.com?bcc=spy@evil.com", EDIT)
    assert "not a valid e-mail address" in dialog.error_label.text()
    assert colleague_rows(store)["Noé Petit"].email == ""
    assert model.setData(model.index(row, model.COL_EMAIL), "noe@example.com", EDIT)
    assert dialog.error_label.text() == ""
    dialog.view.selectRow(row)
    dialog.delete_button.click()
    assert "Noé Petit" not in colleague_rows(store)
    sample_ctx.undo_stack.undo()
    assert colleague_rows(store)["Noé Petit"].email == "noe@example.com"


# -- delegation: suggestions and the e-mail -----------------------------------------------------
def select_task(page, title: str) -> None:
    page.tabs.setCurrentIndex(2)
    model = page.delegable_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].title == title)
    page.delegable_view.selectRow(row)


def test_suggested_colleagues_come_first_and_compose_opens_a_safe_mail(page, sample_ctx, qtbot):
    opened: list[str] = []
    page.open_url = opened.append
    select_task(page, "Collect signed timesheets")  # PL
    items = [page.delegate_combo.itemText(i) for i in range(page.delegate_combo.count())]
    assert items[:3] == ["Tomasz Wójcik", "Hannah Becker", "Léa Roux"]  # speaks Polish, knows timesheets
    assert "timesheets" in page.delegate_combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert "Katarzyna Nowak" in items  # the contacts still follow
    page.delegate_combo.setCurrentIndex(0)
    page.compose_button.click()
    url = urlsplit(opened[-1])
    assert url.scheme == "mailto" and url.path == "tomasz.wojcik@example.com"
    query = parse_qs(url.query)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == ["Delegation: Collect signed timesheets"]
    assert query["body"][0].startswith("Hello Tomasz,")
    assert "Country: Poland" in query["body"][0] and "Requested by: Piotr Zieliński" in query["body"][0]


def test_compose_to_a_typed_bad_address_says_so(page):
    opened: list[str] = []
    page.open_url = opened.append
    select_task(page, "Book meeting rooms for the audit")
    page.delegate_combo.setEditText("x@example.com?bcc=spy@evil.com")
    page.compose_button.click()
    assert opened == []
    assert "not a valid e-mail address" in page.status_label.text()


# -- time per requester -------------------------------------------------------------------------
def test_time_per_requester_beside_time_per_country(page, sample_ctx):
    store = sample_ctx.store
    logged = hours_text(shares.compute_shares(store, LAST_WEEK, sample_ctx.zone, sample_ctx.now()).total_seconds)
    with store.write() as s:
        tid = s.scalars(select(Task.id).where(Task.title == "Approve Q4 bonus list")).one()
        s.add(TimeEntry(task_id=tid, started_at=dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC),
                        ended_at=dt.datetime(2026, 11, 21, 11, tzinfo=dt.UTC)))
    page.reload()
    model = page.requester_model
    texts = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert texts == [("Anna Schmidt", "2:00"), ("No requester", logged)]
    assert page.requester_view.isVisible()


# -- agreed shares ---------------------------------------------------------------------------------
def pl_index(page, column: int = ShareTableModel.COL_TARGET):
    model = page.share_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].code == "PL")
    return model.index(row, column)


def test_agreed_share_edited_in_the_table_saved_and_undoable(page, sample_ctx):
    store = sample_ctx.store
    index = pl_index(page)
    assert page.share_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not page.share_model.flags(pl_index(page, ShareTableModel.COL_HOURS)) & Qt.ItemFlag.ItemIsEditable
    assert index.data(EDIT) == 15.0
    assert page.share_model.setData(index, 25.0, EDIT)
    assert target(store, "PL") == 25.0
    assert pl_index(page).data() == "25.0 %"
    assert "add up to 110" in page.summary_label.text()  # over 100 %: said plainly
    sample_ctx.undo_stack.undo()
    assert target(store, "PL") == 15.0
    assert "add up to" not in page.summary_label.text()
    # The spin's lowest value means "not agreed".
    assert page.share_model.setData(pl_index(page), None, EDIT)
    assert target(store, "PL") is None
    assert pl_index(page).data() == "—"


def test_an_agreed_share_out_of_range_is_refused(page, sample_ctx):
    assert not page.share_model.setData(pl_index(page), 150.0, EDIT)
    assert "between 0 and 100" in page.status_label.text()
    assert target(sample_ctx.store, "PL") == 15.0


def test_the_editor_is_a_percent_spin(page, qtbot):
    from PySide6.QtWidgets import QDoubleSpinBox

    view = page.share_view
    index = pl_index(page)
    view.edit(index)
    editor = view.indexWidget(index) or view.focusWidget()
    qtbot.waitUntil(lambda: isinstance(view.focusWidget(), QDoubleSpinBox))
    editor = view.focusWidget()
    assert isinstance(editor, QDoubleSpinBox)
    assert (editor.minimum(), editor.maximum(), editor.value()) == (-1.0, 100.0, 15.0)
    editor.setValue(18.5)
    view.commitData(editor)
    assert target(page.ctx.store, "PL") == 18.5
