"""Backups scoped to their store (an id in the name and inside the copy), ordered by a sequence
that a clock set back can't reorder, and a failed backup shown as a warning (issue 13, points 3-4)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from regionmgr.core import ops
from regionmgr.store import backup as B  # noqa: N812 - the module read as a namespace, B.<name>
from regionmgr.store.db import open_store
from regionmgr.store.models import Task

UTC = dt.UTC
T0 = dt.datetime(2026, 3, 2, 8, tzinfo=UTC)


@pytest.fixture
def two_stores(tmp_path):
    a = open_store(tmp_path / "a" / "regionmgr.sqlite3")
    b = open_store(tmp_path / "b" / "regionmgr.sqlite3")
    ops.create(a, Task, {"title": "in A"})
    ops.create(b, Task, {"title": "in B"})
    yield a, b
    a.close()
    b.close()


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_two_stores_sharing_a_folder_keep_their_own_full_sets(two_stores, tmp_path):
    a, b = two_stores
    shared, alone_a = tmp_path / "shared", tmp_path / "alone"
    for day in range(13):
        for hour in (0, 4, 9):  # start, one automatic copy, close
            when = T0 + dt.timedelta(days=day, hours=hour)
            B.make_backup(a.path, shared, "auto", when)
            B.make_backup(b.path, shared, "auto", when + dt.timedelta(minutes=1))
            B.make_backup(a.path, alone_a, "auto", when)
    id_a, id_b = B.read_store_id(a.path), B.read_store_id(b.path)
    assert id_a and id_b and id_a != id_b
    mine = B.list_backups([shared], id_a)
    theirs = B.list_backups([shared], id_b)
    alone = B.list_backups([alone_a], id_a)
    # Each store keeps exactly what it keeps when it has the folder to itself.
    assert [b.sequence for b in mine] == [b.sequence for b in alone]
    assert len(mine) == len(theirs) == len(alone) >= 15
    assert {p.name for p in (x.path for x in mine)} | {x.path.name for x in theirs} == _names(shared)
    assert all(x.path.name.startswith(f"regionmgr-{B.short_id(id_a)}-") for x in mine)
    assert all(B.read_store_id(x.path) == id_a for x in mine)  # the id is inside the copy too


def _wreck_schema_page(path: Path) -> None:
    """Damage the first page (the schema) so SQLite can't read the file at all."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)
    path.write_bytes(bytes(data))


def test_after_damage_only_this_stores_copies_are_offered(two_stores, tmp_path):
    a, b = two_stores
    shared = tmp_path / "shared"
    mine = B.make_backup(a.path, shared, "close", T0).info
    B.make_backup(b.path, shared, "close", T0 + dt.timedelta(hours=5))  # the other store's, newer
    a.close()
    _wreck_schema_page(a.path)
    offered = B.newest_good_backup([shared], a.path)
    assert offered is not None and offered.path == mine.path
    # A store wiped beyond recognition: no copy can be proven its own, none is offered.
    a.path.write_bytes(b"\x00" * 8192)
    assert B.newest_good_backup([shared], a.path) is None


def test_rotation_never_touches_files_that_are_not_this_stores_copies(two_stores, tmp_path):
    a, b = two_stores
    folder = tmp_path / "bk"
    first = B.make_backup(a.path, folder, "auto", T0).info
    other = B.make_backup(b.path, folder, "auto", T0).info
    sid, first_bytes = first.store_id, first.path.read_bytes()
    fake = folder / B.copy_name(sid, 2, T0 - dt.timedelta(days=400), "auto")
    fake.write_text("named like a backup, not one")
    disguised = folder / B.copy_name(sid, 3, T0 - dt.timedelta(days=399), "auto")
    disguised.write_bytes(other.path.read_bytes())  # the other store's copy under our name
    outside = tmp_path / "precious.sqlite3"
    outside.write_bytes(first_bytes)
    link = folder / B.copy_name(sid, 4, T0 - dt.timedelta(days=398), "auto")
    link.symlink_to(outside)
    legacy = folder / B.backup_name(T0 - dt.timedelta(days=500), "auto")
    legacy.write_bytes(first_bytes)
    for i in range(60):  # plenty of our own old copies to rotate out
        B.make_backup(a.path, folder, "auto", T0 + dt.timedelta(days=1 + 2 * i))
    for path in (fake, disguised, link, outside, legacy, other.path):
        assert path.is_symlink() or path.exists(), path
    assert link.is_symlink() and outside.read_bytes() == first_bytes
    assert not first.path.exists()  # our own oldest copy was rotated out
    listed = {x.path for x in B.list_backups([folder], sid)}
    assert fake not in listed and disguised not in listed and link not in listed
    assert legacy in listed  # an earlier version's copy: listed, never deleted
    assert len(B.list_backups([folder], sid, legacy=False)) < 40  # our own old copies did go


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and modes")
def test_a_symlinked_backup_folder_is_refused_not_chmodded(two_stores, tmp_path):
    a, _b = two_stores
    target = tmp_path / "somewhere"
    target.mkdir()
    os.chmod(target, 0o755)
    (target / B.backup_name(T0, "auto")).write_text("looks like a backup")
    link = tmp_path / "bk"
    link.symlink_to(target, target_is_directory=True)
    with pytest.raises(B.BackupError, match="symbolic link"):
        B.make_backup(a.path, link, "auto", T0)
    assert (target.stat().st_mode & 0o777) == 0o755
    assert _names(target) == {B.backup_name(T0, "auto")}
    assert B.list_backups([link]) == []  # not followed when listing either


# -- the clock set back ------------------------------------------------------------
def test_clock_set_back_newest_by_sequence_and_current_work_kept(two_stores, tmp_path):
    a, _b = two_stores
    folder = tmp_path / "bk"
    for day in range(13):
        for hour in (0, 9):
            B.make_backup(a.path, folder, "auto", T0 + dt.timedelta(days=day, hours=hour))
    back = T0 - dt.timedelta(days=365)  # the clock now says a year earlier
    current = [B.make_backup(a.path, folder, "auto", back + dt.timedelta(minutes=30 * i)).info for i in range(20)]
    listed = B.list_backups([folder], current[0].store_id)
    assert listed[0].path == current[-1].path  # the newest work first, not the "future" copy
    assert B.newest_backup_time([folder], current[0].store_id) == current[-1].taken_at
    kept = {x.path for x in listed}
    assert all(c.path in kept for c in current[-B.KEEP_RECENT:])  # not once a day only
    assert [x.sequence for x in listed] == sorted((x.sequence for x in listed), reverse=True)


def test_age_after_the_clock_went_back_is_not_just_now():
    from regionmgr.ui.data.backup_scheduler import describe_age

    now = dt.datetime(2025, 6, 1, 12, tzinfo=UTC)
    text = describe_age(dt.datetime(2026, 6, 1, 12, tzinfo=UTC), now, UTC)
    assert "just now" not in text and "2026-06-01 12:00" in text and "clock" in text
    assert describe_age(now - dt.timedelta(seconds=30), now) == "Last backup: just now"


def test_scheduler_shows_the_age_of_the_newest_copy_by_sequence(window, clock):
    scheduler = window.backup_scheduler
    scheduler.backup_now("start")  # at the fixed test time
    clock.value -= dt.timedelta(days=365)  # the clock set back a year
    window.backup_button.refresh()
    assert "just now" not in window.backup_button.text() and "clock" in window.backup_button.text()
    ops.create(window.ctx.store, Task, {"title": "a year earlier?"})
    scheduler.backup_now("auto")
    clock.advance(hours=2)
    window.backup_button.refresh()
    assert window.backup_button.text() == "Last backup: 2 h ago"
    assert [b.reason for b in scheduler.list()] == ["auto", "start"]


# -- a failed backup is a warning ----------------------------------------------------
def test_a_failed_start_backup_is_a_visible_warning_until_the_next_good_copy(window, qtbot, data_dir):
    scheduler = window.backup_scheduler
    blocker = scheduler.default_folder
    blocker.write_text("a file where the backup folder should be")
    with qtbot.waitSignal(scheduler.backup_failed):
        scheduler.start()
    button = window.backup_button
    box = button.warning_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "not backed up" in box.text()
    assert "failed" in button.text() and not button.icon().isNull()
    box.close()
    blocker.unlink()
    assert scheduler.backup_now("auto") is not None
    assert "failed" not in button.text() and button.icon().isNull()
    scheduler.finish()
