"""Writes on the store's plain connection record the log's salts, as SQLAlchemy writes do.

After a crash the next start replays a log at once only when the record names its
salts; otherwise it copies the whole store and checks the log on the copy (seconds on a
big store). Most writes go through the plain connection (``Store.raw()``): each commit
there must leave the record naming the log the commit went to.
"""

from __future__ import annotations

from regionmgr.store import wal_guard
from regionmgr.store.db import open_store
from regionmgr.store.queries.time import put_setting


def _recorded(path) -> str | None:
    return wal_guard.read_state(path).get("salts")


def test_a_commit_on_the_plain_connection_records_the_logs_salts(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    conn = store.raw()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('a', '1', '2026-01-01T00:00:00Z')")
    conn.commit()
    assert wal_guard.wal_salts(path) is not None
    assert _recorded(path) == wal_guard.wal_salts(path)  # a crash now: the log is known as ours
    store.close()


def test_a_with_block_on_the_plain_connection_records_the_logs_salts(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    put_setting(store.raw(), "a", "1", "2026-01-01T00:00:00Z")  # `with conn:` commits
    assert _recorded(path) == wal_guard.wal_salts(path) is not None
    conn = store.raw()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the next write starts the log afresh: new salts
    put_setting(conn, "a", "2", "2026-01-01T00:00:01Z")
    assert _recorded(path) == wal_guard.wal_salts(path) is not None
    store.close()


def test_a_crash_after_a_plain_write_replays_the_log_without_a_check_on_a_copy(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    put_setting(store.raw(), "a", "1", "2026-01-01T00:00:00Z")
    wal_guard.unregister(path)  # as if this process had died: its log is no longer live
    monkeypatch.setattr(wal_guard, "_pid_alive", lambda _pid: False)
    checked: list[object] = []
    monkeypatch.setattr(wal_guard, "_check_on_copy", lambda *a: checked.append(a) or "")
    assert wal_guard.screen(path, lambda _conn: "") == []
    assert checked == []  # recognised as ours: replayed as is
    wal_guard.register(path)
    store.close()
