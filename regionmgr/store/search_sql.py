"""The full-text index definitions created by migration 0002."""

from __future__ import annotations

# (table, fts table, rowid expression, column list, value expressions, source columns)
INDEXES = [
    (
        "note",
        "search_fts",
        "{r}.rowid",
        "kind, ref_id, country_id, title, body",
        "'note', {r}.id, {r}.country_id, {r}.title, {r}.body",
        "country_id, title, body",
    ),
    (
        "contact",
        "search_fts",
        "-{r}.rowid",
        "kind, ref_id, country_id, title, body",
        "'contact', {r}.id, {r}.country_id, {r}.name, "
        "{r}.role || ' ' || {r}.email || ' ' || {r}.phone || ' ' || {r}.comments",
        "country_id, name, role, email, phone, comments",
    ),
    ("task", "task_fts", "{r}.rowid", "ref_id, title, notes", "{r}.id, {r}.title, {r}.notes", "title, notes"),
]


def index_rows_sql() -> list[str]:
    """INSERT ... SELECT statements that (re)build every index row."""
    return [
        f"INSERT INTO {fts}(rowid, {cols}) SELECT {rowid.format(r=t)}, {vals.format(r=t)} FROM {t}"
        for t, fts, rowid, cols, vals, _src in INDEXES
    ]
