"""SIGTERM (a session ending) stops the app as Quit does: exit status 0, the store closed cleanly
(no log left for the next start to copy and check), the stop logged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from regionmgr.store import wal_guard
from regionmgr.store.db import STORE_FILENAME

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="POSIX signals")]


def test_sigterm_closes_the_store_cleanly(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text("[welcome]\ndone=true\n\n[window]\npage=tasks\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "regionmgr", "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    try:
        # Running: the start backup (taken after the first paint with content) is there.
        deadline = time.monotonic() + 60
        while not list((data_dir / "backups").glob("*.sqlite3")) and proc.poll() is None:
            assert time.monotonic() < deadline, "the app never took its start backup"
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()
        store = data_dir / STORE_FILENAME
        assert wal_guard.read_state(store).get("state") == "open"
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert wal_guard.read_state(store).get("state") == "closed"
    log = (data_dir / "regionmgr.log").read_text()
    assert "asked to stop (SIGTERM)" in log and "stopped (status 0)" in log
