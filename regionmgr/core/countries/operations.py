"""The Countries room's writes, as named operations: each checks its input, writes, and returns an
``Applied`` (the tables and ids it changed, and how to revert it; see ``core.changes``).

The UI runs them through ``ctx.run(text, lambda: operation(ctx.store, ...))``: it never names a
store model. ``messages`` (where given) are the checks' messages in the UI language (see
``region.MESSAGES``); a ``ValidationError`` is raised before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from regionmgr.core import ops
from regionmgr.core.changes import Applied, Change, reversible
from regionmgr.core.countries import notes, region
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.storage import Store
from regionmgr.core.text import clean
from regionmgr.store.models import Contact, Country, Note
from regionmgr.store.queries import countries as queries

COUNTRY_GONE = QT_TRANSLATE_NOOP("Core", "This country is no longer in the region.")
CONTACT_GONE = QT_TRANSLATE_NOOP("Core", "This contact no longer exists.")
NOTE_GONE = QT_TRANSLATE_NOOP("Core", "This note no longer exists.")

COUNTRY_SETTINGS = ("timezone", "work_days", "work_start_min", "work_end_min")


# -- countries ------------------------------------------------------------------------------
def add_country(store: Store, code: str, messages: Mapping[str, str] | None = None) -> Applied:
    """Add the country of ISO code ``code`` last, with its default zone and a Mon-Fri 9-18 week;
    ``result`` is the new id."""
    return ops.insert_row(store, Country, region.new_country_values(store, code, messages))


def country_changes(
    country: region.CountryRow, changes: Mapping[str, Any], messages: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """``changes`` to a country's settings, checked and cleaned, without those that change nothing."""
    current = {key: getattr(country, key) for key in COUNTRY_SETTINGS}
    unknown = set(changes) - set(COUNTRY_SETTINGS)
    if unknown:
        raise ValueError(f"not a country setting: {sorted(unknown)}")
    clean = region.check_country_changes(current, changes, messages)
    return {key: value for key, value in clean.items() if current[key] != value}


def update_country(
    store: Store, country_id: str, changes: Mapping[str, Any], messages: Mapping[str, str] | None = None
) -> Applied:
    """Change a country's settings (zone, working days, working hours), checked against its
    saved values."""
    country = region.get_country(store, country_id)
    if country is None:
        raise ValidationError(COUNTRY_GONE)
    current = {key: getattr(country, key) for key in COUNTRY_SETTINGS}
    clean = region.check_country_changes(current, changes, messages)
    return ops.update_rows(store, Country, [country_id], clean, COUNTRY_GONE)


def remove_countries(store: Store, country_ids: Sequence[str]) -> Applied:
    """Remove countries with their notes, contacts and refresher log (their tasks and time stay,
    without a country); undo puts everything back."""
    return ops.delete_rows(store, Country, list(country_ids))


def reorder_countries(store: Store, ordered_ids: Sequence[str]) -> Applied:
    """Put the countries in this order (the others after them, in their order); undo puts the
    previous order back."""

    def apply(order: list[str]) -> Applied:
        old = queries.reorder(store, order)
        return Applied(Change.of("country", old), lambda: apply(old))

    return apply(list(ordered_ids))


# -- contacts -------------------------------------------------------------------------------
def add_contact(store: Store, country_id: str, name: str, messages: Mapping[str, str] | None = None) -> Applied:
    """A new contact of the country, to be written to by e-mail; ``result`` is the new id."""
    values = region.check_contact_changes({"name": name}, messages)
    return ops.insert_row(store, Contact, {"country_id": country_id, **values, "preferred_channel": "email"})


def update_contact(
    store: Store, contact_id: str, changes: Mapping[str, Any], messages: Mapping[str, str] | None = None
) -> Applied:
    """Change a contact's fields (``region.CONTACT_FIELDS``), checked first."""
    unknown = set(changes) - set(region.CONTACT_FIELDS)
    if unknown:
        raise ValueError(f"not a contact field: {sorted(unknown)}")
    clean = region.check_contact_changes(changes, messages)
    return ops.update_rows(store, Contact, [contact_id], clean, CONTACT_GONE)


def delete_contacts(store: Store, contact_ids: Sequence[str]) -> Applied:
    return ops.delete_rows(store, Contact, list(contact_ids))


# -- notes ----------------------------------------------------------------------------------
def add_note(store: Store, country_id: str, kind: str, title: str, today: dt.date) -> Applied:
    """A new, empty note of the country, reviewed ``today``; ``result`` is the new id."""
    return ops.insert_row(store, Note, notes.new_note_values(country_id, kind, title, today))


def rename_note(store: Store, note_id: str, title: str) -> Applied:
    return ops.update_rows(store, Note, [note_id], {"title": notes.check_title(title)}, NOTE_GONE)


def set_note_kind(store: Store, note_id: str, kind: str) -> Applied:
    return ops.update_rows(store, Note, [note_id], {"kind": notes.check_kind(kind)}, NOTE_GONE)


def mark_notes_reviewed(store: Store, note_ids: Sequence[str], day: dt.date) -> Applied:
    return ops.update_rows(store, Note, list(note_ids), {"last_reviewed": day}, NOTE_GONE)


def update_note_body(store: Store, note_id: str, body: str) -> Applied:
    """Save a note's text; its version goes up by one when the text changed. Undo puts the
    previous text and version back. Control characters are removed (newlines and tabs kept)."""
    change = Change.of("note", [note_id])
    body = clean(body, multiline=True)

    def apply() -> Applied:
        old = queries.put_note_body(store, note_id, body)
        if old is None:
            raise ValidationError(NOTE_GONE)

        def revert() -> Applied:
            if old[0] != body:
                queries.restore_note_body(store, note_id, old)
            return Applied(change, apply)

        return Applied(change, revert)

    return apply()


def delete_notes(store: Store, note_ids: Sequence[str]) -> Applied:
    return ops.delete_rows(store, Note, list(note_ids))


# -- the refresher log ----------------------------------------------------------------------
def record_sent(store: Store, note_ids: Sequence[str], contact_ids: Sequence[str], now: dt.datetime) -> Applied:
    """Log that each contact received the current version of each note (notes that no longer
    exist are skipped); ``result`` is the new log rows' ids."""
    versions = queries.note_versions(store.raw(), list(note_ids))
    rows = [(ops.new_id(), note_id, contact_id, versions[note_id], now)
            for note_id in note_ids if note_id in versions for contact_id in contact_ids]
    ids = [row[0] for row in rows]
    change = Change.of("refresher_sent", ids)

    def do() -> Change:
        queries.insert_sent(store, rows)
        return change

    def undo() -> Change:
        queries.delete_sent(store, ids)
        return change

    return reversible(do, undo, result=ids)
