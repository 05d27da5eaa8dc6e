"""The time zones to offer first when the user says where they are: recent ones, then the region's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from zoneinfo import available_timezones

from regionmgr.core.calendar.workweek import zones_for_country
from regionmgr.core.countries.region import list_countries, sort_key
from regionmgr.core.storage import Store

RECENT_KEEP = 8


def remember(recent: Sequence[str], zone: str, keep: int = RECENT_KEEP) -> list[str]:
    """``recent`` with ``zone`` moved to the front (at most ``keep``)."""
    return [zone, *[z for z in recent if z != zone]][:keep]


def region_zones(store: Store, first_code: str | None = None) -> list[str]:
    """The zones of the region's countries (``first_code``'s first), each country's own zone before the others."""
    countries = list_countries(store)
    countries.sort(key=lambda c: c.code != (first_code or "").upper())  # stable: the user's order otherwise
    out: list[str] = []
    for c in countries:
        for zone in [c.timezone, *zones_for_country(c.code)]:
            if zone not in out:
                out.append(zone)
    return out


def sections(recent: Iterable[str], region: Iterable[str]) -> list[tuple[str, list[str]]]:
    """("recent" | "region" | "all", zones) in that order; each zone appears once, unknown ones dropped."""
    known = available_timezones()
    seen: set[str] = set()
    out: list[tuple[str, list[str]]] = []
    for name, zones in (("recent", recent), ("region", region),
                        ("all", sorted(known, key=sort_key))):
        kept = []
        for z in zones:
            if z in known and z not in seen:
                kept.append(z)
                seen.add(z)
        if kept:
            out.append((name, kept))
    return out


def matches(zone: str, typed: str, extra: str = "") -> bool:
    """Every typed word starts a word of the zone's name (or of ``extra``: its country), case and accents ignored."""
    words = sort_key(f"{zone} {extra}").replace("/", " ").replace("_", " ").replace("-", " ").split()
    return all(any(w.startswith(t) for w in words) for t in sort_key(typed).split())
