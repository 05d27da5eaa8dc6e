"""Export / import: round trip, merging two laptops, dry run, hostile files refused with the store unchanged."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile

import pytest

from regionmgr.core import ops
from regionmgr.core.data import transfer
from regionmgr.core.data.sample import load_sample
from regionmgr.store.db import open_store
from regionmgr.store.models import Task
from tests.conftest import FIXED_NOW

UTC = dt.UTC


def _export(store) -> bytes:
    return transfer.export_bytes(store, now=FIXED_NOW)


IMPORT_NOW = dt.datetime(2031, 1, 1, tzinfo=UTC)  # after the edits of 2030 below: their stamps are believed


def _import(store, payload: bytes, dry_run: bool = False):
    plan = transfer.plan_import(store, transfer.read_export(payload), now=IMPORT_NOW)
    if not dry_run:
        transfer.apply_import(store, plan)
    return plan.counts()


def _members(payload: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _encrypted_flag(payload: bytes) -> bytes:
    """Set the 'encrypted' bit on every member in the central directory."""
    data, at = bytearray(payload), 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        data[at + 8] |= 1
        at += 4
    return bytes(data)


def _with_table(payload: bytes, table: str, rows) -> bytes:
    members = _members(payload)
    members[f"tables/{table}.json"] = json.dumps(rows).encode()
    return _zip(members)


def test_round_trip_through_a_file_is_equal(sample_store, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "all.rgmexport"
    counts = transfer.export_to(sample_store, target)
    assert counts["task"] > 0 and set(counts) == {t.name for t in transfer.tables()}
    if os.name == "posix":
        assert (target.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["all.rgmexport"]  # no temporary left behind
    other = open_store(tmp_path / "other.sqlite3")
    counts = transfer.import_file(other, target)
    assert all(upd == 0 and same == 0 for _add, upd, same in counts.values())
    assert transfer.export_data(other) == transfer.export_data(sample_store)
    assert transfer.import_file(other, target) == {t: (0, 0, n) for t, n in
                                                   {k: len(v) for k, v in transfer.export_data(other).items()}.items()}
    other.close()


def test_two_laptops_merge_with_the_newer_change_winning(sample_store, tmp_path):
    laptop = sample_store
    other = open_store(tmp_path / "other.sqlite3")
    _import(other, _export(laptop))
    ids = [r[0] for r in laptop.raw().execute("SELECT id FROM task ORDER BY id LIMIT 2")]
    # Laptop edits task 0 (later), the other laptop edits tasks 0 (earlier) and 1, and adds one.
    ops.update(other, Task, ids[0], {"title": "older edit", "updated_at": dt.datetime(2030, 1, 1, tzinfo=UTC)})
    ops.update(laptop, Task, ids[0], {"title": "newer edit", "updated_at": dt.datetime(2030, 1, 2, tzinfo=UTC)})
    ops.update(other, Task, ids[1], {"title": "edited on the road", "updated_at": dt.datetime(2030, 1, 3, tzinfo=UTC)})
    new_id = ops.create(other, Task, {"title": "captured on the road"})
    payload = _export(other)
    before = transfer.export_data(laptop)
    dry = _import(laptop, payload, dry_run=True)
    assert transfer.export_data(laptop) == before  # a dry run writes nothing
    assert dry["task"][0:2] == (1, 1)
    _import(laptop, payload)
    assert ops.get(laptop, Task, ids[0])["title"] == "newer edit"
    assert ops.get(laptop, Task, ids[1])["title"] == "edited on the road"
    assert ops.get(laptop, Task, new_id)["title"] == "captured on the road"
    # And back: the other laptop receives the newer edit; both now hold the same data.
    _import(other, _export(laptop))
    assert transfer.export_data(other) == transfer.export_data(laptop)
    other.close()


def test_same_country_created_on_both_laptops_is_recognised(sample_store, tmp_path):
    from regionmgr.store.models import Country, Note

    other = open_store(tmp_path / "other.sqlite3")
    country = ops.create(other, Country, {"code": "FR", "timezone": "Europe/Paris"})  # FR under another id
    ops.create(other, Note, {"country_id": country, "title": "Written on the road"})
    counts = _import(sample_store, _export(other))
    assert counts["country"][0] == 0  # matched by ISO code, not added twice
    assert counts["note"][0] == 1  # the other laptop's note, attached to our France
    (fr,) = sample_store.raw().execute("SELECT id FROM country WHERE code = 'FR'").fetchall()
    assert sample_store.raw().execute("SELECT country_id FROM note WHERE title = 'Written on the road'"
                                      ).fetchall() == [fr]
    assert sample_store.integrity_ok()
    assert not sample_store.raw().execute("PRAGMA foreign_key_check").fetchall()
    other.close()


def test_import_is_one_undoable_step(window, tmp_path, qtbot):
    from regionmgr.ui.data.transfer_dialog import ImportPreviewDialog

    ctx = window.ctx
    other = open_store(tmp_path / "other.sqlite3")
    load_sample(other, now=FIXED_NOW)
    payload = _export(other)
    other.close()
    before = transfer.export_data(ctx.store)
    plan = transfer.plan_import(ctx.store, transfer.read_export(payload))
    dialog = ImportPreviewDialog(ctx, tmp_path / "x.rgmexport", plan, window)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and dialog.model.rowCount() > 0
    assert dialog.apply()
    assert transfer.export_data(ctx.store) != before
    assert [b.reason for b in window.backup_scheduler.list()] == ["import"]  # a copy just before
    ctx.undo_stack.undo()
    assert transfer.export_data(ctx.store) == before


# -- hostile files ---------------------------------------------------------------------
def _good(store) -> bytes:
    return _export(store)


def _one_task(store) -> dict:
    return json.loads(_members(_good(store))["tables/task.json"])[0]


HOSTILE = {
    "empty": lambda s: b"",
    "not a zip": lambda s: b"%PDF-1.4 hello",
    "truncated": lambda s: _good(s)[: len(_good(s)) // 2],
    "no manifest": lambda s: _zip({"tables/task.json": "[]"}),
    "someone else's zip": lambda s: _zip({"manifest.json": json.dumps({"format": "other", "version": 1})}),
    "unknown version": lambda s: _zip({"manifest.json": json.dumps({"format": transfer.FORMAT, "version": 99})}),
    "wrong types": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "urgent": "yes"}]),
    "rows not a list": lambda s: _with_table(_good(s), "task", {"a": 1}),
    "missing column": lambda s: _with_table(_good(s), "task", [{k: v for k, v in _one_task(s).items() if k != "title"}]),
    "unknown column": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "evil": 1}]),
    "50 MB string": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "notes": "x" * (50 * 1024 * 1024)}]),
    "deep nesting": lambda s: _zip({**_members(_good(s)), "tables/task.json": "[" * 200_000 + "]" * 200_000}),
    "nested value": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "title": [[["x"]]]}]),
    "duplicated uuid": lambda s: _with_table(_good(s), "task", [_one_task(s), {**_one_task(s), "title": "twin"}]),
    "duplicate json key": lambda s: _zip({**_members(_good(s)),
                                          "tables/absence.json": '[{"id": "a", "id": "b"}]'}),
    "dangling reference": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "id": "new-id", "country_id": "nowhere"}]),
    "bad time zone": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "due_tz": "../../etc/passwd"}]),
    "bad status": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "status": "haunted"}]),
    "naive instant": lambda s: _with_table(_good(s), "task", [{**_one_task(s), "updated_at": "2030-01-01T00:00:00"}]),
    "NaN": lambda s: _zip({**_members(_good(s)), "tables/country.json": "[NaN]"}),
    "extra member": lambda s: _zip({**_members(_good(s)), "../../evil.sh": "rm -rf /"}),
    "encrypted member": lambda s: _encrypted_flag(_good(s)),
    "not utf-8": lambda s: _zip({**_members(_good(s)), "tables/task.json": b"\xff\xfe["}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_is_refused_and_the_store_is_unchanged(sample_store, tmp_path, case):
    payload = HOSTILE[case](sample_store)
    before = transfer.export_data(sample_store)
    path = tmp_path / "hostile.rgmexport"
    path.write_bytes(payload)
    with pytest.raises(transfer.ImportRefused) as refused:
        transfer.import_file(sample_store, path)
    assert refused.value.code in {"not_zip", "too_big", "not_ours", "version", "damaged", "invalid", "conflict"}
    assert transfer.export_data(sample_store) == before


def test_zip_bomb_is_refused_while_reading(sample_store, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_MEMBER_BYTES", 4 * 1024 * 1024)
    bomb = _zip({**_members(_good(sample_store)), "tables/note.json": b"[" + b" " * (64 * 1024 * 1024) + b"]"})
    assert len(bomb) < 200_000  # tiny on disk, 64 MB unpacked
    with pytest.raises(transfer.ImportRefused) as refused:
        transfer.read_export(bomb)
    assert refused.value.code == "too_big"


def test_oversized_file_is_refused_before_reading(sample_store, tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.rgmexport"
    path.write_bytes(_good(sample_store))
    with pytest.raises(transfer.ImportRefused, match="too_big"):
        transfer.import_file(sample_store, path)


def test_a_failure_while_writing_rolls_the_whole_import_back(sample_store, tmp_path, monkeypatch):
    """The write is one transaction: a reference broken at COMMIT leaves no row of the import behind."""
    other = open_store(tmp_path / "other.sqlite3")
    load_sample(other, now=FIXED_NOW)
    good = _export(other)
    other.close()
    task = json.loads(_members(good)["tables/task.json"])[0]
    payload = _with_table(good, "task", [{**task, "country_id": "nowhere"}])
    monkeypatch.setattr(transfer, "_check_references", lambda *a: None)  # let it reach SQLite
    before = transfer.export_data(sample_store)
    with pytest.raises(transfer.ImportRefused) as refused:
        _import(sample_store, payload)
    assert refused.value.code == "conflict"
    assert transfer.export_data(sample_store) == before  # notes, contacts... none were kept


def test_refusal_in_the_app_says_why_and_changes_nothing(window, tmp_path, qtbot):
    from regionmgr.ui.data.transfer_dialog import run_import_check

    path = tmp_path / "bad.rgmexport"
    path.write_bytes(HOSTILE["unknown version"](window.ctx.store))
    before = transfer.export_data(window.ctx.store)
    run_import_check(window, path)
    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=10000)
    text = window.last_error_box.text()
    assert "newer version" in text and "Nothing was changed" in text
    assert transfer.export_data(window.ctx.store) == before


def test_export_and_import_from_the_file_menu(window, tmp_path, qtbot):
    from regionmgr.ui.data.transfer_dialog import run_export, run_import_check

    assert window.export_data_action in window.file_menu.actions()
    assert window.import_data_action in window.file_menu.actions()
    target = tmp_path / "out.rgmexport"
    run_export(window, target)
    qtbot.waitUntil(lambda: target.exists() and "Exported" in window.statusBar().currentMessage(), timeout=10000)
    run_import_check(window, target)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=10000)
    dialog = window.import_dialog
    assert not dialog.import_button.isEnabled()  # its own data: nothing would change
    assert "changes nothing" in dialog.summary.text()
    dialog.reject()


def test_the_import_check_shows_progress_and_closes_it(window, tmp_path, qtbot):
    from regionmgr.ui.data.transfer_dialog import run_import_check

    path = tmp_path / "x.rgmexport"
    path.write_bytes(_export(window.ctx.store))
    run_import_check(window, path)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=10000)
    progress = window.import_progress
    assert 0 < progress.maximum() == progress.value()  # reading and planning reported up to the end
    assert progress.isHidden()
    window.import_dialog.reject()


def test_the_import_check_can_be_cancelled(window, tmp_path, qtbot, monkeypatch):
    import threading

    from regionmgr.ui.data.transfer_dialog import run_import_check

    path = tmp_path / "x.rgmexport"
    path.write_bytes(_export(window.ctx.store))
    gate, real = threading.Event(), transfer.read_limited

    def held(p):
        gate.wait(10)  # holds the worker until the user has pressed Cancel
        return real(p)

    monkeypatch.setattr(transfer, "read_limited", held)
    job = run_import_check(window, path)
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(job.signals.cancelled, timeout=10000):
        window.import_progress.findChild(QPushButton).click()  # the dialog's Cancel button
        gate.set()
    assert getattr(window, "import_dialog", None) is None
    assert window.import_progress.isHidden()
    assert "cancelled" in window.statusBar().currentMessage()



def test_a_store_s_identity_never_travels_with_its_export(sample_store, tmp_path):
    """Backups are matched to their store by its id: an export carries none, and a file that does
    (crafted, or from another version) never gives ours away or takes over another's."""
    from regionmgr.store import backup

    mine = backup.ensure_store_id(sample_store.path)
    other = open_store(tmp_path / "other" / "regionmgr.sqlite3")
    try:
        theirs = backup.ensure_store_id(other.path)
        members = _members(transfer.export_bytes(other))
    finally:
        other.close()
    settings = json.loads(members["tables/setting.json"])
    assert all(row["key"] != backup.STORE_ID_KEY for row in settings)
    settings.append({"key": backup.STORE_ID_KEY, "value": theirs, "updated_at": "2030-12-31T00:00:00+00:00"})
    members["tables/setting.json"] = json.dumps(settings).encode()
    _import(sample_store, _zip(members))
    assert backup.read_store_id(sample_store.path) == mine


# Columns and tables added by migration 0003 (the weekly loop): an export made before it lacks them.
_LATER_TASK_COLUMNS = ("channel", "parked_at", "requested_due_on", "deadline_agreed_on", "deadline_note", "recurrence")
_LATER_TABLES = ("colleague", "meeting_item", "meeting_minutes", "protected_period")


def _as_made_before_the_weekly_loop(payload: bytes) -> bytes:
    members = _members(payload)
    manifest = json.loads(members["manifest.json"])
    manifest["schema"] = 2
    members["manifest.json"] = json.dumps(manifest)
    for table in _LATER_TABLES:
        members.pop(f"tables/{table}.json", None)
    tasks = json.loads(members["tables/task.json"])
    members["tables/task.json"] = json.dumps([{k: v for k, v in t.items() if k not in _LATER_TASK_COLUMNS} for t in tasks])
    series = json.loads(members["tables/meeting_series.json"])
    members["tables/meeting_series.json"] = json.dumps([{k: v for k, v in s.items() if k != "invite_agenda"} for s in series])
    skips = json.loads(members["tables/meeting_skip.json"])
    members["tables/meeting_skip.json"] = json.dumps(
        [{k: v for k, v in s.items() if k not in ("moved_to", "moved_minutes")} for s in skips])
    return _zip(members)


def test_an_export_from_before_the_weekly_loop_still_imports(sample_store, tmp_path):
    """A file exported by the previous version (schema 2) imports: its tasks get no channel, are
    not parked, not recurring; nothing else is lost."""
    old = _as_made_before_the_weekly_loop(_good(sample_store))
    target = open_store(tmp_path / "other.sqlite3")
    path = tmp_path / "old.rgmexport"
    path.write_bytes(old)
    transfer.import_file(target, path)
    mine, theirs = transfer.export_data(sample_store), transfer.export_data(target)
    assert len(theirs["task"]) == len(mine["task"]) > 0
    assert {t["channel"] for t in theirs["task"]} == {""}
    assert {t["recurrence"] for t in theirs["task"]} == {""}
    assert {t["title"] for t in theirs["task"]} == {t["title"] for t in mine["task"]}
    target.close()


def test_an_export_from_a_newer_schema_is_refused_with_its_reason(sample_store, tmp_path):
    members = _members(_good(sample_store))
    manifest = json.loads(members["manifest.json"])
    manifest["schema"] = 99
    members["manifest.json"] = json.dumps(manifest)
    before = transfer.export_data(sample_store)
    with pytest.raises(transfer.ImportRefused) as refused:
        transfer.read_export(_zip(members))
    assert refused.value.code == "version"
    assert transfer.export_data(sample_store) == before
