"""Meeting mode's records and the minutes: answers, decisions and requests per country, undoable;
the next agenda starts from what is still open; cancelled weeks pass their items on."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import pytest

from regionmgr.core.errors import ValidationError
from regionmgr.core.meetings import agenda, minutes, operations
from regionmgr.core.meetings import series as meetings
from regionmgr.core.tasks.capture import load_countries, parse_capture
from regionmgr.core.tasks.operations import update_tasks
from regionmgr.store.models import Country, Task
from tests.meetings.test_agenda import NOW, build

UTC = dt.UTC
DAY = dt.date(2026, 11, 24)  # the next meeting (Tuesday)
LATER = dt.datetime(2026, 11, 24, 9, 30, tzinfo=UTC)  # during the meeting (10:30 in Paris)


def ids_by_title(store):
    with store.session() as s:
        return {t.title: t.id for t in s.query(Task)}


def country_id(store, code):
    with store.session() as s:
        return s.query(Country).filter_by(code=code).one().id


def titles(items):
    return [i.title for i in items]


def test_an_answer_is_recorded_undone_and_redone(store):
    view = build(store)
    tid = ids_by_title(store)["New FR request"]
    applied = operations.record_item(store, view.id, DAY, "answer", "  Done on Friday ", tid, country_id(store, "FR"))
    recap = minutes.build_recap(store, view, DAY)
    assert [(g.code, [(line.about, line.body) for line in g.answers]) for g in recap.countries] == [
        ("FR", [("New FR request", "Done on Friday")])]
    assert applied.change.ids("meeting_item") == {applied.result}
    redo = applied.undo()
    assert minutes.build_recap(store, view, DAY).countries == []
    redo.undo()
    assert len(minutes.build_recap(store, view, DAY).countries) == 1


@pytest.mark.parametrize("body", ["", "   ", "x" * 5000])
def test_an_empty_or_huge_answer_is_refused_and_nothing_is_written(store, body):
    view = build(store)
    with pytest.raises(ValidationError):
        operations.record_item(store, view.id, DAY, "answer", body)
    assert minutes.build_recap(store, view, DAY).countries == []


def test_a_discussed_parked_item_is_unparked_in_the_same_step(store):
    view = build(store)
    tid = ids_by_title(store)["Old FR request"]
    update_tasks(store, [tid], {"parked_at": NOW})
    groups = {g.code: g for g in agenda.build_agenda(store, view, NOW).countries}
    assert titles(groups["FR"].parked) == ["Old FR request"]
    applied = operations.record_item(store, view.id, DAY, "decision", "Wait for the law", tid)
    with store.session() as s:
        assert s.get(Task, tid).parked_at is None
    applied.undo()
    with store.session() as s:
        assert s.get(Task, tid).parked_at is not None


def test_a_request_captured_in_the_meeting_gets_the_section_s_country_and_the_meeting_channel(store):
    view = build(store)
    countries = load_countries(store)
    cap = parse_capture("Payroll question by friday", NOW, countries)
    applied = operations.capture_request(store, view.id, DAY, cap, country_id(store, "AE"))
    with store.session() as s:
        task = s.get(Task, applied.result)
        assert (task.channel, task.country_id) == ("meeting", country_id(store, "AE"))
    recap = minutes.build_recap(store, view, DAY)
    assert [(g.code, [line.about for line in g.requests]) for g in recap.countries] == [
        ("AE", ["Payroll question"])]
    assert recap.countries[0].requests[0].owner == "Alex"
    assert recap.countries[0].requests[0].due is not None
    applied.undo()
    assert applied.result not in ids_by_title(store).values()
    bad = parse_capture("FR", NOW, countries)
    with pytest.raises(ValidationError):
        operations.capture_request(store, view.id, DAY, bad, None)


def test_minutes_text_html_and_a_quoted_mailto_for_one_country(store):
    view = build(store)
    tid = ids_by_title(store)["New FR request"]
    operations.record_item(store, view.id, DAY, "answer", "Yes & no?bcc=x@evil.com", tid, country_id(store, "FR"))
    operations.record_item(store, view.id, DAY, "decision", "Priya leads", None, country_id(store, "AE"))
    recap = minutes.build_recap(store, view, DAY)
    text = minutes.recap_text(recap, "fr", "FR")
    assert "FRANCE" in text and "Réponses données" in text and "Priya" not in text
    assert "<h2>France</h2>" in minutes.recap_html(recap, "en")
    url = minutes.mailto_url(recap, "FR", "en")
    to, query = url[len("mailto:"):].split("?", 1)
    assert to == "claire@example.fr"
    parts = dict(p.split("=", 1) for p in query.split("&"))
    assert set(parts) == {"subject", "body"}
    assert "Yes & no?bcc=x@evil.com" in urllib.parse.unquote(parts["body"])


def test_closing_stores_the_minutes_and_the_next_agenda_starts_from_what_is_open(store):
    view = build(store)
    ids = ids_by_title(store)
    operations.record_item(store, view.id, DAY, "answer", "Sent", ids["AE waiting"])
    operations.record_item(store, view.id, DAY, "answer", "Sent", ids["AE overdue"])
    applied = operations.close_meeting(store, view.id, DAY, "the text", LATER)
    assert applied.change.touches("meeting_minutes")
    # The meeting ended early: the next agenda is the following week's, without the answered items.
    nxt = agenda.build_agenda(store, view, LATER)
    assert nxt.meeting_date == DAY + dt.timedelta(days=7)
    groups = {g.code: g for g in nxt.countries}
    assert "AE waiting" not in titles(groups.get("AE", agenda.CountryAgenda("AE")).waiting)
    # An answered item that changes while still open comes back.
    update_tasks(store, [ids["AE waiting"]], {"title": "AE waiting (new facts)"})
    groups = {g.code: g for g in agenda.build_agenda(store, view, LATER).countries}
    assert titles(groups["AE"].waiting) == ["AE waiting (new facts)"]
    assert "AE overdue" not in titles(groups["AE"].overdue)
    # Closing again rewrites the same minutes.
    operations.close_meeting(store, view.id, DAY, "again", LATER)
    applied.undo()
    assert agenda.build_agenda(store, view, LATER).meeting_date == DAY


def test_a_cancelled_week_passes_its_items_to_the_next_held_meeting(store):
    view = build(store)
    # The 17 Nov meeting was cancelled (a CANCEL sent) and 24 Nov skipped: items since 10 Nov wait for 1 Dec.
    out = meetings.prepare_cancel(view, NOW, dt.date(2026, 11, 17))
    operations.record_sent(store, view.id, out, NOW, "strike")
    operations.add_skips(store, view.id, [(DAY, "holiday")])
    with store.write() as s:
        s.add(Task(title="Raised in the cancelled week", country_id=country_id(store, "FR"),
                   created_at=dt.datetime(2026, 11, 12, 12, 0, tzinfo=UTC)))
    view = meetings.load_series(store, view.id)
    a = agenda.build_agenda(store, view, NOW)
    assert a.meeting_date == dt.date(2026, 12, 1)
    assert a.since == dt.datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    groups = {g.code: g for g in a.countries}
    assert {"Raised in the cancelled week", "New FR request"} <= set(titles(groups["FR"].raised))
