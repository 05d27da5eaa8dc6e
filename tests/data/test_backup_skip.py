"""The start copy is skipped when the store is exactly as its newest copy left it.

A session that changed nothing ends with the store equal to the newest copy (taken at
its start or close): the next start does not copy the whole store again. Anything that
may have changed it — an edit, a copy that failed, a restore, the file touched while the
app was closed, a crash — means a start copy, as before.
"""

from __future__ import annotations

import os

from regionmgr.core import ops
from regionmgr.store.db import open_store
from regionmgr.store.models import Task
from regionmgr.ui.data.backup_scheduler import BackupScheduler
from tests.conftest import make_ctx


def _session(qtbot, path, data_dir, clock, edit: bool = False) -> list[str]:
    """Start (the start copy, if needed), maybe edit, quit cleanly; the reasons of the copies."""
    store = open_store(path)
    ctx = make_ctx(store, data_dir, clock)
    scheduler = BackupScheduler(ctx)
    scheduler.start()
    qtbot.waitUntil(lambda: not scheduler.busy())
    if edit:
        ops.insert_row(store, Task, {"title": "edited"})
    scheduler.finish()
    store.close()
    return [b.reason for b in scheduler.list()]


def test_a_start_after_a_session_without_changes_takes_no_copy(qtbot, sample_store, data_dir, clock):
    path = sample_store.path
    sample_store.close()
    assert _session(qtbot, path, data_dir, clock) == ["start"]  # the first start: a copy
    assert _session(qtbot, path, data_dir, clock) == ["start"]  # unchanged since: none
    assert _session(qtbot, path, data_dir, clock) == ["start"]


def test_an_edit_means_a_close_copy_and_then_no_start_copy(qtbot, sample_store, data_dir, clock):
    path = sample_store.path
    sample_store.close()
    assert _session(qtbot, path, data_dir, clock, edit=True) == ["close", "start"]
    assert _session(qtbot, path, data_dir, clock) == ["close", "start"]  # the close copy is the store


def test_a_store_touched_while_closed_gets_a_start_copy(qtbot, sample_store, data_dir, clock):
    path = sample_store.path
    sample_store.close()
    _session(qtbot, path, data_dir, clock)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # written by something else
    assert _session(qtbot, path, data_dir, clock) == ["start", "start"]


def test_a_session_that_ends_unclean_gets_a_start_copy(qtbot, sample_store, data_dir, clock):
    path = sample_store.path
    sample_store.close()
    _session(qtbot, path, data_dir, clock)
    store = open_store(path)  # opened, never closed cleanly (a crash): the record says "open"
    store.raw().execute("SELECT 1")
    store2 = open_store(path)
    ctx = make_ctx(store2, data_dir, clock)
    scheduler = BackupScheduler(ctx)
    scheduler.start()
    qtbot.waitUntil(lambda: not scheduler.busy())
    assert [b.reason for b in scheduler.list()] == ["start", "start"]
    scheduler.finish()
    store2.close()
    store.close()


def test_a_failed_close_copy_means_a_start_copy(qtbot, sample_store, data_dir, clock, monkeypatch):
    from regionmgr.core.data import backups

    path = sample_store.path
    sample_store.close()
    _session(qtbot, path, data_dir, clock)
    store = open_store(path)
    scheduler = BackupScheduler(make_ctx(store, data_dir, clock))
    scheduler.start()
    ops.insert_row(store, Task, {"title": "edited"})
    monkeypatch.setattr(backups, "make_backup", lambda *a, **k: (_ for _ in ()).throw(backups.BackupError("disk full")))
    scheduler.finish()  # the close copy fails
    store.close()
    monkeypatch.undo()
    assert _session(qtbot, path, data_dir, clock) == ["start", "start"]


def test_a_restore_means_a_start_copy(qtbot, sample_store, data_dir, clock):
    path = sample_store.path
    sample_store.close()
    _session(qtbot, path, data_dir, clock, edit=True)  # copies: close (with the edit), start
    store = open_store(path)
    scheduler = BackupScheduler(make_ctx(store, data_dir, clock))
    scheduler.start()
    older = scheduler.list()[-1].path  # the start copy, without the edit
    scheduler.restore(older)
    scheduler.finish()
    store.close()
    assert _session(qtbot, path, data_dir, clock) == ["start", "close", "start"]
