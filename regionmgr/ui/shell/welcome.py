"""First launch: a welcoming empty state offering the sample region or a clean start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.changes import Change
from regionmgr.ui.common import worker
from regionmgr.ui.common.context import AppContext


class WelcomePage(QWidget):
    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.job: worker.Job | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("<h1>Welcome to Region Manager</h1>"))
        text = _Paragraph(
            self.tr(
                "Every request from every country in one list, what to know about each country, "
                "the weekly meeting with your correspondents, and a fair account of your time.\n\n"
                "Everything stays on this computer and works offline."
            )
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        # Centred by expanding spacers, not by an alignment flag: with one, the layout gives the
        # wrapped text the height of its size hint, not the height it needs at its width (clipped).
        row = QHBoxLayout()
        row.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        row.addWidget(text)
        row.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        layout.addLayout(row)
        layout.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.sample_button = QPushButton(self.tr("Start with the sample region"))
        self.sample_button.setToolTip(
            self.tr("France, Germany, Morocco, the United Arab Emirates and Poland, with notes, contacts, tasks and a weekly meeting")
        )
        self.sample_button.setDefault(True)
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.sample_button.clicked.connect(self.start_sample)
        self.empty_button.clicked.connect(self.start_empty)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(400)
        self.progress.hide()
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def should_show(self) -> bool:
        return should_show(self.ctx)

    def start_empty(self) -> None:
        self.ctx.settings.setValue("welcome/done", True)
        self.finished.emit()

    def start_sample(self) -> None:
        self.sample_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.progress.show()
        store, now = self.ctx.store, self.ctx.now()
        from regionmgr.core.data import sample

        self.job = worker.Job(lambda report: sample.load_sample(store, now=now, report=report))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._sample_loaded)
        self.job.signals.failed.connect(self._sample_failed)
        worker.start(self.job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _sample_loaded(self, _result: object) -> None:
        self.progress.hide()
        self.ctx.notify(Change.everything([""]))  # the sample filled every table
        self.start_empty()

    def _sample_failed(self, exc: object) -> None:
        self.progress.hide()
        self.sample_button.setEnabled(True)
        self.empty_button.setEnabled(True)
        self.ctx.report_failure(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))


class _Paragraph(QLabel):
    """Centred wrapped text, as wide as the room allows up to ``WIDTH``."""

    WIDTH = 640

    def __init__(self, text: str):
        super().__init__(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaximumWidth(self.WIDTH)
        policy = self.sizePolicy()  # keeps the height-for-width the word wrap set
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)


def should_show(ctx: AppContext) -> bool:
    """First launch: the welcome is shown until the user chose, and only over an empty store."""
    if ctx.settings.value("welcome/done", False, type=bool):
        return False
    from regionmgr.core.data import sample  # SQLAlchemy: not on the start-up path

    return sample.is_empty(ctx.store)
