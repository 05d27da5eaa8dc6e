"""How the Tasks room words things: statuses, quadrants, due times and refused input, translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks.rules import DueView
from regionmgr.ui.common import formats


def quadrant_names() -> list[str]:
    """The four quadrants' names, as the Priorities page shows them."""
    from regionmgr.core.tasks.priority import Quadrant
    from regionmgr.ui.common.quadrants import quadrant_title

    return [quadrant_title(q) for q in Quadrant]


def status_names() -> list[str]:
    """The statuses' names, in ``listing.STATUSES`` order (a list row's status code indexes it)."""
    names = {tl.OPEN: QCoreApplication.translate("Status", "Open"),
             tl.WAITING: QCoreApplication.translate("Status", "Waiting"),
             tl.DONE: QCoreApplication.translate("Status", "Done"),
             tl.DROPPED: QCoreApplication.translate("Status", "Dropped")}
    return [names[status] for status in tl.STATUSES]


def unknown_status_name() -> str:
    """How a status this version does not know (a newer app's) is shown."""
    return QCoreApplication.translate("Status", "Unknown")


def zone_city(name: str) -> str:
    return name.rsplit("/", 1)[-1].replace("_", " ")


def format_due(view: DueView, locale: QLocale, this_year: int) -> str:
    """"Fri 27 Nov 18:00 (17:00 Casablanca)": in the user's zone, and in the fixed zone when it differs."""
    def stamp(moment: dt.datetime, with_day: bool = True) -> str:
        day = formats.date_text(moment.date(), this_year, locale)
        if view.all_day:
            return day
        time = formats.time_text(moment, locale)
        return f"{day} {time}" if with_day else time

    if view.all_day:
        return stamp(view.there or view.here)
    text = stamp(view.here)
    if view.there is not None:
        same_day = view.there.date() == view.here.date()
        text += f" ({stamp(view.there, not same_day)} {zone_city(view.fixed_zone or '')})"
    if view.floating:
        text += " ⟳"
    return text


def describe_input_error(exc: Exception) -> str:
    """The translated message for a ``TaskInputError`` or any ``ValidationError`` (its message in the
    UI language); the English text of any other error."""
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {})
    messages = {
        "empty_title": QCoreApplication.translate("TaskInput", "A task needs a title."),
        "title_too_long": QCoreApplication.translate("TaskInput", "A title is at most {limit} characters."),
        "name_too_long": QCoreApplication.translate("TaskInput", "A name is at most {limit} characters."),
        "bad_date": QCoreApplication.translate("TaskInput", "“{text}” is not a date. Write it as 2026-11-27 or 27/11/2026."),
        "impossible_date": QCoreApplication.translate("TaskInput", "{text} does not exist in the calendar."),
        "bad_time": QCoreApplication.translate("TaskInput", "“{text}” is not a time of day. Write it as 17:00."),
        "impossible_time": QCoreApplication.translate("TaskInput", "{text} is not a time of day."),
        "unknown_zone": QCoreApplication.translate("TaskInput", "“{zone}” is not a known time zone."),
        "time_without_date": QCoreApplication.translate("TaskInput", "A due time needs a due date."),
        "zone_needed": QCoreApplication.translate("TaskInput", "A fixed due time needs a time zone."),
        "delegate_needs_name": QCoreApplication.translate("TaskInput", "Say who the task is delegated to."),
        "bad_status": QCoreApplication.translate("TaskInput", "Unknown status “{status}”."),
    }
    if code in messages:
        return messages[code].format(**params)
    if isinstance(exc, ValidationError):
        return exc.translated(QCoreApplication.translate)
    return str(exc)


def channel_names() -> dict[str, str]:
    """How a request arrived, by ``requests.CHANNELS`` key ("" = not recorded)."""
    return {"": QCoreApplication.translate("Channel", "Not recorded"),
            "meeting": QCoreApplication.translate("Channel", "Meeting"),
            "email": QCoreApplication.translate("Channel", "E-mail"),
            "phone": QCoreApplication.translate("Channel", "Phone"),
            "chat": QCoreApplication.translate("Channel", "Chat"),
            "visit": QCoreApplication.translate("Channel", "Visit")}


def channel_name(channel: str) -> str:
    """A channel's name; a value this version does not know is shown as stored."""
    return channel_names().get(channel, channel)


PARKED_MARK = "⚑"  # before the title of a task parked for the next meeting (a flag: "bring it up")
