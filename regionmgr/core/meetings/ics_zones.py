"""The IANA zone of an imported invite's start: IANA names, Windows names, a file's own VTIMEZONE.

Invites name their zone in many ways:

- an IANA name (``Europe/Paris``), possibly behind an old prefix
  (``/mozilla.org/20050126_1/Europe/Paris``, ``/freeassociation.sourceforge.net/Tzfile/Europe/Paris``);
- a Windows name (``Romance Standard Time``, Exchange sometimes adds `` 1``), mapped through
  CLDR's windowsZones table (as shipped by icalendar, ``WINDOWS_TO_OLSON``);
- a zone the file defines itself (Exchange's ``Customized Time Zone``, Outlook 2007's
  ``(UTC+01:00) Amsterdam, Berlin…``): honoured by finding the IANA zone whose UTC offsets
  agree with the file's definition at every wall time the series will use;
- no zone at all: a UTC time, or a "floating" time read in the calendar's
  ``X-WR-TIMEZONE`` (Google) or else in the reader's own zone.

The app stores an IANA name only; a file's zone that no IANA zone matches is refused.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

HOURS_CHECKED = 2 * 366 * 24
HOURLY_CHECKS = 8  # zones checked hour by hour at most: a crafted zone can't make a file slow to read
_SUFFIX = re.compile(r"\s+\d+$")  # "W. Europe Standard Time 1"


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones() - {"localtime", "Factory"})


@cache
def _windows() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return {name.casefold(): zone for name, zone in WINDOWS_TO_OLSON.items()}


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names (IANA, prefixed IANA or Windows name), None when it names none."""
    name = tzid.strip().strip('"').strip()
    if not name:
        return None
    if name in _zones():
        return name
    parts = [p for p in name.split("/") if p]
    for i in range(len(parts) - 1):  # the longest IANA tail of a prefixed name
        tail = "/".join(parts[i:])
        if tail in _zones():
            return tail
    for candidate in (name, _SUFFIX.sub("", name)):
        zone = _windows().get(candidate.casefold())
        if zone is not None:
            return zone
    return None


def _candidates(prefer: Iterable[str | None]) -> list[str]:
    """Zones to try, the preferred ones and CLDR's representative zones first."""
    out: dict[str, None] = {}
    for name in [*prefer, *_windows().values(), *sorted(_zones())]:
        if name and name in _zones():
            out.setdefault(name, None)
    return list(out)


class OwnZone:
    """A file's own VTIMEZONE as UTC offsets: its transitions (icalendar expands its rules once,
    up to 2038) searched by bisection, never a tzinfo another file of the same TZID could replace."""

    def __init__(self, component: Any):
        times, infos = component.get_transitions()
        if not times:
            raise ValueError("empty VTIMEZONE")
        self.times: list[dt.datetime] = times  # naive UTC
        self.offsets: list[dt.timedelta] = [info[0] for info in infos]

    def at_utc(self, instant: dt.datetime) -> dt.timedelta:
        """The offset at a naive UTC instant."""
        return self.offsets[max(bisect.bisect_right(self.times, instant) - 1, 0)]

    def at_wall(self, wall: dt.datetime) -> dt.timedelta:
        """The offset at a naive wall time (in a gap or a fold: the offset before the change)."""
        index = max(bisect.bisect_right(self.times, wall) - 1, 0)
        for offset in dict.fromkeys(self.offsets[max(index - 1, 0):index + 2]):
            if self.at_utc(wall - offset) == offset:
                return offset
        return self.at_utc(wall - self.offsets[index])


def agrees_hourly(zone: ZoneInfo, hours: Sequence[tuple[dt.datetime, dt.timedelta]]) -> bool:
    """Whether ``zone`` has the given UTC offset at each of these UTC instants."""
    return all(u.astimezone(zone).utcoffset() == offset for u, offset in hours)


def matching_zone(own: OwnZone, walls: Sequence[dt.datetime], prefer: Iterable[str | None] = ()) -> str | None:
    """The IANA zone agreeing with a file's own zone at every wall time of the series, then hour by
    hour over the same span (so a zone changing its clocks on the same days at another hour, Havana
    for New York, is not taken)."""
    if not walls:
        return None
    wanted = [own.at_wall(w) for w in walls]
    hours: list[tuple[dt.datetime, dt.timedelta]] | None = None  # (UTC instant, offset)
    checked = 0
    for name in _candidates(prefer):
        zone = ZoneInfo(name)
        if not all(zone.utcoffset(w) == offset for w, offset in zip(walls, wanted, strict=True)):
            continue
        if hours is None:
            first = (min(walls) - wanted[0]).replace(minute=0, second=0, microsecond=0)
            count = min(int((max(walls) - min(walls)).total_seconds() // 3600) + 1, HOURS_CHECKED)
            hours = [(u.replace(tzinfo=dt.UTC), own.at_utc(u))
                     for u in (first + dt.timedelta(hours=n) for n in range(count))]
        if agrees_hourly(zone, hours):
            return name
        checked += 1
        if checked >= HOURLY_CHECKS:
            return None
    return None
