"""What the command palette finds by typing: tasks, countries and notes, straight from the store.

Plain Python over ``store.raw()`` (fast reads of the FTS5 indexes kept in step
by triggers): tasks through ``task_fts`` (trigram, so any part of a word of the
title or notes matches), notes through ``search_fts`` (words folded for
accents, the last one as a prefix), countries by their name in the UI language
(babel) or ISO code. What the user types is never FTS syntax: words are quoted
or used as LIKE patterns with escaping. Open tasks come before finished ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from regionmgr.core.countries.region import country_name, sort_key
from regionmgr.core.countries.search import match_expression, strip_marks
from regionmgr.store.db import Store

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


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_tasks(store: Store, text: str, limit: int = 20) -> list[PaletteHit]:
    """Tasks whose title or notes contain every typed word (any part of a word), open ones first."""
    words = _words(text)
    if not words:
        return []
    where = " AND ".join(["(f.title LIKE ? ESCAPE '\\' OR f.notes LIKE ? ESCAPE '\\')"] * len(words))
    params: list[object] = []
    for w in words:
        params += [_like(w), _like(w)]
    sql = (
        "SELECT t.id, t.title, COALESCE(c.code, ''), t.country_id, t.status IN ('done', 'dropped') AS finished "
        "FROM task_fts AS f JOIN task AS t ON t.id = f.ref_id "
        "LEFT JOIN country AS c ON c.id = t.country_id "
        f"WHERE {where} "
        "ORDER BY finished, (f.title LIKE ? ESCAPE '\\') DESC, t.due_at IS NULL, t.due_at, t.title LIMIT ?"
    )
    params += [_like(words[0]), int(limit)]
    try:
        rows = store.raw().execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        return []
    return [PaletteHit("task", r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def find_notes(store: Store, text: str, limit: int = 20) -> list[PaletteHit]:
    """Country notes matching every typed word (accents ignored), best first."""
    expr = match_expression(text)
    if expr is None:
        return []
    sql = (
        "SELECT f.ref_id, n.title, COALESCE(c.code, ''), f.country_id "
        "FROM search_fts AS f JOIN note AS n ON n.id = f.ref_id "
        "LEFT JOIN country AS c ON c.id = f.country_id "
        "WHERE search_fts MATCH ? AND f.kind = 'note' "
        "ORDER BY bm25(search_fts, 0, 0, 0, 4.0, 1.0) LIMIT ?"
    )
    try:
        rows = store.raw().execute(sql, (expr, int(limit))).fetchall()
    except sqlite3.OperationalError:
        return []
    return [PaletteHit("note", r[0], strip_marks(r[1] or ""), r[2], r[3]) for r in rows]


def find_countries(store: Store, text: str, language: str = "en", limit: int = 20) -> list[PaletteHit]:
    """Countries of the region whose name (in ``language`` or English, accents ignored) or code matches."""
    words = [sort_key(w) for w in _words(text)]
    if not words:
        return []
    try:
        rows = store.raw().execute("SELECT id, code FROM country ORDER BY position, code").fetchall()
    except sqlite3.OperationalError:
        return []
    hits = []
    for country_id, code in rows:
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
