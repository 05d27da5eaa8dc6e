"""A row of two groups that puts the second under the first when the width can't hold both.

Used for settings rows and button bars that fit side by side at 1280 pixels but, in French
at 1024, would squeeze their labels and buttons ("Marquer relue aujourd'hui" cut to
"rquer relue aujourd'"). Its minimum width is the wider group's, so the window can narrow
it; its preferred size is the two side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


class FoldRow(QWidget):
    """``first`` and ``second`` (layouts) side by side, or stacked when narrower than both need.

    ``stretch``: how the two share the room left side by side. Stacked, each takes the whole
    width: give a group a trailing stretch to keep its widgets together on the left.
    """

    def __init__(self, first: QLayout, second: QLayout, parent: QWidget | None = None,
                 stretch: tuple[int, int] = (1, 0)):
        super().__init__(parent)
        self.first, self.second = first, second
        self.box = QBoxLayout(SIDE_BY_SIDE, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the minimum is ours
        self.box.addLayout(first, stretch[0])
        self.box.addLayout(second, stretch[1])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def folded(self) -> bool:
        return self.box.direction() == STACKED

    def needed_width(self) -> int:
        """The width both groups take side by side (their size hints)."""
        return self.first.sizeHint().width() + self.box.spacing() + self.second.sizeHint().width()

    def fit(self, width: int) -> None:
        direction = SIDE_BY_SIDE if width >= self.needed_width() else STACKED
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()  # one row more or less: the parent gives the new height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.first.minimumSize().width(), self.second.minimumSize().width())
        return QSize(width, self.box.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.needed_width(), self.box.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.fit(event.size().width())
        super().resizeEvent(event)
