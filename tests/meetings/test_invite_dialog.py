"""The series dialog's "short agenda" option and moved weeks on the Meetings page, driven like a user."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from regionmgr.core.meetings import moves
from regionmgr.core.meetings import series as meetings
from regionmgr.ui.meetings.meetings_page import MeetingsPage
from tests.conftest import FIXED_NOW


@pytest.fixture
def page(qtbot, sample_ctx, tmp_path):
    p = MeetingsPage(sample_ctx)
    qtbot.addWidget(p)
    p.saved_to = tmp_path / "out"
    p.saved_to.mkdir()
    p.ask_save_path = lambda _title, suggested, _filter: str(p.saved_to / suggested)
    p.show()
    return p


def _description(page, name: str = "Weekly regional call.ics") -> str:
    cal = icalendar.Calendar.from_ical((page.saved_to / name).read_bytes())
    return str(cal.walk("VEVENT")[0]["DESCRIPTION"])


def test_the_short_agenda_option_is_saved_undoable_and_shapes_the_invite(page, sample_ctx):
    view = page.current()
    assert page.send_invite()
    text = _description(page)
    assert "Answer: maternity leave rules" not in text and "Overdue" not in text and "Local times" not in text
    assert view.video_url in text
    dialog = page.edit_series()
    assert not dialog.invite_agenda.isChecked()
    dialog.invite_agenda.setChecked(True)
    dialog.accept()
    assert meetings.load_series(sample_ctx.store, view.id).invite_agenda is True
    sample_ctx.undo_stack.undo()
    assert meetings.load_series(sample_ctx.store, view.id).invite_agenda is False
    sample_ctx.undo_stack.redo()
    assert page.edit_series().invite_agenda.isChecked()
    page.dialog.reject()
    assert page.send_invite()
    text = _description(page, "Weekly regional call-update-1.ics")
    assert "Answer: maternity leave rules" in text and "Julien Martin" not in text and "Answered by e-mail." not in text


def test_a_moved_week_is_shown_with_its_new_time(page, sample_ctx):
    view = page.current()
    day = meetings.next_occurrence(view, FIXED_NOW)
    new = view.start_at(day) + dt.timedelta(days=1, hours=5)  # Wednesday 15:00 Paris
    moves.move_occurrences(sample_ctx.store, view.id, {day: (new, None)})
    page.reload()
    row = next(r for r in range(page.skip_model.rowCount()) if page.skip_model.row_at(r).on_date == day)
    state = page.skip_model.index(row, page.skip_model.COL_STATE).data()
    assert "Moved to" in state and "15:00" in state
    assert "moved to 15:00" in page.details.text()
