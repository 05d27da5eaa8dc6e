"""The time room's writes, as named operations: each returns an ``Applied`` (what changed, how to revert).

Timer start and stop, manual entries (add, edit, delete), the answer to a forgotten
timer, and the absences of the handover dossier. They are built on ``core.ops``
(``insert_row``, ``update_rows``, ``delete_rows``); the UI runs them with
``ctx.run(text, lambda: operation(ctx.store, ...))``, which makes them undoable and
refreshes the views from the ``Change`` they return. Bad input raises
``ValidationError`` before anything is written; its message is marked for
translation (context "Core").

This module loads the ORM: the toolbar timer imports it only once the user acts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from regionmgr.core import ops
from regionmgr.core.changes import NOTHING, Applied, Change
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean
from regionmgr.core.time import handover, timelog
from regionmgr.core.time.timelog import IdleChoice, IdleTimer
from regionmgr.store.db import Store
from regionmgr.store.models import Absence, TimeEntry
from regionmgr.store.queries import time as tq

ENTRY_GONE = QT_TRANSLATE_NOOP("Core", "This time entry no longer exists.")


# -- composing ------------------------------------------------------------------------------
def nothing(result: object = None) -> Applied:
    """An outcome that changed nothing (undo and redo change nothing either)."""
    return Applied(NOTHING, lambda: nothing(result), result)


def in_sequence(steps: list[Applied], result: object = None) -> Applied:
    """Several outcomes as one: undo reverts them last first, redo re-applies them in order."""
    change = Change()
    for step in steps:
        change = change | step.change

    def revert() -> Applied:
        return in_sequence([step.undo() for step in reversed(steps)], result)

    return Applied(change, revert, result)


def _all_or_nothing(writes: list[Callable[[], Applied]], result: object = None) -> Applied:
    """Run ``writes`` in order; if one fails, revert those already made, then re-raise."""
    done: list[Applied] = []
    try:
        for write in writes:
            done.append(write())  # noqa: PERF401 - a loop: on failure, ``done`` holds the writes to revert
    except Exception:
        for step in reversed(done):
            step.undo()
        raise
    return in_sequence(done, result)


def _end_entry(store: Store, entry_id: str, end: dt.datetime) -> Callable[[], Applied]:
    return lambda: ops.update_rows(store, TimeEntry, entry_id, {"ended_at": end}, ENTRY_GONE)


def _stop_running(store: Store, now: dt.datetime) -> list[Callable[[], Applied]]:
    """The writes that stop every running entry at ``now`` (never before its start)."""
    return [_end_entry(store, eid, max(now, started)) for eid, started in tq.running_entries(store)]


# -- the timer ------------------------------------------------------------------------------
def start_timer(store: Store, now: dt.datetime, task_id: str | None = None, country_id: str | None = None,
                comment: str = "", new_id: str | None = None, zone: dt.tzinfo | None = None) -> Applied:
    """Stop the running timer (if any) at ``now`` and start one on a task or a country.

    The result is the new entry's id. Undo removes it and lets the stopped one run again.
    A finished entry that still covers ``now`` (logged by hand up to a moment from now) is not
    cut short behind the user's back: the start is refused, naming it (its times in ``zone``).
    """
    if not task_id and not country_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a task or a country to time."))
    if task_id and not tq.task_exists(store, task_id):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "This task no longer exists."))
    if country_id and not tq.country_exists(store, country_id):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "This country no longer exists."))
    covering = [row for row in timelog.list_entries(store, now, now + dt.timedelta(microseconds=1))
                if row.ended_at is not None]
    if covering:
        raise timelog.overlap_error(covering[0], zone)
    values = {"id": new_id or ops.new_id(), "task_id": task_id, "country_id": country_id,
              "started_at": now, "ended_at": None, "comment": clean(comment).strip()}
    outcome = _all_or_nothing([*_stop_running(store, now), lambda: ops.insert_row(store, TimeEntry, values)],
                              result=values["id"])
    timelog.heartbeat(store, now)
    return outcome


def stop_timer(store: Store, now: dt.datetime) -> Applied:
    """Stop the running timer at ``now``; the result is its id (None: nothing was running)."""
    running = tq.running_entries(store)
    if not running:
        return nothing()
    return _all_or_nothing(_stop_running(store, now), result=running[-1][0])


def resolve_idle(store: Store, idle: IdleTimer, choice: IdleChoice) -> Applied:
    """Apply the user's answer about a forgotten timer: keep all, stop at the last activity, discard."""
    if choice is IdleChoice.KEEP_ALL:
        timelog.heartbeat(store, idle.now)
        return nothing()
    if choice is IdleChoice.STOP_AT_LAST_ACTIVITY:
        end = max(idle.last_activity, idle.started_at)
        return ops.update_rows(store, TimeEntry, idle.entry_id, {"ended_at": end}, ENTRY_GONE)
    return ops.delete_rows(store, TimeEntry, [idle.entry_id])


# -- manual entries -------------------------------------------------------------------------
def add_entry(store: Store, values: Mapping[str, Any], now: dt.datetime, zone: dt.tzinfo | None = None) -> Applied:
    """Log time by hand (checked by ``timelog.validate_entry``); the result is the new entry's id.

    Time already logged in another entry is refused, naming it (its times in ``zone``).
    """
    checked = timelog.validate_entry(_clean_text(values), now)
    timelog.check_no_overlap(store, checked, zone)
    return ops.insert_row(store, TimeEntry, checked)


def edit_entry(store: Store, entry_id: str, values: Mapping[str, Any], now: dt.datetime,
               was_running: bool = False, zone: dt.tzinfo | None = None) -> Applied:
    """Change an entry; the running one whose end was left at "now" keeps running. No overlap (see ``add_entry``)."""
    checked = timelog.left_running(timelog.validate_entry(_clean_text(values), now), was_running, now)
    checked.pop("id", None)
    timelog.check_no_overlap(store, checked, zone, exclude_id=entry_id)
    return ops.update_rows(store, TimeEntry, entry_id, checked, ENTRY_GONE)


def delete_entries(store: Store, entry_ids: list[str]) -> Applied:
    return ops.delete_rows(store, TimeEntry, list(entry_ids))


# -- absences -------------------------------------------------------------------------------
def save_absence(store: Store, values: Mapping[str, Any]) -> Applied:
    """Save an absence (checked by ``handover.validate_absence``); the result is its id."""
    return ops.insert_row(store, Absence, handover.validate_absence(_clean_text(values)))


def update_absence(store: Store, absence_id: str, values: Mapping[str, Any]) -> Applied:
    """Change a saved absence (its dates, cover, comments), checked as ``save_absence`` is."""
    gone = QT_TRANSLATE_NOOP("Core", "This absence no longer exists.")
    return ops.update_rows(store, Absence, [absence_id], handover.validate_absence(_clean_text(values)), gone)


def _clean_text(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with control characters removed from every text (line breaks kept)."""
    return {k: clean(v, multiline=True) if isinstance(v, str) else v for k, v in values.items()}
