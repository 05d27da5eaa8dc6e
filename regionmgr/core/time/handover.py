"""The handover dossier for an absence, and the out-of-office text that goes with it.

For each country: open tasks by quadrant (due date, status, internal client),
items waiting for others, key contacts, procedure notes, and the meetings held
during the absence with their video links. The out-of-office text is given in
French AND English whatever the UI language, naming who covers which countries.

Weekly meetings are expanded here in plain Python (weekday from the first
date, until/count ends, skipped dates removed); ``core.meetings`` may offer a
richer expansion later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.countries.region import country_name, language_name
from regionmgr.core.errors import QT_TRANSLATE_NOOP, CodedError
from regionmgr.core.tasks.priority import Quadrant, place
from regionmgr.core.text import valid_address
from regionmgr.core.time.report import esc, fmt_date, labels_for
from regionmgr.store.db import Store
from regionmgr.store.queries import time as tq
from regionmgr.store.vocab import WAITING

if TYPE_CHECKING:
    from regionmgr.store.models import Absence, Contact, Note, Task

QUADRANT_ORDER = [Quadrant.DO, Quadrant.DELEGATE, Quadrant.SCHEDULE, Quadrant.DROP]

DOSSIER_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "d_title": "Handover dossier",
        "d_absence": "Absent from {0} to {1}. Covered by {2}.",
        "d_comments": "Notes for the cover",
        "d_meetings": "Meetings during the absence",
        "d_open": "Open tasks",
        "d_waiting": "Waiting for others",
        "d_contacts": "Key contacts",
        "d_procedures": "Procedures",
        "d_country_meetings": "Meetings with this country",
        "q0": "Do now (urgent, important)",
        "q1": "Schedule (important)",
        "q2": "Delegate (urgent, not important)",
        "q3": "Later / drop",
        "task": "Task",
        "client": "Internal client",
        "who": "With",
        "delegated_on": "Since",
        "follow_up": "Follow up on",
        "name": "Name",
        "role": "Role",
        "email": "E-mail",
        "phone": "Phone",
        "when": "When",
        "meeting": "Meeting",
        "link": "Video link",
        "reviewed": "Last reviewed: {0}",
        "nothing": "Nothing.",
        "cover": "Covered by {0}",
        "d_culture": "Culture",
        "agreed": "Agreed deadline",
        "asked": "Asked for",
        "channel": "Channel",
        "language": "Language",
        "preferred": "Preferred channel",
        "comments": "Comments",
        "deadline_note": "Deadline: {0}",
        "ch_meeting": "Meeting", "ch_email": "E-mail", "ch_phone": "Phone", "ch_chat": "Chat",
        "ch_visit": "Visit", "ch_video": "Video call", "ch_in_person": "In person",
    },
    "fr": {
        "d_title": "Dossier de passation",
        "d_absence": "Absence du {0} au {1}. Remplacement : {2}.",
        "d_comments": "Notes pour le remplaçant",
        "d_meetings": "Réunions pendant l'absence",
        "d_open": "Tâches en cours",
        "d_waiting": "En attente d'un tiers",
        "d_contacts": "Contacts clés",
        "d_procedures": "Procédures",
        "d_country_meetings": "Réunions avec ce pays",
        "q0": "À faire maintenant (urgent, important)",
        "q1": "À planifier (important)",
        "q2": "À déléguer (urgent, pas important)",
        "q3": "À abandonner (ni urgent ni important)",
        "task": "Tâche",
        "client": "Client interne",
        "who": "Chez",
        "delegated_on": "Depuis le",
        "follow_up": "Relance le",
        "name": "Nom",
        "role": "Fonction",
        "email": "E-mail",
        "phone": "Téléphone",
        "when": "Quand",
        "meeting": "Réunion",
        "link": "Lien vidéo",
        "reviewed": "Relu le {0}",
        "nothing": "Rien.",
        "cover": "Remplacement : {0}",
        "d_culture": "Culture",
        "agreed": "Échéance convenue",
        "asked": "Demandée pour",
        "channel": "Canal",
        "language": "Langue",
        "preferred": "Canal préféré",
        "comments": "Commentaires",
        "deadline_note": "Échéance : {0}",
        "ch_meeting": "Réunion", "ch_email": "E-mail", "ch_phone": "Téléphone", "ch_chat": "Messagerie",
        "ch_visit": "Visite", "ch_video": "Visioconférence", "ch_in_person": "En personne",
    },
}


def valid_email(email: str) -> bool:
    """True for an empty e-mail (none given) or exactly one plain address (``core.text.valid_address``:
    no name, no list, no ``?``/``%``/``&`` that would smuggle headers into a mailto link)."""
    email = email.strip()
    return not email or valid_address(email)


class AbsenceError(CodedError):
    """Bad input for an absence: ``code`` says which; the message is marked for translation."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "no_dates": QT_TRANSLATE_NOOP("Core", "Give the first and the last day of the absence."),
        "ends_before_start": QT_TRANSLATE_NOOP("Core", "The absence ends before it starts."),
        "no_cover": QT_TRANSLATE_NOOP("Core", "Say who covers during the absence."),
        "bad_email": QT_TRANSLATE_NOOP("Core", "“{detail}” is not an e-mail address."),
    }


def validate_absence(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check an absence before it is saved; return the values for an ``Absence`` row."""
    out = dict(values)
    starts, ends = out.get("starts_on"), out.get("ends_on")
    if starts is None or ends is None:
        raise AbsenceError("no_dates")
    if ends < starts:
        raise AbsenceError("ends_before_start")
    if not str(out.get("cover_name") or "").strip():
        raise AbsenceError("no_cover")
    email = str(out.get("cover_email") or "").strip()
    if not valid_email(email):
        raise AbsenceError("bad_email", email)
    out["cover_name"] = str(out["cover_name"]).strip()
    out["cover_email"] = email
    out["comments"] = str(out.get("comments") or "")
    return out


def weekly_occurrences(weekday: int, first_date: dt.date, first: dt.date, last: dt.date,
                       end_kind: str = "never", until: dt.date | None = None,
                       count: int | None = None, skipped: set[dt.date] | None = None) -> list[dt.date]:
    """Dates of a weekly series held between ``first`` and ``last`` (inclusive).

    A ``count`` counts skipped occurrences too (as an RRULE COUNT with EXDATEs).
    """
    skipped = skipped or set()
    day = first_date + dt.timedelta(days=(weekday - first_date.isoweekday()) % 7)
    out: list[dt.date] = []
    index = 0
    while day <= last:
        if end_kind == "until" and until is not None and day > until:
            break
        if end_kind == "count" and count is not None and index >= count:
            break
        if day >= first and day not in skipped:
            out.append(day)
        day += dt.timedelta(weeks=1)
        index += 1
    return out


@dataclass(frozen=True)
class MeetingOccurrence:
    name: str
    starts_at: dt.datetime  # aware, in the series' zone
    duration_min: int
    video_url: str
    country_ids: frozenset[str]


@dataclass
class CountryHandover:
    code: str
    name: str
    cover: str
    open_by_quadrant: dict[Quadrant, list[Task]] = field(default_factory=dict)
    waiting: list[Task] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    procedures: list[Note] = field(default_factory=list)
    culture: list[Note] = field(default_factory=list)
    meetings: list[MeetingOccurrence] = field(default_factory=list)
    zone: str = "UTC"


@dataclass
class Dossier:
    starts_on: dt.date
    ends_on: dt.date
    cover_name: str
    cover_email: str
    comments: str
    language: str
    countries: list[CountryHandover]
    meetings: list[MeetingOccurrence]
    covers: dict[str, tuple[str, str]]  # code -> (name, email)


def build_dossier(store: Store, absence: Mapping[str, Any] | Absence, now: dt.datetime,
                  language: str = "en", covers: Mapping[str, tuple[str, str]] | None = None) -> Dossier:
    """Gather everything a colleague needs to answer every country during ``absence``."""
    return dossier_from(tq.handover_data(store), absence, now, language, covers)


def dossier_from(data: tq.HandoverData, absence: Mapping[str, Any] | Absence, now: dt.datetime,
                 language: str = "en", covers: Mapping[str, tuple[str, str]] | None = None) -> Dossier:
    """``build_dossier`` from rows already read (``tq.handover_data``): no store access, so it can
    run in a worker thread while the UI thread keeps the store."""
    get = absence.get if isinstance(absence, Mapping) else lambda k, d=None: getattr(absence, k, d)
    first: dt.date = get("starts_on")  # type: ignore[assignment]  # checked by validate_absence
    last: dt.date = get("ends_on")  # type: ignore[assignment]
    default_cover = (get("cover_name") or "", get("cover_email") or "")
    covers = dict(covers or {})
    country_rows, tasks, contacts, notes, series = (data.countries, data.tasks, data.contacts,
                                                    data.procedures, data.series)
    contact_country = {c.id: c.country_id for c in contacts}
    meetings: list[MeetingOccurrence] = []
    for ms in series:
        zone = ZoneInfo(ms.timezone)
        skipped = {sk.on_date for sk in ms.skips}
        cids = frozenset(contact_country[a.contact_id] for a in ms.attendees if a.contact_id in contact_country)
        meetings.extend(MeetingOccurrence(ms.name, dt.datetime.combine(day, ms.start_local, zone),
                                          ms.duration_min, ms.video_url, cids)
                        for day in weekly_occurrences(ms.weekday, ms.first_date, first, last, ms.end_kind,
                                                      ms.until_date, ms.count, skipped))
    meetings.sort(key=lambda m: m.starts_at)
    tasks_of, contacts_of = _by_country(tasks), _by_country(contacts)
    procedures_of, culture_of = _by_country(notes), _by_country(data.culture)
    meetings_of: dict[str, list[MeetingOccurrence]] = {}
    for m in meetings:
        for cid in m.country_ids:
            meetings_of.setdefault(cid, []).append(m)
    sections = []
    for c in country_rows:
        cover = covers.setdefault(c.code, default_cover)
        section = CountryHandover(c.code, country_name(c.code, language), cover[0], zone=c.timezone)
        week = WorkWeek.of(c)
        for t in tasks_of.get(c.id, []):
            if t.status == WAITING or t.delegated_to:
                section.waiting.append(t)
            else:
                q = place(t.urgent, t.important, t.due_at, week, now).quadrant
                section.open_by_quadrant.setdefault(q, []).append(t)
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        for items in section.open_by_quadrant.values():
            items.sort(key=lambda t: (t.due_at or far, t.title))
        section.waiting.sort(key=lambda t: (t.follow_up_on or dt.date.max, t.title))
        section.contacts = contacts_of.get(c.id, [])
        section.procedures = procedures_of.get(c.id, [])
        section.culture = culture_of.get(c.id, [])
        section.meetings = meetings_of.get(c.id, [])
        sections.append(section)
    return Dossier(first, last, default_cover[0], default_cover[1], get("comments") or "",
                   language, sections, meetings, covers)


def _by_country(rows: Sequence[Any]) -> dict[str | None, list[Any]]:
    """``rows`` grouped by their ``country_id``, each group in the order given (one pass)."""
    out: dict[str | None, list[Any]] = {}
    for row in rows:
        out.setdefault(row.country_id, []).append(row)
    return out


PAGE_BREAK = " style='page-break-before: always'"


def _on_new_page(block: str) -> str:
    """``block`` (``<h3>…``, ``<p>…``) starting a new page."""
    tag_end = block.index(">")
    return block[:tag_end] + PAGE_BREAK + block[tag_end:]


class _Tables:
    """The dossier's tables, named for a PDF layout to find them, and split where it asked.

    Table ``n`` of section ``s`` (0: the general part, then one per country) is ``t<s>_<n>``; the
    first header cell of each printed part carries the anchor ``t<s>_<n>:<k>``, ``k`` the index
    of the part's first row. A break ``t<s>_<n>.<k>`` in ``breaks`` starts row ``k`` on a new page,
    under the header repeated; ``k`` = 0 moves the blocks announcing the table (its heading) with
    it. Without breaks a table is one piece.
    """

    def __init__(self, breaks: Collection[str] = ()):
        self.breaks = frozenset(breaks)
        self.section = 0
        self.count = 0

    def next_section(self) -> None:
        self.section += 1

    def __call__(self, heads: list[str], rows: list[list[str]], before: Sequence[str] = ()) -> str:
        tid = f"t{self.section}_{self.count}"
        self.count += 1
        whole = f"{tid}.0" in self.breaks
        out = [_on_new_page(block) if whole and i == 0 else block for i, block in enumerate(before)]
        cuts = [k for k in range(1, len(rows)) if f"{tid}.{k}" in self.breaks]
        for start, end in zip([0, *cuts], [*cuts, len(rows)], strict=True):
            style = PAGE_BREAK if start or (whole and not before) else ""
            head = "".join(f"<th><a name='{tid}:{start}'>{esc(h)}</a></th>" if j == 0 else f"<th>{esc(h)}</th>"
                           for j, h in enumerate(heads))
            body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[start:end])
            out.append(f"<table width='100%'{style}><tr>{head}</tr>{body}</table>")
        return "".join(out)


def _link(url: str) -> str:
    return f"<a href='{esc(url)}'>{esc(url)}</a>" if url else ""


def _when(m: MeetingOccurrence, lang: str) -> str:
    return esc(format_datetime(m.starts_at, "EEE d MMM y, HH:mm", tzinfo=m.starts_at.tzinfo, locale=lang)
               + f" ({m.starts_at.tzinfo})")


_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_STAR_OR_WORD = re.compile(r"[*\w]")
_SPACE = re.compile(r"\s")


def _bold(text: str) -> str:
    """``**x**`` -> ``<b>x</b>``, pairing each ``**`` with the next one (one pass)."""
    out, pos = [], 0
    while (start := text.find("**", pos)) >= 0:
        end = text.find("**", start + 3)  # at least one character between
        if end < 0:  # no closing "**" after this one: none for any later one either
            break
        out += [text[pos:start], "<b>", text[start + 2:end], "</b>"]
        pos = end + 2
    out.append(text[pos:])
    return "".join(out)


def _italic(text: str) -> str:
    """``*x*`` -> ``<i>x</i>`` where the stars hug the words (one pass).

    A ``*`` opens when the character before is neither a star nor a word
    character and the one after is not a space; it closes when the character
    before is not a space and the one after is neither a star nor a word
    character. Whether a star can close depends on that star alone, so the next
    closing star is searched once for all the openers before it.
    """
    size = len(text)

    def hugs(at: int, pattern: re.Pattern[str]) -> bool:
        return 0 <= at < size and pattern.match(text, at) is not None

    closer = -1  # the first closing star at or after the last position asked (size: none)

    def next_closer(start: int) -> int:
        nonlocal closer
        if closer < start:
            closer = start
            while closer < size and not (text[closer] == "*" and not hugs(closer - 1, _SPACE)
                                         and not hugs(closer + 1, _STAR_OR_WORD)):
                closer = text.find("*", closer + 1)
                closer = size if closer < 0 else closer
        return closer

    out, pos, star = [], 0, text.find("*")
    while star >= 0:
        if not hugs(star - 1, _STAR_OR_WORD) and star + 1 < size and not hugs(star + 1, _SPACE):
            end = next_closer(star + 2)
            if end == size:
                break
            out += [text[pos:star], "<i>", text[star + 1:end], "</i>"]
            pos = end + 1
            star = text.find("*", pos)
        else:
            star = text.find("*", star + 1)
    out.append(text[pos:])
    return "".join(out)


def _markdown_lines(body: str) -> str:
    """Procedure notes are Markdown: headings, **bold** and *italic* kept, the rest line by line.

    Linear in the length of the note, whatever it holds.
    """
    lines = []
    for line in body.strip().splitlines():
        text = esc(line)
        heading = _HEADING.match(text)
        text = f"<b>{heading.group(1)}</b>" if heading else text
        lines.append(_italic(_bold(text)))
    return "<br>".join(lines)


def _channel(value: str, words: Mapping[str, str]) -> str:
    """A channel (how a request arrived, how a contact likes to be reached) in words; "" if not recorded."""
    return words.get("ch_" + value, value) if value else ""


def _task_cell(t: Task, words: Mapping[str, str]) -> str:
    """A task's title, and its notes under it (the cover needs them to answer)."""
    notes = (t.notes or "").strip()
    return esc(t.title) + (f"<br><i>{_markdown_lines(notes)}</i>" if notes else "")


def _asked_cell(t: Task, words: Mapping[str, str]) -> str:
    """The deadline the requester asked for, and the note of the negotiation."""
    asked = esc(fmt_date(t.requested_due_on, words.get("_lang", "en"))) if t.requested_due_on else ""
    note = (t.deadline_note or "").strip()
    return asked + (("<br>" if asked else "") + f"<i>{esc(words['deadline_note'].format(note))}</i>" if note else "")


def covers_by_person(d: Dossier) -> dict[tuple[str, str], list[CountryHandover]]:
    """Who covers which countries: (name, email) -> the countries, in the dossier's order."""
    out: dict[tuple[str, str], list[CountryHandover]] = {}
    for c in d.countries:
        out.setdefault(d.covers.get(c.code, (d.cover_name, d.cover_email)), []).append(c)
    return out


def _cover_text(name: str, email: str) -> str:
    return name + (f" <{email}>" if email else "")


def dossier_html(d: Dossier, labels: Mapping[str, str] | None = None, breaks: Collection[str] = ()) -> str:
    """The dossier as HTML; ``breaks`` (from a PDF layout) say where tables start a new page (see ``_Tables``)."""
    lang = d.language
    words = labels_for(lang, {**DOSSIER_LABELS.get(lang, DOSSIER_LABELS["en"]), **(labels or {}), "_lang": lang})
    table = _Tables(breaks)
    by_cover = covers_by_person(d)
    if len(by_cover) > 1:  # different colleagues: each with their countries
        cover = ", ".join(f"{_cover_text(*who)} ({', '.join(c.name for c in countries)})"
                          for who, countries in by_cover.items())
    else:
        cover = _cover_text(*next(iter(by_cover), (d.cover_name, d.cover_email)))
    out = [f"<html><head><meta charset='utf-8'><title>{esc(words['d_title'])}</title></head><body>",
           f"<h1>{esc(words['d_title'])}</h1>",
           f"<p><b>{esc(words['d_absence'].format(fmt_date(d.starts_on, lang, fmt='long'), fmt_date(d.ends_on, lang, fmt='long'), cover))}</b></p>"]
    if d.comments.strip():
        out.append(f"<h2>{esc(words['d_comments'])}</h2><p>{_markdown_lines(d.comments)}</p>")
    heading = f"<h2>{esc(words['d_meetings'])}</h2>"
    if d.meetings:
        out.append(table([words["when"], words["meeting"], words["link"]],
                         [[_when(m, lang), esc(m.name), _link(m.video_url)] for m in d.meetings], [heading]))
    else:
        out.append(f"{heading}<p>{esc(words['nothing'])}</p>")
    for c in d.countries:
        zone = ZoneInfo(c.zone)
        table.next_section()
        out.append(f"<h2 style='page-break-before: always'>{esc(c.name)}</h2>"
                   f"<p><i>{esc(words['cover'].format(_cover_text(*d.covers.get(c.code, (c.cover, '')))))}</i></p>")
        heading = f"<h3>{esc(words['d_open'])}</h3>"
        if not c.open_by_quadrant:
            out.append(f"{heading}<p>{esc(words['nothing'])}</p>")
        for q in QUADRANT_ORDER:
            items = c.open_by_quadrant.get(q)
            if not items:
                continue
            before = [heading, f"<p><b>{esc(words['q' + str(int(q))])}</b></p>"] if heading else [
                f"<p><b>{esc(words['q' + str(int(q))])}</b></p>"]
            heading = ""  # "Open tasks" goes with the first quadrant
            out.append(table([words["task"], words["agreed"], words["asked"], words["status"], words["client"],
                              words["channel"]],
                             [[_task_cell(t, words), esc(fmt_date(t.due_at, lang, zone)), _asked_cell(t, words),
                               esc(words["status_" + t.status]), esc(t.requester), esc(_channel(t.channel, words))]
                              for t in items], before))
        heading = f"<h3>{esc(words['d_waiting'])}</h3>"
        out.append(table([words["task"], words["who"], words["delegated_on"], words["follow_up"], words["client"]],
                         [[_task_cell(t, words), esc(t.delegated_to), esc(fmt_date(t.delegated_at, lang, zone)),
                           esc(fmt_date(t.follow_up_on, lang)), esc(t.requester)] for t in c.waiting], [heading])
                   if c.waiting else f"{heading}<p>{esc(words['nothing'])}</p>")
        heading = f"<h3>{esc(words['d_contacts'])}</h3>"
        out.append(table([f"{words['name']} / {words['role']}", f"{words['email']} / {words['phone']}",
                          words["language"], words["preferred"], words["comments"]],
                         [[esc(ct.name) + (f"<br><i>{esc(ct.role)}</i>" if ct.role else ""),
                           "<br>".join(esc(v) for v in (ct.email, ct.phone) if v),
                           esc(language_name(ct.language, lang)), esc(_channel(ct.preferred_channel, words)),
                           _markdown_lines(ct.comments or "")] for ct in c.contacts], [heading])
                   if c.contacts else f"{heading}<p>{esc(words['nothing'])}</p>")
        for title_key, notes in (("d_culture", c.culture), ("d_procedures", c.procedures)):
            out.append(f"<h3>{esc(words[title_key])}</h3>")
            if not notes:
                out.append(f"<p>{esc(words['nothing'])}</p>")
            for n in notes:
                reviewed = words["reviewed"].format(fmt_date(n.last_reviewed, lang)) if n.last_reviewed else ""
                out.append(f"<p><b>{esc(n.title)}</b> <i>{esc(reviewed)}</i><br>{_markdown_lines(n.body)}</p>")
        if c.meetings:
            by_series: dict[tuple[str, str], list[MeetingOccurrence]] = {}
            for m in c.meetings:
                by_series.setdefault((m.name, m.video_url), []).append(m)
            out.append(table([words["meeting"], words["when"], words["link"]],
                             [[esc(name), "<br>".join(_when(m, lang) for m in occ), _link(url)]
                              for (name, url), occ in by_series.items()],
                             [f"<h3>{esc(words['d_country_meetings'])}</h3>"]))
    out.append("</body></html>")
    return "".join(out)


def _join(names: list[str], last_word: str) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last_word} " + names[-1]


def return_day(ends_on: dt.date) -> dt.date:
    """The first weekday after the absence."""
    day = ends_on + dt.timedelta(days=1)
    while day.isoweekday() > 5:
        day += dt.timedelta(days=1)
    return day


def out_of_office(d: Dossier) -> dict[str, str]:
    """The out-of-office message in French and in English, naming who covers which countries."""
    by_cover = {who: [c.code for c in countries] for who, countries in covers_by_person(d).items()}
    texts = {}
    for lang, (hello, away, covers_word, and_word, back, bye) in {
        "fr": ("Bonjour,", "Je suis absent(e) du {0} au {1} inclus.",
               "{0} assure mon remplacement pour {1}", "et",
               "Je vous répondrai à mon retour, le {0}.", "Cordialement,"),
        "en": ("Hello,", "I am out of the office from {0} to {1} inclusive.",
               "{0} covers {1}", "and",
               "I will reply when I am back on {0}.", "Best regards,"),
    }.items():
        lines = [hello, "", away.format(fmt_date(d.starts_on, lang, fmt="long"),
                                        fmt_date(d.ends_on, lang, fmt="long"))]
        for (name, email), codes in by_cover.items():
            who = f"{name} ({email})" if email else name
            lines.append(covers_word.format(who, _join([country_name(c, lang) for c in codes], and_word)) + ".")
        lines += [back.format(fmt_date(return_day(d.ends_on), lang, fmt="full")), "", bye]
        texts[lang] = "\n".join(lines)
    return texts


def dossier_data(store: Store) -> tq.HandoverData:
    """The rows a dossier is built from (read on the thread that owns the store)."""
    return tq.handover_data(store)


def absences(store: Store) -> list[Absence]:
    """Saved absences, the latest first."""
    return tq.absences(store)
