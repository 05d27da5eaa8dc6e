"""Offline guarantee: a full session of the app opens no network connection.

Python's socket creation and name lookups are blocked (and recorded) while the
session runs: every page of ``PAGES`` (whatever pages exist when this runs),
every export-like button or action found on them, the data export, a backup,
a PDF. Qt's own C++ networking would not pass through Python's socket module,
so a second test reads the source: no QtNetwork class other than the local
(Unix-socket) single-instance server, and no networking library imported.
"""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "regionmgr"
EXPORT_WORDS = re.compile(r"export|pdf|\.ics|invite|markdown|save|report|dossier|csv", re.IGNORECASE)
NEVER_CLICK = re.compile(r"delete|remove|quit|drop|cancel the|send.*cancel", re.IGNORECASE)


MIN_CONTROLS = 6  # export-like controls on the sample region's pages when this was written


class NetworkAttempt(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    attempts: list[str] = []
    effects.clear()

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args}")
            raise NetworkAttempt("socket creation blocked by the offline test")

    def blocked(name):
        def fn(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise NetworkAttempt(f"{name} blocked by the offline test")
        return fn

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair"):
        monkeypatch.setattr(socket, name, blocked(name))

    # Nothing may block the session: file dialogs answer with a path, modal dialogs return at once.
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    counter = iter(range(10_000))

    def save_name(*args, **kwargs):
        filt = " ".join(str(a) for a in args[3:4]) or "*.out"
        ext = re.search(r"\*(\.\w+)", filt)
        effects.append("save file dialog")
        return str(tmp_path / f"export-{next(counter)}{ext.group(1) if ext else '.out'}"), filt

    def noting(what, answer):
        return lambda *a, **k: effects.append(what) or answer

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(noting("open file dialog", ("", ""))))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(noting("folder dialog", str(tmp_path))))
    monkeypatch.setattr(QDialog, "exec", noting("dialog", QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QMessageBox, "exec", noting("message", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(noting("open url", True)))
    return attempts


effects: list[str] = []  # what the stand-ins above were asked for: a click that did something shows here


def _visible_windows() -> set:
    from PySide6.QtWidgets import QApplication

    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def _export_like_controls(root):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    found = []
    for button in root.findChildren(QAbstractButton):
        text = button.text() or button.toolTip()
        if button.isEnabled() and button.isVisible() and EXPORT_WORDS.search(text) and not NEVER_CLICK.search(text):
            found.append((text, button.click))
    for action in root.findChildren(QAction):
        text = action.text()
        if action.isEnabled() and EXPORT_WORDS.search(text) and not NEVER_CLICK.search(text) and "Import" not in text:
            found.append((text, action.trigger))
    return found


def test_a_full_session_opens_no_network_connection(no_network, sample_ctx, qtbot, tmp_path):
    from regionmgr.core.data import transfer
    from regionmgr.ui.common.pdf import write_pdf
    from regionmgr.ui.shell.main_window import MainWindow
    from regionmgr.ui.shell.pages import PAGES

    sample_ctx.settings.setValue("welcome/done", True)
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    window.show()
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    clicked: list[str] = []
    did_nothing: list[str] = []
    with qtbot.capture_exceptions() as errors:  # other failures are other tests' business
        for spec in PAGES:
            window.show_page(spec.key)
            QApplication.processEvents()
            for text, click in _export_like_controls(window.pages[spec.key]):
                before = (len(effects), _visible_windows(), _files(tmp_path))
                click()
                QThreadPool.globalInstance().waitForDone(30000)  # a worker job started by the click
                QApplication.processEvents()  # ...and its signals delivered
                after = (len(effects), _visible_windows(), _files(tmp_path))
                clicked.append(f"{spec.key}: {text}")
                if after[0] == before[0] and after[1] <= before[1] and after[2] <= before[2]:
                    did_nothing.append(clicked[-1])  # no dialog, window or file: not really exercised
                for extra in after[1] - before[1]:
                    extra.close()
        transfer.export_to(sample_ctx.store, tmp_path / "all.rgmexport")
        window.backup_scheduler.backup_now("manual")
        write_pdf("<h1>Offline</h1>", tmp_path / "offline.pdf", "Offline")
        window.backup_scheduler.wait()
        QThreadPool.globalInstance().waitForDone(30000)  # worker jobs started by the clicks
        QApplication.processEvents()  # ...and their signals delivered, before the window goes
    assert set(window.pages) == {spec.key for spec in PAGES}
    # The export-like controls of the sample region's pages were all found and each did something.
    assert len(clicked) >= MIN_CONTROLS, clicked
    assert did_nothing == [], f"clicked without any effect: {did_nothing}"
    assert "save file dialog" in effects  # at least one export really asked where to write
    assert not [e for e in errors if isinstance(e[1], NetworkAttempt)]
    assert no_network == [], f"the app tried to use the network: {no_network}"
    assert (tmp_path / "all.rgmexport").exists() and (tmp_path / "offline.pdf").exists()
    window.close()


def test_the_blocker_itself_works(no_network):
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 80))
    assert no_network


NETWORK_MODULES = {"socket", "ssl", "requests", "httpx", "aiohttp", "urllib3", "http", "urllib.request",
                   "smtplib", "ftplib", "imaplib", "poplib", "telnetlib", "xmlrpc", "asyncio", "websocket"}
LOCAL_QT_NETWORK = {"QLocalServer", "QLocalSocket"}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                yield node.module, alias.name


def test_no_network_code_in_the_app():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        offenders.extend(f"{path.name}: {word}" for word in (
            "QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QNetworkRequest",
            "QWebEngine", "QHttp") if word in text)
        for module, name in _imports(path):
            top = module.split(".")[0]
            if module in NETWORK_MODULES or top in NETWORK_MODULES - {"urllib.request"}:
                offenders.append(f"{path.name}: import {module}")
            if module == "urllib" and name == "request":
                offenders.append(f"{path.name}: from urllib import request")
            if module.endswith("QtNetwork") and name not in LOCAL_QT_NETWORK:
                offenders.append(f"{path.name}: {module}.{name}")
    assert offenders == []
