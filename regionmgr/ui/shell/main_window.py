"""The main window: navigation between the pages, menus, status bar, first-launch welcome.

Paint first, load after: ``MainWindow(settings=...)`` is an empty window (title,
geometry, "Opening your data…") that imports nothing of ours beyond PySide6, so it
paints about as soon as a bare window would; on that paint it emits
``shell_painted``, the boot opens the store and calls ``populate(ctx)``, which
builds the navigation, menus, status bar, timer toolbar and the last page, and
shows them in one frame: ``first_painted`` follows that first paint with content,
whose layout is final (nothing appears later and pushes it). ``MainWindow(ctx)`` does both at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from regionmgr import __version__
from regionmgr.ui.common import i18n
from regionmgr.ui.common.theme import app_icon

if TYPE_CHECKING:
    from regionmgr.ui.common.context import AppContext
    from regionmgr.ui.time.timer_widget import TimerWidget


class MainWindow(QMainWindow):
    page_shown = Signal(str)
    shell_painted = Signal()  # once, after the first paint of the window built without a store
    first_painted = Signal()  # once, just after the first paint with content: time for the deferred work
    quick_capture_requested = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.ctx: AppContext = ctx  # type: ignore[assignment] # set by populate() when built as a shell
        self.settings = ctx.settings if ctx is not None else settings
        self.pages: dict[str, QWidget] = {}
        self.page_actions: dict[str, QtGui.QAction] = {}
        self.last_error_box: QtWidgets.QMessageBox | None = None
        self.replaced_by: MainWindow | None = None
        self._timer_widget: TimerWidget | None = None
        self._painted = False
        self.setWindowTitle(self.tr("Region Manager"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))
        geometry = self.settings.value("window/geometry") if self.settings is not None else None
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if ctx is not None:
            self.populate(ctx)
        else:
            self.statusBar().showMessage(self.tr("Opening your data…"))

    def populate(self, ctx: AppContext) -> None:
        """Build the content over the open store: welcome, navigation, menus, status bar, last page."""
        from regionmgr.ui.data import backup_menu
        from regionmgr.ui.shell import welcome

        self.ctx, self.settings = ctx, ctx.settings
        # One first frame with everything in place: children added to a shown window are shown by
        # a queued call, and a paint in between would show the status bar alone, then the rest.
        self.setUpdatesEnabled(False)
        # Whatever happens below, the updates come back and what was built is painted (an error
        # raised here is reported by the boot's excepthook): never a window frozen on the shell.
        self._painted = False  # the next paint is the first with content
        QTimer.singleShot(0, self._reveal)
        self.statusBar().clearMessage()
        # The empty window has no child widget: the first child costs ~25 ms of style and font set-up.
        from regionmgr.ui.shell.travel_bar import TravelBar

        central = QWidget(self)
        column = QtWidgets.QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.travel_bar = TravelBar(ctx, central)  # this computer's zone is not the app's: switch?
        self.stack = QStackedWidget(central)
        column.addWidget(self.travel_bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.travel_bar.check()  # now, so that it is in the first frame (nothing pushed down later)
        self.welcome: QWidget | None = None  # built only when shown (first launch)

        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self.timer_widget  # noqa: B018 - the toolbar takes its place before the first paint (plain SQL reads)
        ctx.error_raised.connect(self.show_error)
        backup_menu.install(self)  # File > Backups/Export/Import, last-backup age

        if welcome.should_show(ctx):
            self.show_welcome()
        else:
            self.show_page(str(ctx.settings.value("window/page", "tasks")))

    def preload(self) -> None:
        """Import what ``populate`` builds (menus, timer toolbar, the last page), e.g. while the store
        opens in another thread: the imports then overlap with SQLite checking the file."""
        import importlib

        from regionmgr.ui.shell.pages import PAGES

        key = str(self.settings.value("window/page", "tasks")) if self.settings is not None else ""
        spec = next((p for p in PAGES if p.key == key), PAGES[0])
        for module in ("regionmgr.ui.common.context", "regionmgr.ui.data.backup_menu",
                       "regionmgr.ui.time.timer_widget", spec.module):
            importlib.import_module(module)

    def _reveal(self) -> None:
        """After the queued shows of the new children: paint the whole content at once."""
        self.setUpdatesEnabled(True)
        self.update()

    @property
    def timer_widget(self) -> TimerWidget:
        """The toolbar timer (``start_for_task(id)`` / ``start_for_country(id)``), built on first use."""
        if self._timer_widget is None:
            from regionmgr.ui.time.timer_widget import add_timer_toolbar

            self._timer_widget = add_timer_toolbar(self, self.ctx)
        return self._timer_widget

    # -- construction ------------------------------------------------------------
    def _build_navigation(self) -> None:
        from regionmgr.ui.common import theme
        from regionmgr.ui.shell.pages import PAGES

        bar = QtWidgets.QToolBar(self.tr("Navigation"), self)
        bar.setObjectName("navigation")
        bar.setAccessibleName(self.tr("Navigation"))
        bar.setMovable(False)
        bar.setIconSize(QSize(28, 28))
        bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addToolBar(QtCore.Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QtGui.QActionGroup(self)
        for number, spec in enumerate(PAGES, start=1):
            action = QtGui.QAction(spec.tr_title(), self)
            theme.use_icon(action, spec.icon)
            action.setCheckable(True)
            action.setShortcut(QtGui.QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(self.tr("{0} ({1})").format(spec.tr_title(), action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_page(key))
            group.addAction(action)
            bar.addAction(action)
            bar.widgetForAction(action).setAccessibleName(spec.tr_title())
            self.page_actions[spec.key] = action
        self.nav_bar = bar

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_task_action = QtGui.QAction(self.tr("&New task…"), self)
        self.new_task_action.setShortcut(QtGui.QKeySequence.StandardKey.New)
        self.new_task_action.triggered.connect(self._quick_capture)
        file_menu.addAction(self.new_task_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        quit_action = QtGui.QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Quit) or [QtGui.QKeySequence("Ctrl+Q")])
        quit_action.setMenuRole(QtGui.QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        from regionmgr.ui.common.undo import StepActions
        from regionmgr.ui.shell.pages import PAGES

        titles = {spec.key: spec.tr_title for spec in PAGES}
        # One history; the hint names the page of a step made elsewhere, which undo shows first.
        self.step_actions = StepActions(self.ctx, self, current_page=self.current_page_key, show_page=self.show_page,
                                        page_title=lambda key: titles[key]() if key in titles else key,
                                        page_shown=self.page_shown)
        undo, redo = self.step_actions.undo_action, self.step_actions.redo_action
        undo.setShortcut(QtGui.QKeySequence.StandardKey.Undo)
        redo.setShortcuts(redo_shortcuts())
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self.settings_action = QtGui.QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QtGui.QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcuts(
            QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Preferences) or [QtGui.QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.show_settings)
        edit_menu.addAction(self.settings_action)
        self.edit_menu = edit_menu

        view_menu = menu.addMenu(self.tr("&View"))
        for action in self.page_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.palette_action = QtGui.QAction(self.tr("&Go to Anything…"), self)
        self.palette_action.setShortcut(QtGui.QKeySequence("Ctrl+K"))
        self.palette_action.triggered.connect(self.show_palette)
        view_menu.addAction(self.palette_action)
        self.view_menu = view_menu

        help_menu = menu.addMenu(self.tr("&Help"))
        self.shortcuts_action = QtGui.QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcuts(
            QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.HelpContents) or [QtGui.QKeySequence("F1")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.log_folder_action = QtGui.QAction(self.tr("Open &Log Folder"), self)
        self.log_folder_action.setToolTip(self.tr("Show the folder holding the app's log, to send it with a problem report"))
        self.log_folder_action.triggered.connect(self.open_log_folder)
        help_menu.addAction(self.log_folder_action)
        about = QtGui.QAction(self.tr("&About Region Manager"), self)
        about.setMenuRole(QtGui.QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.zone_button = QtWidgets.QToolButton(self)
        self.zone_button.setAutoRaise(True)
        self.zone_button.setToolTip(self.tr("The time zone you are in now; click to change it"))
        self.zone_button.clicked.connect(self.choose_zone)
        self._show_zone(self.ctx.zone_name)
        self.ctx.zone_changed.connect(self._show_zone)
        self.store_label = QtWidgets.QLabel(self)
        self.store_label.setText(self.tr("Saved locally in {0}").format(self.ctx.store.path.parent))
        bar.addWidget(self.store_label, 1)
        bar.addPermanentWidget(self.zone_button)

    # -- pages -------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        from regionmgr.ui.shell.pages import PAGES

        if key not in self.pages:
            spec = next(p for p in PAGES if p.key == key)
            widget = spec.build(self.ctx)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        from regionmgr.ui.shell.pages import PAGES

        if key not in self.page_actions:
            key = PAGES[0].key
        self.stack.setCurrentWidget(self.page(key))
        self.page_actions[key].setChecked(True)
        self.nav_bar.setEnabled(True)
        self.ctx.settings.setValue("window/page", key)
        self.page_shown.emit(key)

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is current), None)

    def show_welcome(self) -> None:
        if self.welcome is None:
            from regionmgr.ui.shell.welcome import WelcomePage

            self.welcome = WelcomePage(self.ctx, self)
            self.welcome.finished.connect(self._welcome_done)
            self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.nav_bar.setEnabled(False)

    def _welcome_done(self) -> None:
        self.show_page("tasks")

    def _quick_capture(self) -> None:
        if self.welcome is not None and self.stack.currentWidget() is self.welcome:
            self.welcome.start_empty()  # type: ignore[attr-defined]
        self.show_page("tasks")
        self.quick_capture_requested.emit()
        handler = getattr(self.pages["tasks"], "quick_capture", None)
        if callable(handler):
            handler()

    # -- status, dialogs ---------------------------------------------------------
    def _show_zone(self, name: str) -> None:
        self.zone_button.setText(self.tr("Zone: {0}").format(name))

    def choose_zone(self) -> None:
        from regionmgr.ui.common.zone_picker import pick_zone

        pick_zone(self.ctx, self)  # recent zones, then the region's, then all; typing filters

    def show_error(self, message: str) -> None:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, self.tr("Region Manager"), message, QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        box.open()
        self.last_error_box = box
        self.statusBar().showMessage(message, 10000)

    def show_settings(self):
        from regionmgr.ui.shell.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.ctx, self)
        self.settings_dialog.open()
        return self.settings_dialog

    def show_shortcuts(self):
        from regionmgr.ui.shell.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def show_palette(self):
        from regionmgr.ui.shell.palette import CommandPalette

        if getattr(self, "command_palette", None) is None:
            self.command_palette = CommandPalette(self)
        self.command_palette.popup()
        return self.command_palette

    def open_log_folder(self) -> bool:
        """Help > Open log folder: the data folder, in the file manager (a local file URL)."""
        from regionmgr.ui.shell.error_dialog import open_log_folder

        return open_log_folder(fallback=self.ctx.store.path.parent)

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Region Manager"),
            self.tr(
                "<h3>Region Manager {0}</h3>"
                "<p>One place for a regional manager's requests, countries, weekly meeting and time.</p>"
                "<p>Works offline. Your data stays on this computer, in {1}.</p>"
            ).format(__version__, self.ctx.store.path.parent),
        )

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit if self.ctx is not None else self.shell_painted.emit)

    def replace_for_language(self) -> MainWindow:
        """Build this window again in the language now installed, on the same page, and close this one."""
        page = self.current_page_key()
        new = MainWindow(self.ctx)
        new.setGeometry(self.geometry())
        if page:
            new.show_page(page)
        new.show()
        self.replaced_by = new
        self.close()
        self.deleteLater()
        return new

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        super().closeEvent(event)


def redo_shortcuts() -> list[QtGui.QKeySequence]:
    """The platform's Redo keys, then Ctrl+Shift+Z and Ctrl+Y, each once.

    Under X11 the platform's Redo is Ctrl+Shift+Z alone (elsewhere Ctrl+Y first): a key
    listed twice on one action is ambiguous and does nothing, and Ctrl+Y must redo too."""
    keys: list[QtGui.QKeySequence] = []
    for key in [*QtGui.QKeySequence.keyBindings(QtGui.QKeySequence.StandardKey.Redo),
                QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def rebuild_for_language(app: QtCore.QCoreApplication) -> None:
    """After a language switch: build every shown main window again in the new language."""
    if isinstance(app, QtWidgets.QApplication):
        for widget in list(app.topLevelWidgets()):
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.replace_for_language()


i18n.when_switched(rebuild_for_language)
