"""Crash safety: SIGKILL at random moments during edits never loses a committed edit or damages the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.crash_harness import Harness, Loss

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")
def test_two_hundred_kills_lose_no_committed_edit(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tests.data.crash_harness", "--kills", "200", "--seed", "7", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["kills"] == 200
    assert summary["losses"] == 0 and summary["integrity"] == "ok"
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
