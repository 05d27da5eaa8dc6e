"""What the invite (.ics DESCRIPTION) tells the attendees, and nothing more.

The invite goes to correspondents outside the team and is kept, frozen, in their calendar for
the whole series: it carries the series' own description (typed by the organiser for them),
a short neutral line and the video link; and, only when the series allows it
(``invite_agenda``), for each country that has an attendee, the titles of that country's
items. Never notes, requesters, due dates, "overdue" or "waiting for" marks, nor any country
without an attendee: the full agenda stays in the app, the minutes and the printable agenda.

Texts are marked ``QT_TRANSLATE_NOOP("Invite", ...)``; the UI passes its ``translate``
(``QCoreApplication.translate``) and language, scripts get English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from regionmgr.core import text
from regionmgr.core.countries import region
from regionmgr.core.errors import QT_TRANSLATE_NOOP


# What is read of a series and of its agenda (``series.SeriesView``, ``agenda.Agenda``), as
# protocols: ``series.prepare_request`` calls this module, which must not import it back.
class _Attendee(Protocol):
    @property
    def country_code(self) -> str | None: ...


class SeriesView(Protocol):
    @property
    def description(self) -> str: ...
    @property
    def video_url(self) -> str: ...
    @property
    def invite_agenda(self) -> bool: ...
    @property
    def attendees(self) -> Sequence[_Attendee]: ...


class _Item(Protocol):
    @property
    def title(self) -> str: ...


class _Group(Protocol):
    @property
    def code(self) -> str | None: ...
    @property
    def raised(self) -> Sequence[_Item]: ...
    @property
    def answered(self) -> Sequence[_Item]: ...
    @property
    def waiting(self) -> Sequence[_Item]: ...
    @property
    def overdue(self) -> Sequence[_Item]: ...


class Agenda(Protocol):
    @property
    def countries(self) -> Sequence[_Group]: ...


Translate = Callable[[str, str], str]
MAX_TITLES = 8  # per country: a short agenda, not the list
MAX_TITLE = 120  # characters per title

NEUTRAL = QT_TRANSLATE_NOOP("Invite", "Our weekly meeting: each country's requests and last week's answers.")
VIDEO = QT_TRANSLATE_NOOP("Invite", "Video link: {0}")
SHORT_AGENDA = QT_TRANSLATE_NOOP("Invite", "Short agenda:")
MORE = QT_TRANSLATE_NOOP("Invite", "and {0} more")


def identity(_context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class CountryTitles:
    code: str
    titles: tuple[str, ...]
    more: int = 0  # titles left out (over ``MAX_TITLES``)


def attending_codes(view: SeriesView) -> list[str]:
    """The countries with at least one attendee (through a contact), in the attendees' order."""
    out: list[str] = []
    for a in view.attendees:
        if a.country_code and a.country_code not in out:
            out.append(a.country_code)
    return out


def _one_line(title: str) -> str:
    line = " ".join(text.clean(title).split())
    return line if len(line) <= MAX_TITLE else line[: MAX_TITLE - 1].rstrip() + "…"


def short_agenda(view: SeriesView, agenda: Agenda | None) -> list[CountryTitles]:
    """Per attending country, its items' titles (new, answered, waiting, overdue: one list, no marks)."""
    if agenda is None:
        return []
    groups = {g.code: g for g in agenda.countries if g.code is not None}
    out = []
    for code in attending_codes(view):
        group = groups.get(code)
        if group is None:
            continue
        titles: list[str] = []
        for item in (*group.raised, *group.answered, *group.waiting, *group.overdue):
            line = _one_line(item.title)
            if line and line not in titles:
                titles.append(line)
        if titles:
            out.append(CountryTitles(code, tuple(titles[:MAX_TITLES]), max(0, len(titles) - MAX_TITLES)))
    return out


def invite_description(view: SeriesView, agenda: Agenda | None = None, language: str = "en",
                       translate: Translate = identity) -> str:
    """The invite's DESCRIPTION: the series' description, a neutral line, the video link and,
    when ``view.invite_agenda``, the short agenda of the attending countries."""
    parts: list[str] = []
    if view.description.strip():
        parts.append(view.description.strip())
    parts.append(translate("Invite", NEUTRAL))
    if view.video_url:
        parts.append(translate("Invite", VIDEO).format(view.video_url))
    countries = short_agenda(view, agenda) if view.invite_agenda else []
    if countries:
        lines = [translate("Invite", SHORT_AGENDA)]
        for group in countries:
            lines.append(region.country_name(group.code, language[:2] or "en"))
            lines += [f"  - {title}" for title in group.titles]
            if group.more:
                lines.append("  - " + translate("Invite", MORE).format(group.more))
        parts.append("\n".join(lines))
    return "\n\n".join(parts)

