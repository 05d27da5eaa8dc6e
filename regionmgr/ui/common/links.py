"""mailto: links built by core (already percent-encoded) handed to Qt and the desktop as they are."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices


def mailto_qurl(url: str) -> QUrl:
    """The link as a QUrl, its percent-encoding kept (QUrl(str) would decode and re-encode it)."""
    return QUrl.fromEncoded(QByteArray(url.encode("ascii")), QUrl.ParsingMode.StrictMode)


def open_mailto(url: str) -> bool:
    """Open the user's mail program on the link."""
    return QDesktopServices.openUrl(mailto_qurl(url))
