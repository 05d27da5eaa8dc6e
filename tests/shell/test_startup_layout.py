"""Start-up without a jump: the first frame painted with content already has its final layout.

The window is started as the app starts it (an empty window painted first, then
``populate`` over the open store). At the first paint after ``populate`` the
timer toolbar, the quick-capture line, the search field and the task list must
already be shown where they stay once everything has loaded (the whole list
read, the deferred services started): nothing appears late and pushes the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QWidget

from regionmgr.ui.shell.main_window import MainWindow

Layout = dict[str, tuple[bool, tuple[int, int, int, int]] | None]


def layout(window: MainWindow) -> Layout:
    """Where the parts a user sees are: shown or not, and their rectangle in the window."""

    def place(widget: QWidget | None) -> tuple[bool, tuple[int, int, int, int]] | None:
        if widget is None:
            return None
        at = widget.mapTo(window, QPoint(0, 0))
        return widget.isVisible(), (at.x(), at.y(), widget.width(), widget.height())

    page = window.pages.get("tasks")
    return {
        "timer toolbar": place(window.findChild(QToolBar, "timer")),
        "capture line": place(window.findChild(QLineEdit, "quickCapture")),
        "search": place(getattr(page, "search_edit", None)),
        "list": place(getattr(page, "view", None)),
        "list rows": place(page.view.viewport() if page is not None else None),  # a scroll bar coming narrows it
        "navigation": place(getattr(window, "nav_bar", None)),
    }


class FirstPaint(QObject):
    """Records the layout at the window's first paint event."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.layout: Layout | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Paint and self.layout is None:
            self.layout = layout(self.window)
        return False


def test_the_first_frame_with_content_has_its_final_layout(qtbot, sample_ctx):
    sample_ctx.settings.setValue("welcome/done", True)
    sample_ctx.settings.setValue("window/page", "tasks")
    window = MainWindow(settings=sample_ctx.settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.shell_painted, timeout=5000):
        window.show()
    spy = FirstPaint(window)  # after the empty window's paint: the next one is the first with content
    with qtbot.waitSignal(window.first_painted, timeout=10000):
        window.populate(sample_ctx)
    first = spy.layout
    assert first is not None
    assert all(place is not None and place[0] for place in first.values()), first  # all there, shown

    page = window.pages["tasks"]
    qtbot.waitUntil(lambda: page.model.complete, timeout=10000)  # the whole list read
    assert window.timer_widget is not None and page.capture_bar is not None  # the deferred parts built
    QApplication.sendPostedEvents()  # pending layout requests applied
    QApplication.processEvents()
    assert layout(window) == first


def test_the_timer_and_capture_line_are_built_with_the_window(qtbot, sample_ctx):
    """``MainWindow(ctx)`` (tests, language switch) has them too, before any event is processed."""
    sample_ctx.settings.setValue("welcome/done", True)
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    assert window.findChild(QToolBar, "timer") is not None
    assert window.findChild(QLineEdit, "quickCapture") is not None
