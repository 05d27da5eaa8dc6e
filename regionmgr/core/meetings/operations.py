"""The meeting series' writes as named operations: each returns an ``Applied`` (see ``core.changes``).

Every edit of a series is reverted by putting the series back exactly as it was (its row and
its attendees, skipped dates and sent history, from a snapshot) and re-applied by putting it
back as the edit left it: undo and redo give the same rows, ids included. The organizer's
defaults (``organizer_name``/``organizer_email`` settings) saved with a new or edited series
are part of the same step; they are left as they were when the edit is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from regionmgr.core import ops
from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.meetings import ics_import
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.ics_import import ImportedSeries
from regionmgr.core.meetings.series import Outgoing
from regionmgr.core.ops import new_id
from regionmgr.core.storage import Store
from regionmgr.core.tasks.capture import Capture
from regionmgr.core.text import clean
from regionmgr.store import codec
from regionmgr.store.queries import meetings as meeting_queries

SERIES = "meeting_series"
CHILDREN = {"attendees": "meeting_attendee", "skips": "meeting_skip", "sent": "meeting_sent"}

Snapshot = Mapping[str, Any] | None
Settings = Mapping[str, str | None]


def _change(series_id: str, snaps: Iterable[Snapshot], settings: Iterable[str]) -> Change:
    """The series, every child row either snapshot holds, and the settings written."""
    change = Change.of(SERIES, [series_id])
    for key, table in CHILDREN.items():
        ids = {row["id"] for snap in snaps if snap for row in snap[key]}
        change = change | Change.of(table, ids)
    keys = list(settings)
    return change | Change.of("setting", keys) if keys else change


def _put(store: Store, series_id: str, snap: Snapshot, settings: Settings) -> None:
    meetings.restore_snapshot(store, series_id, snap)
    if settings:
        meetings.restore_settings(store, settings)


def _between(store: Store, series_id: str, now: tuple[Snapshot, Settings], then: tuple[Snapshot, Settings],
             change: Change, result: object) -> Applied:
    """The series is as ``now``; reverting puts it as ``then`` (and the way back is the same)."""

    def revert() -> Applied:
        _put(store, series_id, *then)
        return _between(store, series_id, then, now, change, result)

    return Applied(change, revert, result)


def _edit(store: Store, series_id: str, write: Callable[[], object],
          settings: Mapping[str, str] | None = None) -> Applied:
    """Run ``write()`` on the series (with the organizer ``settings`` that differ from the
    stored ones) as one revertible step; its result is the operation's."""
    wanted = dict(settings or {})
    if wanted:
        stored = meetings.get_settings(store, wanted)
        wanted = {k: v for k, v in wanted.items() if stored.get(k) != v}
    before = meetings.snapshot(store, series_id)
    old_settings = meetings.set_settings(store, wanted) if wanted else {}
    try:
        result = write()
    except BaseException:
        if old_settings:
            meetings.restore_settings(store, old_settings)
        raise
    after = meetings.snapshot(store, series_id)
    change = _change(series_id, (before, after), wanted)
    return _between(store, series_id, (after, wanted), (before, old_settings), change, result)


def create_series(store: Store, values: Mapping[str, Any], attendees: Sequence[Mapping[str, Any]],
                  organizer: Mapping[str, str] | None = None, series_id: str | None = None) -> Applied:
    """A new series (``result``: its id); ``organizer`` becomes the default for the next one."""
    series_id = series_id or new_id()
    return _edit(store, series_id, lambda: meetings.create_series(store, values, attendees, series_id), organizer)


def update_series(store: Store, series_id: str, values: Mapping[str, Any],
                  attendees: Sequence[Mapping[str, Any]], organizer: Mapping[str, str] | None = None) -> Applied:
    return _edit(store, series_id, lambda: meetings.update_series(store, series_id, values, attendees), organizer)


def delete_series(store: Store, series_id: str) -> Applied:
    return _edit(store, series_id, lambda: meetings.delete_series(store, series_id))


def add_skips(store: Store, series_id: str, skips: Iterable[tuple[dt.date, str]]) -> Applied:
    """Leave these dates out of the series (each with its reason)."""
    chosen = list(skips)
    return _edit(store, series_id, lambda: meetings.add_skips(store, series_id, chosen))


def remove_skips(store: Store, series_id: str, days: Iterable[dt.date]) -> Applied:
    """Hold the meeting again on these dates (cancelled ones stay cancelled)."""
    chosen = list(days)
    return _edit(store, series_id, lambda: meetings.remove_skips(store, series_id, chosen))


def record_sent(store: Store, series_id: str, out: Outgoing, now: dt.datetime, reason: str = "") -> Applied:
    """Note that ``out`` was written (``result``: the history row's id)."""
    return _edit(store, series_id, lambda: meetings.record_sent(store, series_id, out, now, reason))


def import_series(store: Store, imported: ImportedSeries) -> Applied:
    """Create the series read from an .ics file, or update the one with its UID (``result``: its id)."""
    known = ics_import.existing_series(store, imported.uid)
    if known is not None:
        return _edit(store, known, lambda: ics_import.save(store, imported)[0])
    series_id, _created = ics_import.save(store, imported)
    after = meetings.snapshot(store, series_id)
    return _between(store, series_id, (after, {}), (None, {}), _change(series_id, (after,), ()), series_id)


# -- meeting mode: what is said in one occurrence, and its minutes ------------------------------

ITEM_KINDS = ("answer", "decision", "note")
MAX_BODY = 4000


def _sequence(done: Sequence[Applied], result: object = None) -> Applied:
    """Several applied steps as one: reverting undoes them last first, and the way back redoes
    them in their order."""
    change = Change()
    for step in done:
        change = change | step.change

    def revert() -> Applied:
        return _sequence([step.undo() for step in reversed(done)], result)

    return Applied(change, revert, result)


def _steps(*steps: Callable[[], Applied | None], result: Callable[[list[Applied]], object]) -> Applied:
    """Run steps in order as one operation (a step may return None: nothing to do); when one
    fails, those already done are undone and the error goes on."""
    done: list[Applied] = []
    try:
        for step in steps:
            applied = step()
            if applied is not None:
                done.append(applied)
    except BaseException:
        for applied in reversed(done):
            applied.undo()
        raise
    return _sequence(done, result(done))


def _next_position(store: Store, series_id: str, day: dt.date) -> int:
    rows = meeting_queries.occurrence_items(store.raw(), series_id, codec.stored_day(day))
    return max((r[5] for r in rows), default=-1) + 1


def _unpark(store: Store, task_id: str | None) -> Applied | None:
    """Take a discussed task off the parked list (None: it was not parked)."""
    if not task_id or task_id not in meeting_queries.parked_of(store.raw(), [task_id]):
        return None
    from regionmgr.core.tasks.operations import update_tasks

    return update_tasks(store, [task_id], {"parked_at": None})


def record_item(store: Store, series_id: str, day: dt.date, kind: str, body: str,
                task_id: str | None = None, country_id: str | None = None) -> Applied:
    """An answer, decision or note said in the occurrence of ``day`` (``result``: its id). A
    parked task it is about has been discussed: it is unparked in the same step. An empty or
    too long text, or an unknown kind, is refused and nothing is written."""
    from regionmgr.store.models import MeetingItem

    if kind not in ITEM_KINDS:
        raise ValueError(f"not a meeting item kind: {kind!r}")
    text = clean(body, multiline=True).strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Write the answer or decision first."))
    if len(text) > MAX_BODY:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "This text is {0} characters long; keep it under {1}."),
                              len(text), MAX_BODY)
    values = {"id": new_id(), "series_id": series_id, "on_date": day, "task_id": task_id,
              "country_id": country_id, "kind": kind, "body": text,
              "position": _next_position(store, series_id, day)}
    return _steps(lambda: _unpark(store, task_id), lambda: ops.insert_row(store, MeetingItem, values),
                  result=lambda _done: values["id"])


def capture_request(store: Store, series_id: str, day: dt.date, capture: Capture,
                    country_id: str | None) -> Applied:
    """A request raised in the meeting: a new task (channel "meeting", the capture's country or
    else ``country_id``) linked to the occurrence by a note (``result``: the task's id). A line
    that can't be a task (``capture.problems``) is refused and nothing is written."""
    from regionmgr.store.models import MeetingItem, Task

    if not capture.ok:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "This line can't become a request: write what is asked."))
    task = {**capture.task_values(), "id": new_id(), "channel": "meeting"}
    task["country_id"] = task["country_id"] or country_id
    item = {"id": new_id(), "series_id": series_id, "on_date": day, "task_id": task["id"],
            "country_id": task["country_id"], "kind": "note", "body": capture.title,
            "position": _next_position(store, series_id, day)}
    return _steps(lambda: ops.insert_row(store, Task, task), lambda: ops.insert_row(store, MeetingItem, item),
                  result=lambda _done: task["id"])


def close_meeting(store: Store, series_id: str, day: dt.date, text: str, now: dt.datetime) -> Applied:
    """Store the minutes of the occurrence of ``day`` and close it (closing again rewrites them)."""
    from regionmgr.store.models import MeetingMinutes

    values = {"text": clean(text, multiline=True), "closed_at": now.astimezone(dt.UTC)}
    known = meeting_queries.minutes_of(store.raw(), series_id, codec.stored_day(day))
    if known is not None:
        return ops.update_rows(store, MeetingMinutes, known[0], values,
                               QT_TRANSLATE_NOOP("Core", "The meeting's minutes no longer exist."))
    return ops.insert_row(store, MeetingMinutes, {"series_id": series_id, "on_date": day, **values})
