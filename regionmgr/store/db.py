"""Opening the store: recognise the file, refuse what isn't ours, back up, migrate, connect.

The checks use the plain ``sqlite3`` module on a read-only connection, so a
file we refuse is never written to, and so a store already at the current
schema opens without importing Alembic (start-up stays fast). SQLAlchemy itself
is imported only when a session is first asked for.

Durability: WAL journal with ``synchronous=FULL``. In WAL mode, FULL syncs the
log at every commit, so a transaction reported committed survives a crash *and*
a power cut (NORMAL would only survive an application crash).
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

# "RGM1": the file is a Region Manager store (PRAGMA application_id).
APPLICATION_ID = 0x52474D31
# Alembic revisions in order; user_version mirrors the index (1-based) of the head.
REVISIONS = ["0001", "0002"]
HEAD = REVISIONS[-1]
SCHEMA_VERSION = len(REVISIONS)
STORE_FILENAME = "regionmgr.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A store that can't be opened; ``str()`` is the message shown to the user."""


class ForeignFileError(StoreError):
    """Not an SQLite database, or an SQLite database that isn't a Region Manager store."""


class NewerSchemaError(StoreError):
    """Written by a newer version of Region Manager."""


class DamagedStoreError(StoreError):
    """Ours, but SQLite reports damage."""


class FileKind(enum.Enum):
    MISSING = "missing"  # no file, or an empty one: a new store
    CURRENT = "current"  # ours, at the head revision
    OLDER = "older"  # ours, needs migrating


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None


def _ro_connect(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def inspect_file(path: Path) -> FileState:
    """Say what ``path`` holds, raising a StoreError for anything we must not open.

    Never writes to the file.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileState(FileKind.MISSING)
    with open(path, "rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise ForeignFileError(
            f"“{path}” is not a Region Manager store (it is not an SQLite database). "
            "It was left untouched."
        )
    conn = _ro_connect(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID:
            if app_id == 0 and not tables:
                return FileState(FileKind.MISSING)
            raise ForeignFileError(
                f"“{path}” is an SQLite database, but not a Region Manager store. "
                "It was left untouched."
            )
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if user_version > SCHEMA_VERSION or (revision is not None and revision not in REVISIONS):
            raise NewerSchemaError(
                f"“{path}” was written by a newer version of Region Manager "
                f"(schema {user_version}, this version knows up to {SCHEMA_VERSION}). "
                "Install the newer version to open it; the file was left untouched."
            )
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise DamagedStoreError(f"“{path}” is damaged ({ok}). It was left untouched.")
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        raise DamagedStoreError(f"“{path}” can't be read as a database ({exc}). It was left untouched.") from exc
    finally:
        conn.close()
    if revision == HEAD:
        return FileState(FileKind.CURRENT, revision)
    return FileState(FileKind.OLDER, revision)


def backup_file(src: Path, dest: Path) -> Path:
    """Copy a live store with SQLite's online backup API, to ``dest`` (0600)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(str(src))
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    with open(tmp, "rb+") as fh:  # on disk before it takes its name (and before any migration)
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, dest)
    return dest


# Tables whose row counts a checked copy records (the user's own data).
COUNTED_TABLES = (
    "country", "contact", "task", "note", "refresher_sent", "meeting_series",
    "meeting_attendee", "meeting_skip", "meeting_sent", "time_entry", "absence", "setting",
)


@dataclass(frozen=True)
class Verification:
    ok: bool
    counts: dict[str, int] = field(default_factory=dict)
    problem: str = ""  # why not ok (technical, shown inside a translated sentence)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED_TABLES if t in tables}


def verify_copy(path: Path) -> Verification:
    """Open ``path`` read-only and check it is a whole, undamaged store of ours (a backup, or
    the copy taken before a migration)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if not fh.read(16).startswith(SQLITE_MAGIC):
                return Verification(False, problem="not an SQLite database")
        conn = _ro_connect(path)
    except (OSError, sqlite3.Error) as exc:
        return Verification(False, problem=str(exc))
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return Verification(False, problem="not a Region Manager store")
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return Verification(False, problem="; ".join(result[:3]))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            return Verification(False, problem=f"{len(fk)} broken reference(s)")
        return Verification(True, table_counts(conn))
    except sqlite3.DatabaseError as exc:
        return Verification(False, problem=str(exc))
    finally:
        conn.close()


def _alembic_config(connection: Any):
    from alembic.config import Config

    here = Path(__file__).resolve().parent
    cfg = Config()
    cfg.set_main_option("script_location", str(here / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(path: Path, target: str = HEAD) -> None:
    """Run the Alembic migrations on ``path`` up to ``target`` and stamp the file as ours."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), target)
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {REVISIONS.index(target) + 1}")
    finally:
        engine.dispose()


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


class Store:
    """An open store file. Cheap to create; SQLAlchemy is loaded on first ``session()``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker[Session] | None = None
        self._raw: sqlite3.Connection | None = None

    # -- SQLAlchemy (edits, and reads of whole objects) --------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine, event

            engine = create_engine(f"sqlite:///{self.path}")

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn, _record):  # pragma: no cover - trivial
                _set_pragmas(dbapi_conn)

            self._engine = engine
        return self._engine

    def session(self) -> Session:
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker

            self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessionmaker()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed (durably) on leaving, rolled back on error."""
        session = self.session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- plain sqlite3 (fast reads of many plain rows) ---------------------------
    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast bulk reads (lists of 100k rows)."""
        if self._raw is None:
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
            _set_pragmas(conn)
            self._raw = conn
        return self._raw

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessionmaker = None

    def integrity_ok(self) -> bool:
        return self.raw().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def pre_migration_backup_path(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return Path(path).parent / "backups" / f"before-upgrade-from-{revision or 'none'}-{stamp}.sqlite3"


def open_store(path: Path) -> Store:
    """Open (creating or migrating as needed) the store at ``path``.

    Raises StoreError, with a message for the user, for a file we must not open;
    such a file is never modified. An existing store is backed up before any
    migration.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = inspect_file(path)
    if state.kind is FileKind.OLDER:
        copy = backup_file(path, pre_migration_backup_path(path, state.revision))
        check = verify_copy(copy)
        if not check.ok:  # never migrate without a good copy to go back to
            raise StoreError(f"The copy of “{path}” made before upgrading it failed its check "
                             f"({check.problem}); the file was left untouched.")
    if state.kind is not FileKind.CURRENT:
        if state.kind is FileKind.MISSING and path.exists() and path.stat().st_size == 0:
            path.unlink()
        migrate(path)
        os.chmod(path, 0o600)
    store = Store(path)
    store.raw()  # switch the file to WAL now, so every later connection shares it
    return store
