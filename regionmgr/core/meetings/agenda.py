"""The agenda of the next weekly meeting, per country, from the task list.

For the next occurrence: requests raised since the previous occurrence, answers
given since then (tasks completed), items waiting for others and overdue
items, per country; and each attendee's local time for the meeting. Rendered as
plain text (the invite's DESCRIPTION, the e-mail body) and as HTML (printed or
saved as PDF by the UI).

Document text is in the UI language: the caller passes ``language`` ("en" or
"fr") or its own ``labels`` dict (same keys as ``LABELS["en"]``). Country
names come from ``core.countries.region.country_name``, dates are localised with babel.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from regionmgr.core.countries import region
from regionmgr.core.meetings import series as meetings
from regionmgr.core.storage import Store
from regionmgr.store import codec, vocab
from regionmgr.store.queries import meetings as queries

log = logging.getLogger(__name__)

UTC = dt.UTC

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Agenda", "when": "When", "video": "Video link", "local_times": "Local times",
        "raised": "New requests since the last meeting", "answered": "Answered since the last meeting",
        "waiting": "Waiting for others", "overdue": "Overdue", "nothing": "Nothing to discuss.",
        "since": "Since {0}", "due": "due {0}", "waiting_for": "waiting for {0}", "other": "No country",
        "requested_by": "from {0}", "no_meeting": "No upcoming meeting.", "notes": "Notes",
        "skipped": "No meeting on", "parked": "Parked for this meeting",
    },
    "fr": {
        "title": "Ordre du jour", "when": "Quand", "video": "Lien vidéo", "local_times": "Heures locales",
        "raised": "Nouvelles demandes depuis la dernière réunion",
        "answered": "Réponses données depuis la dernière réunion",
        "waiting": "En attente d'autres personnes", "overdue": "En retard", "nothing": "Rien à discuter.",
        "since": "Depuis le {0}", "due": "échéance {0}", "waiting_for": "attend {0}", "other": "Sans pays",
        "requested_by": "de {0}", "no_meeting": "Aucune réunion à venir.", "notes": "Notes",
        "skipped": "Pas de réunion le", "parked": "Mis de côté pour cette réunion",
    },
}
SECTIONS = ("raised", "parked", "answered", "waiting", "overdue")


@dataclass(frozen=True)
class AgendaItem:
    title: str
    requester: str = ""
    due: dt.datetime | None = None  # in the task's zone
    delegated_to: str = ""
    task_id: str = ""
    status: str = ""


@dataclass
class CountryAgenda:
    code: str | None
    raised: list[AgendaItem] = field(default_factory=list)
    parked: list[AgendaItem] = field(default_factory=list)
    answered: list[AgendaItem] = field(default_factory=list)
    waiting: list[AgendaItem] = field(default_factory=list)
    overdue: list[AgendaItem] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.raised or self.parked or self.answered or self.waiting or self.overdue)


@dataclass(frozen=True)
class LocalTime:
    who: str  # names of the attendees in that zone
    country_code: str | None
    zone: str
    start: dt.datetime  # aware, in ``zone``


@dataclass
class Agenda:
    series: meetings.SeriesView
    meeting_date: dt.date | None
    start: dt.datetime | None  # aware UTC
    since: dt.datetime  # aware UTC: the previous occurrence's start (or a week before)
    countries: list[CountryAgenda]
    local_times: list[LocalTime]


def build_agenda(store: Store, view: meetings.SeriesView, now: dt.datetime,
                 meeting_date: dt.date | None = None) -> Agenda:
    """The agenda of ``meeting_date`` (default: the next held occurrence after ``now`` whose
    minutes are not closed yet).

    It starts from what is still open: items collected since the last held meeting (skipped and
    cancelled weeks are passed over, so their items wait for the next held one), parked
    requests (whenever they were parked), and not a task answered or decided on in a closed
    meeting unless it is still open and changed since.
    """
    conn = store.raw()
    day = meeting_date or next_open_occurrence(store, view, now)
    start = meetings.held_at(view, day)[0].astimezone(UTC) if day else None  # a moved week: its new time
    prev = meetings.previous_occurrence(view, day) if day else None
    if prev is not None:
        since = meetings.held_at(view, prev)[0].astimezone(UTC)
    else:
        since = (start or now) - dt.timedelta(days=7)
    until = start or now
    settled = _settled(conn, view, day)
    countries = queries.agenda_countries(conn)
    by_id = {country_id: (code, zone) for country_id, code, zone in countries}
    groups: dict[str | None, CountryAgenda] = {code: CountryAgenda(code) for _id, code, _zone in countries}
    groups[None] = CountryAgenda(None)
    live = (vocab.OPEN, vocab.WAITING)
    instant = codec.instant
    for (title, requester, due_at, due_tz, delegated_to, status, created_at, completed_at,
         country_id, task_id, parked_at, updated_at) in queries.agenda_tasks(conn, codec.stored_instant(since), live):
        code, country_zone = by_id.get(country_id, (None, None)) if country_id else (None, None)
        group = groups[code]
        zone = ZoneInfo(due_tz or country_zone or view.timezone)
        try:
            due_utc = instant(due_at)
            created, completed = cast(dt.datetime, instant(created_at)), instant(completed_at)  # created_at: NOT NULL
            parked, changed = instant(parked_at), instant(updated_at)
        except codec.Unreadable as exc:  # one task's unreadable date never hides the agenda
            log.warning("a task %r left out of the agenda: %s", title, exc)
            continue
        if task_id in settled and not (status in live and changed and changed > settled[task_id]):
            continue  # answered or decided on in a closed meeting, and not changed since
        due = due_utc.astimezone(zone) if due_utc else None
        item = AgendaItem(title, requester, due, delegated_to, task_id, status)
        if status in live and parked is not None:
            group.parked.append(item)
        elif status in live and since <= created < until:
            group.raised.append(item)
        if status == vocab.DONE and completed and since <= completed < until:
            group.answered.append(item)
        if status == vocab.WAITING or (status in live and delegated_to):
            group.waiting.append(item)
        if status in live and due_utc is not None and due_utc < now:
            group.overdue.append(item)
    return Agenda(view, day, start, since, [g for g in groups.values() if not g.empty()],
                  local_times(view, day))


def next_open_occurrence(store: Store, view: meetings.SeriesView, now: dt.datetime) -> dt.date | None:
    """The next held occurrence after ``now`` whose minutes are not closed (a meeting ended early
    hands over to the following week)."""
    closed = {codec.day(d) for d in queries.closed_days(store.raw(), view.id)}
    day = meetings.next_occurrence(view, now)
    while day is not None and day in closed:
        held, minutes = meetings.held_at(view, day)
        after = held + dt.timedelta(minutes=minutes)
        day = meetings.next_occurrence(view, max(now, after.astimezone(UTC)))
    return day


def _settled(conn: sqlite3.Connection, view: meetings.SeriesView, day: dt.date | None) -> dict[str, dt.datetime]:
    """Task id -> when it was last answered or decided on in a closed meeting before ``day``."""
    if day is None:
        return {}
    out: dict[str, dt.datetime] = {}
    for task_id, at in queries.closed_answers(conn, view.id, codec.stored_day(day)):
        try:
            moment = codec.instant(at)
        except codec.Unreadable:
            continue
        if moment is not None and (task_id not in out or moment > out[task_id]):
            out[task_id] = moment
    return out


def local_times(view: meetings.SeriesView, day: dt.date | None) -> list[LocalTime]:
    """The meeting's start in the organizer's zone and in each attendee's country zone.

    Free e-mail addresses (no contact, so no country) are left out rather than guessed.
    """
    if day is None:
        return []
    start = meetings.held_at(view, day)[0]
    zones: dict[str, tuple[list[str], str | None]] = {view.timezone: ([view.organizer_name or view.organizer_email],
                                                                      meetings.zone_country(view.timezone))}
    for a in view.attendees:
        if not a.country_zone:  # a free address: where they are is not known
            continue
        zones.setdefault(a.country_zone, ([], a.country_code))[0].append(a.name or a.email)
    return [LocalTime(", ".join(names), code, zone, start.astimezone(ZoneInfo(zone)))
            for zone, (names, code) in zones.items()]


# -- rendering ---------------------------------------------------------------------------------


def labels_for(language: str = "en", labels: Mapping[str, str] | None = None) -> dict[str, str]:
    base = dict(LABELS.get(language[:2].lower(), LABELS["en"]))
    base.update(labels or {})
    return base


def country_name(code: str | None, language: str, labels: Mapping[str, str]) -> str:
    """The country's name in ``language`` (``region.country_name``); ``labels["other"]`` for None."""
    if code is None:
        return labels["other"]
    return region.country_name(code, language[:2] or "en")


def _item_line(item: AgendaItem, section: str, language: str, lab: Mapping[str, str]) -> str:
    extra = []
    if item.requester and section in ("raised", "answered"):
        extra.append(lab["requested_by"].format(item.requester))
    if item.delegated_to and section in ("waiting", "overdue"):
        extra.append(lab["waiting_for"].format(item.delegated_to))
    if item.due is not None and section != "answered":
        extra.append(lab["due"].format(format_date(item.due.date(), "medium", locale=language)))
    return item.title + (f" ({', '.join(extra)})" if extra else "")


def _when(agenda: Agenda, language: str) -> str:
    if agenda.start is None:
        return ""
    local = agenda.start.astimezone(agenda.series.zone)
    return (f"{format_date(local.date(), 'full', locale=language)} "
            f"{format_time(local.time(), 'short', locale=language)} ({agenda.series.timezone})")


def upcoming_skips(agenda: Agenda, language: str) -> list[str]:
    """Skipped or cancelled meetings from the agenda's meeting on, with their reasons."""
    start = agenda.meeting_date or dt.date.min
    out = []
    for skip in agenda.series.skips:
        if skip.on_date >= start and (skip.moved_to is None or skip.cancelled):  # a moved week is held
            text = format_date(skip.on_date, "medium", locale=language)
            out.append(f"{text} ({skip.reason})" if skip.reason else text)
    return out


def agenda_text(agenda: Agenda, language: str = "en", labels: Mapping[str, str] | None = None) -> str:
    """Plain text: the invite's DESCRIPTION and the e-mail body."""
    lab = labels_for(language, labels)
    lines: list[str] = []
    if agenda.series.description:
        lines += [agenda.series.description, ""]
    if agenda.series.video_url:
        lines += [f"{lab['video']}: {agenda.series.video_url}", ""]
    if agenda.start is None:
        return "\n".join([*lines, lab["no_meeting"]])
    lines.append(f"{lab['title']} - {_when(agenda, language)}")
    lines.append(lab["since"].format(format_date(agenda.since.astimezone(agenda.series.zone).date(),
                                                 "medium", locale=language)))
    lines.append("")
    lines.append(lab["local_times"] + ":")
    for lt in agenda.local_times:
        lines.append(f"- {_local_line(lt, language, lab)}")
    skips = upcoming_skips(agenda, language)
    if skips:
        lines += ["", lab["skipped"] + ":"] + [f"- {s}" for s in skips]
    if not agenda.countries:
        lines += ["", lab["nothing"]]
    for group in agenda.countries:
        lines += ["", country_name(group.code, language, lab).upper()]
        for section in SECTIONS:
            items = getattr(group, section)
            if items:
                lines.append(f"{lab[section]}:")
                lines += [f"  - {_item_line(i, section, language, lab)}" for i in items]
    return "\n".join(lines)


def _local_line(lt: LocalTime, language: str, lab: Mapping[str, str]) -> str:
    place = country_name(lt.country_code, language, lab) if lt.country_code else lt.zone
    day = format_date(lt.start.date(), "EEE d MMM", locale=language)
    return f"{place}: {day} {format_time(lt.start.time(), 'short', locale=language)} ({lt.who})"


def agenda_html(agenda: Agenda, language: str = "en", labels: Mapping[str, str] | None = None) -> str:
    """A printable agenda (laid out by ``regionmgr.ui.common.pdf``)."""
    lab = labels_for(language, labels)
    e = html.escape
    parts = [f"<h1>{e(agenda.series.name)}</h1>"]
    if agenda.start is None:
        return "".join([*parts, f"<p>{e(lab['no_meeting'])}</p>"])
    parts.append(f"<p><b>{e(lab['when'])}:</b> {e(_when(agenda, language))}</p>")
    if agenda.series.video_url:
        url = e(agenda.series.video_url)
        parts.append(f"<p><b>{e(lab['video'])}:</b> <a href=\"{url}\">{url}</a></p>")
    if agenda.series.description:
        parts.append(f"<p>{e(agenda.series.description)}</p>")
    # Qt's rich text ignores CSS padding on cells: cellpadding/cellspacing give the columns room.
    parts.append(f"<h2>{e(lab['local_times'])}</h2><table cellspacing=\"0\" cellpadding=\"4\">")
    for lt in agenda.local_times:
        place = country_name(lt.country_code, language, lab) if lt.country_code else lt.zone
        when = f"{format_date(lt.start.date(), 'EEE d MMM', locale=language)} " \
               f"{format_time(lt.start.time(), 'short', locale=language)}"
        parts.append(f"<tr><td style=\"padding-right:16px\">{e(place)}</td>"
                     f"<td style=\"padding-right:16px\">{e(when)}</td><td>{e(lt.who)}</td></tr>")
    parts.append("</table>")
    skips = upcoming_skips(agenda, language)
    if skips:
        parts.append(f"<p><b>{e(lab['skipped'])}:</b> {e('; '.join(skips))}</p>")
    since = format_date(agenda.since.astimezone(agenda.series.zone).date(), "medium", locale=language)
    parts.append(f"<h2>{e(lab['title'])}</h2><p><i>{e(lab['since'].format(since))}</i></p>")
    if not agenda.countries:
        parts.append(f"<p>{e(lab['nothing'])}</p>")
    for group in agenda.countries:
        parts.append(f"<h3>{e(country_name(group.code, language, lab))}</h3>")
        parts += sections_html(group, SECTIONS, lab, lambda i, section: _item_line(i, section, language, lab))
    return "".join(parts)


def sections_html(group: object, sections: Sequence[str], lab: Mapping[str, str],
                  line: Callable[[Any, str], str]) -> list[str]:
    """A country's non-empty sections as HTML: a bold heading and a list of ``line(item, section)``
    (the agenda's and the minutes' layout)."""
    out: list[str] = []
    for section in sections:
        items = getattr(group, section)
        if items:
            out.append(f"<p><b>{html.escape(lab[section])}</b></p><ul>")
            out += [f"<li>{html.escape(line(i, section))}</li>" for i in items]
            out.append("</ul>")
    return out
