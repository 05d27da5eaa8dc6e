"""The app started on a generated store, instrumented from outside. Prints JSON timings.

Records (as ``time.time()`` instants, so the parent can subtract its own start):
the main window's first paint, the task list's first paint with rows, the whole
list loaded; then, in the same process, the search box's latency per keystroke
(view repainted included), the durable save of one edit, and the peak RSS.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time

WORDS = ["payroll", "congés", "visa renewal"]


def main() -> int:
    data_dir = sys.argv[sys.argv.index("--data-dir") + 1]
    if "--page-only" in sys.argv:  # as regionmgr's main() does first (the whole app calls it itself)
        from regionmgr.app import bound_source_cache

        bound_source_cache()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    result: dict[str, object] = {}
    state: dict[str, object] = {}

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() != QEvent.Type.Paint:
                return False
            if "paint" not in result and isinstance(obj, QMainWindow):
                result["paint"] = time.time()
                result["sqlalchemy_at_paint"] = "sqlalchemy" in sys.modules
                state["window"] = obj
            elif "list" not in result and obj.objectName() == "qt_scrollarea_viewport":
                view = obj.parent()
                if isinstance(view, QAbstractItemView) and type(view).__name__ == "TaskListView" \
                        and view.model().rowCount() > 0:
                    result["list"] = time.time()
                    result["sqlalchemy_at_list"] = "sqlalchemy" in sys.modules
                    model = view.model()
                    result["first_rows"] = model.rowCount()
                    if model.complete:
                        loaded()
                    else:
                        model.rows_loaded.connect(lambda _n: loaded())
            return False

    def loaded() -> None:
        if "loaded" not in result:
            result["loaded"] = time.time()
            QTimer.singleShot(0, after_load)

    def after_load() -> None:
        try:
            measure(state["window"], result)
        finally:
            app.quit()

    spy = Spy()
    app.installEventFilter(spy)
    if "--page-only" in sys.argv:
        page_only(app, data_dir)
    else:
        from regionmgr.__main__ import main as app_main

        app_main(["--data-dir", data_dir])
    result["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


def page_only(app, data_dir: str) -> None:
    """The task list alone in a main window: the Tasks page's own share of start-up, memory and speed."""
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from regionmgr.app import HOLIDAYS_CACHE
    from regionmgr.core.calendar import workweek
    from regionmgr.store.db import STORE_FILENAME, Store
    from regionmgr.ui.common.context import AppContext
    from regionmgr.ui.tasks.tasks_page import TasksPage

    store = Store(Path(data_dir) / STORE_FILENAME)  # already checked and migrated
    workweek.use_cache_file(Path(data_dir) / HOLIDAYS_CACHE)  # as the app does
    ctx = AppContext(store, QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat))
    window = QMainWindow()
    window.ctx = ctx
    window.pages = {"tasks": TasksPage(ctx, window)}
    window.setCentralWidget(window.pages["tasks"])
    window.resize(1280, 800)
    window.show()
    app.exec()
    store.close()


def measure(window, result: dict) -> None:
    page = window.pages["tasks"]
    result["rows"] = len(page.model.all_rows())
    keys: list[float] = []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            t0 = time.perf_counter()
            page.search_edit.setText(word[:end])
            page.view.viewport().repaint()
            keys.append((time.perf_counter() - t0) * 1000)
        page.search_edit.setText("")
    result["keys_ms"] = keys
    # Sorted by quadrant and back: every task's quadrant, counted in its country's working days
    # and public holidays (from the cache file the first run wrote), as a user browsing would.
    from PySide6.QtCore import Qt

    from regionmgr.ui.tasks.task_model import COL_DUE, COL_QUADRANT

    t0 = time.perf_counter()
    page.view.sortByColumn(COL_QUADRANT, Qt.SortOrder.AscendingOrder)
    page.view.viewport().repaint()
    result["sort_quadrant_ms"] = (time.perf_counter() - t0) * 1000
    page.view.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    result["holidays_loaded"] = "holidays" in sys.modules
    # A task clicked: the detail pane shows every field of it.
    from PySide6.QtWidgets import QApplication

    page.view.setCurrentIndex(page.view.model().index(0, 0))
    QApplication.processEvents()
    result["detail_shown"] = page.detail.task_id is not None
    # Peak so far: the list loaded, searched, sorted and a task shown (editing is measured after).
    result["rss_list_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["sqlalchemy_at_browse"] = "sqlalchemy" in sys.modules
    # One edit saved durably (fsync'd commit), through the function the list's edits use.
    from regionmgr.core.tasks import operations as core

    task_id = page.model.task_id(0)
    core.save_changes(page.ctx.store, [task_id], {"requester": "warm-up"})
    saves = []
    for i in range(30):
        t0 = time.perf_counter()
        core.save_changes(page.ctx.store, [task_id], {"requester": f"Bench {i}"})
        saves.append((time.perf_counter() - t0) * 1000)
    result["save_ms"] = statistics.median(saves)
    # The same edit through the undo stack, until the 100k list shows it.
    from regionmgr.ui.tasks.task_model import push_update

    shown = []
    for i in range(5):
        t0 = time.perf_counter()
        push_update(page.ctx, [task_id], {"requester": f"Shown {i}"}, "bench")
        page.view.viewport().repaint()
        shown.append((time.perf_counter() - t0) * 1000)
    result["sqlalchemy_at_edit"] = "sqlalchemy" in sys.modules
    result["edit_shown_ms"] = statistics.median(shown)


if __name__ == "__main__":
    sys.exit(main())
