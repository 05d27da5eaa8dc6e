"""The dialog shown for an error nobody caught: a plain sentence, where the log is, the details folded.

``install()`` makes ``regionmgr.logs`` log every uncaught exception (a slot's
included) and then show this dialog; the app keeps running. ``open_log_folder()``
is Help > Open log folder: the data folder in the desktop's file manager (a local
file URL, nothing leaves the computer).
"""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from regionmgr import logs


def build(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
          log_path: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """The message box for this error (not shown)."""
    translate = QCoreApplication.translate
    text = translate("ErrorDialog", "Something went wrong, and the last action may not have finished.")
    if log_path is not None:
        info = translate("ErrorDialog", "You can keep working. The details were written to the log: {0}").format(
            log_path)
    else:
        info = translate("ErrorDialog", "You can keep working.")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorDialog", "Region Manager"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(info)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))  # folded until asked for
    box.setObjectName("unexpected_error")
    return box


def show(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``logs`` reporter: the dialog, over the active window, waiting for OK."""
    if QApplication.instance() is None:
        return
    box = build(exc_type, exc, tb, logs.current_path(), QApplication.activeWindow())
    box.exec()


def install() -> None:
    logs.install_excepthook(show)


def log_folder(fallback: Path | None = None) -> Path | None:
    path = logs.current_path()
    return path.parent if path is not None else fallback


def open_log_folder(fallback: Path | None = None) -> bool:
    """Open the folder holding the log in the file manager."""
    folder = log_folder(fallback)
    if folder is None:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
