"""A country's notes: the list, and a Markdown editor beside its rendered view.

Typing is saved after a short pause (one undoable step per pause, the note's
version bumped), not on every keystroke; the rendered view is refreshed after a
pause too, and a large note is rendered on a worker thread (``AsyncMarkdown``)
while the view keeps its last render, so typing in a 1 MB note never waits. "Mark reviewed today" sets the last-reviewed date; procedures not
reviewed for the chosen period are marked "refresh due".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import notes as core
from regionmgr.core.countries import operations
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.fold_row import FoldRow
from regionmgr.ui.common.markdown_view import AsyncMarkdown, MarkdownView
from regionmgr.ui.common.settings_values import read_int
from regionmgr.ui.countries.note_models import ID_ROLE, KindDelegate, NoteListModel, kind_label

SAVE_DELAY_MS = 700
PREVIEW_DELAY_MS = 300
LARGE_PREVIEW_DELAY_MS = 800
# Qt renders about 150 KB of Markdown per second: above this size a render would
# stall typing, so it runs on a worker thread.
LARGE_NOTE_CHARS = 20_000
DEFAULT_REFRESH_MONTHS = 6


class NotesPanel(QWidget):
    note_selected = Signal(str)  # note id ("" for none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id: str | None = None
        self.note_id: str | None = None
        self._loaded_body = ""
        self._loading = False
        self.model = NoteListModel(ctx, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = self.button_bar = QHBoxLayout()  # the page adds its own buttons here
        # A push button with a menu: its size hint holds the label and the menu arrow side by side.
        self.add_button = QPushButton(self.tr("Add note"), self)
        menu = QMenu(self.add_button)
        self.add_actions: dict[str, QAction] = {}
        for kind in core.KINDS:
            action = menu.addAction(kind_label(kind))
            action.triggered.connect(lambda _c=False, k=kind: self.add_note(k))
            self.add_actions[kind] = action
        self.add_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete note"), self)
        self.delete_button.clicked.connect(self.delete_note)
        self.review_button = QPushButton(self.tr("Mark reviewed today"), self)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.period_spin = QSpinBox(self)
        self.period_spin.setRange(1, 60)
        self.period_spin.setSuffix(self.tr(" months"))
        self.period_spin.setToolTip(self.tr("Procedures not reviewed for this long are marked “refresh due”"))
        self.period_spin.setValue(read_int(ctx.settings, "notes/refresh_months", DEFAULT_REFRESH_MONTHS, 1, 60))
        self.period_spin.valueChanged.connect(self.set_refresh_months)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.review_button)
        bar.addStretch(1)
        refresh_row = QHBoxLayout()  # beside the buttons, or under them on a narrow window
        refresh_row.addWidget(QLabel(self.tr("Refresh procedures after:"), self))
        refresh_row.addWidget(self.period_spin)
        refresh_row.addStretch(1)
        layout.addWidget(FoldRow(bar, refresh_row, self))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(NoteListModel.COL_KIND, KindDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(NoteListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(NoteListModel.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NoteListModel.COL_REVIEWED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_current(cur))
        # While the list reloads (a rename re-sorts it) the view moves its current row on its own:
        # that must not switch the editor to another note; the edited note is selected again after.
        self._resetting = False
        self.model.modelAboutToBeReset.connect(self._on_about_to_reset)
        self.model.modelReset.connect(self._restore_selection)

        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlaceholderText(self.tr("Write in Markdown: # heading, - list, **bold**, [link](https://…)"))
        self.editor.textChanged.connect(self._on_text_changed)
        self.view = MarkdownView(self)
        self.renderer = AsyncMarkdown(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.view)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(self.table)
        outer.addWidget(self.splitter)
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 3)
        self.table.setMinimumHeight(4 * self.table.verticalHeader().defaultSectionSize() + 4)
        layout.addWidget(outer, 1)

        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.render_now)
        ctx.data_changed.connect(self._on_data_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)  # nothing typed is lost on quitting
        self.model.set_period_days(self.period_spin.value() * 30)
        self._update_enabled()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()  # leaving the page or closing the window saves what was typed
        super().hideEvent(event)

    # -- country and selection ---------------------------------------------------
    def set_country(self, country_id: str | None) -> None:
        self.flush()
        self.country_id = country_id
        self.note_id = None
        self.model.set_country(country_id)
        if self.model.rowCount():
            self.select_note(self.model.rows[0].id)
        else:
            self._load(None)

    def select_note(self, note_id: str) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            if self.note_id != note_id:
                self._load(note_id)

    def _on_about_to_reset(self) -> None:
        self._resetting = True

    def _on_current(self, current) -> None:
        if self._resetting:
            return
        note_id = current.data(ID_ROLE) if current.isValid() else None
        if note_id != self.note_id:
            self.flush()
            self._load(note_id)

    def _restore_selection(self) -> None:
        self._resetting = False
        if self.note_id and self.model.row_of(self.note_id) >= 0:
            self.table.selectionModel().blockSignals(True)
            row = self.model.row_of(self.note_id)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.selectionModel().blockSignals(False)
        elif self.note_id:
            self._load(None)

    def _load(self, note_id: str | None) -> None:
        self.save_timer.stop()
        self.note_id = note_id
        body = core.note_body(self.ctx.store, note_id) if note_id else None
        self._set_editor_text(body or "")
        self._update_enabled()
        if len(self._loaded_body) > LARGE_NOTE_CHARS:  # not the other note's render meanwhile
            self.renderer.cancel()
            self.view.setPlainText(self.tr("Rendering…"))
        self.render_now()
        self.note_selected.emit(note_id or "")

    def _set_editor_text(self, text: str) -> None:
        self._loading = True
        try:
            position = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.editor.setTextCursor(cursor)
        finally:
            self._loading = False
        self._loaded_body = text

    def _update_enabled(self) -> None:
        has_country, has_note = self.country_id is not None, self.note_id is not None
        self.add_button.setEnabled(has_country)
        for w in (self.delete_button, self.review_button, self.editor):
            w.setEnabled(has_note)

    def _on_data_changed(self, table: str) -> None:
        if table not in ("", "note") or self.note_id is None or self.save_timer.isActive():
            return
        body = core.note_body(self.ctx.store, self.note_id)
        if body is None:
            self._load(None)
        elif body != self._loaded_body:
            self._set_editor_text(body)  # an undo or redo changed it
            self.render_now()

    # -- typing ------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading or self.note_id is None:
            return
        self.save_timer.start()
        large = self.editor.document().characterCount() > LARGE_NOTE_CHARS
        self.preview_timer.setInterval(LARGE_PREVIEW_DELAY_MS if large else PREVIEW_DELAY_MS)
        self.preview_timer.start()  # typing restarts it: one render per pause

    def flush(self) -> None:
        """Save what was typed since the last pause (one undoable step)."""
        self.save_timer.stop()
        if self.note_id is None:
            return
        text = self.editor.toPlainText()
        if text == self._loaded_body:
            return
        self._loaded_body = text
        store, note_id = self.ctx.store, self.note_id
        self.ctx.run(self.tr("Edit note"), lambda: operations.update_note_body(store, note_id, text))

    def render_now(self) -> None:
        """Render the note: at once when small, else on a worker (the view keeps its last render)."""
        self.preview_timer.stop()
        text = self.editor.toPlainText() if self.note_id else ""
        if len(text) > LARGE_NOTE_CHARS:
            self.renderer.request(text)
        else:
            self.renderer.cancel()
            self.view.set_markdown(text)

    # -- actions -----------------------------------------------------------------
    def add_note(self, kind: str) -> str | None:
        if self.country_id is None:
            return None
        self.flush()
        today = self.ctx.now().astimezone(self.ctx.zone).date()
        store, country_id, title = self.ctx.store, self.country_id, self.tr("New note")
        outcome = self.ctx.run(self.tr("Add note"), lambda: operations.add_note(store, country_id, kind, title, today))
        if outcome is None:
            return None
        note_id = str(outcome.result)
        self.select_note(note_id)
        self.table.edit(self.model.index(self.model.row_of(note_id), NoteListModel.COL_TITLE))
        return note_id

    def delete_note(self) -> None:
        if self.note_id is None:
            return
        self.flush()
        note_id = self.note_id
        self.note_id = None
        store = self.ctx.store
        self.ctx.run(self.tr("Delete note"), lambda: operations.delete_notes(store, [note_id]))
        if self.model.rowCount():
            self.select_note(self.model.rows[0].id)
        else:
            self._load(None)

    def mark_reviewed(self) -> None:
        if self.note_id is None:
            return
        self.flush()
        today = self.ctx.now().astimezone(self.ctx.zone).date()
        store, note_id = self.ctx.store, self.note_id
        self.ctx.run(self.tr("Mark note reviewed"), lambda: operations.mark_notes_reviewed(store, [note_id], today))

    def set_refresh_months(self, months: int) -> None:
        self.ctx.settings.setValue("notes/refresh_months", months)
        self.model.set_period_days(months * 30)
