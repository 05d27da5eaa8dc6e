"""The meeting series' named operations: what they changed, undo and redo to the same rows."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from regionmgr.core.meetings import operations
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import MeetingError
from tests.conftest import FIXED_NOW
from tests.meetings.test_meetings import ATTENDEES, good_values

ORGANIZER = {"organizer_name": "Alex Morel", "organizer_email": "alex@example.com"}


def test_create_says_what_it_changed_and_undo_redo_give_the_same_rows(store):
    applied = operations.create_series(store, good_values(), ATTENDEES, ORGANIZER)
    sid = applied.result
    view = meetings.load_series(store, sid)
    assert applied.change.ids("meeting_series") == {sid}
    attendee_ids = {row["id"] for row in meetings.snapshot(store, sid)["attendees"]}
    assert applied.change.ids("meeting_attendee") == attendee_ids and len(attendee_ids) == 2
    assert applied.change.ids("setting") == set(ORGANIZER)
    assert meetings.get_settings(store, ORGANIZER) == ORGANIZER

    undone = applied.undo()
    assert meetings.list_series(store) == []
    assert meetings.get_settings(store, ORGANIZER) == {"organizer_name": "", "organizer_email": ""}
    assert undone.change == applied.change

    redone = undone.undo()
    again = meetings.load_series(store, sid)
    assert again == view
    assert {row["id"] for row in meetings.snapshot(store, sid)["attendees"]} == attendee_ids
    assert meetings.get_settings(store, ORGANIZER) == ORGANIZER
    redone.undo()
    assert meetings.list_series(store) == []


def test_unchanged_organizer_defaults_are_not_rewritten(store):
    operations.create_series(store, good_values(), ATTENDEES, ORGANIZER)
    applied = operations.create_series(store, good_values(name="Second"), ATTENDEES, ORGANIZER)
    assert not applied.change.touches("setting")


def test_a_refused_series_leaves_the_organizer_defaults_as_they_were(store):
    meetings.set_settings(store, ORGANIZER)
    with pytest.raises(MeetingError):
        operations.create_series(store, good_values(duration_min=0), [], {"organizer_name": "Someone else",
                                                            "organizer_email": "else@example.com"})
    assert meetings.get_settings(store, ORGANIZER) == ORGANIZER
    assert meetings.list_series(store) == []


def test_skips_and_sent_history_undo_to_the_exact_series(sample_store):
    view = meetings.list_series(sample_store)[0]
    day = meetings.next_occurrence(view, FIXED_NOW)
    skipped = operations.add_skips(sample_store, view.id, [(day, "holiday")])
    assert day in meetings.load_series(sample_store, view.id).skipped()
    assert skipped.change.touches("meeting_skip")
    skipped.undo()
    assert day not in meetings.load_series(sample_store, view.id).skipped()

    out = meetings.prepare_request(view, FIXED_NOW)
    sent = operations.record_sent(sample_store, view.id, out, FIXED_NOW)
    after = meetings.load_series(sample_store, view.id)
    assert [s.id for s in after.sent][-1] == sent.result
    assert sent.change.ids("meeting_sent") >= {sent.result}
    sent.undo().undo()  # undo, then redo: the same history row again
    assert meetings.load_series(sample_store, view.id).sent == after.sent


def test_delete_then_undo_brings_the_series_back_whole(sample_store):
    view = meetings.list_series(sample_store)[0]
    deleted = operations.delete_series(sample_store, view.id)
    assert all(v.id != view.id for v in meetings.list_series(sample_store))
    deleted.undo()
    assert meetings.load_series(sample_store, view.id) == view


def test_the_page_keeps_the_organizer_defaults_when_a_series_is_refused(qtbot, sample_ctx):
    from regionmgr.ui.meetings.meetings_page import MeetingsPage

    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    before = meetings.get_settings(sample_ctx.store, ORGANIZER)
    dialog = SimpleNamespace(
        values=lambda: good_values(organizer_name="Someone else", organizer_email="else@example.com",
                                   first_date=dt.date(2026, 11, 1), duration_min=0),
        attendees=list)
    with qtbot.waitSignal(sample_ctx.error_raised):
        page._create_from(dialog)
    assert meetings.get_settings(sample_ctx.store, ORGANIZER) == before
    assert sample_ctx.undo_stack.count() == 0


def test_core_messages_on_the_meetings_page_are_in_the_ui_language(qapp, monkeypatch):
    from regionmgr.core.errors import ValidationError
    from regionmgr.ui.meetings import meeting_models

    french = {("Core", "The start must be before {0}."): "Le début doit précéder {0}."}
    monkeypatch.setattr(meeting_models.QCoreApplication, "translate",
                        staticmethod(lambda context, text, *_a: french.get((context, text), text)))
    exc = ValidationError("The start must be before {0}.", "10:00")
    assert meeting_models.error_text(exc) == "Le début doit précéder 10:00."


def test_ics_open_shows_core_messages_in_the_ui_language(qapp, monkeypatch):
    from regionmgr.core.errors import ValidationError
    from regionmgr.ui.meetings import ics_open

    french = {("Core", "Unknown time zone: {0}"): "Fuseau horaire inconnu : {0}"}
    monkeypatch.setattr(ics_open.QCoreApplication, "translate",
                        staticmethod(lambda context, text, *_a: french.get((context, text), text)))
    assert ics_open.error_text(ValidationError("Unknown time zone: {0}", "Mars/Olympus")) == \
        "Fuseau horaire inconnu : Mars/Olympus"
