"""A Markdown view that loads nothing a note names, and opens links only on click, after confirmation.

QTextBrowser resolves ``<img src=...>`` and ``![](...)`` against the disk (and
asks its document for any resource) by default. Here both the browser and its
document refuse every resource: a note can't make the app read a local file or
reach the network. Links never navigate inside the view; a click on an http(s)
or mailto link shows the full address and opens it with QDesktopServices only
if the user agrees. Other schemes (file:, javascript:, ...) are refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from regionmgr.core.countries.refresher import strip_images_markdown
from regionmgr.ui.common import worker

log = logging.getLogger(__name__)

OPENABLE_SCHEMES = ("http", "https", "mailto")


class SafeDocument(QTextDocument):
    """A text document that never loads a resource (images, style sheets, anything)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[QUrl] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        self.refused.append(QUrl(name))
        return None


def set_safe_markdown(doc: QTextDocument, text: str) -> None:
    """Fill ``doc`` from Markdown with every image replaced by its alternative text.

    Overriding ``loadResource`` is not enough: when a resource comes back empty,
    Qt's image handler reads the named file from disk itself. So images are
    removed from the text before Qt parses it, and any image Qt still made
    (from inline HTML) is replaced by a mark before anything is laid out.
    """
    doc.setMarkdown(strip_images_markdown(text), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    found: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    if found:
        mark = "[" + QCoreApplication.translate("MarkdownView", "image") + "]"
        cursor = QTextCursor(doc)
        for position, length in reversed(found):
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(mark, QTextCharFormat())


def render_document(text: str) -> SafeDocument:
    """A new, unparented document holding ``text`` rendered: safe to call on a worker thread."""
    doc = SafeDocument()
    set_safe_markdown(doc, text)
    return doc


def markdown_to_html(text: str) -> str:
    """Markdown rendered by Qt, as an HTML page (images dropped, resources never loaded)."""
    doc = SafeDocument()
    set_safe_markdown(doc, text)
    return doc.toHtml()


class MarkdownView(QTextBrowser):
    """Read-only rendered Markdown, safe against what a note names."""

    def __init__(self, parent: QWidget | None = None, opener: Callable[[QUrl], object] | None = None):
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.confirm_link)
        self.opener: Callable[[QUrl], object] = opener or QDesktopServices.openUrl
        self.confirmation: QMessageBox | None = None

    @property
    def refused(self) -> list[QUrl]:
        doc = self.document()
        return doc.refused if isinstance(doc, SafeDocument) else []

    def setDocument(self, document: QTextDocument) -> None:  # noqa: N802 - Qt override
        super().setDocument(document)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        doc = self.document()
        if isinstance(doc, SafeDocument):
            doc.refused.append(QUrl(name))
        return None

    def set_markdown(self, text: str) -> None:
        set_safe_markdown(self.document(), text)

    def show_document(self, doc: SafeDocument) -> None:
        """Show a document rendered elsewhere (``render_document``), keeping the scroll position."""
        bar = self.verticalScrollBar()
        position = bar.value()
        old = self.document()
        doc.setParent(self)
        self.setDocument(doc)
        if old is not None and old is not doc and old.parent() is self:
            old.deleteLater()
        bar.setValue(min(position, bar.maximum()))


    def confirm_link(self, url: QUrl) -> None:
        """Show the full address; open it only if it is http(s) or mailto and the user agrees."""
        if url.scheme().lower() not in OPENABLE_SCHEMES:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Link not opened"),
                self.tr("This link is not a web or e-mail address and was not opened:\n\n{0}").format(
                    url.toString()
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.open()
            self.confirmation = box
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open link?"),
            self.tr("Open this address?\n\n{0}").format(url.toString(QUrl.ComponentFormattingOption.FullyDecoded)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        target = QUrl(url)
        box.accepted.connect(lambda: self.opener(target))
        box.open()
        self.confirmation = box


class AsyncMarkdown(QObject):
    """Renders Markdown for a ``MarkdownView`` on a worker thread, the latest text winning.

    ``request(text)`` never blocks: while one render runs, only the newest text asked for
    meanwhile is kept and rendered next; the view keeps its last render until a new one is
    ready. ``cancel()`` drops what is running or waiting (its result is thrown away).
    """

    rendered = Signal()

    def __init__(self, view: MarkdownView):
        super().__init__(view)
        self.view = view
        self.running: worker.Job | None = None
        self.waiting: str | None = None
        self.generation = 0

    @property
    def busy(self) -> bool:
        return self.running is not None or self.waiting is not None

    def request(self, text: str) -> None:
        if self.running is not None:
            self.waiting = text
            return
        self._start(text)

    def cancel(self) -> None:
        self.generation += 1
        self.waiting = None

    def _start(self, text: str) -> None:
        generation, home = self.generation, self.thread()

        def run(_report: Callable[[int, int], None]) -> tuple[int, SafeDocument]:
            doc = render_document(text)
            doc.moveToThread(home)  # handed to the UI thread, which parents and shows it
            return generation, doc

        job = self.running = worker.Job(run)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        worker.start(job)

    def _done(self, result: tuple[int, SafeDocument]) -> None:
        generation, doc = result
        self.running = None
        if generation == self.generation:
            self.view.show_document(doc)
        else:
            doc.deleteLater()
        self._next()
        if generation == self.generation:
            self.rendered.emit()

    def _failed(self, exc: object) -> None:
        self.running = None
        log.warning("a Markdown render failed: %s", exc)
        self._next()

    def _next(self) -> None:
        if self.waiting is not None:
            text, self.waiting = self.waiting, None
            self._start(text)
