"""Hostile or unlucky files around the store (issue 13): a stray ``-wal`` beside it, a crafted
schema (extra triggers or views), and our own temporary files left by killed writers."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from regionmgr.core.data.sample import load_sample
from regionmgr.store import db
from regionmgr.store.db import (
    STORE_FILENAME,
    DamagedStoreError,
    ForeignFileError,
    open_store,
    verify_copy,
)
from tests.conftest import FIXED_NOW

COUNTED = ("country", "contact", "task", "note", "time_entry")


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def _titles(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT title FROM task")}


def _store_with_sample(path: Path) -> None:
    store = open_store(path)
    load_sample(store, now=FIXED_NOW)
    store.close()


def _live_wal_of(path: Path, edit) -> bytes:
    """The ``-wal`` of ``path`` as a crash would leave it: ``edit(conn)`` committed, nothing checkpointed."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    with conn:
        edit(conn)
    data = Path(str(path) + "-wal").read_bytes()
    conn.close()  # checkpoints the real file: only the copy of the log is kept
    return data


def _foreign_edit(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE task SET title = 'B: ' || title, notes = notes || ' (store B)'")
    conn.execute("DELETE FROM time_entry")
    conn.execute("UPDATE note SET body = body || ' (store B)'")


@pytest.fixture
def two_stores(tmp_path):
    """Store A (closed cleanly by the app) and the log of store B, taken as a crash leaves it."""
    a = tmp_path / "a" / STORE_FILENAME
    b = tmp_path / "b" / STORE_FILENAME
    _store_with_sample(a)
    _store_with_sample(b)
    conn = sqlite3.connect(a)  # A's own content differs from B's
    with conn:
        conn.execute("UPDATE task SET title = 'A: ' || title")
    conn.close()
    store = open_store(a)  # opened and closed cleanly by the app
    store.close()
    wal_b = _live_wal_of(b, _foreign_edit)
    assert len(wal_b) > 32
    return a, wal_b


def test_a_wal_from_another_store_is_quarantined_not_replayed(two_stores):
    a, wal_b = two_stores
    before = _counts(a)
    conn = sqlite3.connect(a.resolve().as_uri() + "?mode=ro", uri=True)
    titles = _titles(conn)
    conn.close()
    Path(str(a) + "-wal").write_bytes(wal_b)

    store = open_store(a)
    conn = store.raw()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _titles(conn) == titles  # A's data, untouched by B's log
    store.close()
    assert _counts(a) == before
    quarantined = list((a.parent / "quarantine").iterdir())
    assert any(p.name.endswith("-wal") and p.read_bytes() == wal_b for p in quarantined)
    assert [n.kind for n in store.notices] == [db.NOTICE_STRAY_LOG]


def test_a_foreign_wal_after_a_crash_is_checked_and_set_aside(two_stores):
    """No record of a clean close (a crash, or an older version): the log is checked on a copy."""
    a, wal_b = two_stores
    before = _counts(a)
    db.state_path(a).unlink()
    Path(str(a) + "-wal").write_bytes(wal_b)

    store = open_store(a)
    conn = store.raw()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert all(t.startswith("A: ") for t in _titles(conn))
    store.close()
    assert _counts(a) == before
    assert any(p.name.endswith("-wal") for p in (a.parent / "quarantine").iterdir())
    assert [n.kind for n in store.notices] == [db.NOTICE_BAD_LOG]


def _crash_copy(src_dir: Path, dest_dir: Path) -> Path:
    """The data folder as a crash leaves it: the files copied while the store is open."""
    shutil.copytree(src_dir, dest_dir)
    return dest_dir / STORE_FILENAME


@pytest.mark.parametrize("record", ["kept", "lost"])
def test_our_own_log_after_a_crash_is_replayed(tmp_path, record):
    path = tmp_path / "live" / STORE_FILENAME
    store = open_store(path)
    load_sample(store, now=FIXED_NOW)
    conn = store.raw()
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    with store.write() as session:  # the app's own commit: the record learns the log's salts
        from sqlalchemy import text

        session.execute(text("UPDATE task SET title = 'committed before the crash'"))
    copy = _crash_copy(path.parent, tmp_path / "crashed")
    store.close()
    assert Path(str(copy) + "-wal").stat().st_size > 32
    if record == "lost":
        db.state_path(copy).unlink()

    reopened = open_store(copy)
    assert _titles(reopened.raw()) == {"committed before the crash"}
    assert reopened.notices == []
    assert not (copy.parent / "quarantine").exists()
    reopened.close()


# -- a crafted schema -------------------------------------------------------------------
def _craft(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _refused_untouched(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises((DamagedStoreError, ForeignFileError), match="structure"):
        open_store(path)
    assert path.read_bytes() == before
    assert not verify_copy(path).ok  # never accepted as a backup either


def test_a_store_with_an_extra_trigger_is_refused_and_no_note_is_deleted(tmp_path):
    path = tmp_path / STORE_FILENAME
    _store_with_sample(path)
    notes = _counts(path)["note"]
    assert notes > 0
    _craft(path, "CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM note; END")
    _refused_untouched(path)
    assert _counts(path)["note"] == notes


def test_a_store_with_an_extra_view_is_refused(tmp_path):
    path = tmp_path / STORE_FILENAME
    _store_with_sample(path)
    _craft(path, "CREATE VIEW slow AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                 "SELECT x FROM n")
    _refused_untouched(path)


def test_a_store_with_a_changed_trigger_is_refused(tmp_path):
    path = tmp_path / STORE_FILENAME
    _store_with_sample(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER task_fts_au")
        conn.execute("CREATE TRIGGER task_fts_au AFTER UPDATE OF title, notes ON task BEGIN DELETE FROM note; END")
    conn.close()
    _refused_untouched(path)


def test_a_normal_store_and_one_migrated_from_schema_1_open(tmp_path):
    fresh = tmp_path / "fresh" / STORE_FILENAME
    _store_with_sample(fresh)
    open_store(fresh).close()
    old = tmp_path / "old" / STORE_FILENAME
    old.parent.mkdir()
    db.migrate(old, db.REVISIONS[0])
    store = open_store(old)
    load_sample(store, now=FIXED_NOW)
    store.close()
    open_store(old).close()


def test_the_expected_schema_is_what_the_migrations_create():
    from regionmgr.store import schema_check

    # If this fails after a change to the migrations, regenerate (see regionmgr/store/schema_check.py).
    assert schema_check.generate(db.migrate, db.REVISIONS) == schema_check.EXPECTED


def test_working_connections_are_defensive(store):
    conn = store.raw()
    assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1


# -- our own leftovers ------------------------------------------------------------------
def _old(path: Path, data: bytes = b"x") -> Path:
    path.write_bytes(data)
    then = time.time() - 3600
    os.utime(path, (then, then))
    return path


def test_our_leftover_temporary_files_are_removed_at_start(tmp_path):
    data_dir = tmp_path / "data"
    backups = data_dir / "backups"
    backups.mkdir(parents=True)
    ours = [
        _old(backups / ".regionmgr-backup-20261120T101010123456Z-auto.sqlite3.k2j4h5g6.part"),
        _old(backups / ".regionmgr-backup-20261120T111010123456Z-start.sqlite3.ab_cd9x0.part"),
        _old(backups / ".regionmgr-backup-20261120T111010123456Z-start.sqlite3.ab_cd9x0.part-journal"),
        _old(data_dir / f".{STORE_FILENAME}.restoring.q1w2e3r4.part"),
        _old(data_dir / f".{STORE_FILENAME}.a1b2c3d4.check"),
    ]
    user = [
        _old(data_dir / ".my-notes.txt"),
        _old(backups / ".holiday.photo.jpg"),
        _old(backups / ".regionmgr-backup-but-mine.part"),
    ]
    fresh = backups / ".regionmgr-backup-20261123T091010123456Z-auto.sqlite3.zzzzzzzz.part"
    fresh.write_bytes(b"being written right now")
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    link = backups / ".regionmgr-backup-20261120T121010123456Z-auto.sqlite3.l1n2k3s4.part"
    link.symlink_to(target)

    open_store(data_dir / STORE_FILENAME).close()

    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in user)
    assert fresh.exists()  # too recent: a backup may be writing it
    assert link.is_symlink() and target.read_text() == "keep me"


def test_the_user_is_told_what_was_set_aside(two_stores, qtbot):
    from regionmgr.ui.shell.store_problem_dialog import show_store_notices

    a, wal_b = two_stores
    Path(str(a) + "-wal").write_bytes(wal_b)
    store = open_store(a)
    store.close()
    box = show_store_notices(None, store.notices)
    assert box is not None
    qtbot.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    assert str(a.parent / "quarantine") in box.text()
    assert show_store_notices(None, []) is None


def test_a_store_reconnected_after_closing_counts_as_open_again(tmp_path):
    """As after a restore: the same Store closed, then reconnected; a crash then keeps its commits."""
    from sqlalchemy import text

    path = tmp_path / "live" / STORE_FILENAME
    store = open_store(path)
    load_sample(store, now=FIXED_NOW)
    store.close()
    assert db.wal_guard.read_state(path)["state"] == "closed"
    store.raw().execute("PRAGMA wal_autocheckpoint = 0")  # reconnected
    assert db.wal_guard.read_state(path)["state"] == "open"  # before its first commit
    with store.write() as session:
        session.execute(text("UPDATE task SET title = 'after the reconnection'"))
    files = {p: p.read_bytes() for p in (path, Path(str(path) + "-wal"), db.state_path(path))}
    mtime = path.stat().st_mtime_ns
    store.close()
    for p, data in files.items():  # the files in place, as a crash would have left them
        with open(p, "wb") as fh:
            fh.write(data)
    os.utime(path, ns=(mtime, mtime))

    reopened = open_store(path)
    assert _titles(reopened.raw()) == {"after the reconnection"}
    assert reopened.notices == []
    reopened.close()
