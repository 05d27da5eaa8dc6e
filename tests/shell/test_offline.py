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


class NetworkAttempt(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    attempts: list[str] = []

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
        return str(tmp_path / f"export-{next(counter)}{ext.group(1) if ext else '.out'}"), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    return attempts


def _export_like_controls(root):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    found = []
    for button in root.findChildren(QAbstractButton):
        text = button.text() or button.toolTip()
        if button.isEnabled() and button.isVisible() and EXPORT_WORDS.search(text) and not NEVER_CLICK.search(text):
            found.append(button.click)
    for action in root.findChildren(QAction):
        text = action.text()
        if action.isEnabled() and EXPORT_WORDS.search(text) and not NEVER_CLICK.search(text):
            if "Import" not in text:
                found.append(action.trigger)
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
    clicked = 0
    with qtbot.capture_exceptions() as errors:  # other failures are other tests' business
        for spec in PAGES:
            window.show_page(spec.key)
            qtbot.wait(50)
            for click in _export_like_controls(window.pages[spec.key]):
                click()
                clicked += 1
                qtbot.wait(20)
        transfer.export_to(sample_ctx.store, tmp_path / "all.rgmexport")
        window.backup_scheduler.backup_now("manual")
        write_pdf("<h1>Offline</h1>", tmp_path / "offline.pdf", "Offline")
        window.backup_scheduler.wait()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)  # worker jobs started by the clicks
        qtbot.wait(100)  # ...and their signals delivered, before the window goes
    assert set(window.pages) == {spec.key for spec in PAGES}
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
        for word in ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QNetworkRequest",
                     "QWebEngine", "QHttp"):
            if word in text:
                offenders.append(f"{path.name}: {word}")
        for module, name in _imports(path):
            top = module.split(".")[0]
            if module in NETWORK_MODULES or top in NETWORK_MODULES - {"urllib.request"}:
                offenders.append(f"{path.name}: import {module}")
            if module == "urllib" and name == "request":
                offenders.append(f"{path.name}: from urllib import request")
            if module.endswith("QtNetwork") and name not in LOCAL_QT_NETWORK:
                offenders.append(f"{path.name}: {module}.{name}")
    assert offenders == []
