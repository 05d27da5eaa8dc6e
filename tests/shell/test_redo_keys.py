"""Redo from the keyboard: Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's key scheme.

Under X11 Qt's standard Redo is Ctrl+Shift+Z alone: adding Ctrl+Shift+Z again made the sequence
ambiguous (nothing happened) and Ctrl+Y was bound to nothing. The X11 scheme is reproduced here
offscreen by giving the window X11's bindings for the standard keys."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from regionmgr.core.ops import insert_row

X11_REDO = ["Ctrl+Shift+Z"]  # QKeySequence.keyBindings(Redo) under xcb (Qt 6, X11 keyboard scheme)


class X11KeySequence(QKeySequence):
    """QKeySequence as the xcb platform answers it for Redo."""

    def __init__(self, *args):
        if args and args[0] == QKeySequence.StandardKey.Redo:
            args = (X11_REDO[0],)
        super().__init__(*args)

    @staticmethod
    def keyBindings(key):  # noqa: N802 - Qt name
        if key == QKeySequence.StandardKey.Redo:
            return [QKeySequence(k) for k in X11_REDO]
        return QKeySequence.keyBindings(key)


@pytest.fixture(params=["platform", "x11"])
def redo_window(request, monkeypatch, qtbot, sample_ctx):
    if request.param == "x11":
        monkeypatch.setattr(QtGui, "QKeySequence", X11KeySequence)
    from regionmgr.ui.shell.main_window import MainWindow

    sample_ctx.settings.setValue("welcome/done", True)
    w = MainWindow(sample_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _undone_insert(window) -> None:
    from regionmgr.store.models import Country

    ctx = window.ctx
    assert ctx.run("Add", lambda: insert_row(ctx.store, Country, {"code": "IS", "timezone": "Atlantic/Reykjavik"}))
    ctx.undo_stack.undo()
    assert ctx.undo_stack.canRedo()


@pytest.mark.parametrize("keys", [
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
])
def test_redo_keys_redo(redo_window, qtbot, keys):
    _undone_insert(redo_window)
    qtbot.keyClick(redo_window, *keys)
    assert not redo_window.ctx.undo_stack.canRedo()


def test_no_key_is_bound_twice_on_the_window(redo_window):
    bound = Counter(seq.toString() for action in redo_window.findChildren(QAction)
                    for seq in action.shortcuts() if not seq.isEmpty())
    assert [k for k, n in bound.items() if n > 1] == []
