"""Documents to PDF and to the printer: HTML laid out by QTextDocument, written atomically.

Shared by the refresher packs, the transparency report and the handover
dossier. The HTML comes from ``core`` (plain strings); this module only lays it
out. Must run on the UI thread or a worker thread that owns no widgets
(QTextDocument and QPdfWriter are not widgets, so a worker thread is fine).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from regionmgr.core.atomic import atomic_path


def make_document(html: str, title: str = "") -> QTextDocument:
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setDefaultStyleSheet(
        "body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } td, th { padding: 3px 6px; border: 1px solid #999; }"
        "th { background: #e8eef3; }"
    )
    doc.setHtml(html)
    return doc


def write_pdf(html: str, target: Path | str, title: str = "") -> Path:
    """Lay ``html`` out on A4 and write it to ``target`` (atomically)."""
    target = Path(target)
    doc = make_document(html, title)
    with atomic_path(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Region Manager")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        )
        # Lay the text out for the PDF's resolution, not the screen's (else it prints tiny).
        doc.documentLayout().setPaintDevice(writer)
        doc.setPageSize(QSizeF(writer.width(), writer.height()))
        doc.print_(writer)
        del writer  # flushes and closes the file before the rename
    return target


def print_html(html: str, printer: QPrinter, title: str = "") -> None:
    doc = make_document(html, title)
    doc.documentLayout().setPaintDevice(printer)
    doc.print_(printer)
