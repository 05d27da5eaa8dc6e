"""How a request arrived and its negotiated deadline, as plain rules (no store access): the channels,
the capture words naming them, and the checks of a negotiation's values. ``core.tasks.requests``
builds on these; quick capture and the task operations use them directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from regionmgr.core.calendar.dates import check_in_range, fold
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean as clean_text

MEETING, EMAIL, PHONE, CHAT, VISIT = "meeting", "email", "phone", "chat", "visit"
CHANNELS = (MEETING, EMAIL, PHONE, CHAT, VISIT)
SPONTANEOUS = (EMAIL, PHONE, CHAT, VISIT)
NOTE_MAX = 1000
# The words quick capture reads as a channel after "#", in English and French (folded: no accents).
CHANNEL_WORDS: Mapping[str, str] = {
    **dict.fromkeys(("meeting", "reunion", "reu", "visio", "weekly", "hebdo"), MEETING),
    **dict.fromkeys(("mail", "email", "e-mail", "courriel", "mel"), EMAIL),
    **dict.fromkeys(("phone", "tel", "telephone", "call", "appel"), PHONE),
    **dict.fromkeys(("chat", "tchat", "teams", "slack", "im", "messagerie"), CHAT),
    **dict.fromkeys(("visit", "visite", "passage", "walk-in"), VISIT),
}


def check_channel(channel: str) -> str:
    """``channel`` if it is one of ``CHANNELS`` or "" (not recorded); else ``ValidationError``."""
    if channel != "" and channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{0}” is not a way a request arrives."), channel)
    return channel


def channel_of_tag(token: str) -> str | None:
    """The channel a capture token names ("#tel", "#réunion", "#mail"), or None."""
    if not token.startswith("#") or len(token) < 3:
        return None
    return CHANNEL_WORDS.get(fold(token[1:]).strip(".,;:!?()"))


def clean_note(text: str) -> str:
    """A negotiation note as stored: one line, trimmed; too long is refused."""
    note = " ".join(clean_text(text or "").split())
    if len(note) > NOTE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "A note is at most {0} characters."), NOTE_MAX)
    return note


def negotiation_changes(requested: dt.date | None, agreed_on: dt.date | None, note: str) -> dict[str, object]:
    """The task columns of a negotiated deadline: the date asked for, the day the deadline was agreed
    and a note (the agreed deadline itself is the due date). Bad input: ``ValidationError``."""
    return {"requested_due_on": check_in_range(requested), "deadline_agreed_on": check_in_range(agreed_on),
            "deadline_note": clean_note(note)}
