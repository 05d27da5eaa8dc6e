"""First launch: the welcome text shows whole (title, paragraphs, buttons), in French and English,
at 1280x800 and at 1024x700: no label is squeezed below the height its wrapped text needs,
and the text stays centred."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from regionmgr.ui.common import i18n
from regionmgr.ui.shell.main_window import MainWindow


@pytest.fixture
def language(qapp):
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, "en")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
@pytest.mark.parametrize("code", ["fr", "en"])
def test_welcome_text_is_not_clipped(qtbot, ctx, language, code, size):
    language(code)
    ctx.settings.setValue("welcome/done", False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    welcome = window.welcome
    assert welcome is not None and window.stack.currentWidget() is welcome
    labels = [label for label in welcome.findChildren(QLabel) if label.isVisible() and label.text()]
    assert len(labels) >= 2
    for label in labels:
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= needed, (label.text()[:40], label.height(), needed)
        top = label.mapTo(window, label.rect().topLeft()).y()
        assert top >= 0 and top + label.height() <= window.height()
        middle = label.mapTo(welcome, label.rect().center()).x()
        assert abs(middle - welcome.width() // 2) <= 2, (label.text()[:40], middle, welcome.width())
    for button in (welcome.sample_button, welcome.empty_button):
        assert button.width() >= button.sizeHint().width()
