"""Importing a big export: read as a stream (memory bounded by the ids, not the rows), written in
a worker with progress and Cancel (a cancel leaves the store as it was), still one undoable step."""

from __future__ import annotations

import io
import json
import threading
import tracemalloc
import uuid
import zipfile

import pytest

from regionmgr.core.data import transfer
from regionmgr.store.db import open_store
from tests.conftest import FIXED_NOW


def _members(payload: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _many_tasks(store, count: int) -> tuple[bytes, int]:
    """The store's export with ``count`` more tasks (copies of one, under new ids); and the size of
    the task member's text."""
    members = _members(transfer.export_bytes(store, now=FIXED_NOW))
    tasks = json.loads(members["tables/task.json"])
    model = next(t for t in tasks if t["parent_id"] is None)
    tasks += [{**model, "id": str(uuid.uuid4()), "title": f"Copy {i} of {model['title']}",
               "notes": f"Copied row number {i}, with a few words so that it weighs like a real one."}
              for i in range(count)]
    members["tables/task.json"] = json.dumps(tasks, ensure_ascii=False, separators=(",", ":")).encode()
    return _zip(members), len(members["tables/task.json"])


def test_reading_and_planning_a_big_export_does_not_hold_its_rows(sample_store):
    payload, text_size = _many_tasks(sample_store, 20_000)
    tracemalloc.start()
    try:
        export = transfer.read_export(payload)
        plan = transfer.plan_import(sample_store, export)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plan.counts()["task"][0] == 20_000
    # Holding the rows would take several times the member's text; the ids and buffers, a fraction.
    assert peak < text_size // 2, (peak, text_size)


class Stop(Exception):
    pass


def test_the_write_reports_progress_and_a_cancel_rolls_it_all_back(sample_store):
    payload, _size = _many_tasks(sample_store, 3000)
    plan = transfer.plan_import(sample_store, transfer.read_export(payload))
    before = transfer.export_data(sample_store)
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= total // 2:
            raise Stop

    with pytest.raises(Stop):
        transfer.import_plan(sample_store, plan, report)
    assert transfer.export_data(sample_store) == before
    assert len(seen) > 1 and seen[-1][1] >= 3000

    seen.clear()
    applied = transfer.import_plan(sample_store, plan, lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(applied.change.ids("task")) == 3000
    after = transfer.export_data(sample_store)
    redo = applied.undo()
    assert transfer.export_data(sample_store) == before
    redo.undo()  # redo: the same rows again
    assert transfer.export_data(sample_store) == after


def test_the_import_writes_in_a_worker_with_progress_and_is_one_undoable_step(window, tmp_path, qtbot, monkeypatch):
    from regionmgr.ui.data.transfer_dialog import ImportPreviewDialog

    ctx = window.ctx
    payload, _size = _many_tasks(ctx.store, 2000)
    before = transfer.export_data(ctx.store)
    plan = transfer.plan_import(ctx.store, transfer.read_export(payload))
    threads, real = [], transfer.import_plan

    def spy(store, plan, report=transfer._no_report):
        threads.append(threading.current_thread())
        return real(store, plan, report)

    monkeypatch.setattr(transfer, "import_plan", spy)
    dialog = ImportPreviewDialog(ctx, tmp_path / "big.rgmexport", plan, window)
    qtbot.addWidget(dialog)
    changes = []
    ctx.changed.connect(changes.append)
    dialog.accept()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1, timeout=60000)
    assert threads and threads[0] is not threading.main_thread()
    progress = window.import_write_progress
    assert progress.maximum() > 0 and progress.isHidden()
    assert ctx.undo_stack.undoText().startswith("Import")
    assert any(len(c.ids("task")) >= 2000 for c in changes)  # the views refresh from the Change
    assert transfer.export_data(ctx.store) != before
    ctx.undo_stack.undo()
    assert transfer.export_data(ctx.store) == before


def test_cancelling_the_import_write_leaves_the_store_as_it_was(window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from regionmgr.ui.data.transfer_dialog import ImportPreviewDialog

    ctx = window.ctx
    payload, _size = _many_tasks(ctx.store, 2000)
    before = transfer.export_data(ctx.store)
    plan = transfer.plan_import(ctx.store, transfer.read_export(payload))
    gate, real = threading.Event(), transfer.import_plan

    def held(store, plan, report=transfer._no_report):
        def slow(done: int, total: int) -> None:
            if done:
                gate.wait(10)  # the first rows are written; the user presses Cancel now
            report(done, total)

        return real(store, plan, slow)

    monkeypatch.setattr(transfer, "import_plan", held)
    dialog = ImportPreviewDialog(ctx, tmp_path / "big.rgmexport", plan, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    job = window.import_write_job
    with qtbot.waitSignal(job.signals.cancelled, timeout=60000):
        window.import_write_progress.findChild(QPushButton).click()
        gate.set()
    assert transfer.export_data(ctx.store) == before
    assert ctx.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_file_written_with_spaces_and_new_lines_reads_the_same(sample_store, tmp_path):
    """Another tool (or a person) may reformat the JSON: white space between rows is allowed."""
    members = _members(transfer.export_bytes(sample_store, now=FIXED_NOW))
    pretty = {n: json.dumps(json.loads(data), indent=2).encode() + b"\n " for n, data in members.items()}
    other = open_store(tmp_path / "other.sqlite3")
    try:
        plan = transfer.plan_import(other, transfer.read_export(_zip(pretty)))
        transfer.apply_import(other, plan)
        assert transfer.export_data(other) == transfer.export_data(sample_store)
    finally:
        other.close()


@pytest.mark.parametrize("text", [b"[1 2]", b"[{}", b"[],", b"[,]", b"[{\"a\": 1},]", b"[\"\xff\"]", b"", b"  "])
def test_a_damaged_list_is_refused(sample_store, text):
    members = _members(transfer.export_bytes(sample_store, now=FIXED_NOW))
    members["tables/absence.json"] = text
    with pytest.raises(transfer.ImportRefused) as refused:
        transfer.read_export(_zip(members))
    assert refused.value.code in {"damaged", "invalid"}
