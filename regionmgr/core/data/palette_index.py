"""What the command palette finds by typing: tasks, countries and notes, straight from the store.

Plain Python over ``store.queries.data`` (fast reads of the FTS5 indexes kept in
step by triggers, over the store's plain connection): tasks through ``task_fts``
(trigram, so any part of a word of the title or notes matches), notes through ``search_fts`` (words folded for
accents, the last one as a prefix), countries by their name in the UI language
(babel) or ISO code. What the user types is never FTS syntax: words are quoted
or used as LIKE patterns with escaping. Open tasks come before finished ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from regionmgr.core.countries.region import country_name, sort_key
from regionmgr.core.countries.search import match_expression, strip_marks
from regionmgr.core.storage import Store
from regionmgr.store.queries import data as queries

KINDS = ("task", "country", "note")


@dataclass(frozen=True)
class PaletteHit:
    kind: str  # "task" | "country" | "note"
    ref_id: str
    title: str
    detail: str  # country code for tasks and notes, ISO code for countries; "" when none
    country_id: str | None = None
    done: bool = False  # a finished or dropped task


def _words(text: str) -> list[str]:
    return [w for w in (text or "").split() if w][:8]


def find_tasks(store: Store, text: str, limit: int = 20) -> list[PaletteHit]:
    """Tasks whose title or notes contain every typed word (any part of a word), open ones first."""
    words = _words(text)
    if not words:
        return []
    rows = queries.find_tasks(store.raw(), words, limit)
    return [PaletteHit("task", r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def find_notes(store: Store, text: str, limit: int = 20) -> list[PaletteHit]:
    """Country notes matching every typed word (accents ignored), best first."""
    expr = match_expression(text)
    if expr is None:
        return []
    rows = queries.find_notes(store.raw(), expr, limit)
    return [PaletteHit("note", r[0], strip_marks(r[1] or ""), r[2], r[3]) for r in rows]


def find_countries(store: Store, text: str, language: str = "en", limit: int = 20) -> list[PaletteHit]:
    """Countries of the region whose name (in ``language`` or English, accents ignored) or code matches."""
    words = [sort_key(w) for w in _words(text)]
    if not words:
        return []
    hits = []
    for country_id, code in queries.country_codes(store.raw()):
        name = country_name(code, language)
        key = sort_key(name)
        english = sort_key(country_name(code, "en"))
        if (all(w in key for w in words) or all(w in english for w in words)
                or (len(words) == 1 and words[0] == code.lower())):
            starts = key.startswith(words[0]) or words[0] == code.lower()
            hits.append((not starts, key, PaletteHit("country", country_id, name, code, country_id)))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [h[2] for h in hits[:limit]]


def find(store: Store, text: str, language: str = "en", limit: int = 10) -> list[PaletteHit]:
    """Countries, then tasks, then notes matching ``text`` (at most ``limit`` of each kind)."""
    return (find_countries(store, text, language, limit) + find_tasks(store, text, limit)
            + find_notes(store, text, limit))
