"""The SQL of the meetings room: weekly series with their attendees, skipped weeks and sent
history, the settings they use, the agenda's tasks and the contacts one can invite.

``core.meetings`` keeps the rules (what a valid series is, what a message changes) and calls
these. Reads come back as plain values: a series as the dict ``series_record`` describes,
rows as dicts of column values (instants aware UTC, dates and times as ``datetime`` values),
the agenda's task rows in the store's text forms (decoded with ``store.codec``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select

from regionmgr.store.db import Store
from regionmgr.store.models import (
    Contact,
    Country,
    MeetingAttendee,
    MeetingSent,
    MeetingSeries,
    MeetingSkip,
    Setting,
)

CHILDREN = (("attendees", MeetingAttendee), ("skips", MeetingSkip), ("sent", MeetingSent))


def _row(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}


# -- series as plain values ---------------------------------------------------------------------


def _record(series: MeetingSeries, countries: Mapping[str, Country]) -> dict[str, Any]:
    """``{"series": row, "attendees": [row + country_code, country_zone], "skips": [row], "sent": [row]}``,
    children in their order (attendees by position, skips by date, sent by time); an attendee's
    country is its contact's (None for a free address)."""
    attendees = []
    for a in series.attendees:
        country = countries.get(a.contact.country_id) if a.contact is not None else None
        attendees.append({**_row(a), "country_code": country.code if country else None,
                          "country_zone": country.timezone if country else None})
    return {"series": _row(series), "attendees": attendees,
            "skips": [_row(k) for k in series.skips], "sent": [_row(m) for m in series.sent]}


def series_records(store: Store) -> list[dict[str, Any]]:
    """Every series (see ``_record``), by name."""
    with store.session() as s:
        countries = {c.id: c for c in s.scalars(select(Country))}
        return [_record(m, countries) for m in s.scalars(select(MeetingSeries).order_by(MeetingSeries.name))]


def series_record(store: Store, series_id: str) -> dict[str, Any] | None:
    """One series (see ``_record``), or None when there is none with that id."""
    with store.session() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return None
        countries = {c.id: c for c in s.scalars(select(Country))}
        return _record(series, countries)


def series_id_by_uid(conn: sqlite3.Connection, uid: str) -> str | None:
    row = conn.execute("SELECT id FROM meeting_series WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


# -- writes -------------------------------------------------------------------------------------


def _put_attendees(session, series: MeetingSeries, attendees: Sequence[Mapping[str, Any]]) -> None:
    series.attendees.clear()
    session.flush()
    for values in attendees:
        series.attendees.append(MeetingAttendee(**values))


def insert_series(store: Store, values: Mapping[str, Any], attendees: Sequence[Mapping[str, Any]]) -> str:
    """Add a series row (``values``: its columns, id and uid included) with its attendees; its id."""
    with store.write() as s:
        series = MeetingSeries(**values)
        s.add(series)
        s.flush()
        _put_attendees(s, series, attendees)
        return series.id


def update_series(store: Store, series_id: str, values: Mapping[str, Any],
                  attendees: Sequence[Mapping[str, Any]]) -> bool:
    """Set ``values`` on the series and replace its attendees; False when it no longer exists."""
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return False
        for key, value in values.items():
            setattr(series, key, value)
        _put_attendees(s, series, attendees)
        return True


def delete_series(store: Store, series_id: str) -> None:
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is not None:
            s.delete(series)


def snapshot(store: Store, series_id: str) -> dict[str, Any] | None:
    """The series' row and its children's rows (``{"series", "attendees", "skips", "sent"}``), or None."""
    with store.session() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return None
        return {"series": _row(series), **{key: [_row(r) for r in getattr(series, key)] for key, _m in CHILDREN}}


def restore_snapshot(store: Store, series_id: str, snap: Mapping[str, Any] | None) -> None:
    """Make the series exactly as in ``snap`` (None: make it not exist), in one transaction."""
    with store.write() as s:
        old = s.get(MeetingSeries, series_id)
        if old is not None:
            s.delete(old)
            s.flush()
        if snap is None:
            return
        s.add(MeetingSeries(**snap["series"]))
        s.flush()
        for key, model in CHILDREN:
            for values in snap[key]:
                s.add(model(**values))


def add_skips(store: Store, series_id: str, skips: Iterable[tuple[dt.date, str]]) -> bool:
    """Skip these local dates (each with its reason; a date already skipped is left as it is);
    False when the series no longer exists."""
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return False
        have = {k.on_date for k in series.skips}
        for day, reason in skips:
            if day not in have:
                series.skips.append(MeetingSkip(on_date=day, reason=reason))
                have.add(day)
        return True


def remove_skips(store: Store, series_id: str, days: Iterable[dt.date]) -> bool:
    """Remove the skipped (not cancelled) weeks on these dates; False when the series no longer exists."""
    days = set(days)
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return False
        for skip in list(series.skips):
            if skip.on_date in days and not skip.cancelled:
                series.skips.remove(skip)
        return True


def record_sent(store: Store, series_id: str, sent: Mapping[str, Any], cancel_series: bool,
                reason: str = "") -> str | None:
    """Add a history row (``sent``: method, sequence, recurrence_date, sent_at, ics), make its
    sequence the series', and cancel the whole series (``cancel_series``) or the week of its
    ``recurrence_date`` (a cancelled skip, ``reason`` kept when it had none). The row's id, or
    None when the series no longer exists."""
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return None
        row = MeetingSent(**sent)
        series.sent.append(row)
        series.sequence = sent["sequence"]
        day = sent.get("recurrence_date")
        if cancel_series:
            series.status = "cancelled"
        elif day is not None:
            existing = next((k for k in series.skips if k.on_date == day), None)
            if existing is None:
                series.skips.append(MeetingSkip(on_date=day, reason=reason, cancelled=True))
            else:
                existing.cancelled = True
                existing.reason = existing.reason or reason
        s.flush()
        return row.id


# -- settings -----------------------------------------------------------------------------------


def settings(store: Store, keys: Iterable[str]) -> dict[str, str]:
    """The stored values of these keys (a key not stored is left out)."""
    with store.session() as s:
        return {r.key: r.value for r in s.scalars(select(Setting).where(Setting.key.in_(list(keys))))}


def put_settings(store: Store, values: Mapping[str, str]) -> dict[str, str | None]:
    """Write settings; return the previous values (None: the key did not exist)."""
    old: dict[str, str | None] = {}
    with store.write() as s:
        for key, value in values.items():
            row = s.get(Setting, key)
            old[key] = None if row is None else row.value
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
    return old


def restore_settings(store: Store, old: Mapping[str, str | None]) -> None:
    """Put back what ``put_settings`` returned (None: remove the key)."""
    with store.write() as s:
        for key, value in old.items():
            row = s.get(Setting, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value


# -- contacts and countries ---------------------------------------------------------------------


def contacts_with_email(store: Store) -> list[tuple[str, str, str, str]]:
    """(contact id, name, e-mail, country code) of every contact that has an e-mail, by country and name."""
    with store.session() as s:
        rows = s.execute(
            select(Contact.id, Contact.name, Contact.email, Country.code)
            .join(Country, Contact.country_id == Country.id)
            .where(Contact.email != "")
            .order_by(Country.position, Country.code, Contact.name)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def work_weeks(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, int]]:
    """Every country's (code, timezone, work_days, work_start_min, work_end_min), in the region's order."""
    return conn.execute(
        "SELECT code, timezone, work_days, work_start_min, work_end_min FROM country ORDER BY position"
    ).fetchall()


def contact_countries(conn: sqlite3.Connection, contact_ids: Iterable[str]) -> set[str]:
    """The country codes of these contacts."""
    ids = list(contact_ids)
    if not ids:
        return set()
    return {code for (code,) in conn.execute(
        "SELECT DISTINCT c.code FROM contact k JOIN country c ON c.id = k.country_id "
        f"WHERE k.id IN ({','.join('?' * len(ids))})", ids)}


# -- the agenda ---------------------------------------------------------------------------------


def agenda_countries(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(id, code, timezone) of every country, in the region's order."""
    return conn.execute("SELECT id, code, timezone FROM country ORDER BY position, code").fetchall()


def agenda_tasks(conn: sqlite3.Connection, since: str, live: Sequence[str]) -> list[tuple]:
    """Top-level tasks created or completed since ``since`` (a stored instant) or in a ``live`` status,
    soonest due first (no due date last), then by title: (title, requester, due_at, due_tz,
    delegated_to, status, created_at, completed_at, country_id, id, parked_at, updated_at), in the
    store's text forms."""
    marks = ",".join("?" * len(live))
    return conn.execute(
        "SELECT title, requester, due_at, due_tz, delegated_to, status, created_at, completed_at, country_id, "
        "id, parked_at, updated_at "
        "FROM task WHERE parent_id IS NULL "
        f"AND (created_at >= ? OR completed_at >= ? OR status IN ({marks})) "
        "ORDER BY due_at IS NULL, due_at, title",
        [since, since, *live],
    ).fetchall()


# -- meeting mode and minutes ----------------------------------------------------------------------


def closed_answers(conn: sqlite3.Connection, series_id: str, before: str) -> list[tuple[str, str]]:
    """(task id, stored instant of the item) of every answer or decision on a task recorded in an
    occurrence of the series before local date ``before`` (stored day) whose minutes are closed."""
    return conn.execute(
        "SELECT i.task_id, i.created_at FROM meeting_item i JOIN meeting_minutes m "
        "ON m.series_id = i.series_id AND m.on_date = i.on_date "
        "WHERE i.series_id = ? AND i.on_date < ? AND m.closed_at IS NOT NULL AND i.task_id IS NOT NULL "
        "AND i.kind IN ('answer', 'decision')",
        (series_id, before),
    ).fetchall()


def closed_days(conn: sqlite3.Connection, series_id: str) -> list[str]:
    """The stored days of the series' occurrences whose minutes are closed."""
    return [d for (d,) in conn.execute(
        "SELECT on_date FROM meeting_minutes WHERE series_id = ? AND closed_at IS NOT NULL ORDER BY on_date",
        (series_id,))]


def occurrence_items(conn: sqlite3.Connection, series_id: str, day: str) -> list[tuple]:
    """What was recorded in one occurrence: (id, task_id, country_id, kind, body, position, task title,
    task delegated_to, task due_at, task due_tz, task status), by position."""
    return conn.execute(
        "SELECT i.id, i.task_id, i.country_id, i.kind, i.body, i.position, t.title, t.delegated_to, "
        "t.due_at, t.due_tz, t.status "
        "FROM meeting_item i LEFT JOIN task t ON t.id = i.task_id "
        "WHERE i.series_id = ? AND i.on_date = ? ORDER BY i.position, i.created_at",
        (series_id, day),
    ).fetchall()


def minutes_of(conn: sqlite3.Connection, series_id: str, day: str) -> tuple[str, str, str | None] | None:
    """(id, text, closed_at) of an occurrence's minutes, or None."""
    return conn.execute(
        "SELECT id, text, closed_at FROM meeting_minutes WHERE series_id = ? AND on_date = ?",
        (series_id, day),
    ).fetchone()


def parked_of(conn: sqlite3.Connection, task_ids: Iterable[str]) -> set[str]:
    """Those of ``task_ids`` that are parked."""
    ids = list(task_ids)
    if not ids:
        return set()
    return {tid for (tid,) in conn.execute(
        f"SELECT id FROM task WHERE parked_at IS NOT NULL AND id IN ({','.join('?' * len(ids))})", ids)}
