"""The sample region: what it adds, that it goes into an empty store only, and that checking for
an empty store (the welcome screen, at a first start) stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

from regionmgr.core.data import sample
from regionmgr.core.meetings import series as meetings
from tests.conftest import FIXED_NOW


def test_the_sample_fills_an_empty_store_once(store):
    assert sample.is_empty(store)
    reports = []
    counts = sample.load_sample(store, now=FIXED_NOW, report=lambda done, total: reports.append((done, total)))
    assert counts == {"countries": 5, "contacts": 10, "notes": 10, "tasks": 26, "meetings": 1, "time_entries": 75}
    assert reports == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert not sample.is_empty(store)
    with pytest.raises(ValueError):
        sample.load_sample(store, now=FIXED_NOW)
    (call,) = meetings.list_series(store)
    assert [a.country_code for a in call.attendees] == ["FR", "DE", "MA", "AE", "PL"]
    tranches = store.raw().execute(
        "SELECT t.title FROM task t JOIN task p ON p.id = t.parent_id ORDER BY t.position").fetchall()
    assert [t for (t,) in tranches] == ["Job descriptions: Sales roles (40)", "Job descriptions: Engineering roles (50)",
                                        "Job descriptions: Support roles (30)"]


def test_checking_for_an_empty_store_does_not_load_the_orm(store):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from regionmgr.core.data import sample\n"
        "from regionmgr.store.db import Store\n"
        "print(sample.is_empty(Store(Path(sys.argv[1]))), 'sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(store.path)], capture_output=True, text=True, check=True,
                         timeout=60)
    assert out.stdout.split() == ["True", "False"]


def _counts(store) -> dict[str, int]:
    conn = store.raw()
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("country", "contact", "note", "task", "meeting_series", "meeting_attendee", "time_entry")}


def _logged_seconds(store) -> float:
    rows = store.raw().execute("SELECT started_at, ended_at FROM time_entry").fetchall()
    from regionmgr.store import codec

    return sum((codec.instant(end) - codec.instant(start)).total_seconds() for start, end in rows)


def test_two_laptops_that_started_from_the_sample_merge_without_duplicates(tmp_path):
    """Both laptops loaded the sample (on different days); A edits a task, A's export goes into B:
    B holds each sample row once, with A's edit, and the same logged time."""
    import datetime as dt

    from regionmgr.core import ops
    from regionmgr.core.data import transfer
    from regionmgr.store.db import open_store
    from regionmgr.store.models import Task

    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    try:
        sample.load_sample(a, now=FIXED_NOW)
        sample.load_sample(b, now=FIXED_NOW + dt.timedelta(days=2))
        expected, seconds = _counts(b), _logged_seconds(b)
        (task_id,) = a.raw().execute("SELECT id FROM task WHERE title = 'Update phone list'").fetchone()
        ops.update_rows(a, Task, task_id, {"title": "Update the phone list (edited on A)"}, "gone")
        plan = transfer.plan_import(b, transfer.read_export(transfer.export_bytes(a)))
        transfer.apply_import(b, plan)
        assert _counts(b) == expected
        titles = [t for (t,) in b.raw().execute("SELECT title FROM task ORDER BY title")]
        assert "Update the phone list (edited on A)" in titles and "Update phone list" not in titles
        assert len(titles) == len(set(titles))
        assert _logged_seconds(b) == seconds
        assert not b.raw().execute("PRAGMA foreign_key_check").fetchall()
    finally:
        a.close()
        b.close()


def test_the_sample_s_identities_are_the_same_on_every_laptop(tmp_path):
    import datetime as dt

    from regionmgr.store.db import open_store

    ids = []
    for name, now in (("a", FIXED_NOW), ("b", FIXED_NOW + dt.timedelta(days=3))):
        store = open_store(tmp_path / f"{name}.sqlite3")
        sample.load_sample(store, now=now)
        conn = store.raw()
        ids.append({t: sorted(r[0] for r in conn.execute(f"SELECT id FROM {t}"))
                    for t in ("country", "contact", "note", "task", "meeting_attendee", "time_entry")}
                   | {"uid": conn.execute("SELECT uid FROM meeting_series").fetchall()})
        store.close()
    assert ids[0] == ids[1]
