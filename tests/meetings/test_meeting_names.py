"""Titles are one line of at most 200 characters; file names suggested for invites and agendas are safe."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from regionmgr.core.meetings import ics
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import MeetingError
from regionmgr.ui.meetings.meetings_page import MeetingsPage
from tests.meetings.test_ics import NOW, make_spec
from tests.meetings.test_meetings import ATTENDEES, good_values


def test_title_longer_than_the_limit_is_refused(store):
    with pytest.raises(MeetingError) as exc:
        meetings.create_series(store, good_values(name="x" * (meetings.MAX_TITLE + 1)), ATTENDEES)
    assert exc.value.code == "title_too_long"
    meetings.create_series(store, good_values(name="x" * meetings.MAX_TITLE), ATTENDEES)


def test_title_line_breaks_become_spaces_in_store_and_invite(store):
    series_id = meetings.create_series(store, good_values(name="Weekly\ncall\r\nEMEA"), ATTENDEES)
    assert meetings.load_series(store, series_id).name == "Weekly call EMEA"
    data = ics.invite(make_spec(summary="Line one\nLine two"), 0, NOW)
    assert icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"] == "Line one Line two"
    assert b"\\n" not in data.split(b"SUMMARY:")[1].split(b"\r\n")[0]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Q3/Q4 review", "Q3-Q4 review"), ("../../etc/passwd", "etc-passwd"), ('a:b*c?"d<e>f|g\\h', "a-b-c-d-e-f-g-h"),
     ("  ", "meeting"), ("CON", "CON-meeting"), ("Réunion d'équipe", "Réunion d'équipe")],
)
def test_safe_file_name(title, expected):
    assert meetings.safe_file_name(title) == expected


def test_update_is_suggested_under_its_own_name(sample_store):
    view = meetings.list_series(sample_store)[0]
    first = meetings.prepare_request(view, NOW)
    meetings.record_sent(sample_store, view.id, first, NOW)
    view = meetings.load_series(sample_store, view.id)
    update = meetings.prepare_request(view, NOW + dt.timedelta(days=1))
    assert first.filename(meetings.load_series(sample_store, view.id)) != update.filename(view)
    assert "update" in update.filename(view) and str(update.sequence) in update.filename(view)
    assert update.filename(view, "fr").startswith(meetings.safe_file_name(view.name))
    assert "mise-a-jour" in update.filename(view, "fr")


def test_title_field_refuses_a_too_long_title_with_a_clear_message(qtbot, sample_ctx):
    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    dialog = page.new_series()
    qtbot.waitExposed(dialog)
    dialog.name.setText("x" * (meetings.MAX_TITLE + 5))
    dialog.free_email.setText("jo@example.org")
    dialog.add_email.click()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "200" in dialog.error_label.text()


@pytest.mark.parametrize(("zone", "shown"), [("Africa/Cairo", True), ("Africa/Casablanca", True),
                                             ("Europe/Paris", False), ("Asia/Dubai", False)])
def test_series_dialog_warns_when_some_clients_may_show_another_time(qtbot, sample_ctx, zone, shown):
    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    dialog = page.new_series()
    qtbot.waitExposed(dialog)
    dialog.zone.setCurrentText(zone)
    assert dialog.zone_note.isVisible() is shown
    if shown:
        assert "Outlook" in dialog.zone_note.text()
    assert meetings.needs_zone_notice(dialog.values()) is shown


def test_page_words_are_the_users_not_icalendar_jargon(qtbot, sample_ctx):
    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    view = meetings.list_series(sample_ctx.store)[0]
    meetings.record_sent(sample_ctx.store, view.id, meetings.prepare_request(view, NOW), NOW)
    view = meetings.load_series(sample_ctx.store, view.id)
    texts = [page._details_html(view), page.series_model.text(view, page.series_model.COL_STATUS)]
    joined = " ".join(texts)
    assert "version" not in joined.lower() and "EXDATE" not in joined
    assert "First invite" in joined
