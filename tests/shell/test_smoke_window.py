"""The main window opens, every page is reachable, the welcome state works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from regionmgr.core.data.sample import is_empty
from regionmgr.ui.shell.main_window import MainWindow
from regionmgr.ui.shell.pages import PAGES


def test_every_page_is_reachable_from_the_navigation(window, qtbot):
    for spec in PAGES:
        window.page_actions[spec.key].trigger()
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
    assert window.ctx.settings.value("window/page") == PAGES[-1].key


def test_pages_have_keyboard_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "countries"


def test_first_launch_shows_welcome_then_start_empty(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.welcome
    assert not w.nav_bar.isEnabled()
    qtbot.mouseClick(w.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert w.current_page_key() == "tasks"
    assert is_empty(ctx.store)
    # The choice is remembered: the next start goes straight to the pages.
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    assert w2.stack.currentWidget() is not w2.welcome


def test_start_with_sample_region_fills_the_store_off_the_ui_thread(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.welcome.finished, timeout=20000):
        qtbot.mouseClick(w.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert not is_empty(ctx.store)
    assert w.current_page_key() == "tasks"


def test_last_page_comes_back(qtbot, sample_ctx):
    sample_ctx.settings.setValue("welcome/done", True)
    w = MainWindow(sample_ctx)
    qtbot.addWidget(w)
    w.show_page("meetings")
    w.close()
    w2 = MainWindow(sample_ctx)
    qtbot.addWidget(w2)
    assert w2.current_page_key() == "meetings"


def test_write_failure_is_shown_to_the_user(window, qtbot):
    window.ctx.error_raised.emit("The disk is full")
    assert isinstance(window.last_error_box, QMessageBox)
    assert "disk is full" in window.last_error_box.text()


def test_the_window_paints_empty_before_the_store_opens_then_fills(qtbot, sample_ctx):
    """Paint first, load after: the window built from the settings alone shows at once and says it is
    opening the data; once it has painted, ``populate`` builds the pages over the store, and
    ``first_painted`` (the deferred services' cue) follows the first paint with content."""
    sample_ctx.settings.setValue("welcome/done", True)
    sample_ctx.settings.setValue("window/page", "countries")
    w = MainWindow(settings=sample_ctx.settings)
    qtbot.addWidget(w)
    content_painted = []
    w.first_painted.connect(lambda: content_painted.append(True))
    with qtbot.waitSignal(w.shell_painted, timeout=5000):
        w.show()
    assert w.statusBar().currentMessage() == "Opening your data…"
    assert w.pages == {} and w.centralWidget() is None and not content_painted
    w.populate(sample_ctx)
    qtbot.waitUntil(lambda: bool(content_painted), timeout=5000)
    assert w.current_page_key() == "countries"
    assert w.statusBar().currentMessage() == ""
    assert w.page_actions["countries"].isChecked()


@pytest.mark.slow
def test_the_empty_window_imports_nothing_of_the_store(tmp_path):
    """What the first paint needs loads no store, SQLAlchemy, or page module (a fresh process)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import regionmgr.app, regionmgr.ui.common.i18n, regionmgr.ui.shell.main_window, regionmgr.ui.shell.single_instance\n"
        "heavy = [m for m in sys.modules if m.startswith(('regionmgr.store', 'regionmgr.core', 'sqlalchemy',"
        " 'regionmgr.ui.common.context', 'regionmgr.ui.tasks.tasks_page', 'PySide6.QtNetwork', 'PySide6.QtSvg'))]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_source_cache_stays_small_and_tracebacks_keep_their_lines():
    """PySide6's import hook reads every imported module's source into linecache; the app bounds it."""
    import subprocess
    import sys

    script = (
        "from regionmgr import app\n"
        "app.bound_source_cache()\n"
        "import linecache, traceback\n"
        "import PySide6.QtWidgets, sqlalchemy.orm, regionmgr.store.models, regionmgr.core.ops\n"
        "assert len(linecache.cache) <= app._RecentSources.LIMIT, len(linecache.cache)\n"
        "try:\n"
        "    regionmgr.core.ops.model_by_name('no_such_table')\n"
        "except KeyError:\n"
        "    text = traceback.format_exc()\n"
        "assert 'raise KeyError(name)' in text, text\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.mark.slow
@pytest.mark.parametrize("broken", ["time", "tasks"])
def test_smoke_test_exits_non_zero_when_a_page_fails(tmp_path, broken):
    """``--smoke-test`` builds every page; one that raises makes it fail (it used to hang for ever).

    ``tasks`` is the page shown at start (built with the window), ``time`` one built by the smoke test."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from regionmgr.ui.shell import pages\n"
        "build = pages.PageSpec.build\n"
        "def broken(self, ctx):\n"
        f"    if self.key == {broken!r}:\n"
        "        raise RuntimeError('page broken on purpose')\n"
        "    return build(self, ctx)\n"
        "pages.PageSpec.build = broken\n"
        "from regionmgr.__main__ import main\n"
        f"sys.exit(main(['--smoke-test', '--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode not in (0, None), out.stdout + out.stderr
    assert "page broken on purpose" in out.stderr
    assert "smoke test ok" not in out.stdout


@pytest.mark.slow
def test_smoke_test_passes_on_a_fresh_store(tmp_path):
    import subprocess
    import sys

    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "regionmgr", "--smoke-test", "--data-dir", str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "smoke test ok" in out.stdout
