"""A full disk or a read-only folder: the edit fails with a clear message, the file stays intact.

Real failures, not mocks: a child process with a small ``RLIMIT_FSIZE``, and
(where mounting is permitted, e.g. as root in CI) a tiny tmpfs filled up, then
remounted read-only under the running app.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from regionmgr.core import ops
from regionmgr.core.data.sample import load_sample
from regionmgr.store.db import STORE_FILENAME, open_store
from regionmgr.store.models import Note
from tests.conftest import FIXED_NOW, make_ctx

ROOT = Path(__file__).resolve().parents[2]


def _first_note(store) -> tuple[str, str]:
    return store.raw().execute("SELECT id, body FROM note ORDER BY id LIMIT 1").fetchone()


@pytest.mark.slow
def test_edit_over_the_file_size_limit_fails_and_the_file_stays_intact(tmp_path, ctx):
    path = tmp_path / STORE_FILENAME
    store = open_store(path)
    load_sample(store, now=FIXED_NOW)
    note_id, body = _first_note(store)
    store.close()
    limit = max(p.stat().st_size for p in tmp_path.iterdir()) + 64 * 1024
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))
        from regionmgr.core import ops
        from regionmgr.store.db import open_store
        from regionmgr.store.models import Note
        store = open_store({str(path)!r})
        try:
            ops.update(store, Note, {note_id!r}, {{"body": "y" * 3_000_000}})
        except Exception as exc:
            print(type(exc).__name__ + "|" + str(exc).splitlines()[0])
            sys.exit(0)
        print("written")
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    kind, _, text = done.stdout.strip().partition("|")
    assert kind == "OperationalError", done.stdout
    message = ctx.describe_error(sqlite3.OperationalError(text))
    assert "could not be written" in message and "intact" in message
    store = open_store(path)  # the app's own checks pass
    assert store.integrity_ok()
    assert _first_note(store) == (note_id, body)
    store.close()


@pytest.fixture
def tiny_fs(tmp_path):
    """A 3 MB tmpfs, or skip where mounting is not permitted."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("needs root on Linux to mount a small file system")
    point = tmp_path / "tiny"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount not permitted here: {done.stderr.strip()}")
    yield point
    subprocess.run(["mount", "-o", "remount,rw", str(point)], capture_output=True)
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def _window_over(store, data_dir, qtbot, clock):
    from regionmgr.ui.shell.main_window import MainWindow

    ctx = make_ctx(store, data_dir, clock)
    ctx.settings.setValue("welcome/done", True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return ctx, window


def test_full_disk_edit_shows_the_message_and_keeps_the_saved_state(tiny_fs, tmp_path, qtbot, clock):
    from tests.commands import UpdateCommand

    store = open_store(tiny_fs / STORE_FILENAME)
    load_sample(store, now=FIXED_NOW)
    note_id, body = _first_note(store)
    ctx, window = _window_over(store, tmp_path, qtbot, clock)
    filler = _fill(tiny_fs)
    steps = ctx.undo_stack.count()
    with qtbot.waitSignal(ctx.data_changed) as reloaded:
        ok = ctx.push(UpdateCommand(ctx, Note, note_id, {"body": "z" * 1_000_000}, "Edit note"))
    assert not ok
    assert reloaded.args == ["note"]  # the views reload what is saved
    assert "disk is full" in window.last_error_box.text()
    assert ctx.undo_stack.count() == steps  # nothing to undo: nothing happened
    assert _first_note(store) == (note_id, body)
    assert store.integrity_ok()
    # Room again: the same edit now goes through.
    filler.unlink()
    assert ctx.push(UpdateCommand(ctx, Note, note_id, {"body": "saved"}, "Edit note"))
    assert ops.get(store, Note, note_id)["body"] == "saved"
    window.close()
    store.close()


def test_read_only_folder_edit_shows_the_message_and_keeps_the_saved_state(tiny_fs, tmp_path, qtbot, clock):
    from tests.commands import UpdateCommand

    store = open_store(tiny_fs / STORE_FILENAME)
    load_sample(store, now=FIXED_NOW)
    note_id, body = _first_note(store)
    ctx, window = _window_over(store, tmp_path, qtbot, clock)
    steps = ctx.undo_stack.count()
    store.close()  # no file open for writing, so the file system can be remounted; the app reconnects lazily
    done = subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"remount not permitted: {done.stderr.strip()}")
    try:
        ok = ctx.push(UpdateCommand(ctx, Note, note_id, {"body": "changed"}, "Edit note"))
        assert not ok
        text = window.last_error_box.text()
        assert "read-only" in text and "intact" in text
        assert ctx.undo_stack.count() == steps
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs)], capture_output=True)
    window.close()
    store.close()
    reopened = open_store(tiny_fs / STORE_FILENAME)
    assert reopened.integrity_ok()
    assert _first_note(reopened) == (note_id, body)
    reopened.close()


# Keep imports used by type checkers quiet on non-Linux platforms.
_ = (resource, signal)
