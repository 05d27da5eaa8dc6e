"""Crash harness: random edits in a child process, killed with SIGKILL at random moments.

The child opens the store and makes random edits through the app's own
services (``regionmgr.core.ops``: create / update / bulk update / delete on
tasks, notes and contacts; task updates through ``core.tasks.operations.save_changes``,
the plain-sqlite3 path the task list saves its edits with). Before each edit it appends an "intent" line to a
report file, and *after* the commit returned a "committed" line (``os.write``
on an O_APPEND file: the line survives the kill). The parent kills the child
after a random short delay, reopens the store with ``open_store`` (the app's
own checks), runs ``PRAGMA integrity_check``, and checks that every edit the
child reported as committed is there, exactly; the one edit in flight at the
kill may be there wholly or not at all (a bulk edit never half-applied). The
summary counts what was really checked; a loss or a damaged file raises ``Loss``.

    python -m tests.data.crash_harness --kills 1000     # make soak
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

from regionmgr.core import ops
from regionmgr.core.tasks import operations as tasks
from regionmgr.store.db import STORE_FILENAME, open_store
from regionmgr.store.models import Contact, Country, Note, Task, new_uuid

MODELS = {"task": Task, "note": Note, "contact": Contact}
FIELD = {"task": "title", "note": "body", "contact": "name"}  # the value tracked per row
MAX_CHILD_OPS = 2000


class Loss(AssertionError):
    """A committed edit is missing, a half-applied edit, or a damaged file."""


# -- the child -----------------------------------------------------------------------
def _line(fd: int, record: dict) -> None:
    os.write(fd, (json.dumps(record) + "\n").encode())


def save(store, model, row_ids: list[str], changes: dict) -> None:
    """An update as the app saves it: the task list's edits with plain sqlite3, the rest with the ORM."""
    if model.__tablename__ == "task":
        tasks.save_changes(store, row_ids, changes)
    else:
        ops.update_many(store, model, row_ids, changes)


def child_main(path: Path, report: Path, seed: int, country_id: str, known: dict[str, list[str]]) -> None:
    """Edit forever (until killed); never returns normally."""
    rng = random.Random(seed)
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    store = open_store(path)
    ids = {t: list(v) for t, v in known.items()}
    for n in range(MAX_CHILD_OPS):
        table = rng.choice(["task", "task", "note", "contact"])
        model, field = MODELS[table], FIELD[table]
        value = f"{seed}-{n}-" + "x" * rng.choice([0, 10, 300, 5000])
        roll = rng.random()
        if roll < 0.45 or len(ids[table]) < 3:
            row_id = new_uuid()
            values = {"id": row_id, field: value}
            if table != "task":
                values["country_id"] = country_id
            _line(fd, {"op": "create", "table": table, "ids": [row_id], "value": value})
            ops.create(store, model, values)
            ids[table].append(row_id)
        elif roll < 0.75:
            row_id = rng.choice(ids[table])
            _line(fd, {"op": "update", "table": table, "ids": [row_id], "value": value})
            save(store, model, [row_id], {field: value})
        elif roll < 0.88:
            chosen = rng.sample(ids[table], min(len(ids[table]), rng.randint(2, 6)))
            _line(fd, {"op": "update", "table": table, "ids": chosen, "value": value})
            save(store, model, chosen, {field: value})
        else:
            row_id = rng.choice(ids[table])
            _line(fd, {"op": "delete", "table": table, "ids": [row_id]})
            ops.delete(store, model, [row_id])
            ids[table].remove(row_id)
        _line(fd, {"done": True})
    os._exit(0)


# -- the parent ----------------------------------------------------------------------
class Harness:
    def __init__(self, folder: Path, seed: int = 1):
        self.folder = Path(folder)
        self.path = self.folder / STORE_FILENAME
        self.rng = random.Random(seed)
        self.expected: dict[str, dict[str, str]] = {t: {} for t in MODELS}
        self.kills = 0
        self.committed = 0
        self.in_flight_seen = 0
        self.integrity_checks = 0  # checks that ran and answered "ok"
        store = open_store(self.path)
        self.country_id = ops.create(store, Country, {"code": "FR", "timezone": "Europe/Paris"})
        store.close()

    def cycle(self, max_delay: float, after_edits: int | None = None) -> None:
        """One child, killed after a random delay (or once it reported ``after_edits`` commits), then checked."""
        report = self.folder / f"report-{self.kills}.jsonl"
        seed = self.rng.randrange(1 << 30)
        delay = self.rng.choice([0.0, self.rng.uniform(0, 0.01), self.rng.uniform(0, max_delay)])
        known = {t: list(rows) for t, rows in self.expected.items()}
        pid = os.fork()
        if pid == 0:  # child
            try:
                child_main(self.path, report, seed, self.country_id, known)
            finally:
                os._exit(3)
        if after_edits is None:
            time.sleep(delay)  # the point: a kill at a random moment
        else:
            self._wait_for_commits(report, after_edits, pid)
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        if not os.WIFSIGNALED(status):
            raise Loss(f"the child ended by itself (status {status}) instead of being killed")
        self.kills += 1
        self.check(report)
        report.unlink(missing_ok=True)

    @staticmethod
    def _wait_for_commits(report: Path, count: int, pid: int, timeout: float = 60) -> None:
        """Until the child has reported ``count`` committed edits (it is another process: poll its report)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = report.read_text() if report.exists() else ""
            if text.count('{"done": true}') >= count:
                return
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                raise Loss("the child ended before it was killed")
            time.sleep(0.005)
        raise Loss(f"the child reported fewer than {count} edits in {timeout} s")

    def check(self, report: Path) -> None:
        lines = report.read_text().splitlines() if report.exists() else []
        pending = None
        for raw in lines:
            if not raw.endswith("}"):
                continue  # a line cut by the kill
            rec = json.loads(raw)
            if "done" in rec:
                self._apply(pending)
                self.committed += 1
                pending = None
            else:
                pending = rec
        store = open_store(self.path)  # the app's own checks at open (quick_check, stamp)
        try:
            conn = store.raw()
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise Loss(f"integrity_check after kill {self.kills}: {result}")
            self.integrity_checks += 1
            actual = {
                t: dict(conn.execute(f"SELECT id, {FIELD[t]} FROM {t}").fetchall()) for t in MODELS
            }
        finally:
            store.close()
        if pending is not None:
            self.in_flight_seen += 1
            self._resolve(pending, actual)
        for table, rows in self.expected.items():
            if actual[table] != rows:
                missing = {k: v[:30] for k, v in rows.items() if actual[table].get(k) != v}
                extra = set(actual[table]) - set(rows)
                raise Loss(f"kill {self.kills}: {table} differs; expected-but-not-found {list(missing)[:3]}, "
                           f"unexpected {list(extra)[:3]}")

    def _apply(self, rec: dict | None) -> None:
        if rec is None:
            return
        rows = self.expected[rec["table"]]
        for row_id in rec["ids"]:
            if rec["op"] == "delete":
                rows.pop(row_id, None)
            else:
                rows[row_id] = rec["value"]

    def _resolve(self, rec: dict, actual: dict[str, dict[str, str]]) -> None:
        """The edit in flight: all of it happened, or none of it."""
        table, ids = rec["table"], rec["ids"]
        rows = self.expected[table]
        before = {i: rows.get(i) for i in ids}
        after = dict.fromkeys(ids) if rec["op"] == "delete" else dict.fromkeys(ids, rec["value"])
        now = {i: actual[table].get(i) for i in ids}
        if now == after and now != before:
            self._apply(rec)
            self.committed += 1
        elif now != before:
            raise Loss(f"kill {self.kills}: the edit in flight was half applied: {rec['op']} {table}")


def run(kills: int, folder: Path | None = None, seed: int = 1, max_delay: float = 0.12) -> dict:
    with tempfile.TemporaryDirectory(prefix="regionmgr-crash-") as tmp:
        harness = Harness(Path(folder or tmp), seed)
        started = time.monotonic()
        for _ in range(kills):
            harness.cycle(max_delay)
        return {
            "kills": harness.kills,
            "committed_edits_checked": harness.committed,
            "in_flight_at_kill": harness.in_flight_seen,
            "rows_at_end": {t: len(r) for t, r in harness.expected.items()},
            "integrity_checks_ok": harness.integrity_checks,
            "seconds": round(time.monotonic() - started, 1),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--max-delay", type=float, default=0.12, help="longest run before a kill, seconds")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    args = parser.parse_args(argv)
    try:
        summary = run(args.kills, seed=args.seed, max_delay=args.max_delay)
    except Loss as exc:
        print(f"crash harness: LOSS (seed {args.seed}): {exc}", file=sys.stderr)
        return 1
    summary["seed"] = args.seed
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"crash harness: {summary['kills']} kills, {summary['committed_edits_checked']} committed edits "
              f"checked, none lost, integrity ok after {summary['integrity_checks_ok']} kills "
              f"(seed {args.seed}, {summary['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
