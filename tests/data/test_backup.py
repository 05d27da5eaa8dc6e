"""Backups: checked copies, retention, alerts, restore with the current file kept, the Backups dialog."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from regionmgr.core import ops
from regionmgr.store import backup as B  # noqa: N812 - the module read as a namespace, B.<name>
from regionmgr.store.db import open_store
from regionmgr.store.models import Task

UTC = dt.UTC


def _titles(store) -> set[str]:
    return {r[0] for r in store.raw().execute("SELECT title FROM task")}


def test_backup_is_a_checked_private_copy_with_the_same_rows(sample_store, tmp_path):
    result = B.make_backup(sample_store.path, tmp_path / "bk", "manual")
    assert result.verification.ok and not result.alert
    assert result.verification.counts == result.source_counts
    assert result.verification.counts["task"] > 0
    assert B.parse_name(result.info.path).reason == "manual"
    assert not list((tmp_path / "bk").glob("*.part"))
    if os.name == "posix":
        assert (result.info.path.stat().st_mode & 0o777) == 0o600
        assert ((tmp_path / "bk").stat().st_mode & 0o777) == 0o700
    copy = sqlite3.connect(result.info.path)
    assert {r[0] for r in copy.execute("SELECT title FROM task")} == _titles(sample_store)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # standalone, no -wal needed
    copy.close()


def test_a_copy_that_fails_its_check_is_not_kept_and_nothing_is_rotated(sample_store, tmp_path, monkeypatch):
    folder = tmp_path / "bk"
    old = [B.make_backup(sample_store.path, folder, "auto", dt.datetime(2025, 1, d, tzinfo=UTC)) for d in range(1, 30)]
    before = sorted(p.name for p in folder.iterdir())
    monkeypatch.setattr(B, "verify_copy", lambda path: B.Verification(False, problem="simulated damage"))
    with pytest.raises(B.BackupError, match="simulated damage"):
        B.make_backup(sample_store.path, folder, "auto")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert len(old) == 29


def test_a_copy_without_tasks_of_a_store_with_tasks_raises_an_alert_and_keeps_older_copies(
    sample_store, tmp_path, monkeypatch
):
    folder = tmp_path / "bk"
    for day in range(1, 29):
        B.make_backup(sample_store.path, folder, "auto", dt.datetime(2025, 2, day, tzinfo=UTC))
    count_before = len(list(folder.iterdir()))
    real = B.verify_copy
    monkeypatch.setattr(B, "verify_copy", lambda p: B.Verification(True, {**real(p).counts, "task": 0}))
    result = B.make_backup(sample_store.path, folder, "auto")
    assert "no tasks" in result.alert
    assert result.removed == ()
    assert len(list(folder.iterdir())) == count_before + 1


def test_retention_keeps_12_daily_10_weekly_9_monthly_and_the_newest():
    start = dt.datetime(2024, 1, 1, tzinfo=UTC)
    infos = [B.BackupInfo(Path(f"b{i}"), start + dt.timedelta(hours=6 * i), 1, "auto") for i in range(4 * 500)]
    keep = B.to_keep(infos)
    kept = [b for b in infos if b.path in keep]
    newest = max(infos, key=lambda b: b.taken_at)
    assert newest.path in keep
    assert len({b.taken_at.date() for b in kept}) >= 12
    assert len({b.taken_at.isocalendar()[:2] for b in kept}) >= 10
    assert len({(b.taken_at.year, b.taken_at.month) for b in kept}) >= 9
    assert len(kept) < 50  # the rest can go


def test_rotation_deletes_only_our_own_old_copies(sample_store, tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()
    mine = folder / "holiday-photos.sqlite3"
    mine.write_text("not ours")
    upgrade = folder / "before-upgrade-from-0001-20200101T000000Z.sqlite3"
    upgrade.write_text("kept forever")
    start = dt.datetime(2023, 1, 1, tzinfo=UTC)
    first = B.make_backup(sample_store.path, folder, "auto", start - dt.timedelta(days=1)).info
    for i in range(200):  # real copies of this store (same bytes, later names)
        name = B.copy_name(first.store_id, i + 2, start + dt.timedelta(days=3 * i), "auto")
        (folder / name).write_bytes(first.path.read_bytes())
    newest = B.make_backup(sample_store.path, folder, "auto", start + dt.timedelta(days=700)).info.path
    assert mine.exists() and upgrade.exists() and newest.exists()
    remaining = [b for b in B.list_backups([folder]) if not b.is_upgrade_copy]
    assert len(remaining) < 60  # 200 old copies rotated out...
    assert len({(b.taken_at.year, b.taken_at.month) for b in remaining}) >= 9  # ...not the monthly ones
    assert len({b.taken_at.isocalendar()[:2] for b in remaining}) >= 10
    assert remaining[0].path == newest


def test_restore_keeps_the_current_file_aside_and_brings_back_the_copy(sample_store, tmp_path):
    copy = B.make_backup(sample_store.path, tmp_path / "bk", "manual").info.path
    ops.create(sample_store, Task, {"title": "written after the backup"})
    after = _titles(sample_store)
    sample_store.close()
    aside = B.restore_backup(copy, sample_store.path)
    assert aside is not None and aside.parent.name == "replaced"
    kept = sqlite3.connect(aside)
    assert "written after the backup" in {r[0] for r in kept.execute("SELECT title FROM task")}
    kept.close()
    reopened = open_store(sample_store.path)
    assert "written after the backup" not in _titles(reopened)
    assert _titles(reopened) == after - {"written after the backup"}
    reopened.close()


def test_restore_refuses_a_bad_copy_and_changes_nothing(sample_store, tmp_path):
    bad = tmp_path / B.backup_name(dt.datetime.now(UTC), "auto")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    sample_store.close()
    before = sample_store.path.read_bytes()
    with pytest.raises(B.BackupError):
        B.restore_backup(bad, sample_store.path)
    assert sample_store.path.read_bytes() == before
    assert not (sample_store.path.parent / "replaced").exists()


def test_change_watch_sees_commits_only(sample_store):
    watch = B.ChangeWatch(sample_store.path)
    watch.mark()
    assert not watch.changed()
    ops.create(sample_store, Task, {"title": "new"})
    assert watch.changed()
    watch.mark()
    assert not watch.changed()
    watch.close()


# -- in the app ----------------------------------------------------------------------
def test_scheduler_backs_up_only_when_something_changed_and_shows_the_age(window, qtbot):
    scheduler = window.backup_scheduler
    scheduler.backup_async("start")
    qtbot.waitUntil(lambda: not scheduler.busy())
    assert window.backup_button.text() == "Last backup: just now"
    assert not scheduler.backup_if_changed()  # nothing changed since
    ops.create(window.ctx.store, Task, {"title": "edited"})
    assert scheduler.backup_if_changed()
    qtbot.waitUntil(lambda: not scheduler.busy())
    assert len(scheduler.list()) == 2
    scheduler.finish()  # nothing changed since the last copy: no close copy
    assert len(scheduler.list()) == 2


def test_close_backup_when_something_changed(window):
    scheduler = window.backup_scheduler
    scheduler.backup_now("start")
    ops.create(window.ctx.store, Task, {"title": "late edit"})
    scheduler.finish()
    kinds = [b.reason for b in scheduler.list()]
    assert kinds == ["close", "start"]


def test_age_text():
    from regionmgr.ui.data.backup_scheduler import describe_age

    now = dt.datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert describe_age(None, now) == "No backup yet"
    assert describe_age(now - dt.timedelta(minutes=42), now) == "Last backup: 42 min ago"
    assert describe_age(now - dt.timedelta(hours=5), now) == "Last backup: 5 h ago"
    assert describe_age(now - dt.timedelta(days=4), now) == "Last backup: 4 days ago"


def test_backups_dialog_lists_and_restores_into_the_running_app(window, qtbot, qtmodeltester):
    from regionmgr.ui.data.backups_dialog import COL_KIND, COL_SIZE, BackupsDialog

    ctx = window.ctx
    scheduler = window.backup_scheduler
    dialog = BackupsDialog(scheduler, window)
    qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog)
    dialog.backup_now()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, COL_KIND).data() == "by you"
    assert dialog.model.index(0, COL_SIZE).data()
    before = _titles(ctx.store)
    from tests.commands import CreateCommand

    ctx.push(CreateCommand(ctx, Task, {"title": "regretted"}, "New task"))
    assert ctx.undo_stack.count() == 1
    dialog.select_row(0)
    box = dialog.ask_restore()
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(ctx.data_changed):
        box.button(box.StandardButton.Yes).click()
    assert _titles(ctx.store) == before  # the same Store object, reconnected to the restored file
    assert ctx.undo_stack.count() == 0
    aside = list((ctx.store.path.parent / "replaced").iterdir())
    assert any(p.suffix == ".sqlite3" for p in aside)
    assert "restored" in dialog.last_box.text()


def test_backup_folder_is_configurable_and_falls_back_when_unusable(window, tmp_path):
    from regionmgr.ui.data.backups_dialog import BackupsDialog

    scheduler = window.backup_scheduler
    dialog = BackupsDialog(scheduler, window)
    external = tmp_path / "usb" / "backups"
    dialog.set_folder(external)
    assert window.ctx.settings.value("backup/folder") == str(external)
    assert scheduler.backup_now().info.path.parent == external
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    dialog.set_folder(blocked / "sub")  # can't be created: a file is in the way
    assert scheduler.backup_now().info.path.parent == scheduler.default_folder
    assert "can't be written" in dialog.folder_label.text()
    assert len(dialog.model.rows) == 1  # listed from the default folder; the chosen one is unreachable
    dialog.close()


def test_start_takes_a_copy_and_schedules_one_every_30_minutes(window, qtbot):
    scheduler = window.backup_scheduler
    scheduler.start()
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 30 * 60 * 1000
    qtbot.waitUntil(lambda: not scheduler.busy())
    assert [b.reason for b in scheduler.list()] == ["start"]
    scheduler.finish()
    assert not scheduler.timer.isActive()


def test_no_migration_without_a_good_copy_first(tmp_path, monkeypatch):
    from regionmgr.store import db

    path = tmp_path / "old.sqlite3"
    db.migrate(path, db.REVISIONS[0])
    before = path.read_bytes()
    monkeypatch.setattr(db, "verify_copy", lambda p: db.Verification(False, problem="simulated"))
    with pytest.raises(db.StoreError, match="failed its check"):
        open_store(path)
    assert path.read_bytes() == before
