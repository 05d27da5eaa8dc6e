"""The floor: a bare PySide6 main window, started the way the app is. Prints JSON timings.

``--quit``: show the window and quit at once (the floor for ``--smoke-test``).
``--stay``: show the window and keep it until stopped (the floor for the screen figures).
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and "paint" not in result:
                result["paint"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    if "--quit" not in sys.argv and "--stay" not in sys.argv:
        app.installEventFilter(spy)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    if "--quit" in sys.argv:
        QTimer.singleShot(0, app.quit)
    app.exec()
    result["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
