"""The store: migrations, refusal of files that aren't ours, one writer, the sample region."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from regionmgr.core.tasks.priority import Quadrant
from regionmgr.store import db
from regionmgr.store.db import (
    APPLICATION_ID,
    HEAD,
    REVISIONS,
    SCHEMA_VERSION,
    DamagedStoreError,
    ForeignFileError,
    NewerSchemaError,
    open_store,
)


def test_new_store_is_created_at_head_and_stamped_as_ours(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    conn = store.raw()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()


def test_models_and_migrations_agree(tmp_path):
    """The migrations build exactly the schema the models describe (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from regionmgr.store.models import Base

    store = open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    fts = ("search_fts", "task_fts")
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(fts))]
    assert diff == []
    store.close()


@pytest.mark.parametrize("start", REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data_and_backs_up_first(tmp_path, start):
    path = tmp_path / "s.sqlite3"
    db.migrate(path, start)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO country (id, code, timezone, work_days, work_start_min, work_end_min, position, created_at, updated_at)"
            " VALUES ('c1', 'MA', 'Africa/Casablanca', '12345', 540, 1020, 0, '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO task (id, title, notes, country_id, requester, urgent, important, status, due_floating,"
            " due_all_day, delegated_to, position, created_at, updated_at)"
            " VALUES ('t1', 'Déclaration CNSS', 'avant le 10', 'c1', '', 1, 1, 'open', 0, 1, '', 0, '2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO note (id, country_id, kind, title, body, version, created_at, updated_at)"
            " VALUES ('n1', 'c1', 'culture', 'Ramadan', 'Horaires réduits pendant le ramadan', 1, '2026-01-01', '2026-01-01')"
        )
    conn.close()
    before = path.read_bytes()

    store = open_store(path)
    conn = store.raw()
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert conn.execute("SELECT title FROM task WHERE id='t1'").fetchone()[0] == "Déclaration CNSS"
    # The search index covers what was there before the upgrade.
    assert conn.execute("SELECT ref_id FROM task_fts WHERE task_fts MATCH 'CNSS'").fetchall() == [("t1",)]
    assert conn.execute("SELECT ref_id FROM search_fts WHERE search_fts MATCH 'horaires'").fetchall() == [("n1",)]
    backups = list((tmp_path / "backups").glob(f"before-upgrade-from-{start}-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == start
    assert copy.execute("SELECT title FROM task").fetchall() == [("Déclaration CNSS",)]
    copy.close()
    assert before != path.read_bytes()
    store.close()


def _unchanged(path: Path, action) -> None:
    before = path.read_bytes()
    siblings = set(path.parent.iterdir())
    action()
    assert path.read_bytes() == before
    assert set(path.parent.iterdir()) == siblings  # no -wal, -shm or backup created


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 99")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()

    def attempt():
        with pytest.raises(NewerSchemaError, match="newer version of Region Manager"):
            open_store(path)

    _unchanged(path, attempt)


@pytest.mark.parametrize(
    "content",
    [b"Just some notes, not a database\n" * 10, b"%PDF-1.7\n" + bytes(range(256)) * 8],
    ids=["text", "binary"],
)
def test_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "s.sqlite3"
    path.write_bytes(content)

    def attempt():
        with pytest.raises(ForeignFileError, match="not an SQLite database"):
            open_store(path)

    _unchanged(path, attempt)


def test_database_of_another_application_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    conn.close()

    def attempt():
        with pytest.raises(ForeignFileError, match="not a Region Manager store"):
            open_store(path)

    _unchanged(path, attempt)


def test_damaged_store_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    conn = store.raw()
    with conn:
        conn.executemany("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, '2026-01-01')",
                         [(f"k{i}", "x" * 500) for i in range(200)])
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data), page * 2):  # scribble over some pages, keep the header
        data[offset + 8: offset + 200] = b"\xde\xad" * 96
    path.write_bytes(bytes(data))

    def attempt():
        with pytest.raises((DamagedStoreError, ForeignFileError)):
            open_store(path)

    _unchanged(path, attempt)


def _launch(data_dir: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "regionmgr", "--data-dir", str(data_dir), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


@pytest.mark.slow
def test_second_launch_defers_to_the_running_one_and_a_crash_leaves_no_blocking_lock(tmp_path):
    data_dir = tmp_path / "data"
    first = _launch(data_dir)
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / "regionmgr.lock").exists():  # the first one holds the lock
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        while True:
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            second = _launch(data_dir)
            out, err = second.communicate(timeout=60)
            if second.returncode == 0 and "already running" in err:
                break
            assert time.monotonic() < deadline, f"second launch never deferred: {second.returncode} {err}"
            time.sleep(0.3)
        assert first.poll() is None  # the first instance is still the one running
    finally:
        first.kill()  # SIGKILL: like a crash, the lock file stays behind
        first.communicate(timeout=30)
    assert (data_dir / "regionmgr.lock").exists()
    third = _launch(data_dir, "--smoke-test")
    out, err = third.communicate(timeout=120)
    assert third.returncode == 0, err
    assert "smoke test ok" in out


@pytest.mark.slow
def test_smoke_test_fails_with_a_reason_on_a_foreign_file(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / db.STORE_FILENAME).write_text("not a database")
    proc = _launch(data_dir, "--smoke-test")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert "not a Region Manager store" in err


def test_sample_region_holds_what_it_promises(sample_store):
    from sqlalchemy import select

    from regionmgr.core.calendar.workweek import WorkWeek
    from regionmgr.core.tasks.priority import place
    from regionmgr.store.models import Contact, Country, MeetingSeries, Note, Task, TimeEntry
    from tests.conftest import FIXED_NOW

    with sample_store.session() as s:
        countries = s.scalars(select(Country)).all()
        assert {c.code for c in countries} == {"FR", "DE", "MA", "AE", "PL"}
        assert sum(c.target_share or 0 for c in countries) == pytest.approx(100)
        for c in countries:
            kinds = {n.kind for n in s.scalars(select(Note).where(Note.country_id == c.id))}
            assert {"culture", "procedure"} <= kinds
            assert s.scalars(select(Contact).where(Contact.country_id == c.id)).all()
        tasks = s.scalars(select(Task).where(Task.status != "done", Task.parent_id.is_(None))).all()
        by_id = {c.id: c for c in countries}
        quadrants = {
            place(t.urgent, t.important, t.due_at, WorkWeek.of(by_id[t.country_id]), FIXED_NOW).quadrant
            for t in tasks
        }
        assert quadrants == set(Quadrant)
        assert any(t.due_at and t.due_at < FIXED_NOW for t in tasks)  # something overdue
        waiting = [t for t in tasks if t.delegated_to]
        assert waiting and any(t.follow_up_on < FIXED_NOW.date() for t in waiting)
        parents = [t for t in tasks if t.tranches]
        assert parents and len(parents[0].tranches) == 3
        series = s.scalars(select(MeetingSeries)).one()
        assert len(series.attendees) == 5 and series.video_url.startswith("https://")
        assert s.scalars(select(TimeEntry)).first() is not None


def test_sample_command_fills_an_empty_store_only(tmp_path):
    data_dir = tmp_path / "data"
    from regionmgr.__main__ import main

    assert main(["sample", "--data-dir", str(data_dir)]) == 0
    assert main(["sample", "--data-dir", str(data_dir)]) == 1
    store = open_store(data_dir / db.STORE_FILENAME)
    assert store.raw().execute("SELECT count(*) FROM country").fetchone()[0] == 5
    store.close()
