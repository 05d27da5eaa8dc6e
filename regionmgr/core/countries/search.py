"""Search across every country's notes and contacts, with highlighted hits, over the FTS5 index.

``search_fts`` (migration 0002) holds one row per note and per contact, kept
in step by triggers, with accents folded (so "reunion" finds "réunion"). What
the user types is never passed to FTS5 as syntax: it is cut into words, each
quoted and used as a prefix, so quotes, parentheses or "AND(" are just text.
Hits carry their highlighted title and a snippet with the words between
``MARK_START`` and ``MARK_END`` control characters; the UI escapes the text
and turns the marks into its own emphasis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regionmgr.core.storage import Store
from regionmgr.store.queries import countries as queries

MARK_START = "\x02"
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for free text: every word must appear (the last, from 2 letters, as a prefix)."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words[:16]]
    if len(words[-1]) >= 2:  # a single letter as a prefix matches nearly everything: slow, useless
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True)
class Hit:
    kind: str  # "note" | "contact"
    ref_id: str
    country_id: str
    title: str  # with marks
    snippet: str  # with marks
    country_code: str
    note_kind: str  # culture | procedure | other for notes, "" for contacts


def search(store: Store, text: str, limit: int = 50) -> list[Hit]:
    """The best ``limit`` notes and contacts matching ``text`` (empty list for no words)."""
    expr = match_expression(text)
    if expr is None:
        return []
    return [Hit(*row) for row in queries.search(store.raw(), expr, limit, MARK_START, MARK_END)]


def strip_marks(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")
