"""Search index: SQLite FTS5 tables over notes, contacts and tasks, kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

``search_fts`` indexes country notes and contacts by words (accents folded, so
"reunion" finds "réunion"). ``task_fts`` indexes task titles and notes by
trigrams, so a search box finds any substring of three characters or more.

Each index row takes the rowid of its source row (negated for contacts, which
share ``search_fts`` with notes), so a trigger reaches it directly instead of
scanning. The store never runs an in-place VACUUM, which could renumber rowids.
The upgrade indexes everything the store already holds.
"""

from __future__ import annotations

from alembic import op

from regionmgr.store.search_sql import INDEXES, index_rows_sql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, country_id UNINDEXED, title, body, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE task_fts USING fts5(ref_id UNINDEXED, title, notes, "
        "tokenize='trigram')"
    )
    for t, fts, rowid, cols, vals, src in INDEXES:
        ins = f"INSERT INTO {fts}(rowid, {cols}) VALUES ({rowid.format(r='new')}, {vals.format(r='new')})"
        dele = f"DELETE FROM {fts} WHERE rowid = {rowid.format(r='old')}"
        op.execute(f"CREATE TRIGGER {t}_fts_ai AFTER INSERT ON {t} BEGIN {ins}; END")
        op.execute(f"CREATE TRIGGER {t}_fts_ad AFTER DELETE ON {t} BEGIN {dele}; END")
        op.execute(f"CREATE TRIGGER {t}_fts_au AFTER UPDATE OF {src} ON {t} BEGIN {dele}; {ins}; END")
    for stmt in index_rows_sql():
        op.execute(stmt)


def downgrade() -> None:
    for t, *_ in INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {t}_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS task_fts")
