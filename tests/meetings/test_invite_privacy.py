"""The invite carries no internal data (#16): title, link, a neutral line and, only when the
series allows it, the titles of the attending countries' items."""

from __future__ import annotations

import icalendar
import pytest

from regionmgr.core.data.sample import DELEGATED, TASKS
from regionmgr.core.meetings import agenda, invite_text
from regionmgr.core.meetings import series as meetings
from tests.conftest import FIXED_NOW

ATTENDING = {"FR", "DE", "MA", "AE"}  # the sample's Polish attendee is removed below


def _description(data: bytes) -> str:
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return "\n".join(str(e.get("DESCRIPTION", "")) for e in events)


def _without_poland(store) -> meetings.SeriesView:
    view = meetings.list_series(store)[0]
    kept = [a for a in meetings.attendee_values(view) if a["name"] != "Katarzyna Nowak"]
    meetings.update_series(store, view.id, meetings.values_of(view), kept)
    return meetings.load_series(store, view.id)


def _invite(store, view, language="en") -> str:
    built = agenda.build_agenda(store, view, FIXED_NOW)
    out = meetings.prepare_request(view, FIXED_NOW, built, language)
    return _description(out.data)


def _internal_texts() -> list[str]:
    notes = [t[7] for t in TASKS if t[7]]
    attendees = {"Claire Dubois", "Anna Schmidt", "Youssef El Amrani", "Priya Nair", "Katarzyna Nowak"}
    requesters = {t[2] for t in TASKS if t[2]} | {d[2] for d in DELEGATED} | {d[3] for d in DELEGATED}
    return notes + sorted(requesters - attendees)


@pytest.mark.parametrize("with_agenda", [False, True])
def test_an_invite_from_the_sample_holds_no_internal_text(sample_store, with_agenda):
    view = _without_poland(sample_store)
    meetings.update_series(sample_store, view.id, {**meetings.values_of(view), "invite_agenda": with_agenda},
                           meetings.attendee_values(view))
    view = meetings.load_series(sample_store, view.id)
    assert view.invite_agenda is with_agenda
    text = _invite(sample_store, view)
    for internal in _internal_texts():
        assert internal not in text, internal
    assert "poland" not in text.lower()
    for mark in ("Overdue", "overdue", "Waiting", "waiting for", "due ", "Collect signed timesheets",
                 "Onboarding pack in Polish"):
        assert mark not in text, mark
    assert view.video_url in text
    assert invite_text.NEUTRAL in text
    full = agenda.agenda_text(agenda.build_agenda(sample_store, view, FIXED_NOW), "en")
    assert "Overdue" in full and "POLAND" in full  # the app's own agenda still has everything
    if with_agenda:
        assert "Answer: maternity leave rules" in text  # France: an attendee
        assert "France" in text and "Germany" in text
    else:
        assert "maternity" not in text and "France" not in text


def test_the_short_agenda_lists_only_attending_countries_titles(sample_store):
    view = _without_poland(sample_store)
    built = agenda.build_agenda(sample_store, view, FIXED_NOW)
    short = invite_text.short_agenda(view, built)
    assert {c.code for c in short} <= ATTENDING and short
    sample_titles = {t[0]: t[1] for t in TASKS} | {d[0]: d[1] for d in DELEGATED}
    for group in short:
        assert all(sample_titles[title] == group.code for title in group.titles)


def test_french_invite_uses_the_translation_given(sample_store):
    view = _without_poland(sample_store)
    meetings.update_series(sample_store, view.id, {**meetings.values_of(view), "invite_agenda": True},
                           meetings.attendee_values(view))
    view = meetings.load_series(sample_store, view.id)
    built = agenda.build_agenda(sample_store, view, FIXED_NOW)
    out = meetings.prepare_request(view, FIXED_NOW, built, "fr", lambda _c, s: f"«{s}»")
    text = _description(out.data)
    assert f"«{invite_text.NEUTRAL}»" in text and "Allemagne" in text


def test_text_passed_by_an_old_caller_is_not_put_in_the_invite(sample_store):
    view = meetings.list_series(sample_store)[0]
    full = agenda.agenda_text(agenda.build_agenda(sample_store, view, FIXED_NOW), "en")
    out = meetings.prepare_request(view, FIXED_NOW, full)
    text = _description(out.data)
    assert "Overdue" not in text and "Needs an answer before the cut-off." not in text


def test_invite_agenda_is_saved_and_undone_with_the_series(sample_store):
    from regionmgr.core.meetings import operations

    view = meetings.list_series(sample_store)[0]
    assert view.invite_agenda is False
    applied = operations.update_series(sample_store, view.id, {**meetings.values_of(view), "invite_agenda": True},
                                       meetings.attendee_values(view))
    assert meetings.load_series(sample_store, view.id).invite_agenda is True
    applied.undo()
    assert meetings.load_series(sample_store, view.id).invite_agenda is False


def test_a_long_list_is_cut(sample_store):
    view = meetings.list_series(sample_store)[0]
    built = agenda.build_agenda(sample_store, view, FIXED_NOW)
    group = next(g for g in built.countries if g.code == "FR")
    group.raised.extend(agenda.AgendaItem(f"Item {n}\nsecond line") for n in range(20))
    short = {c.code: c for c in invite_text.short_agenda(view, built)}["FR"]
    assert len(short.titles) == invite_text.MAX_TITLES and short.more > 0
    assert all("\n" not in t for t in short.titles)
