"""Every read of the time room: the toolbar timer, the time log, shares, reports, the handover dossier.

Two kinds of reads live here:

- plain rows over the store's sqlite3 connection (``conn``) for the toolbar timer, which runs
  from start-up, ticks every second and beats every minute while it runs: none of that needs
  SQLAlchemy. Values come back in the store's text forms (decode them with ``store.codec``).
- ORM reads over a session (``store``) for the pages and documents the user opens. SQLAlchemy
  and the models are imported inside those functions, so importing this module stays light.

The writes go through ``core.ops`` (and ``put_setting`` for the heartbeat).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regionmgr.store.vocab import ACTIVE_STATUSES, OPEN

if TYPE_CHECKING:
    from regionmgr.store.db import Store
    from regionmgr.store.models import Absence, Contact, Country, MeetingSeries, Note, Task


# -- plain rows: the toolbar timer ----------------------------------------------------------
def running_entry(conn: sqlite3.Connection) -> tuple | None:
    """The running time entry (the newest one without an end), or None:
    (entry id, started_at, task id, country id, comment, task title or None, country code or None).

    The country is the task's when the entry is on a task that has one, else the entry's own.
    """
    return conn.execute(
        "SELECT e.id, e.started_at, e.task_id, e.country_id, e.comment, t.title, c.code "
        "FROM time_entry e LEFT JOIN task t ON t.id = e.task_id "
        "LEFT JOIN country c ON c.id = COALESCE(t.country_id, e.country_id) "
        "WHERE e.ended_at IS NULL ORDER BY e.started_at DESC LIMIT 1"
    ).fetchone()


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put_setting(conn: sqlite3.Connection, key: str, value: str, stamp: str) -> None:
    """Write one setting (``stamp``: its ``updated_at``, in the store's text form) and commit."""
    with conn:
        conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, stamp),
        )


# -- the time log ---------------------------------------------------------------------------
def running_entries(store: Store) -> list[tuple[str, dt.datetime]]:
    """(id, started_at) of every entry without an end (at most one, unless the data says otherwise)."""
    from sqlalchemy import select

    from regionmgr.store.models import TimeEntry

    with store.session() as session:
        return [(eid, started) for eid, started in session.execute(
            select(TimeEntry.id, TimeEntry.started_at).where(TimeEntry.ended_at.is_(None)))]


def task_exists(store: Store, task_id: str) -> bool:
    from regionmgr.store.models import Task

    with store.session() as session:
        return session.get(Task, task_id) is not None


def country_exists(store: Store, country_id: str) -> bool:
    from regionmgr.store.models import Country

    with store.session() as session:
        return session.get(Country, country_id) is not None


def entries(store: Store, start: dt.datetime | None = None, end: dt.datetime | None = None,
            limit: int = 2000) -> list[tuple]:
    """Entries overlapping [start, end), newest first: (id, started_at, ended_at, task id, task title
    or "", country id, country code or "", comment). The country is the task's when the entry is on
    a task that has one, else the entry's own."""
    from sqlalchemy import select

    from regionmgr.store.models import Country, Task, TimeEntry

    stmt = (
        select(TimeEntry, Task.title, Task.country_id)
        .outerjoin(Task, Task.id == TimeEntry.task_id)
        .order_by(TimeEntry.started_at.desc())
        .limit(limit)
    )
    if end is not None:
        stmt = stmt.where(TimeEntry.started_at < end)
    if start is not None:
        stmt = stmt.where((TimeEntry.ended_at.is_(None)) | (TimeEntry.ended_at > start))
    with store.session() as session:
        codes = dict(session.execute(select(Country.id, Country.code)).all())
        rows = []
        for entry, title, task_country in session.execute(stmt):
            cid = task_country or entry.country_id
            rows.append((entry.id, entry.started_at, entry.ended_at, entry.task_id,
                         title or "", cid, (codes.get(cid, "") if cid else ""), entry.comment))
    return rows


def country_codes(store: Store) -> list[tuple[str, str]]:
    """(id, code) of every country, in the user's order."""
    from sqlalchemy import select

    from regionmgr.store.models import Country

    with store.session() as session:
        return [(cid, code) for cid, code in session.execute(
            select(Country.id, Country.code).order_by(Country.position, Country.code))]


def active_tasks(store: Store, include_task: str | None = None) -> list[tuple[str, str, str | None]]:
    """(id, title, country id) of the open and waiting tasks (plus ``include_task``), by title."""
    from sqlalchemy import select

    from regionmgr.store.models import Task

    with store.session() as session:
        query = select(Task.id, Task.title, Task.country_id).where(
            Task.status.in_(ACTIVE_STATUSES) | (Task.id == (include_task or ""))
        ).order_by(Task.title)
        return [(tid, title, cid) for tid, title, cid in session.execute(query)]


# -- shares ---------------------------------------------------------------------------------
def spans(store: Store, start: dt.datetime, end: dt.datetime) -> list[tuple]:
    """Entries overlapping [start, end): (started_at, ended_at or None, entry's country id, task id,
    task's country id or None)."""
    from sqlalchemy import select

    from regionmgr.store.models import Task, TimeEntry

    stmt = (
        select(TimeEntry.started_at, TimeEntry.ended_at, TimeEntry.country_id, TimeEntry.task_id,
               Task.country_id)
        .outerjoin(Task, Task.id == TimeEntry.task_id)
        .where(TimeEntry.started_at < end)
        .where((TimeEntry.ended_at.is_(None)) | (TimeEntry.ended_at > start))
    )
    with store.session() as session:
        return [tuple(row) for row in session.execute(stmt)]


def task_requesters(store: Store, task_ids: Iterable[str]) -> dict[str, str]:
    """The requester (internal client) of each of ``task_ids`` that exists ("" when none is recorded)."""
    from sqlalchemy import select

    from regionmgr.store.models import Task

    ids = list(task_ids)
    with store.session() as session:
        return {tid: requester or "" for tid, requester in session.execute(
            select(Task.id, Task.requester).where(Task.id.in_(ids)))} if ids else {}


def country_targets(store: Store) -> list[tuple[str, str, float | None]]:
    """(id, code, agreed share) of every country, in the user's order."""
    from sqlalchemy import select

    from regionmgr.store.models import Country

    with store.session() as session:
        return [(cid, code, target) for cid, code, target in session.execute(
            select(Country.id, Country.code, Country.target_share).order_by(Country.position, Country.code))]


def countries(store: Store) -> list[Country]:
    """Every country (detached rows), in the user's order."""
    from sqlalchemy import select

    from regionmgr.store.models import Country

    with store.session() as session:
        return list(session.scalars(select(Country).order_by(Country.position, Country.code)))


def logged_or_open_undelegated(store: Store, task_ids: Iterable[str]) -> list[Task]:
    """The tasks among ``task_ids``, and every open task not handed to anyone."""
    from sqlalchemy import select

    from regionmgr.store.models import Task

    with store.session() as session:
        return list(session.scalars(select(Task).where(
            (Task.id.in_(list(task_ids))) | ((Task.status == OPEN) & (Task.delegated_to == ""))
        )))


def task_country(store: Store, task_id: str) -> str | None:
    """The country id of a task (None: no country, or no such task)."""
    from regionmgr.store.models import Task

    with store.session() as session:
        task = session.get(Task, task_id)
        return task.country_id if task is not None else None


def contacts(store: Store) -> list[tuple[str, str, str | None]]:
    """(name, id, country id) of every contact."""
    from sqlalchemy import select

    from regionmgr.store.models import Contact

    with store.session() as session:
        return [(name, cid, country) for name, cid, country in session.execute(
            select(Contact.name, Contact.id, Contact.country_id))]


# -- the transparency report ----------------------------------------------------------------
def top_tasks_created_before(store: Store, country_ids: Iterable[str], end: dt.datetime) -> list[Task]:
    """Top-level tasks of ``country_ids`` created before ``end`` (detached rows)."""
    from sqlalchemy import select

    from regionmgr.store.models import Task

    with store.session() as session:
        return list(session.scalars(
            select(Task).where(Task.parent_id.is_(None), Task.country_id.in_(list(country_ids)),
                               Task.created_at < end)
        ))


# -- the handover dossier -------------------------------------------------------------------
@dataclass(frozen=True)
class HandoverData:
    """What the dossier is built from (detached rows; a series carries its attendees and skips)."""

    countries: list[Country]
    tasks: list[Task]  # open and waiting
    contacts: list[Contact]  # by name
    procedures: list[Note]  # by title
    series: list[MeetingSeries]  # active
    culture: list[Note] = field(default_factory=list)  # by title


def handover_data(store: Store, procedure_kind: str = "procedure", culture_kind: str = "culture") -> HandoverData:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from regionmgr.store.models import Contact, Country, MeetingSeries, Note, Task

    with store.session() as s:
        return HandoverData(
            list(s.scalars(select(Country).order_by(Country.position, Country.code))),
            list(s.scalars(select(Task).where(Task.status.in_(ACTIVE_STATUSES)))),
            list(s.scalars(select(Contact).order_by(Contact.name))),
            list(s.scalars(select(Note).where(Note.kind == procedure_kind).order_by(Note.title))),
            list(s.scalars(select(MeetingSeries).where(MeetingSeries.status == "active")
                           .options(selectinload(MeetingSeries.attendees), selectinload(MeetingSeries.skips)))),
            list(s.scalars(select(Note).where(Note.kind == culture_kind).order_by(Note.title))),
        )


def absences(store: Store) -> list[Absence]:
    """Saved absences, the latest first."""
    from sqlalchemy import select

    from regionmgr.store.models import Absence

    with store.session() as s:
        return list(s.scalars(select(Absence).order_by(Absence.starts_on.desc())))

