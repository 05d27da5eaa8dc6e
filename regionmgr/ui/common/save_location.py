"""Where exports are saved: the last folder used (remembered in settings), else Documents, else home.

A folder proposed to the user always exists when it is proposed: the Documents
folder of a fresh account may not (``QStandardPaths`` names it all the same), and a
remembered folder may have been removed or unplugged since. ``check_folder`` says,
in a box over the dialog the user is looking at, when the folder typed can't be used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget

LAST_FOLDER_KEY = "export/folder"  # the key the transparency report has always used


class Settings(Protocol):
    def value(self, key: str, /, *args: Any, **kwargs: Any) -> Any: ...
    def setValue(self, key: str, value: Any, /) -> None: ...  # noqa: N802 - Qt's name


def documents_folder() -> str:
    """The user's Documents folder as the platform names it (it may not exist)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def start_folder(saved: str = "", documents: str | None = None) -> str:
    """The first of ``saved`` (the last folder used), ``documents`` (default: the platform's), home that exists."""
    for candidate in (saved, documents_folder() if documents is None else documents):
        text = str(candidate or "").strip()
        if text and Path(text).expanduser().is_dir():
            return str(Path(text).expanduser())
    return str(Path.home())


def remembered_folder(settings: Settings) -> str:
    """The folder to propose: the last one used if it still exists, else Documents, else home."""
    try:
        saved = settings.value(LAST_FOLDER_KEY, "")
    except Exception:  # noqa: BLE001 - an unreadable value is a missing one
        saved = ""
    return start_folder(saved if isinstance(saved, str) else "")


def remember_folder(settings: Settings, folder: str | Path) -> None:
    settings.setValue(LAST_FOLDER_KEY, str(folder))


def folder_row(parent: QWidget, settings: Settings) -> tuple[QWidget, QLineEdit]:
    """A line edit holding the proposed folder, and a Browse… button opening a folder chooser there."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    edit = QLineEdit(remembered_folder(settings), row)
    browse = QPushButton(QCoreApplication.translate("ReportDialog", "Browse…"), row)

    def choose() -> None:
        start = start_folder(edit.text(), "")
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ReportDialog", "Save in folder"), start)
        if folder:
            edit.setText(folder)

    browse.clicked.connect(choose)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row, edit


def folder_problem(text: str) -> str:
    """Why the typed folder can't be written in ("" when it can be tried)."""
    folder = text.strip()
    if not folder:
        return QCoreApplication.translate("SaveLocation", "Choose a folder to save in.")
    path = Path(folder).expanduser()
    if path.exists() and not path.is_dir():
        return QCoreApplication.translate("SaveLocation", "{0} is not a folder. Choose another one.").format(folder)
    if not path.exists():
        return QCoreApplication.translate("SaveLocation", "The folder {0} does not exist. Choose another one.").format(
            folder)
    return ""


def show_error(parent: QWidget, message: str) -> QMessageBox:
    """A warning box over ``parent`` (the dialog the user sees), not hidden behind the main window."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), message, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def check_folder(parent: QWidget, text: str) -> Path | None:
    """The folder typed, or None after saying (over ``parent``) why it can't be used."""
    problem = folder_problem(text)
    if problem:
        show_error(parent, problem)
        return None
    return Path(text.strip()).expanduser()
