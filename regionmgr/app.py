"""Start-up: paths, the store, the application object and the main window (see ``__main__``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ORG = "RegionManager"
APP = "Region Manager"


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
    from regionmgr.core.sample import is_empty, load_sample
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
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setDesktopFileName("regionmgr")  # Wayland app id / window grouping: regionmgr.desktop
    try:
        data_dir = data_dir_from(args)
    except OSError as exc:
        return _fail(args, QCoreApplication.translate("app", "The data folder can't be used: {0}").format(exc))

    from regionmgr.ui.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.notify_running(open_path=getattr(args, "file", None)):
            print("regionmgr: already running; brought its window forward.", file=sys.stderr)
            return 0
        return _fail(args, QCoreApplication.translate(
            "app", "Region Manager is already running on {0}, and does not answer.").format(data_dir))

    from regionmgr.store.db import DamagedStoreError, ForeignFileError, StoreError, open_store

    path = store_path(data_dir)
    while True:
        try:
            store = open_store(path)
            break
        except (DamagedStoreError, ForeignFileError) as exc:
            if not _interactive(args):  # smoke test / offscreen: no blocking dialog
                instance.release()
                return _fail(args, str(exc))
            from regionmgr.ui.store_problem_dialog import backup_folders, resolve_store_problem

            path = resolve_store_problem(path, str(exc), backup_folders(data_dir, settings_for(data_dir)))
            if path is None:
                instance.release()
                return 2
        except (StoreError, OSError) as exc:
            instance.release()
            return _fail(args, str(exc))

    from regionmgr.ui import i18n
    from regionmgr.ui.context import AppContext
    from regionmgr.ui.main_window import MainWindow

    settings = settings_for(data_dir)
    i18n.install(qapp, i18n.chosen_language(settings))
    from regionmgr.ui import theme

    theme.apply_saved(qapp, settings)  # light, dark, or as the desktop
    ctx = AppContext(store, settings)
    window = MainWindow(ctx)

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
    window.show()
    services: dict[str, object] = {}

    def after_first_paint() -> None:
        """What the first paint doesn't need (it imports the ORM, icalendar, ...)."""
        from regionmgr.ui import ics_open
        from regionmgr.ui.backup_scheduler import scheduler_for, warn_about_location
        from regionmgr.ui.reminders import ReminderService

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
            opened = str(Path(args.file).expanduser().resolve())
            QTimer.singleShot(0, lambda: ics_open.offer_import(current_window(), opened))
        scheduler_for(ctx).start()  # the start backup (in a worker), then every 30 min if changed
        warn_about_location(window)  # data folder in a synced or network folder

    window.first_painted.connect(after_first_paint)
    if args.smoke_test:
        window.first_painted.connect(lambda: _smoke_pages(window, qapp))
    code = qapp.exec()
    if "reminders" in services:
        services["reminders"].close()  # type: ignore[attr-defined]
    current_window().close()
    from regionmgr.ui.backup_scheduler import scheduler_for

    scheduler_for(ctx).finish()  # the close backup, if anything changed
    store.close()
    instance.release()
    if args.smoke_test:
        print(f"regionmgr: smoke test ok ({store.path})")
    return code


def _smoke_pages(window, qapp) -> None:
    """Build and show every page once (imports what each needs), then quit."""
    from regionmgr.ui.pages import PAGES

    for spec in PAGES:
        window.show_page(spec.key)
        qapp.processEvents()
    qapp.quit()


def _interactive(args: argparse.Namespace) -> bool:
    return not args.smoke_test and os.environ.get("QT_QPA_PLATFORM") != "offscreen"


def _fail(args: argparse.Namespace, message: str) -> int:
    print(f"regionmgr: {message}", file=sys.stderr)
    if not args.smoke_test and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("app", "Region Manager"), message)
    return 2
