"""One writer per store: a lock file in the data folder, and a local socket to wake the running window.

QLockFile writes the owner's PID; a lock left by a crashed process is detected
as stale (its PID is gone) and taken over, so a crash never blocks the next start.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"regionmgr-{digest}"


class SingleInstance(QObject):
    """``acquire()`` is True for the first instance; later ones call ``notify_running()``."""

    activated = Signal()

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
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda c=conn: c.readAll())
            conn.disconnected.connect(conn.deleteLater)
        self.activated.emit()

    def notify_running(self, timeout_ms: int = 2000) -> bool:
        """Ask the running instance to bring its window forward."""
        sock = QLocalSocket()
        sock.connectToServer(server_name(self.data_dir))
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(b"raise\n")
        sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
