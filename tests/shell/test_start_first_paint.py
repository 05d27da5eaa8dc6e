"""The first paint with content always comes: the window never stays on "Opening your data…".

``populate`` holds the window's updates while it builds the content (one first frame
with everything in place). Whatever happens while it builds — a page that fails to
build — the updates are given back and the window paints what was built: an error is
reported, never a window frozen on the empty shell with the event loop idle.

The slow test starts the whole app under an X server (``xvfb-run``) and waits until the
content is on the screen itself (grabbed from the server, not from Qt's backing store).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from regionmgr.ui.shell import main_window
from regionmgr.ui.shell.main_window import MainWindow


def test_a_page_that_fails_to_build_does_not_freeze_the_window(qtbot, sample_ctx, monkeypatch):
    sample_ctx.settings.setValue("welcome/done", True)
    sample_ctx.settings.setValue("window/page", "tasks")
    window = MainWindow(settings=sample_ctx.settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.shell_painted, timeout=5000):
        window.show()

    def broken(_self, _key):
        raise RuntimeError("a page that fails to build")

    monkeypatch.setattr(main_window.MainWindow, "page", broken)
    with pytest.raises(RuntimeError):
        window.populate(sample_ctx)  # raises: the boot's excepthook reports it
    with qtbot.waitSignal(window.first_painted, timeout=10000):  # what was built is painted: not frozen
        pass
    assert window.updatesEnabled()


SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from regionmgr.__main__ import main

    def colours():  # distinct colours in the window's top-left corner, read back from the X server
        app = QApplication.instance()
        image = app.primaryScreen().grabWindow(0, 0, 0, 400, 300).toImage()
        return len({image.pixel(x, y) for x in range(0, 400, 4) for y in range(0, 300, 4)})

    def poll():
        if colours() > 8:  # navigation, menus, toolbar: the content is on screen
            print("content on screen", flush=True)
            QApplication.instance().quit()  # as Quit does: the store closed cleanly
        else:
            QTimer.singleShot(100, poll)

    app = QApplication(sys.argv[:1])  # the app's boot takes this one
    QTimer.singleShot(100, poll)
    sys.exit(main(["--data-dir", sys.argv[1]]))
""")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed")
@pytest.mark.parametrize("run", range(3))
def test_the_content_reaches_the_screen_under_x(tmp_path: Path, run: int):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-m", "regionmgr", "sample", "--data-dir", str(data)], check=True,
                   env=env, capture_output=True, timeout=120)
    (data / "settings.ini").write_text("[welcome]\ndone=true\n\n[window]\npage=tasks\n")
    script = tmp_path / "until_content.py"
    script.write_text(SCRIPT)
    out = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(script), str(data)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert "content on screen" in out.stdout, out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]
