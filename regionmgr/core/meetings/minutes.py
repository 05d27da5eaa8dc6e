"""The minutes of one meeting: per country, the answers given, the decisions and the new requests
(with their owner and agreed deadline), built from what meeting mode recorded (``meeting_item``).

Rendered as e-mail text (one country's recap, for its attendees: ``mailto_url``) and as HTML
(printed or saved as PDF by the UI). Document text is in ``language`` ("en" or "fr"), like the
agenda's. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import html
import urllib.parse
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from babel.dates import format_date

from regionmgr.core.countries import region
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.agenda import sections_html
from regionmgr.core.storage import Store
from regionmgr.core.text import valid_address
from regionmgr.store import codec
from regionmgr.store.queries import meetings as queries

MAILTO_LIMIT = 1900  # characters: what every mail program accepts in a mailto: link

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Minutes", "answers": "Answers given", "decisions": "Decisions",
        "requests": "New requests", "owner": "owner: {0}", "due": "agreed deadline: {0}",
        "no_due": "no deadline agreed", "nothing": "Nothing was recorded.", "other": "No country",
        "subject": "{0} – minutes of {1}", "me": "me", "said": "{0}: {1}", "shortened": "(Shortened: the rest is in the minutes saved as PDF.)",
    },
    "fr": {
        "title": "Compte rendu", "answers": "Réponses données", "decisions": "Décisions",
        "requests": "Nouvelles demandes", "owner": "responsable : {0}", "due": "échéance convenue : {0}",
        "no_due": "pas d'échéance convenue", "nothing": "Rien n'a été noté.", "other": "Sans pays",
        "subject": "{0} – compte rendu du {1}", "me": "moi", "said": "{0} : {1}",
        "shortened": "(Raccourci : la suite est dans le compte rendu en PDF.)",
    },
}


@dataclass(frozen=True)
class Line:
    about: str  # the task's title ("" for a point about the country)
    body: str
    owner: str = ""
    due: dt.datetime | None = None  # in the task's zone


@dataclass
class CountryRecap:
    code: str | None
    answers: list[Line] = field(default_factory=list)
    decisions: list[Line] = field(default_factory=list)
    requests: list[Line] = field(default_factory=list)


@dataclass
class Recap:
    series: meetings.SeriesView
    day: dt.date
    countries: list[CountryRecap]


def build_recap(store: Store, view: meetings.SeriesView, day: dt.date) -> Recap:
    """What was said in the occurrence of ``day``, per country (in the region's order)."""
    conn = store.raw()
    countries = queries.agenda_countries(conn)
    code_of = {cid: code for cid, code, _zone in countries}
    zone_of = {cid: zone for cid, _code, zone in countries}
    groups: dict[str | None, CountryRecap] = {code: CountryRecap(code) for _id, code, _zone in countries}
    groups[None] = CountryRecap(None)
    owner_default = view.organizer_name or ""
    for (_id, task_id, country_id, kind, body, _pos, title, delegated_to, due_at, due_tz,
         _status) in queries.occurrence_items(conn, view.id, codec.stored_day(day)):
        group = groups[code_of.get(country_id)] if country_id in code_of else groups[None]
        if kind == "note" and task_id:
            try:
                due_utc = codec.instant(due_at)
            except codec.Unreadable:
                due_utc = None
            zone = ZoneInfo(due_tz or zone_of.get(country_id) or view.timezone)
            group.requests.append(Line(title or body, "", delegated_to or owner_default,
                                       due_utc.astimezone(zone) if due_utc else None))
        elif kind == "decision":
            group.decisions.append(Line(title or "", body))
        elif kind == "answer":
            group.answers.append(Line(title or "", body))
    return Recap(view, day, [g for g in groups.values() if g.answers or g.decisions or g.requests])


def occurrence_records(store: Store, series_id: str,
                       day: dt.date) -> list[tuple[str | None, str | None, str, str, str]]:
    """What was recorded in the occurrence of ``day``, in order: (task id, country code, kind, body,
    the task's title or "")."""
    conn = store.raw()
    code_of = {cid: code for cid, code, _zone in queries.agenda_countries(conn)}
    return [(row[1], code_of.get(row[2]), row[3], row[4], row[6] or "")
            for row in queries.occurrence_items(conn, series_id, codec.stored_day(day))]


def labels_for(language: str) -> dict[str, str]:
    return dict(LABELS.get(language[:2].lower(), LABELS["en"]))


def country_name(code: str | None, language: str) -> str:
    return labels_for(language)["other"] if code is None else region.country_name(code, language[:2] or "en")


def _line(line: Line, section: str, language: str, lab: dict[str, str]) -> str:
    if section != "requests":
        return lab["said"].format(line.about, line.body) if line.about else line.body
    extra = [lab["owner"].format(line.owner or lab["me"])]
    extra.append(lab["due"].format(format_date(line.due.date(), "medium", locale=language))
                 if line.due else lab["no_due"])
    return f"{line.about} ({', '.join(extra)})"


SECTIONS = ("answers", "decisions", "requests")


def subject(recap: Recap, language: str = "en") -> str:
    return labels_for(language)["subject"].format(recap.series.name,
                                                  format_date(recap.day, "medium", locale=language))


def recap_text(recap: Recap, language: str = "en", code: str | None = "*") -> str:
    """Plain text for an e-mail: every country (``code`` "*") or one country's recap."""
    lab = labels_for(language)
    groups = [g for g in recap.countries if code == "*" or g.code == code]
    lines = [subject(recap, language), ""]
    if not groups:
        return "\n".join([*lines, lab["nothing"]])
    for group in groups:
        lines.append(country_name(group.code, language).upper())
        for section in SECTIONS:
            items = getattr(group, section)
            if items:
                lines.append(f"{lab[section]}:")
                lines += [f"  - {_line(i, section, language, lab)}" for i in items]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def recap_html(recap: Recap, language: str = "en") -> str:
    """The printable minutes (laid out by ``regionmgr.ui.common.pdf``)."""
    lab = labels_for(language)
    e = html.escape
    parts = [f"<h1>{e(subject(recap, language))}</h1>"]
    if not recap.countries:
        parts.append(f"<p>{e(lab['nothing'])}</p>")
    for group in recap.countries:
        parts.append(f"<h2>{e(country_name(group.code, language))}</h2>")
        parts += sections_html(group, SECTIONS, lab, lambda i, section: _line(i, section, language, lab))
    return "".join(parts)


def recipients(view: meetings.SeriesView, code: str | None) -> list[str]:
    """The valid addresses of the attendees of country ``code`` (every attendee for "*")."""
    return [a.email.strip() for a in view.attendees
            if (code == "*" or a.country_code == code) and valid_address(a.email.strip())]


def mailto_url(recap: Recap, code: str | None, language: str = "en") -> str:
    """A ``mailto:`` with that country's attendees, the subject and its recap, every part quoted
    on its own (nothing from an address or a text can add a header), cut to ``MAILTO_LIMIT``."""
    to = ",".join(urllib.parse.quote(a, safe="@") for a in recipients(recap.series, code))
    head = f"mailto:{to}?subject={urllib.parse.quote(subject(recap, language), safe='')}&body="
    body = recap_text(recap, language, code)
    url = head + urllib.parse.quote(body, safe="")
    if len(url) > MAILTO_LIMIT:
        note = "\n…\n" + labels_for(language)["shortened"]
        cut = len(body)
        while cut > 0 and len(head + urllib.parse.quote(body[:cut] + note, safe="")) > MAILTO_LIMIT:
            cut = int(cut * 0.9)
        url = head + urllib.parse.quote(body[:cut] + note, safe="")
    return url
