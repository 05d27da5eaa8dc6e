"""Values read back from settings.ini: the default whenever the stored value is missing or can't be used.

settings.ini is a text file the user (or anything else) can edit; a value that is
not a number, out of range, not one of the choices or not a known time zone must
never break a page. Each reader logs what it ignored and returns the default.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)

T = TypeVar("T", bound=str)
TRUE_TEXT = ("true", "1", "yes", "on")
FALSE_TEXT = ("false", "0", "no", "off")


class Settings(Protocol):
    def value(self, key: str, /, *args: Any, **kwargs: Any) -> Any: ...


def _raw(settings: Settings, key: str) -> Any:
    try:
        return settings.value(key)
    except Exception:  # noqa: BLE001 - an unreadable value (e.g. a broken @Variant) is a missing one
        log.warning("Setting %s can't be read; using the default", key)
        return None


def _ignored(key: str, value: Any) -> None:
    log.warning("Setting %s=%r can't be used; using the default", key, value)


def read_int(settings: Settings, key: str, default: int, lo: int, hi: int) -> int:
    """A whole number in [lo, hi] (text or number), else ``default``."""
    value = _raw(settings, key)
    if value is None:
        return default
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError
        number = int(value) if isinstance(value, (int, float)) else int(str(value).strip())
    except (TypeError, ValueError, OverflowError):
        _ignored(key, value)
        return default
    if not lo <= number <= hi:
        _ignored(key, value)
        return default
    return number


def read_float(settings: Settings, key: str, default: float, lo: float, hi: float) -> float:
    """A finite number in [lo, hi], else ``default``."""
    value = _raw(settings, key)
    if value is None:
        return default
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(value) if isinstance(value, (int, float)) else float(str(value).strip())
    except (TypeError, ValueError, OverflowError):
        _ignored(key, value)
        return default
    if not math.isfinite(number) or not lo <= number <= hi:
        _ignored(key, value)
        return default
    return number


def read_bool(settings: Settings, key: str, default: bool) -> bool:
    """true/false (also 1/0, yes/no, on/off), else ``default``."""
    value = _raw(settings, key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE_TEXT:
        return True
    if text in FALSE_TEXT:
        return False
    _ignored(key, value)
    return default


def read_choice(settings: Settings, key: str, default: T, choices: Sequence[T]) -> T:
    """One of ``choices`` (exactly), else ``default``."""
    value = _raw(settings, key)
    if value is None:
        return default
    for choice in choices:
        if str(value) == choice:
            return choice
    _ignored(key, value)
    return default


def read_text(settings: Settings, key: str, default: str = "") -> str:
    """A string (a list or other odd value gives ``default``)."""
    value = _raw(settings, key)
    if value is None:
        return default
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        _ignored(key, value)
        return default
    return str(value)


def valid_zone(name: str) -> bool:
    """True for an IANA zone name that loads (not a path, a folder, or garbage)."""
    if not name or "\x00" in name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError, IsADirectoryError, ...
        return False
    return True


def read_zone(settings: Settings, key: str, default: str) -> str:
    """A time zone name that can be loaded, else ``default``."""
    value = read_text(settings, key, "").strip()
    if not value:
        return default
    if not valid_zone(value):
        _ignored(key, value)
        return default
    return value
