"""What a write changed, and how to take it back: the contract between core operations and the UI.

Every named operation in ``core`` returns an ``Applied``: the tables and row ids it changed
(``Change``) and the operation that reverts it. Reverting returns an ``Applied`` too, whose
``undo`` re-applies the original: undo and redo are the same mechanism, with fresh data each
time. The UI refreshes its views from ``Change`` (never from timestamps) and keeps ``undo``
on its undo stack. No Qt, no SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# ids == ALL: every row of that table may have changed (an import, a restore, a bulk rewrite).
ALL: None = None


@dataclass(frozen=True)
class Change:
    """Tables and row ids a write touched. ``rows[table]`` is a frozenset of ids, or ``ALL``."""

    rows: Mapping[str, frozenset[str] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, table: str, ids: Iterable[str] | None = ALL) -> Change:
        return cls({table: None if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls, tables: Iterable[str]) -> Change:
        """Every row of ``tables`` (an import, a restore)."""
        return cls(dict.fromkeys(tables))

    def __or__(self, other: Change) -> Change:
        merged: dict[str, frozenset[str] | None] = dict(self.rows)
        for table, ids in other.rows.items():
            if table in merged:
                mine = merged[table]
                merged[table] = None if mine is None or ids is None else mine | ids
            else:
                merged[table] = ids
        return Change(merged)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, *tables: str) -> bool:
        return any(t in self.rows for t in tables)

    def ids(self, table: str) -> frozenset[str] | None:
        """The changed ids of ``table``: an empty set when untouched, ``ALL`` when any may be."""
        return self.rows.get(table, frozenset())

    def __bool__(self) -> bool:
        return bool(self.rows)


NOTHING = Change()


@dataclass(frozen=True)
class Applied:
    """The outcome of a named operation: what it changed, and the operation that reverts it."""

    change: Change
    undo: Callable[[], Applied]
    result: object = None  # what the caller asked for (a new row's id, a report), if anything


def reversible(do: Callable[[], Change], undo: Callable[[], Change], result: object = None) -> Applied:
    """An outcome from two writes that each say what they changed: ``do`` already ran (its
    Change is given by calling it here), ``undo`` reverts it. Reverting yields an ``Applied``
    whose undo runs ``do`` again."""
    change = do()

    def revert() -> Applied:
        return reversible(undo, do, result)

    return Applied(change, revert, result)
