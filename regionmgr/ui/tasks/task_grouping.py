"""Parts (tranches) shown under their parent in the task list: the order and the indent.

Plain functions over row positions (indices into the model's rows): no Qt. O(rows) with
byte masks, no 100k-entry sets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

MAX_DEPTH = 4  # parts of parts of...: deeper ones (a damaged store) are shown flat, after the rest


class Positions(Protocol):
    """Where each rowid sits in the rows (a ``RowIndex``)."""

    def get(self, rowid: int) -> int | None: ...


def grouped(positions: list[int], count: int, links: Sequence[tuple[int, int]],
            pos_of: Positions) -> tuple[list[int], dict[int, int]]:
    """``positions`` (sorted) with each parent's parts right under it, in their plan order (``links``:
    (part rowid, parent rowid), each parent's in plan order; ``count``: how many rows there are), and
    how deep each part is shown. The sort orders top-level tasks only; a part whose parent is filtered
    out stays where it sorts."""
    depth: dict[int, int] = {}
    if not links:
        return positions, depth
    shown = bytearray(count)
    for p in positions:
        shown[p] = 1
    under: dict[int, list[int]] = {}
    for part, parent in links:
        c, above = pos_of.get(part), pos_of.get(parent)
        if c is not None and above is not None and shown[c] and shown[above] and c != above:
            under.setdefault(above, []).append(c)
    if not under:
        return positions, depth
    nested = {c for parts in under.values() for c in parts}
    out: list[int] = []

    def place(p: int, level: int) -> None:
        out.append(p)
        if level:
            depth[p] = level
        if level < MAX_DEPTH:
            for c in under.get(p, ()):
                place(c, level + 1)

    for p in positions:
        if p not in nested:
            place(p, 0)
    if len(out) < len(positions):  # parts of a loop of parents (a damaged store): shown flat
        placed = bytearray(count)
        for p in out:
            placed[p] = 1
        out += [p for p in positions if not placed[p]]
    return out, depth


def indented(depth: Mapping[int, int], visible: Sequence[int], count: int, links: Sequence[tuple[int, int]],
             pos_of: Positions) -> dict[int, int]:
    """Of the parts in ``depth``, those shown indented: whose parent is ``visible`` too (a search may
    hide it)."""
    shown = bytearray(count)
    for p in visible:
        shown[p] = 1
    parent_at: dict[int, int] = {}
    for part, parent in links:
        c, above = pos_of.get(part), pos_of.get(parent)
        if c is not None and above is not None:
            parent_at[c] = above
    return {p: d for p, d in depth.items()
            if shown[p] and (above := parent_at.get(p)) is not None and shown[above]}
