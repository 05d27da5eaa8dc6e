"""A tranche schedule to propose to the client: a document (text or PDF through the UI's HTML)
and an .ics of milestones, from a request split into parts (``core.tasks.tranches``).

What goes out is what the client should see: the request's title, its deadline and each part
with its start and due date, in the UI language's date format (babel); never notes, requesters
or effort. The .ics holds one all-day VEVENT per part's due date (METHOD:PUBLISH, TRANSP
TRANSPARENT: a milestone, not a meeting), its UID made from the part's id, so that exporting
again after a change updates the client's calendar entries instead of adding new ones
(SEQUENCE grows with the time of export, DTSTAMP/LAST-MODIFIED are the export's time).

Texts are marked ``QT_TRANSLATE_NOOP("Schedule", ...)``: the UI passes its ``translate``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from babel.dates import format_date
from icalendar import Calendar, Event

from regionmgr.core import text
from regionmgr.core.errors import QT_TRANSLATE_NOOP
from regionmgr.core.tasks.tranches import Part, PlanError

Translate = Callable[[str, str], str]
UTC = dt.UTC
PRODID = "-//Region Manager//Tranche schedule//EN"

TITLE = QT_TRANSLATE_NOOP("Schedule", "Proposed schedule")
REQUEST = QT_TRANSLATE_NOOP("Schedule", "Request: {0}")
DEADLINE = QT_TRANSLATE_NOOP("Schedule", "Deadline: {0}")
PART = QT_TRANSLATE_NOOP("Schedule", "Part")
STARTS = QT_TRANSLATE_NOOP("Schedule", "Starts")
DUE = QT_TRANSLATE_NOOP("Schedule", "Due")
DONE = QT_TRANSLATE_NOOP("Schedule", "done")
MILESTONE = QT_TRANSLATE_NOOP("Schedule", "{0} ({1}, part {2} of {3})")


def identity(_context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Milestone:
    id: str  # the part's id: the milestone's UID comes from it
    title: str
    start_on: dt.date
    due_on: dt.date
    done: bool = False


@dataclass(frozen=True)
class Schedule:
    request: str
    deadline: dt.date | None
    milestones: tuple[Milestone, ...]


def _line(value: str) -> str:
    return " ".join(text.clean(value).split())


def schedule_of(request: str, deadline: dt.date | None, parts: Sequence[Part]) -> Schedule:
    """The schedule of ``parts`` (each needs a start and a due date: ``PlanError("missing_dates")``)."""
    if not parts:
        raise PlanError("no_parts")
    out = []
    for part in parts:
        if part.start_on is None or part.due_on is None:
            raise PlanError("missing_dates", title=part.title)
        out.append(Milestone(part.id, _line(part.title), part.start_on, part.due_on, part.done))
    return Schedule(_line(request), deadline, tuple(out))


def _day(day: dt.date, language: str) -> str:
    return format_date(day, "full", locale=language)


def schedule_text(schedule: Schedule, language: str = "en", translate: Translate = identity) -> str:
    """Plain text (for an e-mail or a .txt file)."""
    lines = [translate("Schedule", TITLE), "", translate("Schedule", REQUEST).format(schedule.request)]
    if schedule.deadline is not None:
        lines.append(translate("Schedule", DEADLINE).format(_day(schedule.deadline, language)))
    starts, due = translate("Schedule", STARTS), translate("Schedule", DUE)
    for n, m in enumerate(schedule.milestones, 1):
        lines += ["", f"{n}. {m.title}" + (f" ({translate('Schedule', DONE)})" if m.done else ""),
                  f"   {starts}: {_day(m.start_on, language)}", f"   {due}: {_day(m.due_on, language)}"]
    return "\n".join(lines) + "\n"


def schedule_html(schedule: Schedule, language: str = "en", translate: Translate = identity) -> str:
    """HTML for the PDF (every text escaped)."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{n}. {e(m.title)}{' (' + e(translate('Schedule', DONE)) + ')' if m.done else ''}</td>"
        f"<td>{e(_day(m.start_on, language))}</td><td>{e(_day(m.due_on, language))}</td></tr>"
        for n, m in enumerate(schedule.milestones, 1))
    head = (f"<th align='left'>{e(translate('Schedule', PART))}</th><th align='left'>"
            f"{e(translate('Schedule', STARTS))}</th><th align='left'>{e(translate('Schedule', DUE))}</th>")
    deadline = (f"<p>{e(translate('Schedule', DEADLINE).format(_day(schedule.deadline, language)))}</p>"
                if schedule.deadline is not None else "")
    return (f"<h1>{e(translate('Schedule', TITLE))}</h1>"
            f"<p><b>{e(translate('Schedule', REQUEST).format(schedule.request))}</b></p>{deadline}"
            f"<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr>{head}</tr>{rows}</table>")


def milestone_uid(milestone: Milestone) -> str:
    return f"tranche-{milestone.id}@regionmgr"


def schedule_ics(schedule: Schedule, now: dt.datetime, translate: Translate = identity) -> bytes:
    """METHOD:PUBLISH, one all-day VEVENT per part's due date; stable UIDs from the parts' ids."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    sequence = int(stamp.timestamp()) // 60  # grows with each export: a re-export replaces the entries
    total = len(schedule.milestones)
    for n, m in enumerate(schedule.milestones, 1):
        event = Event()
        event.add("uid", milestone_uid(m))
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        event.add("summary", translate("Schedule", MILESTONE).format(m.title, schedule.request, n, total))
        event.add("dtstart", m.due_on)
        event.add("dtend", m.due_on + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical()


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def file_stem(schedule: Schedule, fallback: str = "schedule") -> str:
    """A file name (no extension) from the request's title: no separators, no characters Windows refuses."""
    name = re.sub(r"\s+", " ", _UNSAFE.sub("-", schedule.request))[:80].strip(" .-")
    return name or fallback
