"""The app's log: stdlib ``logging`` into a rotating file in the data folder, and the last-resort hook.

``setup(data_dir)`` (called by the boot once the data folder is known) sends every
record of level INFO and above to ``<data folder>/regionmgr.log`` (owner-only,
0600, like the store; at most ``MAX_BYTES`` per file, ``BACKUPS`` older files kept).
``install_excepthook(report)`` makes ``sys.excepthook`` log any exception nobody
caught (PySide6 routes an exception raised in a slot there too) and then call
``report(exc_type, exc, tb)``, which the UI uses to show a readable dialog: the
frozen build has no console, so without the hook an error would leave no trace.

No Qt here: modules at every layer log with ``logging.getLogger(__name__)``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILENAME = "regionmgr.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("regionmgr")

Report = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_state: dict = {"handler": None, "report": None, "reporting": False}
_lock = threading.Lock()


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only (0600), whatever the umask."""

    def _open(self):  # the stream the handler writes to
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # an existing file made by an older version keeps no wider mode
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup(data_dir: Path | str, level: int = logging.INFO) -> Path:
    """Log to ``data_dir/regionmgr.log`` from now on (replacing an earlier ``setup``); return its path."""
    path = Path(data_dir) / LOG_FILENAME
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    with _lock:
        old = _state["handler"]
        if old is not None:
            root.removeHandler(old)
            old.close()
        root.addHandler(handler)
        _state["handler"] = handler
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.captureWarnings(True)
    return path


def current_path() -> Path | None:
    """The file the log goes to, or None before ``setup``."""
    handler = _state["handler"]
    return Path(handler.baseFilename) if handler is not None else None


def shutdown() -> None:
    """Stop logging to the file (its handler closed): at exit, and between tests."""
    with _lock:
        handler, _state["handler"] = _state["handler"], None
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
        logging.captureWarnings(False)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an exception nobody caught, then let the reporter show it (never twice at once)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Unexpected error: %s", exc, exc_info=(exc_type, exc, tb))
    if sys.stderr is not None:  # a console (not the frozen build): show it there too
        sys.__excepthook__(exc_type, exc, tb)
    report = _state["report"]
    if report is None or _state["reporting"]:
        return  # an error while its dialog is open: logged, one dialog is enough
    _state["reporting"] = True
    try:
        report(exc_type, exc, tb)
    except Exception:
        log.exception("The error dialog could not be shown")
    finally:
        _state["reporting"] = False


def install_excepthook(report: Report | None = None) -> None:
    """``sys.excepthook`` (and threads' hook) logs what nobody caught and calls ``report`` on the main thread."""
    _state["report"] = report
    sys.excepthook = excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        log.critical("Unexpected error in thread %s: %s", getattr(args.thread, "name", "?"), args.exc_value,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]

    threading.excepthook = thread_hook


def uninstall_excepthook() -> None:
    _state["report"] = None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
