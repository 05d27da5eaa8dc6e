"""How a request arrived (channel, requester), parking for the next meeting, the weekly count of
spontaneous requests, negotiated deadlines and searching people: the core, without Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from regionmgr.core import ops
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations, requests
from regionmgr.core.tasks.capture import CountryRef, parse_capture
from regionmgr.core.tasks.matrix import load_matrix
from regionmgr.store.models import Country, Task

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # a Monday


def _country(store, code: str, zone: str) -> str:
    cid = ops.new_id()
    ops.insert_row(store, Country, {"id": cid, "code": code, "timezone": zone})
    return cid


def _task(store, title: str, **values) -> str:
    tid = ops.new_id()
    ops.insert_row(store, Task, {"id": tid, "title": title, **values})
    return tid


# -- channels ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("word", "channel"), [
    ("#phone", "phone"), ("#tel", "phone"), ("#tél", "phone"), ("#téléphone", "phone"), ("#appel", "phone"),
    ("#mail", "email"), ("#email", "email"), ("#e-mail", "email"), ("#courriel", "email"),
    ("#réunion", "meeting"), ("#reunion", "meeting"), ("#meeting", "meeting"),
    ("#chat", "chat"), ("#teams", "chat"), ("#visite", "visit"), ("#visit", "visit"),
])
def test_capture_reads_a_channel_tag_in_french_or_english(word, channel):
    cap = parse_capture(f"FR payroll question {word}", NOW, [CountryRef("FR", "Europe/Paris", "c1")])
    assert cap.channel == channel
    assert cap.title == "payroll question"
    assert cap.country_code == "FR"  # "#réunion" is a channel, never the island
    assert cap.task_values()["channel"] == channel


def test_capture_without_channel_word_records_none_and_plain_words_stay_in_the_title():
    cap = parse_capture("FR phone the meeting room", NOW, [CountryRef("FR", "Europe/Paris", "c1")])
    assert cap.channel == ""
    assert cap.title == "phone the meeting room"


def test_channel_is_checked():
    assert requests.check_channel("phone") == "phone"
    assert requests.check_channel("") == ""
    with pytest.raises(ValidationError):
        requests.check_channel("pigeon")


def test_set_channel_is_undoable(store):
    tid = _task(store, "Payroll")
    applied = operations.set_channel(store, [tid], "email")
    assert tl.read_task(store, tid)["channel"] == "email"
    applied.undo()
    assert tl.read_task(store, tid)["channel"] == ""


def test_a_bad_channel_writes_nothing(store):
    tid = _task(store, "Payroll", channel="phone")
    with pytest.raises(ValidationError):
        operations.set_channel(store, [tid], "fax")
    assert tl.read_task(store, tid)["channel"] == "phone"


# -- parking ----------------------------------------------------------------------------------
def test_park_and_unpark_for_the_next_meeting(store):
    fr = _country(store, "FR", "Europe/Paris")
    de = _country(store, "DE", "Europe/Berlin")
    a = _task(store, "A", country_id=fr)
    b = _task(store, "B", country_id=fr)
    c = _task(store, "C", country_id=de)
    applied = operations.park_tasks(store, [a, c], NOW)
    assert [t.id for t in requests.parked_for_country(store, fr)] == [a]
    assert [t.id for t in requests.parked_for_country(store, de)] == [c]
    assert tl.read_task(store, a)["parked_at"] == NOW
    redo = applied.undo()
    assert requests.parked_for_country(store, fr) == []
    redo.undo()  # redo
    operations.park_tasks(store, [b], NOW + dt.timedelta(hours=1))
    assert [t.id for t in requests.parked_for_country(store, fr)] == [a, b]  # in the order parked
    back = requests.unpark(store, [a])
    assert [t.id for t in requests.parked_for_country(store, fr)] == [b]
    back.undo()
    assert [t.id for t in requests.parked_for_country(store, fr)] == [a, b]


def test_finished_tasks_are_not_on_the_agenda(store):
    fr = _country(store, "FR", "Europe/Paris")
    a = _task(store, "A", country_id=fr, parked_at=NOW, status="done")
    b = _task(store, "B", country_id=fr, parked_at=NOW)
    assert a and [t.id for t in requests.parked_for_country(store, fr)] == [b]


def test_list_rows_say_parked_and_channel(store):
    tid = _task(store, "A", channel="phone", parked_at=NOW)
    (row,) = tl.rows_by_id(tl.connection(store), [tid])
    assert row[tl.R_FLAGS] & tl.F_PARKED
    assert row[tl.R_CHANNEL] == "phone"


# -- weekly count of spontaneous requests -------------------------------------------------------
def test_weekly_interruptions_by_channel_and_country_in_the_users_zone(store):
    fr = _country(store, "FR", "Europe/Paris")
    ma = _country(store, "MA", "Africa/Casablanca")
    # Sunday 22 Nov 23:30 UTC is Monday 23 Nov 00:30 in Paris: the week of the 23rd there.
    _task(store, "1", country_id=fr, channel="phone", created_at=dt.datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    _task(store, "2", country_id=fr, channel="phone", created_at=dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    _task(store, "3", country_id=ma, channel="email", created_at=dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    _task(store, "4", country_id=fr, channel="phone", created_at=dt.datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    _task(store, "5", country_id=fr, channel="meeting", created_at=dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # not spontaneous
    _task(store, "6", country_id=fr, channel="", created_at=dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # not recorded
    _task(store, "7", channel="chat", created_at=dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # no country
    counts = requests.weekly_interruptions(store, "Europe/Paris")
    assert counts == {
        (dt.date(2026, 11, 16), "phone", "FR"): 1,
        (dt.date(2026, 11, 23), "phone", "FR"): 2,
        (dt.date(2026, 11, 23), "email", "MA"): 1,
        (dt.date(2026, 11, 23), "chat", ""): 1,
    }
    in_utc = requests.weekly_interruptions(store, "UTC")
    assert in_utc[(dt.date(2026, 11, 16), "phone", "FR")] == 2  # Sunday night in UTC: the week before


def test_weekly_interruptions_table_fills_empty_weeks():
    counts = {(dt.date(2026, 11, 2), "phone", "FR"): 3, (dt.date(2026, 11, 16), "email", "FR"): 1,
              (dt.date(2026, 11, 16), "phone", "MA"): 2}
    table = requests.interruption_table(counts, country=None)
    assert [w for w, _ in table] == [dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)]
    assert table[0][1] == {"phone": 3}
    assert table[1][1] == {}
    assert table[2][1] == {"email": 1, "phone": 2}
    assert requests.interruption_table(counts, country="MA") == [(dt.date(2026, 11, 16), {"phone": 2})]


# -- negotiated urgency -------------------------------------------------------------------------
def test_negotiation_is_saved_and_undone(store):
    tid = _task(store, "Payroll")
    applied = operations.set_negotiation(store, tid, dt.date(2026, 12, 5), dt.date(2026, 11, 23), "  Agreed\n with HR ")
    v = tl.read_task(store, tid)
    assert (v["requested_due_on"], v["deadline_agreed_on"], v["deadline_note"]) == (
        dt.date(2026, 12, 5), dt.date(2026, 11, 23), "Agreed with HR")
    applied.undo()
    v = tl.read_task(store, tid)
    assert (v["requested_due_on"], v["deadline_agreed_on"], v["deadline_note"]) == (None, None, "")


def test_negotiation_refuses_bad_input_and_writes_nothing(store):
    tid = _task(store, "Payroll")
    with pytest.raises(ValidationError):
        operations.set_negotiation(store, tid, dt.date(1960, 1, 1), None, "")
    with pytest.raises(ValidationError):
        operations.set_negotiation(store, tid, None, None, "x" * (requests.NOTE_MAX + 1))
    assert tl.read_task(store, tid)["requested_due_on"] is None


def test_matrix_uses_the_agreed_deadline_and_knows_the_requested_one(store):
    fr = _country(store, "FR", "Europe/Paris")
    tid = _task(store, "Payroll", country_id=fr, due_at=dt.datetime(2026, 12, 14, 16, 0, tzinfo=UTC), due_tz="Europe/Paris",
                requested_due_on=dt.date(2026, 11, 24))
    matrix = load_matrix(store, NOW, "Europe/Paris")
    (row,) = [r for rows in matrix.values() for r in rows if r.id == tid]
    assert row.requested_due_on == dt.date(2026, 11, 24)
    assert not row.placement.quadrant.urgent  # the agreed deadline, three weeks away, rules


# -- searching people, accents ignored ----------------------------------------------------------
def test_search_text_covers_people_and_ignores_accents(store):
    tid = _task(store, "Réunion paie", notes="Prévoir", requester="Hélène Dubois", delegated_to="Zoë")
    rows, hay, _ = tl.list_snapshot(tl.connection(store))
    (text,) = hay
    for needle in ("reunion", "prevoir", "helene", "zoe", "HÉLÈNE"):
        assert tl.fold_search(needle).encode() in text
    conn = tl.connection(store)
    (rowid,) = [r[tl.R_ROWID] for r in rows]
    assert tl.search_texts(conn, [rowid])[rowid] == text
    assert tid


def test_people_choices_are_read_from_the_data(store):
    _task(store, "A", requester="HR Director", delegated_to="Anna")
    _task(store, "B", requester="Finance", delegated_to="")
    _task(store, "C", requester="HR Director")
    assert requests.requesters(store) == ["Finance", "HR Director"]
    assert requests.delegates(store) == ["Anna"]
