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
