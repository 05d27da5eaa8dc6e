"""Reads for colleagues (people tasks can be delegated to) and for the delegation e-mail.

The writes go through ``core.ops`` (see ``core.time.colleagues``). SQLAlchemy and the models are
imported inside the functions, so importing this module stays light.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regionmgr.store.vocab import ACTIVE_STATUSES

if TYPE_CHECKING:
    from regionmgr.store.db import Store


def colleagues(store: Store) -> list[tuple[str, str, str, str, str, str]]:
    """(id, name, email, languages, skills, comments) of every colleague, by name."""
    from sqlalchemy import select

    from regionmgr.store.models import Colleague

    with store.session() as s:
        return [tuple(row) for row in s.execute(  # type: ignore[misc]
            select(Colleague.id, Colleague.name, Colleague.email, Colleague.languages, Colleague.skills,
                   Colleague.comments).order_by(Colleague.name))]


def colleague_exists(store: Store, colleague_id: str) -> bool:
    from regionmgr.store.models import Colleague

    with store.session() as s:
        return s.get(Colleague, colleague_id) is not None


def delegated_counts(store: Store) -> dict[str, int]:
    """How many open or waiting tasks are handed to each delegate name (as written on the tasks)."""
    from sqlalchemy import func, select

    from regionmgr.store.models import Task

    with store.session() as s:
        rows = s.execute(select(Task.delegated_to, func.count())
                         .where(Task.status.in_(ACTIVE_STATUSES), Task.delegated_to != "").group_by(Task.delegated_to))
        return {name: int(count) for name, count in rows}


@dataclass(frozen=True)
class TaskContext:
    """What a delegation needs to know about a task."""

    id: str
    title: str
    notes: str
    country_code: str  # "" without a country
    contact_languages: tuple[str, ...]  # of the country's contacts
    requester: str
    due_at: dt.datetime | None
    due_all_day: bool
    requested_due_on: dt.date | None
    follow_up_on: dt.date | None
    delegated_to: str
    delegate_email: str  # the delegated contact's address, "" if none


def task_context(store: Store, task_id: str) -> TaskContext | None:
    from sqlalchemy import select

    from regionmgr.store.models import Contact, Country, Task

    with store.session() as s:
        task = s.get(Task, task_id)
        if task is None:
            return None
        code = ""
        languages: tuple[str, ...] = ()
        if task.country_id:
            code = s.scalars(select(Country.code).where(Country.id == task.country_id)).first() or ""
            languages = tuple(s.scalars(select(Contact.language).where(Contact.country_id == task.country_id)))
        email = ""
        if task.delegated_contact_id:
            email = s.scalars(select(Contact.email).where(Contact.id == task.delegated_contact_id)).first() or ""
        return TaskContext(task.id, task.title, task.notes, code, languages, task.requester, task.due_at,
                           task.due_all_day, task.requested_due_on, task.follow_up_on, task.delegated_to, email)


def addresses_by_name(store: Store) -> list[tuple[str, str]]:
    """(name, e-mail) of every colleague, then of every contact, that has an address."""
    from sqlalchemy import select

    from regionmgr.store.models import Colleague, Contact

    with store.session() as s:
        people = list(s.execute(select(Colleague.name, Colleague.email).where(Colleague.email != "")))
        people += list(s.execute(select(Contact.name, Contact.email).where(Contact.email != "")))
        return [(name, email) for name, email in people]
