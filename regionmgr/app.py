"""Start-up: paths, the store, the application object and the main window (see ``__main__``)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any, cast

ORG = "RegionManager"
HOLIDAYS_CACHE = "holidays-cache.json"
APP = "Region Manager"


class _RecentSources(dict):
    """``linecache``'s cache holding the source lines of the most recent files only.

    Once PySide6 is imported, its import hook reads the source of every Python module
    imported after it (``inspect.getsource``, to look for "PySide6"), and linecache
    keeps them all: 17 MiB for SQLAlchemy alone. Tracebacks read what they need again."""

    LIMIT = 32

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        while len(self) > self.LIMIT:
            del self[next(iter(self))]  # the oldest (dicts keep insertion order)


def bound_source_cache() -> None:
    """Keep ``linecache`` small for the rest of the process (call before importing PySide6)."""
    import linecache

    if not isinstance(linecache.cache, _RecentSources):
        linecache.cache = _RecentSources(linecache.cache)


def default_data_dir() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def data_dir_from(args: argparse.Namespace) -> Path:
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(data_dir, 0o700)
    return data_dir


def store_path(data_dir: Path) -> Path:
    from regionmgr.store.db import STORE_FILENAME

    return data_dir / STORE_FILENAME


def run_sample(args: argparse.Namespace) -> int:
    from regionmgr.core.data.sample import is_empty, load_sample
    from regionmgr.store.db import StoreError, open_store

    try:
        store = open_store(store_path(data_dir_from(args)))
    except StoreError as exc:
        print(f"regionmgr: {exc}", file=sys.stderr)
        return 2
    if not is_empty(store):
        print(f"regionmgr: {store.path} already holds data; the sample goes into an empty store only.", file=sys.stderr)
        return 1
    counts = load_sample(store)
    store.close()
    print(", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def settings_for(data_dir: Path):
    """UI settings (geometry, last page) kept beside the store, so --data-dir isolates them."""
    from PySide6.QtCore import QSettings

    path = data_dir / "settings.ini"
    if not path.exists():  # owner-only, like the store; Qt keeps an existing file's permissions
        path.touch(mode=0o600)
    return QSettings(str(path), QSettings.Format.IniFormat)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    qapp = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    qapp.setDesktopFileName("regionmgr")  # Wayland app id / window grouping: regionmgr.desktop
    try:
        data_dir = data_dir_from(args)
    except OSError as exc:
        return _fail(args, QCoreApplication.translate("app", "The data folder can't be used: {0}").format(exc))
    _start_logging(args, data_dir)

    from regionmgr.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.notify_running(open_path=getattr(args, "file", None)):
            print("regionmgr: already running; brought its window forward.", file=sys.stderr)
            return 0
        return _fail(args, QCoreApplication.translate(
            "app", "Region Manager is already running on {0}, and does not answer.").format(data_dir))

    # The store opens in a thread of its own meanwhile (SQLite reads and checks the file without
    # holding the GIL); paint first: the window shows (empty) before the pages are imported and
    # built over the open store, on its first paint.
    opening = StoreOpening(store_path(data_dir))
    from regionmgr.ui.common import i18n
    from regionmgr.ui.shell.main_window import MainWindow

    settings = settings_for(data_dir)
    i18n.install(qapp, i18n.chosen_language(settings))
    forced_scheme = str(settings.value("ui/theme", "system")) != "system"  # theme.SETTING_KEY
    if forced_scheme:  # light or dark chosen: set before the first paint (no flash)
        _apply_theme(qapp, settings)
    window = MainWindow(settings=settings)

    def current_window() -> MainWindow:
        current = window
        while current.replaced_by is not None:  # rebuilt after a language switch
            current = current.replaced_by
        return current

    def bring_forward() -> None:
        current = current_window()
        current.showNormal()
        current.raise_()
        current.activateWindow()

    instance.activated.connect(bring_forward)
    opened: dict[str, Any] = {}  # "store", "ctx" once open
    services: dict[str, Any] = {}

    def open_and_build() -> None:
        """On the empty window's first paint: open the store, build the pages."""
        window.preload()  # while the store opens in its thread
        result = _open_store(args, data_dir, settings, opening)
        if isinstance(result, int):
            qapp.exit(result)
            return
        from regionmgr.core.calendar import workweek

        workweek.use_cache_file(data_dir / HOLIDAYS_CACHE)  # working days counted without loading `holidays`
        from regionmgr.ui.common.context import AppContext

        opened["store"], opened["ctx"] = result, AppContext(result, settings)
        window.populate(opened["ctx"])

    def after_first_paint() -> None:
        """Once the content is painted: what it doesn't need (the timer, reminders, backups, .ics)."""
        from regionmgr.ui.data.backup_scheduler import scheduler_for, warn_about_location
        from regionmgr.ui.meetings import ics_open
        from regionmgr.ui.shell.reminders import ReminderService

        ctx = opened["ctx"]
        instance.listen()  # later launches reach this window from now on (they retry meanwhile)
        if not forced_scheme:  # as the desktop: follow its changes from now on
            _apply_theme(qapp, settings)
        reminder_service = ReminderService(ctx, current_window)  # tray icon, notifications of what is due
        services["reminders"] = reminder_service
        if not args.smoke_test:
            reminder_service.start()
        instance.open_requested.connect(lambda p: ics_open.offer_import(current_window(), p))
        file_open_filter = ics_open.FileOpenFilter(qapp)  # macOS: a double-clicked .ics arrives as an event
        file_open_filter.file_opened.connect(lambda p: ics_open.offer_import(current_window(), p))
        qapp.installEventFilter(file_open_filter)
        services["file_open_filter"] = file_open_filter
        if getattr(args, "file", None) and not args.smoke_test:
            path = str(Path(args.file).expanduser().resolve())
            QTimer.singleShot(0, lambda: ics_open.offer_import(current_window(), path))
        scheduler_for(ctx).start()  # the start backup (in a worker), then every 30 min if changed
        warn_about_location(window)  # data folder in a synced or network folder
        if ctx.store.notices and not args.smoke_test:  # a stray journal set aside at open: say so
            from regionmgr.ui.shell.store_problem_dialog import show_store_notices

            services["store_notice"] = show_store_notices(window, list(ctx.store.notices))

    if args.smoke_test:
        _fail_smoke_test_on_errors(qapp)
    _quit_on_terminate(qapp)
    window.shell_painted.connect(open_and_build)
    window.first_painted.connect(after_first_paint)
    if args.smoke_test:
        window.first_painted.connect(lambda: _smoke_pages(window, qapp))
    window.show()
    code = qapp.exec()
    if "reminders" in services:
        services["reminders"].close()
    current_window().close()
    if "store" in opened:
        from regionmgr.ui.data.backup_scheduler import scheduler_for

        scheduler_for(opened["ctx"]).finish()  # the close backup, if anything changed
        opened["store"].close()
    else:  # quit before the store was taken (opened meanwhile, or failed: said already)
        opening.close_unused()
    instance.release()
    logging.getLogger(__name__).info("Region Manager stopped (status %s)", code)
    if args.smoke_test and code == 0:
        print(f"regionmgr: smoke test ok ({opened['store'].path})")
    return code


def _start_logging(args: argparse.Namespace, data_dir: Path) -> None:
    """The log file in the data folder; uncaught errors logged, and shown in a dialog when someone can answer it."""
    from regionmgr import __version__, logs
    from regionmgr.ui.shell import error_dialog

    try:
        path = logs.setup(data_dir)
    except OSError as exc:  # a read-only folder: the app still works, without a log
        print(f"regionmgr: no log file: {exc}", file=sys.stderr)
        path = None
    if _interactive(args):
        error_dialog.install()
    else:  # smoke test / offscreen: nobody to press OK
        logs.install_excepthook(None)
    logging.getLogger(__name__).info("Region Manager %s starting (Python %s, data in %s, log %s)",
                                     __version__, sys.version.split()[0], data_dir, path)


def _apply_theme(qapp, settings) -> None:
    from regionmgr.ui.common import theme

    theme.apply_saved(qapp, settings)  # light, dark, or as the desktop


class StoreOpening:
    """``open_store(path)`` in a thread started early in the boot: checking a big file (its
    ``quick_check`` reads every page) runs while the main thread imports the UI and paints the
    empty window. ``result()`` waits for it and returns the store or raises what opening raised;
    the dialogs about a file that can't be opened are shown by the main thread (``_open_store``)."""

    def __init__(self, path: Path):
        import threading

        self.path = path
        self._store: Any = None
        self._error: BaseException | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._open, name="open-store", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            from regionmgr.store.db import open_store

            self._store = open_store(self.path)
        except BaseException as exc:  # noqa: BLE001 - raised again on the main thread by result()
            self._error = exc

    def result(self):
        self._thread.join()
        self._taken = True
        if self._error is not None:
            raise self._error
        return self._store

    def close_unused(self) -> None:
        """The store opened but never taken (the app quit first): closed, marked closed cleanly."""
        self._thread.join()
        if self._store is not None and not self._taken:
            self._store.close()


def _open_store(args: argparse.Namespace, data_dir: Path, settings, opening: StoreOpening | None = None):
    """The store, checked and migrated; or the exit code when it can't be opened (the user was told).

    ``opening``: the first attempt, already under way in a thread. A damaged or foreign file
    leads to the dialog offering a backup, another file or an empty store (not in the smoke
    test, nor offscreen)."""
    from regionmgr.store.db import DamagedStoreError, ForeignFileError, StoreError, open_store

    path = store_path(data_dir)
    while True:
        try:
            if opening is not None and opening.path == path:
                attempt, opening = opening, None
                return attempt.result()
            return open_store(path)
        except (DamagedStoreError, ForeignFileError) as exc:
            if not _interactive(args):  # smoke test / offscreen: no blocking dialog
                return _fail(args, str(exc))
            from regionmgr.ui.shell.store_problem_dialog import (
                backup_folders,
                resolve_store_problem,
            )

            chosen = resolve_store_problem(path, str(exc), backup_folders(data_dir, settings))
            if chosen is None:
                return 2
            path = chosen
        except (StoreError, OSError) as exc:
            return _fail(args, str(exc))


def _quit_on_terminate(qapp) -> None:
    """SIGTERM (the session ending, ``kill``) quits as Quit does: services stopped, the close
    backup taken, the store closed cleanly. Killed instead, the store's log would be left behind,
    and the next start would copy and check the whole store before using it.

    Qt's event loop runs in C++: Python's handler runs once Python code runs, so the signal also
    wakes the loop through a pipe (``signal.set_wakeup_fd``) that a notifier watches (a local
    pipe: the app opens no socket at all)."""
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    if os.name != "posix":
        return
    wake, wakeup = os.pipe()
    for end in (wake, wakeup):
        os.set_blocking(end, False)
    signal.set_wakeup_fd(wakeup, warn_on_full_buffer=False)
    notifier = QSocketNotifier(wake, QSocketNotifier.Type.Read, qapp)
    notifier.activated.connect(lambda *_a: os.read(wake, 64))  # Python code runs: the handler runs
    _terminate_wakeup.extend((wake, wakeup, notifier))
    logger = logging.getLogger(__name__)

    def terminated(_signum, _frame) -> None:
        logger.info("Region Manager asked to stop (SIGTERM)")
        QTimer.singleShot(0, lambda: qapp.exit(0))  # once the loop runs, if it does not yet

    signal.signal(signal.SIGTERM, terminated)


_terminate_wakeup: list[Any] = []


SMOKE_LIMIT_MS = 120_000  # a smoke test still running after this has failed (a hang, a dialog waiting)


def _smoke_pages(window, qapp) -> None:
    """Build and show every page once (imports what each needs), then quit; exit 1 when one fails."""
    import traceback

    from regionmgr.ui.shell.pages import PAGES

    for spec in PAGES:
        try:
            window.show_page(spec.key)
            qapp.processEvents()
        except Exception:  # reported (log and stderr), and the smoke test fails
            logging.getLogger(__name__).exception("smoke test: the %s page failed", spec.key)
            print(f"regionmgr: smoke test failed on the {spec.key} page:\n{traceback.format_exc()}",
                  file=sys.stderr)
            qapp.exit(1)
            return
    qapp.quit()


def _fail_smoke_test_on_errors(qapp) -> None:
    """In the smoke test, an error anywhere (a slot that raised) or no end in time fails the run."""
    from PySide6.QtCore import QTimer

    previous = sys.excepthook

    def failed(kind, value, trace) -> None:
        previous(kind, value, trace)
        print(f"regionmgr: smoke test failed: {kind.__name__}: {value}", file=sys.stderr)
        qapp.exit(1)

    sys.excepthook = failed
    QTimer.singleShot(SMOKE_LIMIT_MS, lambda: (
        print(f"regionmgr: smoke test failed: not done after {SMOKE_LIMIT_MS // 1000} s", file=sys.stderr),
        qapp.exit(1)))


def _interactive(args: argparse.Namespace) -> bool:
    return not args.smoke_test and os.environ.get("QT_QPA_PLATFORM") != "offscreen"


def _fail(args: argparse.Namespace, message: str) -> int:
    print(f"regionmgr: {message}", file=sys.stderr)
    if not args.smoke_test and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("app", "Region Manager"), message)
    return 2
