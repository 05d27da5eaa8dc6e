"""Opening the store: recognise the file, refuse what isn't ours, back up, migrate, connect.

The checks use the plain ``sqlite3`` module on a read-only connection, so a
file we refuse is never written to, and so a store already at the current
schema opens without importing Alembic (start-up stays fast). SQLAlchemy itself
is imported only when a session is first asked for.

Durability: WAL journal with ``synchronous=FULL``. In WAL mode, FULL syncs the
log at every commit, so a transaction reported committed survives a crash *and*
a power cut (NORMAL would only survive an application crash).

Hostile files (issue 13): a log (``-wal``) beside the store is replayed only when it is ours
(``wal_guard``); the schema must be exactly what the migrations create (``schema_check``);
every connection checks cell sizes and runs in SQLite's defensive mode where Python offers it,
and the connections that read a file not yet checked don't trust its schema
(``trusted_schema=OFF``). Our own temporary files left by killed writers are removed at start.
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

from regionmgr.store import wal_guard
from regionmgr.store.atomic import atomic_path, remove_leftovers
from regionmgr.store.schema_check import differences
from regionmgr.store.wal_guard import NOTICE_BAD_LOG, NOTICE_STRAY_LOG, StoreNotice, state_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

# "RGM1": the file is a Region Manager store (PRAGMA application_id).
APPLICATION_ID = 0x52474D31
# Alembic revisions in order; user_version mirrors the index (1-based) of the head.
REVISIONS = ["0001", "0002", "0003"]
HEAD = REVISIONS[-1]
SCHEMA_VERSION = len(REVISIONS)
STORE_FILENAME = "regionmgr.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
# The names our writers give their temporary files in the backup folders (see atomic.remove_leftovers).
BACKUP_TEMP_TARGETS = ("regionmgr-backup-", "before-upgrade-")

__all__ = [
    "APPLICATION_ID", "BACKUP_TEMP_TARGETS", "HEAD", "NOTICE_BAD_LOG", "NOTICE_STRAY_LOG", "REVISIONS",
    "SCHEMA_VERSION", "STORE_FILENAME", "DamagedStoreError", "FileKind", "FileState", "ForeignFileError",
    "NewerSchemaError", "Store", "StoreError", "StoreNotice", "Verification", "backup_file", "inspect_file",
    "migrate", "open_store", "remove_leftover_temps", "state_path", "table_counts", "verify_copy",
]


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


def _defend(conn: sqlite3.Connection) -> None:
    """On every connection: check cell sizes, refuse the writes only a hostile file needs."""
    conn.execute("PRAGMA cell_size_check = ON")
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def _distrust(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A connection to a file not yet checked: its triggers and views may not call functions
    or virtual tables (``trusted_schema=OFF``)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    _defend(conn)
    return conn


def _ro_connect(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return _distrust(sqlite3.connect(uri, uri=True))


def _revision(conn: sqlite3.Connection) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _structure_problem(conn: sqlite3.Connection, revision: str | None) -> str:
    found = differences(conn, revision)
    return "; ".join(found[:3]) + (f" (+{len(found) - 3})" if len(found) > 3 else "")


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
        revision = _revision(conn)
        if user_version > SCHEMA_VERSION or (revision is not None and revision not in REVISIONS):
            raise NewerSchemaError(
                f"“{path}” was written by a newer version of Region Manager "
                f"(schema {user_version}, this version knows up to {SCHEMA_VERSION}). "
                "Install the newer version to open it; the file was left untouched."
            )
        structure = _structure_problem(conn, revision)
        if structure:
            raise DamagedStoreError(
                f"“{path}” is not a store as Region Manager makes it: its structure was changed "
                f"({structure}). It was left untouched."
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
    # on disk (synced) before it takes its name, and before any migration
    with atomic_path(dest, 0o600) as tmp:
        source = _ro_connect(src)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
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
        problem = check_connection(conn)
        if problem:
            return Verification(False, problem=problem)
        return Verification(True, table_counts(conn))
    except sqlite3.DatabaseError as exc:
        return Verification(False, problem=str(exc))
    finally:
        conn.close()


def check_connection(conn: sqlite3.Connection) -> str:
    """Why the database on ``conn`` is not a whole, undamaged store of ours ('' if it is):
    stamped as ours, ``integrity_check``, ``foreign_key_check``, the schema of its revision."""
    _distrust(conn)
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return "not a Region Manager store"
    structure = _structure_problem(conn, _revision(conn))
    if structure:
        return f"its structure was changed: {structure}"
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        return "; ".join(result[:3])
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        return f"{len(fk)} broken reference(s)"
    return ""


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
    """A working connection, to a store whose schema was checked to be exactly ours (open_store):
    its schema is trusted (the search index's triggers write to FTS5 tables, which
    ``trusted_schema=OFF`` forbids)."""
    _defend(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")


class _NotingConnection(sqlite3.Connection):
    """The store's plain connection: after each commit (``commit()`` or a ``with`` block), the
    record beside the store names the log the commit went to, as ``Store.write`` does, so that
    after a crash the log is known to be ours (replayed at once, not checked on a copy)."""

    store: Store | None = None

    def commit(self) -> None:
        super().commit()
        if self.store is not None:
            self.store._note_salts()

    def __exit__(self, kind, value, trace):
        outcome = super().__exit__(kind, value, trace)
        if kind is None and self.store is not None:
            self.store._note_salts()
        return outcome


class Store:
    """An open store file. Cheap to create; SQLAlchemy is loaded on first ``session()``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker[Session] | None = None
        self._raw: sqlite3.Connection | None = None
        self.notices: list[StoreNotice] = []  # for the user, from opening (e.g. a log set aside)
        self._salts: str | None = None  # of the log, as last recorded
        self._registered = False
        self.backup_in_sync: str | None = None  # at open: the copy the file equals (see wal_guard)
        self.backed_up: str | None = None  # set before close: the copy the store equals now

    def _register(self) -> None:
        """Before the first connection (again, after ``close``): the store counts as open, durably,
        so that a log a crash leaves is known to be ours."""
        if not self._registered:
            wal_guard.register(self.path)
            self._registered = True
            self._salts = wal_guard.mark_open(self.path)

    # -- SQLAlchemy (edits, and reads of whole objects) --------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine, event

            engine = create_engine(f"sqlite:///{self.path}")
            self._register()

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
            self._note_salts()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _note_salts(self) -> None:
        """After a commit: the record names the log's salts if SQLite started a new log."""
        self._salts = wal_guard.note_salts(self.path, self._salts)

    # -- plain sqlite3 (fast reads of many plain rows) ---------------------------
    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast bulk reads (lists of 100k rows), and writes."""
        if self._raw is None:
            self._register()
            conn = sqlite3.connect(str(self.path), check_same_thread=False, factory=_NotingConnection)
            conn.store = self
            _set_pragmas(conn)
            self._raw = conn
        return self._raw

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            if isinstance(self._raw, _NotingConnection):
                self._raw.store = None
            self._raw = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessionmaker = None
        if self._registered:
            wal_guard.unregister(self.path)
            self._registered = False
            wal_guard.mark_closed(self.path, self.backed_up)  # a clean close: a log found next time is not ours
            self.backed_up = None

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
    remove_leftovers(path.parent, (path.name, "." + path.name))
    remove_leftovers(path.parent / "backups", BACKUP_TEMP_TARGETS)
    notices = wal_guard.screen(path, check_connection)
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
    store.notices = notices
    store.backup_in_sync = wal_guard.backed_up_as(path)  # before the record says "open"
    store.raw()  # switch the file to WAL now, so every later connection shares it (and record it open)
    return store


def remove_leftover_temps(folder: Path) -> list[Path]:
    """Remove our temporary files left in a backup ``folder`` by killed writers (see open_store,
    which does it for the store's folder and its ``backups`` folder)."""
    return remove_leftovers(folder, BACKUP_TEMP_TARGETS)
