"""The country card says when the country is in a protected period now, lists its periods, and
edits them: every edit saved at once and undoable; bad input explained, nothing changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime

from regionmgr.core.countries import protected, region
from regionmgr.ui.countries.country_detail import CountryHeader

UTC = dt.UTC


def header_for(qtbot, ctx, code):
    header = CountryHeader(ctx)
    qtbot.addWidget(header)
    country = next(c for c in region.list_countries(ctx.store) if c.code == code)
    header.set_country(country)
    return header, country


def test_the_card_says_now_lunch_break_until_two(qtbot, sample_ctx, clock):
    header, _fr = header_for(qtbot, sample_ctx, "FR")
    assert header.now_label.text() == ""  # 10:30 in Paris
    assert "Lunch break" in header.periods_label.text() and "12:30" in header.periods_label.text()
    clock.value = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 13:00 in Paris
    header.refresh_clock()
    assert "Lunch break" in header.now_label.text() and "14:00" in header.now_label.text()


def test_friday_prayer_shows_on_the_moroccan_card(qtbot, sample_ctx, clock):
    clock.value = dt.datetime(2026, 11, 27, 12, 30, tzinfo=UTC)  # Friday 13:30 in Casablanca
    header, _ma = header_for(qtbot, sample_ctx, "MA")
    assert "Friday prayer" in header.now_label.text() and "14:30" in header.now_label.text()


def test_editor_adds_edits_and_deletes_undoably_and_refuses_bad_input(qtbot, sample_ctx):
    header, fr = header_for(qtbot, sample_ctx, "FR")
    dialog = header.edit_periods()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    before = protected.load(sample_ctx.store, fr.id)

    # Bad input: a period that ends before it starts is explained and nothing is added.
    dialog.kind.setCurrentIndex(dialog.kind.findData("weekday"))
    dialog.weekday.setCurrentIndex(4)
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(14, 0))
    dialog.label.setText("Team sport")
    dialog.add_button.click()
    assert "must end after it starts" in dialog.error_label.text()
    assert protected.load(sample_ctx.store, fr.id) == before

    # A good one is added at once and selected; the card lists it.
    dialog.start.setTime(QTime(16, 0))
    dialog.end.setTime(QTime(23, 59))
    dialog.add_button.click()
    assert dialog.error_label.text() == ""
    added = next(p for p in protected.load(sample_ctx.store, fr.id) if p.label == "Team sport")
    assert (added.kind, added.weekday, added.start_min, added.end_min) == ("weekday", 5, 16 * 60, 24 * 60)
    assert dialog.current().id == added.id and "Team sport" in header.periods_label.text()

    # Editing a field of the selected period saves it; a bad edit goes back to what is saved.
    dialog.start.setTime(QTime(15, 30))
    dialog.start.editingFinished.emit()
    assert protected.get_period(sample_ctx.store, added.id).start_min == 15 * 60 + 30
    dialog.start.setTime(QTime(23, 59))
    dialog.end.setTime(QTime(10, 0))
    dialog.end.editingFinished.emit()
    assert "must end after it starts" in dialog.error_label.text()
    assert protected.get_period(sample_ctx.store, added.id).end_min == 24 * 60
    assert dialog.start.time() == QTime(15, 30)  # the form shows what is saved
    sample_ctx.undo_stack.undo()
    assert protected.get_period(sample_ctx.store, added.id).start_min == 16 * 60

    # Dated periods need readable dates in order.
    dialog.kind.setCurrentIndex(dialog.kind.findData("dates"))
    dialog.from_date.setText("05/02/2027")
    dialog.to_date.setText("01/02/2027")
    dialog.label.setText("Seminar")
    dialog.add_button.click()
    assert "ends before it starts" in dialog.error_label.text()
    assert not any(p.label == "Seminar" for p in protected.load(sample_ctx.store, fr.id))

    # Delete, then undo.
    dialog.reload(select=added.id)
    dialog.delete_button.click()
    assert protected.get_period(sample_ctx.store, added.id) is None
    assert "Team sport" not in header.periods_label.text()
    sample_ctx.undo_stack.undo()
    assert protected.get_period(sample_ctx.store, added.id) is not None
