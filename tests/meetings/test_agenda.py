"""The meeting agenda from a known set of tasks: per country, since the previous meeting."""

from __future__ import annotations

import datetime as dt

from regionmgr.core.meetings import agenda
from regionmgr.core.meetings import series as meetings
from regionmgr.store.models import Contact, Country, Task

UTC = dt.UTC
# Tuesdays 10:00 Paris; "now" is Monday 23 Nov 2026: next meeting Tue 24 Nov, previous Tue 17 Nov (09:00 UTC).
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
BEFORE = dt.datetime(2026, 11, 16, 12, 0, tzinfo=UTC)  # before the previous meeting
AFTER = dt.datetime(2026, 11, 19, 12, 0, tzinfo=UTC)  # since the previous meeting


def build(store):
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris", position=0)
        ae = Country(code="AE", timezone="Asia/Dubai", position=1)
        s.add_all([fr, ae])
        s.flush()
        claire = Contact(country_id=fr.id, name="Claire Dubois", email="claire@example.fr")
        priya = Contact(country_id=ae.id, name="Priya Nair", email="priya@example.ae")
        s.add_all([claire, priya])
        s.flush()
        s.add_all([
            Task(title="New FR request", country_id=fr.id, requester="Claire", created_at=AFTER),
            Task(title="Old FR request", country_id=fr.id, created_at=BEFORE),
            Task(title="FR answered", country_id=fr.id, status="done", created_at=BEFORE, completed_at=AFTER),
            Task(title="FR answered long ago", country_id=fr.id, status="done", created_at=BEFORE,
                 completed_at=BEFORE),
            Task(title="FR dropped", country_id=fr.id, status="dropped", created_at=AFTER),
            Task(title="AE overdue", country_id=ae.id, created_at=BEFORE,
                 due_at=dt.datetime(2026, 11, 20, 14, 0, tzinfo=UTC), due_tz="Asia/Dubai"),
            Task(title="AE waiting", country_id=ae.id, status="waiting", delegated_to="Priya Nair",
                 created_at=BEFORE),
            Task(title="No country", created_at=AFTER),
        ])
    sid = meetings.create_series(store, {
        "name": "Weekly call", "organizer_name": "Alex", "organizer_email": "alex@example.com", "weekday": 2,
        "start_local": dt.time(10, 0), "duration_min": 60, "timezone": "Europe/Paris",
        "video_url": "https://meet.example.com/x", "first_date": dt.date(2026, 11, 3), "end_kind": "never",
        "description": "Requests and answers"},
        [{"name": "Claire Dubois", "email": "claire@example.fr", "contact_id": claire.id},
         {"name": "Priya Nair", "email": "priya@example.ae", "contact_id": priya.id},
         {"name": "Guest", "email": "guest@example.org"}])
    return meetings.load_series(store, sid)


def titles(items):
    return [i.title for i in items]


def test_agenda_lists_each_country_s_items_since_the_previous_meeting(store):
    view = build(store)
    a = agenda.build_agenda(store, view, NOW)
    assert a.meeting_date == dt.date(2026, 11, 24)
    assert a.since == dt.datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
    groups = {g.code: g for g in a.countries}
    assert list(groups) == ["FR", "AE", None]
    assert titles(groups["FR"].raised) == ["New FR request"]
    assert titles(groups["FR"].answered) == ["FR answered"]
    assert groups["FR"].waiting == [] and groups["FR"].overdue == []
    assert titles(groups["AE"].overdue) == ["AE overdue"]
    assert titles(groups["AE"].waiting) == ["AE waiting"]
    assert groups["AE"].raised == []
    assert titles(groups[None].raised) == ["No country"]


def test_local_times_of_every_attendee(store):
    view = build(store)
    times = {lt.zone: lt for lt in agenda.build_agenda(store, view, NOW).local_times}
    assert times["Europe/Paris"].start.strftime("%a %H:%M") == "Tue 10:00"
    assert times["Europe/Paris"].who == "Alex, Claire Dubois"  # the free address: zone unknown, left out
    assert times["Asia/Dubai"].start.strftime("%a %H:%M") == "Tue 13:00"
    assert times["Asia/Dubai"].who == "Priya Nair"


def test_text_and_html_in_the_ui_language(store):
    view = build(store)
    a = agenda.build_agenda(store, view, NOW)
    en = agenda.agenda_text(a, "en")
    assert "FRANCE" in en and "UNITED ARAB EMIRATES" in en
    assert "New requests since the last meeting:\n  - New FR request (from Claire)" in en
    assert "Overdue:\n  - AE overdue (due Nov 20, 2026)" in en
    assert "https://meet.example.com/x" in en and "Requests and answers" in en
    fr = agenda.agenda_text(a, "fr")
    assert "ÉMIRATS ARABES UNIS" in fr and "En retard:" in fr and "mardi 24 novembre 2026" in fr
    assert "No meeting on" not in en
    meetings.add_skips(store, view.id, [(dt.date(2026, 12, 29), "Christmas break")])
    a = agenda.build_agenda(store, meetings.load_series(store, view.id), NOW)
    assert "No meeting on:\n- Dec 29, 2026 (Christmas break)" in agenda.agenda_text(a, "en")
    assert "Pas de réunion le" in agenda.agenda_html(a, "fr")
    custom = agenda.agenda_text(a, "en", {"overdue": "LATE"})
    assert "LATE:" in custom
    html = agenda.agenda_html(a, "fr")
    assert "<h3>France</h3>" in html and "AE overdue" in html and "<h1>Weekly call</h1>" in html


def test_html_escapes_task_titles(store):
    view = build(store)
    with store.write() as s:
        s.add(Task(title="<b>bold</b> & co", created_at=AFTER))
    html = agenda.agenda_html(agenda.build_agenda(store, view, NOW), "en")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html and "<b>bold</b>" not in html


def test_country_names_in_a_language_babel_does_not_know():
    """One country-name function (``region.country_name``): a language without names falls back to
    English ones. The agenda's own copy raised UnknownLocaleError there."""
    from regionmgr.core.countries import region

    assert agenda.country_name(None, "zz", agenda.labels_for("zz")) == "No country"
    assert agenda.country_name("ma", "zz", agenda.labels_for("zz")) == region.country_name("MA", "zz") == "Morocco"
    assert agenda.country_name("MA", "fr_FR", agenda.labels_for("fr")) == region.country_name("MA", "fr") == "Maroc"


def test_items_come_soonest_due_first_with_undated_ones_last(store):
    view = build(store)
    with store.write() as s:
        fr = s.query(Country).filter_by(code="FR").one()
        s.add_all([
            Task(title="B later", country_id=fr.id, created_at=AFTER,
                 due_at=dt.datetime(2026, 12, 3, 9, 0, tzinfo=UTC), due_tz="Europe/Paris"),
            Task(title="A sooner", country_id=fr.id, created_at=AFTER,
                 due_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
        ])
    groups = {g.code: g for g in agenda.build_agenda(store, view, NOW).countries}
    assert titles(groups["FR"].raised) == ["A sooner", "B later", "New FR request"]
    # A due time without its own zone is shown in its country's zone.
    assert groups["FR"].raised[0].due == dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert groups["FR"].raised[0].due.tzinfo.key == "Europe/Paris"


def test_work_weeks_of_the_organizer_and_the_attendees_countries(store):
    view = build(store)
    weeks = meetings.work_weeks_for(store, [a.contact_id for a in view.attendees], view.timezone)
    assert [(w.code, w.timezone, w.work_days, w.work_start_min, w.work_end_min) for w in weeks] == [
        ("FR", "Europe/Paris", "12345", 540, 1080), ("AE", "Asia/Dubai", "12345", 540, 1080)]
    assert [w.code for w in meetings.work_weeks_for(store, [], "America/New_York")] == ["US"]


def test_a_task_whose_due_date_cannot_be_read_is_left_out_not_the_agenda(store, caplog):
    """13.7: one task with an unreadable stored date (year 9999, written by hand) never hides the agenda."""
    import logging

    view = build(store)
    conn = store.raw()
    conn.execute("UPDATE task SET due_at = '9999-12-31 23:59:59.000000' WHERE title = 'AE overdue'")
    conn.commit()
    with caplog.at_level(logging.WARNING):
        a = agenda.build_agenda(store, view, NOW)
    every = [i.title for g in a.countries for i in (*g.raised, *g.answered, *g.waiting, *g.overdue)]
    assert "AE overdue" not in every
    assert "FR answered" in every and "AE waiting" in every
    assert any("left out of the agenda" in r.getMessage() for r in caplog.records)
