"""Crash safety: SIGKILL at random moments during edits never loses a committed edit or damages the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.crash_harness import FIELD, MODELS, Harness, Loss

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")
def test_a_few_real_kills_leave_every_committed_edit_and_a_sound_file(tmp_path):
    """The real harness, small: children killed mid-edit; then the store is checked again from outside it."""
    from regionmgr.store.db import open_store

    harness = Harness(tmp_path, seed=11)
    harness.cycle(max_delay=0.05, after_edits=5)  # killed while editing, after five commits
    harness.cycle(max_delay=0.05, after_edits=12)
    harness.cycle(max_delay=0.05)  # at a random moment, maybe before the first edit
    assert harness.kills == 3 and harness.integrity_checks == 3
    assert harness.committed >= 17  # the checks compared real edits, not an empty store
    store = open_store(harness.path)  # the app's own checks at open pass
    try:
        conn = store.raw()
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        actual = {t: dict(conn.execute(f"SELECT id, {FIELD[t]} FROM {t}").fetchall()) for t in MODELS}
    finally:
        store.close()
    assert actual == harness.expected
    assert sum(len(rows) for rows in actual.values()) > 0


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")
def test_two_hundred_kills_lose_no_committed_edit(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tests.data.crash_harness", "--kills", "200", "--seed", "7", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr  # a loss or a damaged file exits with 1
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["kills"] == 200
    assert summary["integrity_checks_ok"] == 200  # the file was checked after every kill
    # The children really worked between kills (not killed before their first edit every time).
    # (How many depends on the machine's load; at least one edit per four kills on average.)
    assert summary["committed_edits_checked"] >= 50
    assert summary["in_flight_at_kill"] > 0


def _report(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_harness_notices_an_edit_reported_committed_but_missing(tmp_path):
    harness = Harness(tmp_path)
    report = _report(tmp_path / "r.jsonl",
                     {"op": "create", "table": "task", "ids": ["not-there"], "value": "lost"}, {"done": True})
    with pytest.raises(Loss, match="task differs"):
        harness.check(report)


def test_harness_notices_a_half_applied_bulk_edit(tmp_path):
    from regionmgr.core import ops
    from regionmgr.store.db import open_store
    from regionmgr.store.models import Task

    harness = Harness(tmp_path)
    store = open_store(harness.path)
    a = ops.create(store, Task, {"title": "a"})
    b = ops.create(store, Task, {"title": "b"})
    harness.expected["task"] = {a: "a", b: "b"}
    ops.update(store, Task, a, {"title": "new"})  # only one of the two rows of the bulk edit
    store.close()
    report = _report(tmp_path / "r.jsonl", {"op": "update", "table": "task", "ids": [a, b], "value": "new"})
    with pytest.raises(Loss, match="half applied"):
        harness.check(report)
