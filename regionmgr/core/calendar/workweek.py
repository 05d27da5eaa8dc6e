"""Working days, working hours and public holidays of a country, in its own time zone.

Shared by the task list (a deadline counted in the country's working days), the
countries page (local time, inside working hours, next holidays) and the
meeting time finder. Public holidays come from the ``holidays`` package, which
works offline.

The app keeps the tables it computed in a small JSON file beside the store
(``use_cache_file``): ``holidays`` costs ~40 ms and ~9 MiB to import and ~2 ms
and ~0.3 MiB per country and year, so with the file the task list counts working
days at start without loading it. The file is only a cache: one that is missing,
unreadable, foreign or made by another version of the app or of ``holidays``
(an upgrade may correct a country's holidays) is ignored and rewritten, and
failing to write it changes nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from regionmgr import __version__
from regionmgr.store import codec

UTC = dt.UTC

# Common working weeks, as ISO weekday digits (Monday=1 ... Sunday=7).
MON_FRI = "12345"
SUN_THU = "71234"
SAT_WED = "67123"


@dataclass(frozen=True)
class WorkWeek:
    """What the calendar code needs to know about a country (plain values, no ORM)."""

    code: str  # ISO 3166-1 alpha-2
    timezone: str = "UTC"
    work_days: str = MON_FRI
    work_start_min: int = 9 * 60
    work_end_min: int = 18 * 60

    @classmethod
    def of(cls, country: object) -> WorkWeek:
        """From a ``store.models.Country`` or anything with the same attributes."""
        return cls(
            code=country.code,  # type: ignore[attr-defined]
            timezone=country.timezone,  # type: ignore[attr-defined]
            work_days=country.work_days,  # type: ignore[attr-defined]
            work_start_min=country.work_start_min,  # type: ignore[attr-defined]
            work_end_min=country.work_end_min,  # type: ignore[attr-defined]
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def days(self) -> frozenset[int]:
        return frozenset(int(c) for c in self.work_days if c.isdigit())

    @property
    def start(self) -> dt.time:
        return dt.time(self.work_start_min // 60, self.work_start_min % 60)

    @property
    def end(self) -> dt.time:
        if self.work_end_min >= 24 * 60:
            return dt.time(23, 59)
        return dt.time(self.work_end_min // 60, self.work_end_min % 60)


CACHE_FORMAT = "regionmgr-holidays/1"
CACHE_MAX_BYTES = 4 * 1024 * 1024
CACHE_YEARS_AROUND = 10  # years this far from now are written to the file; farther ones are not
_cache_lock = threading.Lock()
_cache: dict = {"path": None, "tables": None}


def use_cache_file(path: Path | str | None) -> None:
    """Keep computed holiday tables in ``path`` (None: compute them every run)."""
    with _cache_lock:
        _cache["path"], _cache["tables"] = (Path(path) if path else None), None
        _cache.pop("holidays", None)
    _holiday_table.cache_clear()


def holidays_version() -> str | None:
    """The installed ``holidays`` package's version, read without importing it (None if unknown).

    Its ``*.dist-info`` folder sits beside the package (site-packages, or the frozen
    build's folder where build.spec copies it); ``importlib.metadata`` as a fallback."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.origin:
        folder = Path(spec.origin).parent.parent
        try:
            found = sorted(folder.glob("holidays-*.dist-info"))
        except OSError:
            found = []
        if len(found) == 1:
            return found[0].name[len("holidays-"):-len(".dist-info")]
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("holidays")
    except (PackageNotFoundError, ValueError):
        return None


def _cache_key() -> str | None:
    """What a cache file must have been made with: this app and this ``holidays`` (None: don't trust any)."""
    if "holidays" not in _cache:
        _cache["holidays"] = holidays_version()
    return _cache["holidays"]


def _cached_tables() -> dict[str, list]:
    """The tables in the cache file ("FR:2026" -> [["2026-01-01", name], ...]); {} when unusable."""
    if _cache["tables"] is None:
        tables: dict[str, list] = {}
        path = _cache["path"]
        try:
            if path is not None and path.stat().st_size <= CACHE_MAX_BYTES:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("format") == CACHE_FORMAT and data.get("app") == __version__ \
                        and _cache_key() is not None and data.get("holidays") == _cache_key() \
                        and isinstance(data.get("tables"), dict):
                    tables = data["tables"]
        except (OSError, ValueError, AttributeError):
            pass
        _cache["tables"] = tables
    return _cache["tables"]


def _from_cache(entry: object) -> dict[dt.date, str] | None:
    """A cached table ([[day in the store's date form, name], ...]), or None when it is not one."""
    table: dict[dt.date, str] = {}
    try:
        for day, name in entry:  # type: ignore[attr-defined]
            if not isinstance(day, str) or len(day) != 10:
                return None
            table[codec.day(day)] = str(name)  # type: ignore[index]
    except (TypeError, ValueError):
        return None
    return table


def _compute(code: str, year: int) -> dict[dt.date, str]:
    import holidays

    try:
        table = holidays.country_holidays(code, years=year)
    except (NotImplementedError, KeyError):
        return {}
    return dict(sorted(table.items()))


@lru_cache(maxsize=2048)
def _holiday_table(code: str, year: int) -> dict[dt.date, str]:
    key = f"{code}:{year}"
    with _cache_lock:
        cached = _from_cache(_cached_tables().get(key)) if _cache["path"] is not None else None
    if cached is not None:
        return cached
    table = _compute(code, year)
    if abs(year - dt.date.today().year) > CACHE_YEARS_AROUND:
        return table  # a far year (a deadline in 2150): kept in memory only, the file stays small
    with _cache_lock:
        path = _cache["path"]
        if path is not None:
            tables = _cached_tables()
            tables[key] = [[day.isoformat(), name] for day, name in table.items()]
            try:
                from regionmgr.core.atomic import write_text

                write_text(path, json.dumps({"format": CACHE_FORMAT, "app": __version__,
                                             "holidays": _cache_key(), "tables": tables}, ensure_ascii=False))
            except OSError:
                pass  # only a cache: a full disk or read-only folder costs time at the next start, no more
    return table


def _years(start: dt.date, end: dt.date) -> range:
    """The years from ``start`` to ``end`` that can have public holidays: only those within
    ``MIN_YEAR``..``MAX_YEAR`` (no date outside is accepted; a far date costs no table)."""
    return range(max(start.year, codec.MIN_YEAR), min(end.year, codec.MAX_YEAR) + 1)


def holidays_in(code: str, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """Public holidays of ``code`` between ``start`` and ``end`` inclusive, with their names."""
    out = {day: name for year in _years(start, end)
           for day, name in _holiday_table(code.upper(), year).items() if start <= day <= end}
    return dict(sorted(out.items()))


def holiday_name(code: str, day: dt.date) -> str | None:
    if not codec.MIN_YEAR <= day.year <= codec.MAX_YEAR:
        return None
    return _holiday_table(code.upper(), day.year).get(day)


def next_holidays(code: str, today: dt.date, count: int = 3, horizon_days: int = 400) -> list[tuple[dt.date, str]]:
    """The next ``count`` public holidays from ``today`` on."""
    table = holidays_in(code, today, _plus(today, horizon_days))
    return list(table.items())[:count]


def is_working_day(week: WorkWeek, day: dt.date) -> bool:
    return day.isoweekday() in week.days and holiday_name(week.code, day) is None


def _plus(day: dt.date, days: int) -> dt.date:
    """``day`` + ``days``, held within the calendar (no overflow past year 1 or 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def next_working_day(week: WorkWeek, day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the next one (within a year: a week with no
    working day, or a year of holidays, gives up there)."""
    for _ in range(366):
        if is_working_day(week, day):
            return day
        if day == dt.date.max:
            break
        day = _plus(day, 1)
    return day


def count_working_days(week: WorkWeek, first: dt.date, last: dt.date) -> int:
    """Working days from ``first`` to ``last`` inclusive (0 if last < first), counted
    arithmetically: whole weeks times the working days of a week, plus the days left over, less
    the public holidays in range that fall on a working day: one holiday table per year of the
    range (within ``MIN_YEAR``..``MAX_YEAR``), never one step per day."""
    if last < first:
        return 0
    work = week.days
    weeks, extra = divmod((last - first).days + 1, 7)
    weekday = first.isoweekday()
    count = weeks * len(work) + sum(1 for i in range(extra) if (weekday - 1 + i) % 7 + 1 in work)
    if week.code:
        code = week.code.upper()
        for year in _years(first, last):
            count -= sum(1 for day in _holiday_table(code, year)
                         if first <= day <= last and day.isoweekday() in work)
    return count


def working_days_between(week: WorkWeek, start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 if end <= start)."""
    if end <= start:
        return 0
    return count_working_days(week, start + dt.timedelta(days=1), end)


def working_days_in(week: WorkWeek, start: dt.date, end: dt.date) -> list[dt.date]:
    """Working days from ``start`` to ``end`` inclusive (the list is as long as the range: callers
    pass accepted dates, within ``MIN_YEAR``..``MAX_YEAR``). One holiday table per year."""
    if end < start:
        return []
    work = week.days
    off = set(holidays_in(week.code, start, end)) if week.code else set()
    first = start.toordinal()
    return [day for day in map(dt.date.fromordinal, range(first, end.toordinal() + 1))
            if day.isoweekday() in work and day not in off]


def add_working_days(week: WorkWeek, start: dt.date, n: int) -> dt.date:
    """The date ``n`` working days after ``start`` (n >= 0; 0 gives the next working day)."""
    day = next_working_day(week, start)
    while n > 0 and day < dt.date.max:
        day = next_working_day(week, _plus(day, 1))
        n -= 1
    return day


def local_now(week: WorkWeek, now: dt.datetime) -> dt.datetime:
    """``now`` (aware) as the country's wall clock."""
    return now.astimezone(week.zone)


def in_working_hours(week: WorkWeek, now: dt.datetime) -> bool:
    """Is it a working day and inside working hours in the country at instant ``now``?"""
    local = local_now(week, now)
    minutes = local.hour * 60 + local.minute
    return is_working_day(week, local.date()) and week.work_start_min <= minutes < week.work_end_min


def working_window(week: WorkWeek, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The working hours of a local ``day`` as aware UTC instants, or None on a day off."""
    if not is_working_day(week, day):
        return None
    # Adding a timedelta to an aware datetime is wall-clock arithmetic in its zone.
    midnight = dt.datetime.combine(day, dt.time(0), week.zone)
    start = midnight + dt.timedelta(minutes=week.work_start_min)
    end = midnight + dt.timedelta(minutes=week.work_end_min)
    return start.astimezone(UTC), end.astimezone(UTC)


def zones_for_country(code: str) -> list[str]:
    """The IANA zones of a country (from the tz database shipped with tzdata), default first."""
    table = _zone_table()
    return table.get(code.upper(), [])


@lru_cache(maxsize=1)
def _zone_table() -> dict[str, list[str]]:
    """Country code -> zones, read from tzdata's zone1970/zone.tab (offline)."""
    from importlib import resources

    out: dict[str, list[str]] = {}
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        text = ""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out.setdefault(parts[0], []).append(parts[2])
    return out
