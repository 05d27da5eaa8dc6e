"""How requests arrive and are negotiated: the channel, parking for the next meeting, the weekly
count of spontaneous requests, the requested and agreed deadlines, and the people to filter by.

A task records its *channel* (``CHANNELS``; "" = not recorded). A request that came between
meetings (any channel but ``MEETING``) is *spontaneous*: the weekly loop aims to make those drop,
and ``weekly_interruptions`` counts them per week (weeks start on Monday in the user's zone),
channel and country. A task *parked* (``parked_at`` set) waits for its country's next weekly
meeting: ``parked_for_country`` is that agenda's list, ``unpark`` takes tasks off it.

Negotiated urgency: ``requested_due_on`` is the deadline the requester asked for; the agreed
deadline is the task's due date (what the matrix and the list use), ``deadline_agreed_on`` the
day it was agreed and ``deadline_note`` what was said. Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from regionmgr.core.tasks import operations
from regionmgr.core.tasks.request_rules import (
    CHANNEL_WORDS,
    CHANNELS,
    CHAT,
    EMAIL,
    MEETING,
    NOTE_MAX,
    PHONE,
    SPONTANEOUS,
    VISIT,
    channel_of_tag,
    check_channel,
    clean_note,
    negotiation_changes,
)
from regionmgr.store import codec
from regionmgr.store.queries import tasks as tq

if TYPE_CHECKING:
    from regionmgr.core.changes import Applied
    from regionmgr.core.storage import Store

__all__ = ["CHANNELS", "CHANNEL_WORDS", "CHAT", "EMAIL", "MEETING", "NOTE_MAX", "PHONE", "SPONTANEOUS", "VISIT",
           "channel_of_tag", "check_channel", "clean_note", "negotiation_changes"]  # the rules, re-exported


# -- parked for the next meeting ------------------------------------------------------------------
@dataclass(frozen=True)
class ParkedTask:
    """A request parked for its country's next weekly meeting."""

    id: str
    title: str
    requester: str
    channel: str
    parked_at: dt.datetime  # aware UTC
    due_at: dt.datetime | None  # the agreed deadline (aware UTC), if any
    requested_due_on: dt.date | None
    status: str


def parked_for_country(store: Store, country_id: str | None) -> list[ParkedTask]:
    """The unfinished tasks of ``country_id`` (None: those with no country) parked for its next
    meeting, in the order they were parked. A row whose dates can't be read back is left out."""
    out: list[ParkedTask] = []
    for tid, title, requester, channel, parked, due, requested, status in tq.parked_rows(store.raw(), country_id):
        try:
            when = codec.instant(parked)
            out.append(ParkedTask(tid, title, requester or "", channel or "", when,  # type: ignore[arg-type]
                                  codec.instant(due) if due else None, codec.day(requested) if requested else None,
                                  status))
        except codec.Unreadable:
            continue
    return out


def unpark(store: Store, ids: Iterable[str]) -> Applied:
    """Take tasks off their country's next agenda (one undoable step): ``operations.unpark``."""
    return operations.unpark(store, ids)


# -- the weekly count of spontaneous requests ------------------------------------------------------
Counts = dict[tuple[dt.date, str, str], int]


def week_of(day: dt.date) -> dt.date:
    """The Monday starting ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def weekly_interruptions(store: Store, zone: str | ZoneInfo) -> Counts:
    """(Monday of the week in ``zone``, channel, country code or "") -> how many spontaneous requests
    (a recorded channel other than a meeting) were created that week, by ``task.created_at``."""
    tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    counts: Counter[tuple[dt.date, str, str]] = Counter()
    days: dict[str, dt.date] = {}
    for created, channel, code in tq.spontaneous_rows(store.raw(), MEETING):
        day = days.get(created)
        if day is None:
            try:
                moment = codec.instant(created)
                if moment is None:
                    continue
                day = days[created] = moment.astimezone(tz).date()
            except (codec.Unreadable, TypeError, ValueError):
                continue
        counts[(week_of(day), channel, code or "")] += 1
    return dict(counts)


def interruption_table(counts: Counts, country: str | None = None) -> list[tuple[dt.date, dict[str, int]]]:
    """Every week from the first counted to the last (empty weeks too: a drop shows), each with its
    counts per channel, for ``country`` (a code; "" those without a country; None every country)."""
    per_week: dict[dt.date, Counter[str]] = {}
    for (week, channel, code), n in counts.items():
        if country is None or code == country:
            per_week.setdefault(week, Counter())[channel] += n
    if not per_week:
        return []
    first, last = min(per_week), max(per_week)
    weeks = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    return [(w, dict(sorted(per_week.get(w, Counter()).items()))) for w in weeks]


def countries_in(counts: Counts) -> list[str]:
    """The country codes ``counts`` holds ("" for requests with no country), sorted."""
    return sorted({code for _w, _c, code in counts})


# -- people to filter by -----------------------------------------------------------------------
def requesters(store: Store) -> list[str]:
    """Every requester (internal client) named on a task, by name."""
    return tq.people(store.raw(), "requester")


def delegates(store: Store) -> list[str]:
    """Every delegate named on a task, by name."""
    return tq.people(store.raw(), "delegated_to")
