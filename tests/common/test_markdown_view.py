"""The rendered view of a note loads nothing the note names, and opens links only on click, after confirmation."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from regionmgr.ui.common.markdown_view import MarkdownView, markdown_to_html


def make_png(path):
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return path


def test_remote_and_local_images_are_not_loaded(qtbot, tmp_path):
    secret = make_png(tmp_path / "secret.png")
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown(
        "# Visit\n\n![tracking pixel](https://tracker.example.com/p.png) "
        f"![local file]({secret}) ![rel][r] <img src='{secret}'>\n\n[r]: file://{secret}\n"
    )
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # lay out and paint everything
    doc = view.document()
    for name in ("https://tracker.example.com/p.png", str(secret), f"file://{secret}"):
        assert doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is None
    assert "tracking pixel" in view.toPlainText() and "local file" in view.toPlainText()
    assert "Visit" in view.toPlainText()


def test_an_image_qt_still_makes_from_html_is_replaced_before_layout(tmp_path):
    secret = make_png(tmp_path / "secret.png")
    html = markdown_to_html(f"text <IMG\nSRC=\"{secret}\"> more")
    assert "<img" not in html.lower()


def test_a_web_link_opens_only_after_showing_the_full_address(qtbot):
    opened: list[QUrl] = []
    view = MarkdownView(opener=opened.append)
    qtbot.addWidget(view)
    view.anchorClicked.emit(QUrl("https://intranet.example.com/payroll?month=11"))
    box = view.confirmation
    assert box is not None and "https://intranet.example.com/payroll?month=11" in box.text()
    assert opened == []
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == []
    view.anchorClicked.emit(QUrl("mailto:salma@example.ma"))
    view.confirmation.button(QMessageBox.StandardButton.Open).click()
    assert [u.toString() for u in opened] == ["mailto:salma@example.ma"]
    assert view.source().isEmpty()  # the view itself never navigated


def test_other_link_schemes_are_never_opened(qtbot, tmp_path):
    opened: list[QUrl] = []
    view = MarkdownView(opener=opened.append)
    qtbot.addWidget(view)
    for url in (QUrl.fromLocalFile(str(tmp_path / "x.sh")), QUrl("javascript:alert(1)")):
        view.anchorClicked.emit(url)
        assert "not opened" in view.confirmation.text()
        view.confirmation.button(QMessageBox.StandardButton.Ok).click()
    assert opened == []
