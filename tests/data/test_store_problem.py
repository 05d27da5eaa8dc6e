"""A store that can't be opened: the dialog restores the newest good backup, opens another file, or
starts afresh; the problem file is always kept, byte for byte."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from regionmgr.core.data.sample import load_sample
from regionmgr.store import backup as B  # noqa: N812 - the module read as a namespace, B.<name>
from regionmgr.store.db import (
    STORE_FILENAME,
    DamagedStoreError,
    ForeignFileError,
    inspect_file,
    open_store,
)
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.UTC


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for at in range(2 * page, min(len(data), 12 * page), 7):
        data[at] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path):
    """A data folder with a good backup, then a damaged store file."""
    data_dir = tmp_path / "data"
    store = open_store(data_dir / STORE_FILENAME)
    load_sample(store, now=FIXED_NOW)
    B.make_backup(store.path, data_dir / "backups", "close", dt.datetime(2026, 11, 20, tzinfo=UTC))
    store.close()
    _damage(store.path)
    with pytest.raises(DamagedStoreError):
        inspect_file(store.path)
    return data_dir


def _dialog(qtbot, data_dir, message="damaged"):
    from regionmgr.ui.shell.store_problem_dialog import StoreProblemDialog, backup_folders

    dialog = StoreProblemDialog(data_dir / STORE_FILENAME, message, backup_folders(data_dir))
    qtbot.addWidget(dialog)
    return dialog


def test_restore_newest_good_backup_keeps_the_damaged_file(damaged, qtbot):
    path = damaged / STORE_FILENAME
    damaged_bytes = path.read_bytes()
    # A newer backup that is itself damaged is passed over.
    bad = damaged / "backups" / B.backup_name(dt.datetime(2026, 11, 22, tzinfo=UTC), "auto")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    dialog = _dialog(qtbot, damaged)
    text = dialog.restore_button.text()
    assert dialog.restore_button.isEnabled() and "20 Nov" in text and "22 Nov" not in text  # the good copy, not the newer damaged one
    assert dialog.restore_newest()
    assert dialog.outcome == ("restored", path)
    assert dialog.kept_at.read_bytes() == damaged_bytes  # kept, never rewritten
    store = open_store(path)
    assert store.integrity_ok()
    assert store.raw().execute("SELECT count(*) FROM task").fetchone()[0] > 0
    store.close()


def test_start_afresh_sets_the_file_aside(damaged, qtbot):
    path = damaged / STORE_FILENAME
    damaged_bytes = path.read_bytes()
    dialog = _dialog(qtbot, damaged)
    assert dialog.start_fresh()
    assert dialog.outcome == ("fresh", path)
    assert dialog.kept_at.read_bytes() == damaged_bytes
    assert not path.exists()
    open_store(path).close()


def test_open_another_file(damaged, qtbot, tmp_path):
    dialog = _dialog(qtbot, damaged)
    dialog.open_other(tmp_path / "elsewhere.sqlite3")
    assert dialog.outcome == ("other", tmp_path / "elsewhere.sqlite3")


def test_no_backup_no_restore_button(tmp_path, qtbot):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / STORE_FILENAME).write_text("my shopping list")
    with pytest.raises(ForeignFileError):
        inspect_file(data_dir / STORE_FILENAME)
    dialog = _dialog(qtbot, data_dir, "not ours")
    assert not dialog.restore_button.isEnabled()
    assert not dialog.restore_newest()
    dialog.reject()
    assert dialog.outcome == ("quit", None)
    assert (data_dir / STORE_FILENAME).read_text() == "my shopping list"


@pytest.mark.slow
@pytest.mark.parametrize("content", [b"my shopping list", b"damaged"])
def test_app_without_a_screen_refuses_and_exits_without_a_dialog(tmp_path, content, damaged):
    data_dir = damaged if content == b"damaged" else tmp_path / "other"
    data_dir.mkdir(exist_ok=True)
    if content != b"damaged":
        (data_dir / STORE_FILENAME).write_bytes(content)
    before = (data_dir / STORE_FILENAME).read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "regionmgr", "--smoke-test", "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "left untouched" in done.stderr
    assert (data_dir / STORE_FILENAME).read_bytes() == before


@pytest.mark.slow
def test_the_app_offers_the_dialog_and_opens_what_it_chose(damaged):
    """run_gui: a damaged store leads to the dialog; after a restore the app opens the store and starts.

    In a child process (a QApplication that ran exec() and quit is no good for later tests); the
    dialog's answer is scripted: restore the newest good backup.
    """
    script = textwrap.dedent(f"""
        import sys
        from regionmgr import app
        from regionmgr.__main__ import main
        from regionmgr.store import backup as B  # noqa: N812 - the module read as a namespace, B.<name>
        from regionmgr.ui.shell import store_problem_dialog

        def choose(path, message, folders):
            print("DIALOG:", message)
            B.restore_backup(B.newest_good_backup(folders).path, path)
            return path

        app._interactive = lambda args: True
        store_problem_dialog.resolve_store_problem = choose
        sys.exit(main(["--smoke-test", "--data-dir", {str(damaged)!r}]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "DIALOG:" in done.stdout and "damaged" in done.stdout
    assert "smoke test ok" in done.stdout
    assert list((damaged / "replaced").iterdir())  # the damaged file, kept
