"""Refresher packs: a country's procedure notes as one dated document, and who received which version.

The pack is built as HTML (for the PDF and the printer) and as Markdown, with a
title page and a table of contents. In the HTML each section heading carries an
anchor (``section_anchor``); the UI lays the pack out, finds the page each anchor
lands on and builds it again with those ``page_numbers`` in the contents. Labels come translated from the UI
(``labels``) and dates are written in the UI language with babel. Images are
never carried into a pack: a note's image could name a local file or a remote
address, and a pack must neither read the disk nor the network for them.

``operations.record_sent`` logs that contacts received the current version of
notes; ``missing_current`` tells, per contact, which procedures they never got in
their current version.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from regionmgr.core.storage import Store
from regionmgr.store import codec
from regionmgr.store.queries import countries as queries

LABELS = {
    "title": "Refresher pack",
    "subtitle": "Procedures for {0}",
    "date": "Date: {0}",
    "contents": "Contents",
    "reviewed": "Last reviewed: {0}",
    "version": "Version {0}",
    "never": "never",
}


@dataclass(frozen=True)
class PackNote:
    title: str
    body_markdown: str
    body_html: str  # the note rendered to HTML (a fragment, or a whole QTextDocument page)
    last_reviewed: dt.date | None
    version: int


_IMG_OPEN = re.compile(r"<img\b", re.IGNORECASE)
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(```|~~~)")


class _NextChar:
    """Where ``char`` next occurs in ``text`` at or after a position; asked at positions that never go back.

    Each search starts after the previous answer, so all the searches together
    read the text once (``len(text)`` stands for "nowhere").
    """

    def __init__(self, text: str, char: str) -> None:
        self.text, self.char, self.at = text, char, -1

    def __call__(self, start: int) -> int:
        if self.at < start:
            found = self.text.find(self.char, start)
            self.at = found if found >= 0 else len(self.text)
        return self.at


def _strip_markdown_images(text: str) -> str:
    """``![alt](url)``, ``![alt][ref]`` and ``![alt]`` replaced by ``alt``, in one pass."""
    out: list[str] = []
    close, paren = _NextChar(text, "]"), _NextChar(text, ")")
    pos, end = 0, len(text)
    while (start := text.find("![", pos)) >= 0:
        close_at = close(start + 2)
        if close_at == end:  # no "]" anywhere after: nothing further can be an image
            break
        out += [text[pos:start], text[start + 2:close_at]]
        pos = close_at + 1
        if text.startswith("(", pos) and (paren_at := paren(pos + 1)) < end:
            pos = paren_at + 1
        elif text.startswith("[", pos) and (ref_at := close(pos + 1)) < end:
            pos = ref_at + 1
    out.append(text[pos:])
    return "".join(out)


def _drop_html_images(text: str) -> str:
    """Every ``<img ...>`` tag removed, in one pass."""
    out: list[str] = []
    closing = _NextChar(text, ">")
    pos = 0
    while (found := _IMG_OPEN.search(text, pos)) is not None:
        tag_end = closing(found.end())
        if tag_end == len(text):  # no ">" anywhere after: no tag ends
            break
        out.append(text[pos:found.start()])
        pos = tag_end + 1
    out.append(text[pos:])
    return "".join(out)


def strip_images_markdown(text: str) -> str:
    """Replace Markdown and HTML images by their alternative text, in linear time.

    Whatever image syntax is left (an alt text followed by brackets, a ``!``
    and a ``[`` brought together by a removed tag, an unclosed ``<img``) is
    escaped, so the result never holds ``![`` nor ``<img``.
    """
    text = _drop_html_images(_strip_markdown_images(text))
    text = text.replace("![", "!\\[")
    return _IMG_OPEN.sub(lambda m: "&lt;" + m.group()[1:], text)


def clean_fragment(page_html: str, demote: int = 2) -> str:
    """The body of an HTML page, without images, its headings moved ``demote`` levels down."""
    m = _BODY.search(page_html)
    inner = m.group(1) if m else page_html
    inner = _drop_html_images(inner)
    return _HEADING.sub(lambda h: f"<{h.group(1)}h{min(6, int(h.group(2)) + demote)}", inner)


def demote_markdown(text: str, by: int = 2) -> str:
    """Move ATX headings down ``by`` levels (outside code fences)."""
    out, fenced = [], False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and re.match(r"^#{1,6}\s", line):
            hashes = len(line) - len(line.lstrip("#"))
            line = "#" * min(6, hashes + by) + line[hashes:]
        out.append(line)
    return "\n".join(out)


def format_date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date as babel_format

    try:
        return babel_format(day, format="long", locale=lang)
    except Exception:  # noqa: BLE001 - unknown locale
        return day.isoformat()


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {**LABELS, **(labels or {})}


def pack_title(country: str, labels: Mapping[str, str] | None = None) -> str:
    lab = _labels(labels)
    return f"{lab['title']} — {country}"


def section_anchor(number: int) -> str:
    """The anchor name of the heading of the pack's ``number``-th section (from 1)."""
    return f"section-{number}"


def build_html(
    country: str, notes: Sequence[PackNote], day: dt.date, lang: str, labels: Mapping[str, str] | None = None,
    page_numbers: Mapping[str, int] | None = None, format_day: Callable[[dt.date], str] | None = None,
) -> str:
    """The pack as one flowing HTML document: a short heading with a compact contents list, then
    the notes one after another (pages break only where the text needs it).

    ``format_day`` writes dates (the UI passes its locale's); without it, babel's in ``lang``.

    ``page_numbers`` (anchor name -> page, from 1) fills the contents' page column;
    a section it does not know gets an empty cell, so the contents take the same
    room with or without the numbers.
    """
    pages = page_numbers or {}
    lab = _labels(labels)
    esc = html.escape
    write_day = format_day or (lambda d: format_date(d, lang))
    date_text = write_day(day)
    parts = [
        "<html><head><meta charset='utf-8'><title>", esc(pack_title(country, lab)), "</title></head><body>",
        f"<h1>{esc(lab['title'])} — {esc(country)}</h1>",
        f"<p>{esc(lab['subtitle'].format(country))} · {esc(lab['date'].format(date_text))}</p>",
        f"<p><b>{esc(lab['contents'])}</b></p>",
        "<table width='100%' cellspacing='0' cellpadding='1' style='border:none'>",
    ]
    cell = "<td style='border:none'"
    parts += [
        f"<tr>{cell}>{number}. {esc(note.title)}</td>"
        f"{cell} align='right' width='10%'>{pages.get(section_anchor(number), '')}</td></tr>"
        for number, note in enumerate(notes, start=1)
    ]
    parts.append("</table>")
    for number, note in enumerate(notes, start=1):
        reviewed = write_day(note.last_reviewed) if note.last_reviewed else lab["never"]
        parts.append(f"<h2><a name='{section_anchor(number)}'></a>"
                     f"{number}. {esc(note.title)}</h2>")
        parts.append(
            f"<p style='color:#555'><i>{esc(lab['reviewed'].format(reviewed))} · "
            f"{esc(lab['version'].format(note.version))}</i></p>"
        )
        parts.append(clean_fragment(note.body_html))
    parts.append("</body></html>")
    return "".join(parts)


def build_markdown(
    country: str, notes: Sequence[PackNote], day: dt.date, lang: str, labels: Mapping[str, str] | None = None,
    format_day: Callable[[dt.date], str] | None = None,
) -> str:
    lab = _labels(labels)
    write_day = format_day or (lambda d: format_date(d, lang))
    lines = [f"# {lab['title']}", "", f"**{lab['subtitle'].format(country)}**", "",
             lab["date"].format(write_day(day)), "", f"## {lab['contents']}", ""]
    lines += [f"{i}. {n.title}" for i, n in enumerate(notes, start=1)]
    for number, note in enumerate(notes, start=1):
        reviewed = write_day(note.last_reviewed) if note.last_reviewed else lab["never"]
        lines += ["", "---", "", f"## {number}. {note.title}", "",
                  f"*{lab['reviewed'].format(reviewed)} · {lab['version'].format(note.version)}*", "",
                  demote_markdown(strip_images_markdown(note.body_markdown)).rstrip()]
    return "\n".join(lines) + "\n"


# -- the log --------------------------------------------------------------------------
# Logging a pack as sent is ``operations.record_sent`` (undoable); these read the log.
@dataclass(frozen=True)
class SentEntry:
    note_id: str
    note_title: str
    contact_id: str
    contact_name: str
    note_version: int
    current_version: int
    sent_at: dt.datetime


def last_sent(store: Store, country_id: str) -> list[SentEntry]:
    """Per contact and procedure of the country, the last time it was sent (newest first)."""
    return [
        SentEntry(r[0], r[1], r[2], r[3], r[4], r[5], codec.instant(r[6]))  # type: ignore[arg-type]
        for r in queries.last_sent(store.raw(), country_id)
    ]


def missing_current(store: Store, country_id: str) -> dict[str, list[str]]:
    """contact id -> titles of the country's procedures whose current version they never received."""
    out: dict[str, list[str]] = {}
    for contact_id, title in queries.missing_current(store.raw(), country_id):
        out.setdefault(contact_id, []).append(title)
    return out
