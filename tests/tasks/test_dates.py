"""One date reader for every date field: the detail pane reads what quick capture reads, with a preview."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from regionmgr.core import ops
from regionmgr.core.errors import ValidationError
from regionmgr.store.models import Task
from tests.tasks.conftest import select_title as select

# conftest's FIXED_NOW: Monday 23 November 2026, 10:30 in Paris. Each phrase means Friday 27 November.
PHRASES = ["27/11/26", "27/11", "27 nov", "vendredi", "next friday"]
FRIDAY = dt.date(2026, 11, 27)
NOW_LOCAL = dt.datetime(2026, 11, 23, 10, 30)


@pytest.fixture
def english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def stored(ctx, task_id: str) -> dict:
    return ops.get(ctx.store, Task, task_id)


def due_day(values: dict) -> dt.date:
    return values["due_at"].astimezone(ZoneInfo(values["due_tz"])).date()


# -- the reader ---------------------------------------------------------------------------
@pytest.mark.parametrize("phrase", [*PHRASES, "27/11/2026", "2026-11-27", "27.11.2026", "vendredi prochain"])
def test_the_reader_reads_what_quick_capture_reads(phrase):
    from regionmgr.core.calendar.dates import read_day

    assert read_day(phrase, NOW_LOCAL) == FRIDAY


def test_the_reader_gives_the_time_when_the_phrase_has_one():
    from regionmgr.core.calendar.dates import read_moment

    reading = read_moment("demain 14h", NOW_LOCAL)
    assert reading.value == dt.datetime(2026, 11, 24, 14, 0) and reading.timed


@pytest.mark.parametrize(("phrase", "words"), [
    ("blah blah", "not a date"),
    ("31/02/2027", "does not exist in the calendar"),
    ("2026-13-40", "does not exist in the calendar"),
    ("27/11/1850", "between 1970 and 2200"),
    ("1 jan 2300", "between 1970 and 2200"),
])
def test_the_reader_explains_what_it_cannot_read(phrase, words):
    from regionmgr.core.calendar.dates import read_day

    with pytest.raises(ValidationError) as info:
        read_day(phrase, NOW_LOCAL)
    assert words in str(info.value)
    assert phrase in str(info.value)


def test_an_empty_field_is_no_date():
    from regionmgr.core.calendar.dates import read_day

    assert read_day("   ", NOW_LOCAL) is None


def test_quick_capture_refuses_a_year_out_of_range():
    from regionmgr.core.tasks.capture import Problem, parse_capture

    cap = parse_capture("FR pay the bills 27/11/1850", dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC))
    assert Problem.DATE_TOO_FAR in cap.problems and cap.due_at is None  # the message names the dates accepted


# -- the detail pane ----------------------------------------------------------------------
@pytest.mark.parametrize("phrase", PHRASES)
def test_the_detail_pane_due_date_reads_what_quick_capture_reads(qtbot, page, sample_ctx, phrase):
    task_id = select(page, "Read the new travel policy draft")
    assert stored(sample_ctx, task_id)["due_at"] is None
    detail = page.detail
    detail.due_date.clear()
    qtbot.keyClicks(detail.due_date, phrase)
    qtbot.keyClick(detail.due_date, Qt.Key.Key_Return)
    assert not detail.error_label.isVisible(), detail.error_label.text()
    values = stored(sample_ctx, task_id)
    assert due_day(values) == FRIDAY and values["due_all_day"]
    assert detail.due_date.text() == "27/11/2026"  # shown back in full
    assert sample_ctx.undo_stack.count() == 1


@pytest.mark.parametrize("phrase", PHRASES)
def test_the_detail_pane_follow_up_reads_what_quick_capture_reads(qtbot, page, sample_ctx, phrase):
    task_id = select(page, "Read the new travel policy draft")
    detail = page.detail
    detail.delegate_box.setCurrentText("Claire Dubois")
    detail.follow_up_edit.clear()
    qtbot.keyClicks(detail.follow_up_edit, phrase)
    detail.delegate_button.click()
    assert not detail.error_label.isVisible(), detail.error_label.text()
    assert stored(sample_ctx, task_id)["follow_up_on"] == FRIDAY


def test_the_detail_pane_takes_the_time_of_a_phrase_that_has_one(qtbot, page, sample_ctx):
    task_id = select(page, "Read the new travel policy draft")
    detail = page.detail
    detail.due_kind.setCurrentIndex(0)
    detail.due_zone.setCurrentText("Europe/Paris")
    detail.due_time.clear()
    detail.due_date.setText("demain 14h")
    qtbot.keyClick(detail.due_date, Qt.Key.Key_Return)
    values = stored(sample_ctx, task_id)
    assert values["due_at"] == dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.UTC)
    assert not values["due_all_day"]


@pytest.mark.parametrize("phrase", ["blah blah", "27/11/1850"])
def test_an_unreadable_due_date_shows_a_message_and_changes_nothing(qtbot, page, sample_ctx, phrase):
    task_id = select(page, "Read the new travel policy draft")
    before = stored(sample_ctx, task_id)
    detail = page.detail
    detail.due_date.setText(phrase)
    qtbot.keyClick(detail.due_date, Qt.Key.Key_Return)
    assert detail.error_label.isVisible() and phrase in detail.error_label.text()
    assert detail.due_date.preview.text() and phrase in detail.due_date.preview.text()
    assert stored(sample_ctx, task_id) == before
    assert sample_ctx.undo_stack.count() == 0


def test_an_unreadable_follow_up_shows_a_message_and_changes_nothing(qtbot, page, sample_ctx):
    task_id = select(page, "Read the new travel policy draft")
    before = stored(sample_ctx, task_id)
    detail = page.detail
    detail.delegate_box.setCurrentText("Claire Dubois")
    detail.follow_up_edit.setText("la semaine des quatre jeudis")
    detail.delegate_button.click()
    assert detail.error_label.isVisible() and "la semaine des quatre jeudis" in detail.error_label.text()
    assert stored(sample_ctx, task_id) == before
    assert sample_ctx.undo_stack.count() == 0


# -- the preview --------------------------------------------------------------------------
def test_the_preview_says_the_day_in_full_as_you_type(qtbot, page, english):
    select(page, "Read the new travel policy draft")
    field = page.detail.due_date
    field.clear()
    qtbot.keyClicks(field, "vendredi")
    qtbot.waitUntil(lambda: field.preview.text() == "Friday 27 November 2026")
    field.clear()
    qtbot.keyClicks(field, "blah")
    qtbot.waitUntil(lambda: "blah" in field.preview.text())
    assert field.preview.property("error") is True


def test_the_preview_is_in_the_ui_language(qtbot, sample_ctx):
    from regionmgr.ui.common.date_field import DateField

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        field = DateField(lambda: NOW_LOCAL)
        qtbot.addWidget(field)
        field.setText("next friday")
        field.refresh_preview()
        assert field.preview.text() == "vendredi 27 novembre 2026"
        field.setText("")
        field.refresh_preview()
        assert field.preview.property("error") is False
    finally:
        QLocale.setDefault(previous)
