"""One writer per store: a lock file in the data folder, and a local socket to wake the running window.

QLockFile writes the owner's PID; a lock left by a crashed process is detected
as stale (its PID is gone) and taken over, so a crash never blocks the next start.
The lock is taken before the window shows; the socket (QtNetwork, ~10 ms to
load) listens from ``listen()``, called just after the window's first paint.
A later launch that finds the lock held retries the socket for a few seconds,
so it still reaches a window that is starting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_LINE = 8192


def server_name(data_dir: Path) -> str:
    # SHA-1 through Qt (already loaded; hashlib would load OpenSSL before the first paint).
    digest = bytes(QCryptographicHash.hash(str(Path(data_dir).resolve()).encode(),
                                           QCryptographicHash.Algorithm.Sha1).toHex().data()).decode()[:16]
    return f"regionmgr-{digest}"


class SingleInstance(QObject):
    """``acquire()`` is True for the first instance; later ones call ``notify_running()``."""

    activated = Signal()
    open_requested = Signal(str)  # a later launch asked to open this file (e.g. an .ics)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / "regionmgr.lock"))
        self.lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                # removeStaleLockFile() only removes a lock whose owner is dead.
                if not (self.lock.removeStaleLockFile() and self.lock.tryLock(0)):
                    return False
            else:
                return False
        return True

    def listen(self) -> None:
        """Answer later launches (bring the window forward, open a file). Call once the lock is held."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)

    def _on_connection(self) -> None:
        assert self.server is not None
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)
        self.activated.emit()

    def _read(self, conn: QLocalSocket) -> None:
        """Lines: ``raise`` or ``open <absolute path>`` (UTF-8); anything else is ignored."""
        while conn.canReadLine():
            line = bytes(conn.readLine(MAX_LINE).data()).rstrip(b"\r\n")
            if line.startswith(b"open "):
                path = line[5:].decode("utf-8", "replace")
                if Path(path).is_absolute():
                    self.open_requested.emit(path)
        if conn.bytesAvailable() > MAX_LINE:  # no newline in sight: not ours
            conn.abort()

    def notify_running(self, timeout_ms: int = 3000, open_path: str | None = None) -> bool:
        """Ask the running instance to bring its window forward (and open ``open_path``).

        Retries until ``timeout_ms``: the running instance may still be starting (its
        socket listens from just after its first paint)."""
        import time

        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        sock = QLocalSocket()
        while True:
            sock.connectToServer(server_name(self.data_dir))
            if sock.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            sock.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        if open_path:
            sock.write(b"open " + str(Path(open_path).resolve()).encode("utf-8") + b"\n")
        else:
            sock.write(b"raise\n")
        sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            from PySide6.QtNetwork import QLocalSocket

            for conn in self.server.findChildren(QLocalSocket):
                conn.blockSignals(True)  # no late reads while the server goes away
            self.server.close()
        self.lock.unlock()
