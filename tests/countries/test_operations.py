"""The Countries room's named operations: each says which tables and rows it changed, and its
undo (and the redo that undo returns) puts the store back exactly. The UI of the room talks to
them only: it imports no store module."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from regionmgr.core.countries import notes, operations, refresher, region
from regionmgr.core.errors import ValidationError

UI_ROOM = Path(__file__).parents[2] / "regionmgr" / "ui" / "countries"
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


def ma(store) -> region.CountryRow:
    return next(c for c in region.list_countries(store) if c.code == "MA")


def note_row(store, note_id):
    return store.raw().execute("SELECT title, kind, body, version, last_reviewed FROM note WHERE id = ?",
                               (note_id,)).fetchone()


def test_no_module_of_the_countries_ui_imports_the_store():
    offenders = []
    for path in sorted(UI_ROOM.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names
                          if n.startswith(("regionmgr.store", "sqlalchemy", "sqlite3"))]
    assert offenders == []


def test_adding_and_removing_a_country(sample_store):
    added = operations.add_country(sample_store, " es ")
    spain = next(c for c in region.list_countries(sample_store) if c.code == "ES")
    assert added.result == spain.id and spain.timezone == "Europe/Madrid" and spain.position == 5
    assert added.change.ids("country") == {spain.id}
    redo = added.undo()
    assert all(c.code != "ES" for c in region.list_countries(sample_store))
    redo.undo()
    assert next(c for c in region.list_countries(sample_store) if c.code == "ES") == spain
    with pytest.raises(ValidationError, match="already in the region"):
        operations.add_country(sample_store, "MA")
    with pytest.raises(ValidationError, match="ISO 3166"):
        operations.add_country(sample_store, "XX")


def test_removing_a_country_says_it_took_its_notes_and_contacts(sample_store):
    morocco = ma(sample_store)
    contact_ids = {c.id for c in region.list_contacts(sample_store, morocco.id)}
    note_ids = {n.id for n in notes.list_notes(sample_store, morocco.id)}
    removed = operations.remove_countries(sample_store, [morocco.id])
    assert removed.change.ids("country") == {morocco.id}
    assert removed.change.ids("contact") == contact_ids and removed.change.ids("note") == note_ids
    removed.undo()
    assert ma(sample_store) == morocco
    assert {c.id for c in region.list_contacts(sample_store, morocco.id)} == contact_ids


def test_country_settings_are_checked_and_only_real_changes_are_kept(sample_store):
    morocco = ma(sample_store)
    assert operations.country_changes(morocco, {"timezone": morocco.timezone, "work_days": "5 4 3 2 1"}) == {}
    assert operations.country_changes(morocco, {"work_end_min": 16 * 60}) == {"work_end_min": 16 * 60}
    with pytest.raises(ValidationError, match="must end after they start"):
        operations.country_changes(morocco, {"work_end_min": 8 * 60})
    with pytest.raises(ValidationError, match="déjà"):
        operations.add_country(sample_store, "MA", {"already_there": "Ce pays est déjà dans la région."})
    # The operation checks against the saved values too (end before the saved start).
    with pytest.raises(ValidationError):
        operations.update_country(sample_store, morocco.id, {"work_end_min": 8 * 60})
    changed = operations.update_country(sample_store, morocco.id, {"timezone": "Europe/Paris"})
    assert changed.change.ids("country") == {morocco.id}
    assert ma(sample_store).timezone == "Europe/Paris"
    changed.undo()
    assert ma(sample_store) == morocco


def test_contacts(sample_store):
    morocco = ma(sample_store)
    added = operations.add_contact(sample_store, morocco.id, "  Amina  ")
    amina = next(c for c in region.list_contacts(sample_store, morocco.id) if c.id == added.result)
    assert (amina.name, amina.preferred_channel) == ("Amina", "email")
    with pytest.raises(ValidationError, match="valid e-mail"):
        operations.update_contact(sample_store, amina.id, {"email": "amina@"})
    edited = operations.update_contact(sample_store, amina.id, {"email": " amina@example.ma "})
    assert edited.change.ids("contact") == {amina.id}
    assert next(c for c in region.list_contacts(sample_store, morocco.id) if c.id == amina.id).email == (
        "amina@example.ma")
    edited.undo()
    deleted = operations.delete_contacts(sample_store, [amina.id])
    assert all(c.id != amina.id for c in region.list_contacts(sample_store, morocco.id))
    deleted.undo()
    assert amina in region.list_contacts(sample_store, morocco.id)


def test_notes_title_kind_review_and_body(sample_store):
    morocco = ma(sample_store)
    added = operations.add_note(sample_store, morocco.id, "other", "New note", dt.date(2026, 11, 23))
    note_id = added.result
    assert note_row(sample_store, note_id) == ("New note", "other", "", 1, "2026-11-23")
    with pytest.raises(ValidationError, match="needs a title"):
        operations.rename_note(sample_store, note_id, "   ")
    with pytest.raises(ValidationError, match="Unknown note kind"):
        operations.set_note_kind(sample_store, note_id, "gossip")
    renamed = operations.rename_note(sample_store, note_id, " Phone numbers ")
    assert renamed.change.ids("note") == {note_id}
    operations.set_note_kind(sample_store, note_id, "procedure")
    operations.mark_notes_reviewed(sample_store, [note_id], dt.date(2026, 12, 1))
    assert note_row(sample_store, note_id)[:2] == ("Phone numbers", "procedure")
    saved = operations.update_note_body(sample_store, note_id, "# Numbers")
    assert saved.change.ids("note") == {note_id}
    assert note_row(sample_store, note_id)[2:] == ("# Numbers", 2, "2026-12-01")
    redo = saved.undo()
    assert note_row(sample_store, note_id)[2:4] == ("", 1)
    redo.undo()
    assert note_row(sample_store, note_id)[2:4] == ("# Numbers", 2)
    # The same text again writes nothing and keeps the version.
    operations.update_note_body(sample_store, note_id, "# Numbers").undo()
    assert note_row(sample_store, note_id)[2:4] == ("# Numbers", 2)
    deleted = operations.delete_notes(sample_store, [note_id])
    assert note_row(sample_store, note_id) is None
    with pytest.raises(ValidationError, match="no longer exists"):
        operations.update_note_body(sample_store, note_id, "x")
    deleted.undo()
    assert note_row(sample_store, note_id)[0] == "Phone numbers"


def test_recording_a_pack_as_sent_and_its_undo_and_redo(sample_store):
    morocco = ma(sample_store)
    procedures = [n.id for n in notes.list_notes(sample_store, morocco.id, "procedure")]
    people = [c.id for c in region.list_contacts(sample_store, morocco.id)]
    recorded = operations.record_sent(sample_store, [*procedures, "no-such-note"], people, NOW)
    assert len(recorded.result) == len(procedures) * len(people)
    assert recorded.change.ids("refresher_sent") == set(recorded.result)
    assert refresher.missing_current(sample_store, morocco.id) == {}
    assert {e.sent_at for e in refresher.last_sent(sample_store, morocco.id)} == {NOW}
    redo = recorded.undo()
    assert refresher.last_sent(sample_store, morocco.id) == []
    again = redo.undo()
    assert again.change == recorded.change  # the same rows, not new ones
    assert len(refresher.last_sent(sample_store, morocco.id)) == len(recorded.result)
