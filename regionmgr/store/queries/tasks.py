"""Fast plain-row reads for the task list, over the store's plain sqlite3 connection.

The list shows up to 100k tasks: it reads tuples (no ORM objects, no SQLAlchemy
import) in one query, and answers searches from the ``task_fts`` trigram index.
Values come back in the store's text forms: instants as naive-UTC
"YYYY-MM-DD HH:MM:SS.ffffff" (they sort and compare as text), dates as
"YYYY-MM-DD", booleans as 0/1 (``store.codec`` decodes them). Statuses are those of
``store.vocab``; the list keeps each as its small-int code (``vocab.status_index``).

The list is refreshed by task ids (what each write says it changed), never by
``updated_at``: imports, undo and clocks set back write older stamps.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from regionmgr.store import codec
from regionmgr.store.vocab import ACTIVE_STATUSES, DONE, OPEN, STATUS_CODE_SQL, WAITING

# Positions in a list row.
R_ROWID, R_TITLE, R_COUNTRY, R_REQUESTER, R_FLAGS, R_STATUS = range(6)
R_DUE, R_DUE_TZ, R_DELEGATED_TO, R_FOLLOW_UP, R_DELEGATED_AT = range(6, 11)
R_CHANNEL = 11  # how the request arrived ("" = not recorded)
# Bits of R_FLAGS.
F_URGENT, F_IMPORTANT, F_FLOATING, F_ALL_DAY, F_TRANCHE, F_PARKED = 1, 2, 4, 8, 16, 32
# R_STATUS values: ``vocab.status_index`` codes (small ints are shared objects: 100k rows cost
# no string each).

# No task id in a row (36 characters x 100k rows = 8 MiB): ``ids_of`` gives them when needed.
# R_COUNTRY is the country's rowid; R_DUE the due instant (naive UTC) or, for a
# floating due time, its wall-clock time; R_DUE_TZ the zone a fixed due time is
# in when it differs from its country's zone (else NULL: one shared None).
_SELECT = """
SELECT t.rowid, t.title, c.rowid, t.requester,
       t.urgent | (t.important << 1) | (t.due_floating << 2) | (t.due_all_day << 3)
         | ((t.parent_id IS NOT NULL) << 4) | ((t.parked_at IS NOT NULL) << 5),
       {status},
       CASE WHEN t.due_floating THEN t.due_local ELSE t.due_at END,
       CASE WHEN t.due_tz = c.timezone THEN NULL ELSE t.due_tz END,
       t.delegated_to, t.follow_up_on, t.delegated_at, t.channel
FROM task t LEFT JOIN country c ON c.id = t.country_id
""".replace("{status}", STATUS_CODE_SQL)
_CHUNK = 500


def _in(n: int) -> str:
    return "(" + ",".join("?" * n) + ")"


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


class Readable:
    """Which list rows can be read back: their due time, follow-up date and delegation instant
    decode (``store.codec``: the store's form, years within MIN_YEAR..MAX_YEAR). A row that
    can't (a hand-edited or hostile store) is left out of the list, and its rowid kept in
    ``skipped`` so the list can say so. Each distinct text is decoded once."""

    def __init__(self) -> None:
        self.skipped: list[int] = []
        self._known: dict[tuple[int, object], bool] = {}

    def _ok(self, column: int, text: object) -> bool:
        if text is None:
            return True
        known = self._known.get((column, text))
        if known is None:
            decode = codec.day if column == R_FOLLOW_UP else codec.wall
            known = self._known[(column, text)] = codec.readable(decode, text)  # type: ignore[arg-type]
        return known

    def __call__(self, row: tuple) -> bool:
        if self._ok(R_DUE, row[R_DUE]) and self._ok(R_FOLLOW_UP, row[R_FOLLOW_UP]) \
                and self._ok(R_DELEGATED_AT, row[R_DELEGATED_AT]):
            return True
        self.skipped.append(row[R_ROWID])
        return False

    def rows(self, rows: list[tuple]) -> list[tuple]:
        """``rows`` without the unreadable ones."""
        good = [r for r in rows if self(r)]
        return good if len(good) < len(rows) else rows


def _shared(cursor: sqlite3.Cursor, readable: Readable | None = None) -> list[tuple]:
    """The cursor's rows, with the values that repeat across tasks (requester, due instants,
    zone, delegate, dates) shared rather than one string per row: a third less memory at 100k
    tasks. Read in chunks, so the peak holds one copy of the rows. ``readable``: leave out the
    rows it refuses."""
    seen: dict = {}
    one = seen.setdefault
    rows: list[tuple] = []
    while chunk := cursor.fetchmany(2000):
        if readable is not None:
            chunk = readable.rows(chunk)
        rows += [(a, b, c, one(d, d), e, f, one(g, g), one(h, h), one(i, i), one(j, j), one(k, k), one(m, m))
                 for (a, b, c, d, e, f, g, h, i, j, k, m) in chunk]
    return rows


def first_rows(conn: sqlite3.Connection, limit: int) -> list[tuple]:
    """The soonest-due open and waiting tasks, read in the (status, due_at) index's order:
    what the list paints first while the whole list loads."""
    rows: list[tuple] = []
    for status in ACTIVE_STATUSES:
        rows += conn.execute(_SELECT + "WHERE t.status = ? AND t.due_at IS NOT NULL ORDER BY t.due_at LIMIT ?",
                             (status, limit)).fetchall()
    rows = Readable().rows(rows)
    rows.sort(key=lambda r: r[R_DUE])
    return rows[:limit]


def rows_by_rowid(conn: sqlite3.Connection, rowids: list[int]) -> list[tuple]:
    """The list rows of these rowids (an unreadable one is left out, like a deleted one)."""
    out: list[tuple] = []
    for chunk in _chunks(rowids):
        out += conn.execute(_SELECT + f"WHERE t.rowid IN {_in(len(chunk))}", chunk).fetchall()
    return Readable().rows(out)


def rows_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> list[tuple]:
    """The list rows of the tasks with these ids that still exist (a task deleted since is absent,
    and so is one whose dates can't be read back)."""
    out: list[tuple] = []
    for chunk in _chunks(sorted(set(ids))):
        out += conn.execute(_SELECT + f"WHERE t.id IN {_in(len(chunk))}", chunk).fetchall()
    return Readable().rows(out)


def all_rowids(conn: sqlite3.Connection) -> set[int]:
    return {r for (r,) in conn.execute("SELECT rowid FROM task")}


def reader(path: str) -> sqlite3.Connection:
    """A separate read-only connection (for a worker thread loading the list, or the matrix)."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)


def countries(conn: sqlite3.Connection) -> list[tuple[int, str, str, str, str, int, int]]:
    """(rowid, id, code, timezone, work_days, work_start_min, work_end_min) in the user's order."""
    return conn.execute(
        "SELECT rowid, id, code, timezone, work_days, work_start_min, work_end_min FROM country "
        "ORDER BY position, code"
    ).fetchall()


def contacts(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(id, name, country code) of every contact, for delegation."""
    return conn.execute(
        "SELECT contact.id, contact.name, country.code FROM contact "
        "JOIN country ON country.id = contact.country_id ORDER BY contact.name"
    ).fetchall()


def tranche_stats(conn: sqlite3.Connection) -> dict[int, tuple[int, int, str | None, str | None]]:
    """For each parent task's rowid: (parts, parts done, first start date, last due instant).

    Grouped from the parent_id index's non-null range, then joined to the few parents
    (0.1 ms at 100k tasks, where joining every task to its children took 20 ms)."""
    rows = conn.execute(
        "SELECT p.rowid, s.n, s.done, s.first_start, s.last_due FROM ("
        "  SELECT parent_id, COUNT(*) AS n, SUM(status = ?) AS done, MIN(start_on) AS first_start,"
        "         MAX(due_at) AS last_due"
        "  FROM task WHERE parent_id IS NOT NULL GROUP BY parent_id"
        ") AS s JOIN task p ON p.id = s.parent_id", (DONE,)
    )
    return {pid: (n, done or 0, start, end) for pid, n, done, start, end in rows}


def tranche_links(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(part rowid, parent rowid) of every part, each parent's parts in their plan order: the list
    shows them under their parent. Read from the parent_id index's non-null range (few rows)."""
    return conn.execute(
        "SELECT t.rowid, p.rowid FROM task t JOIN task p ON p.id = t.parent_id "
        "WHERE t.parent_id IS NOT NULL ORDER BY p.rowid, t.position, t.title, t.rowid").fetchall()


def ids_of(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, str]:
    """rowid -> task id."""
    out: dict[int, str] = {}
    for chunk in _chunks(rowids):
        out.update(conn.execute(f"SELECT rowid, id FROM task WHERE rowid IN {_in(len(chunk))}", chunk))
    return out


def rowid_of(conn: sqlite3.Connection, task_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM task WHERE id = ?", (task_id,)).fetchone()
    return row[0] if row else None


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (quotes doubled), matching it as a substring under trigram."""
    return '"' + text.replace('"', '""') + '"'


def search_rowids(conn: sqlite3.Connection, text: str) -> list[int] | None:
    """Row ids of tasks whose title or notes contain ``text`` (case-insensitive).

    Uses the trigram index, so ``text`` must be at least 3 characters; returns
    None for shorter text (the caller filters titles in memory instead).
    """
    text = text.strip()
    if len(text) < 3:
        return None
    return [r for (r,) in conn.execute("SELECT rowid FROM task_fts WHERE task_fts MATCH ?", (fts_phrase(text),))]


# Combining marks (accents) left by NFKD decomposition: dropped by one regex pass (in C), 3x faster
# at 100k texts than testing each character with ``unicodedata.combining``.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold_search(text: str) -> str:
    """``text`` as the search box compares it: case-folded, accents dropped ("Hélène" -> "helene")."""
    text = text.casefold()
    if text.isascii():  # most texts: no decomposition needed
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


def _folded(text: str) -> bytes:
    return fold_search(text).encode()


# What the search box scans: title, notes and the people (requester, delegate), one per line.
_HAY = "title || char(10) || notes || char(10) || requester || char(10) || delegated_to"


def search_texts(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, bytes]:
    """rowid -> title, notes, requester and delegate, folded (``fold_search``), as UTF-8: the text
    the search box scans."""
    out: dict[int, bytes] = {}
    for chunk in _chunks(rowids):
        out.update((r, _folded(text)) for r, text in conn.execute(
            f"SELECT rowid, {_HAY} FROM task WHERE rowid IN {_in(len(chunk))}", chunk))
    return out


def list_snapshot(conn: sqlite3.Connection) -> tuple[list[tuple], list[bytes], list[int]]:
    """(every list row, their search texts in the same order, the rowids of the rows left out
    because their dates can't be read back), read in one transaction so they agree."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    readable = Readable()
    try:
        rows = _shared(conn.execute(_SELECT + "ORDER BY t.rowid"), readable)
        hay = [_folded(text) for (text,) in conn.execute(f"SELECT {_HAY} FROM task ORDER BY rowid")]
        if readable.skipped:  # their search texts out too, so the two stay aligned
            left_out = set(readable.skipped)
            everyone = [r for (r,) in conn.execute("SELECT rowid FROM task ORDER BY rowid")]
            hay = [text for rowid, text in zip(everyone, hay, strict=True) if rowid not in left_out]
    finally:
        if own:
            conn.execute("COMMIT")
    return rows, hay, readable.skipped


def delegated_among(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` delegated to someone (a reopened one goes back to waiting)."""
    out: set[str] = set()
    for chunk in _chunks(list(ids)):
        out.update(r for (r,) in conn.execute(
            f"SELECT id FROM task WHERE delegated_to != '' AND id IN {_in(len(chunk))}", chunk))
    return out


# -- the urgent/important matrix ----------------------------------------------------------
# Every open task the matrix shows: not the parent of a split task while it has unfinished parts.
MATRIX_SQL = f"""
SELECT t.id, t.title, t.urgent, t.important, t.due_at, t.due_tz, t.due_floating, t.due_local,
       t.requester, c.code, c.timezone, c.work_days, c.work_start_min, c.work_end_min, p.title,
       t.parent_id, t.requested_due_on
FROM task AS t
LEFT JOIN country AS c ON c.id = t.country_id
LEFT JOIN task AS p ON p.id = t.parent_id
WHERE t.status = '{OPEN}'
  AND NOT EXISTS (SELECT 1 FROM task AS k WHERE k.parent_id = t.id AND k.status IN ('{OPEN}', '{WAITING}'))
"""


def matrix_rows(conn: sqlite3.Connection) -> list[tuple]:
    """(id, title, urgent, important, due_at, due_tz, due_floating, due_local, requester, country code,
    country zone, work_days, work_start_min, work_end_min, parent title, parent id, requested due date)
    of every open task the matrix shows."""
    return conn.execute(MATRIX_SQL).fetchall()


def count_open(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM task WHERE status = ?", (OPEN,)).fetchone()[0]


# -- how requests arrive: parked requests, spontaneous requests, people ---------------------
def parked_rows(conn: sqlite3.Connection, country_id: str | None) -> list[tuple]:
    """(id, title, requester, channel, parked_at, due_at, requested_due_on, status) of the active
    tasks of ``country_id`` (None: those without a country) parked for its next meeting, in the
    order parked."""
    where = "t.country_id = ?" if country_id is not None else "t.country_id IS NULL"
    return conn.execute(
        "SELECT t.id, t.title, t.requester, t.channel, t.parked_at, t.due_at, t.requested_due_on, t.status "
        f"FROM task t WHERE t.parked_at IS NOT NULL AND {where} "
        f"AND t.status IN {_in(len(ACTIVE_STATUSES))} ORDER BY t.parked_at, t.title, t.rowid",
        (*([country_id] if country_id is not None else []), *ACTIVE_STATUSES)).fetchall()


def spontaneous_rows(conn: sqlite3.Connection, meeting: str) -> list[tuple[str, str, str | None]]:
    """(created_at, channel, country code or None) of every task whose channel is recorded and is
    not ``meeting``: the requests that came between meetings."""
    return conn.execute(
        "SELECT t.created_at, t.channel, c.code FROM task t LEFT JOIN country c ON c.id = t.country_id "
        "WHERE t.channel != '' AND t.channel != ?", (meeting,)).fetchall()


def people(conn: sqlite3.Connection, column: str) -> list[str]:
    """The distinct non-empty values of ``column`` ("requester" or "delegated_to"), by name."""
    if column not in ("requester", "delegated_to"):
        raise KeyError(column)
    return [n for (n,) in conn.execute(
        f"SELECT DISTINCT {column} FROM task WHERE {column} != '' ORDER BY {column} COLLATE NOCASE")]
