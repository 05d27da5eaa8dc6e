"""Delegation that reaches the delegate: a ``mailto:`` link carrying the task, its deadline and its context.

The message is written in the UI language (English or French), dates in the user's zone.
Everything the user typed (title, notes, names) goes into the subject and body percent-encoded
with ``urllib.parse.quote`` (nothing is left that a mail program could read as another header:
``?``, ``&``, ``%``, line breaks are all encoded), and the recipient must be one plain address
(``core.text.valid_address``) or none (the user picks it in the mail program).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from regionmgr.core.countries.region import country_name
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean, valid_address
from regionmgr.core.time.colleagues import folded
from regionmgr.core.time.report import ui_locale
from regionmgr.store.db import Store
from regionmgr.store.queries import colleagues as cq

MAX_NOTES = 800  # characters of the task's notes in the message (a mailto link must stay short)
TASK_GONE = QT_TRANSLATE_NOOP("Core", "This task no longer exists.")

WORDS: dict[str, dict[str, str]] = {
    "en": {"subject": "Delegation: {0}", "hello": "Hello {0},", "hello_anon": "Hello,",
           "ask": "Could you take over this task?", "task": "Task: {0}", "deadline": "Deadline: {0}",
           "asked": "First asked for: {0}", "country": "Country: {0}", "requester": "Requested by: {0}",
           "follow_up": "I will check in with you on {0}.", "notes": "Notes:", "thanks": "Thank you!",
           "at": "{0} at {1}"},
    "fr": {"subject": "Délégation : {0}", "hello": "Bonjour {0},", "hello_anon": "Bonjour,",
           "ask": "Pourrais-tu prendre en charge cette tâche ?", "task": "Tâche : {0}",
           "deadline": "Échéance : {0}", "asked": "Demandée d'abord pour : {0}", "country": "Pays : {0}",
           "requester": "Demandée par : {0}", "follow_up": "Je reviendrai vers toi le {0}.",
           "notes": "Notes :", "thanks": "Merci !", "at": "{0} à {1}"},
}


def mailto(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL for one address (or none), with ``subject`` and ``body`` encoded (RFC 6068)."""
    address = address.strip()
    if address and not valid_address(address):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{0}” is not a valid e-mail address."), address)
    subject = clean(subject).strip()
    body = clean(body, multiline=True).replace("\n", "\r\n")  # line breaks in a mailto body are CRLF
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def cut(text: str, limit: int = MAX_NOTES) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _deadline(due_at: dt.datetime | None, all_day: bool, language: str, zone: ZoneInfo) -> str:
    if due_at is None:
        return ""
    locale = ui_locale(language)
    local = due_at.astimezone(zone)
    day = format_date(local.date(), "long", locale=locale)
    if all_day:
        return day
    return WORDS[language]["at"].format(day, format_datetime(local, "HH:mm", tzinfo=zone, locale=locale))


def delegation_message(store: Store, task_id: str, language: str, zone: ZoneInfo,
                       delegate: str = "") -> tuple[str, str]:
    """(subject, body) of the message handing a task to ``delegate`` (default: the task's delegate)."""
    task = cq.task_context(store, task_id)
    if task is None:
        raise ValidationError(TASK_GONE)
    lang = language if language in WORDS else "en"
    words, locale = WORDS[lang], ui_locale(lang)
    who = (delegate or task.delegated_to).strip()
    lines = [words["hello"].format(who.split()[0]) if who else words["hello_anon"], "", words["ask"], "",
             words["task"].format(task.title)]
    deadline = _deadline(task.due_at, task.due_all_day, lang, zone)
    if deadline:
        lines.append(words["deadline"].format(deadline))
    if task.requested_due_on is not None and (task.due_at is None
                                              or task.requested_due_on != task.due_at.astimezone(zone).date()):
        lines.append(words["asked"].format(format_date(task.requested_due_on, "long", locale=locale)))
    if task.country_code:
        lines.append(words["country"].format(country_name(task.country_code, lang)))
    if task.requester.strip():
        lines.append(words["requester"].format(task.requester.strip()))
    if task.notes.strip():
        lines += ["", words["notes"], cut(task.notes)]
    if task.follow_up_on is not None:
        lines += ["", words["follow_up"].format(format_date(task.follow_up_on, "long", locale=locale))]
    lines += ["", words["thanks"]]
    return words["subject"].format(task.title), "\n".join(lines)


def delegation_mailto(store: Store, task_id: str, address: str, language: str, zone: ZoneInfo,
                      delegate: str = "") -> str:
    """The ``mailto:`` link handing a task to ``address`` (checked; "" leaves the recipient to fill)."""
    subject, body = delegation_message(store, task_id, language, zone, delegate)
    return mailto(address, subject, body)


def address_for(store: Store, name: str) -> str:
    """The e-mail of the colleague (else the contact) of that name, case and accents aside; "" if none."""
    key = folded(name.strip())
    if not key:
        return ""
    return next((email for who, email in cq.addresses_by_name(store) if folded(who.strip()) == key), "")


def task_mailto(store: Store, task_id: str, language: str, zone: ZoneInfo) -> str:
    """The ``mailto:`` link for a task already delegated, addressed to its delegate when their
    address is known and valid (the hook for the Tasks page's "Compose e-mail")."""
    task = cq.task_context(store, task_id)
    if task is None:
        raise ValidationError(TASK_GONE)
    address = task.delegate_email or address_for(store, task.delegated_to)
    return delegation_mailto(store, task_id, address if valid_address(address) else "", language, zone)
