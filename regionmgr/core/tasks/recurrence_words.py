"""The repeat phrases quick capture understands, in English and French (accents and case ignored).

* every day / every working day — tous les jours / chaque jour (ouvré)
* every monday (and thursday) / every mondays — chaque lundi / tous les lundis (et jeudis)
* every month on the 15th / the 15th of every month — tous les 15 du mois / le 15 de chaque mois /
  chaque mois le 15
* every second tuesday (of the month) / the last friday of the month — chaque deuxième mardi
  (du mois) / le dernier vendredi du mois
* the last working day of the month — le dernier jour ouvré du mois
* every 14 July / every July 14th — tous les 14 juillet / chaque 1er mai

A phrase that can never happen ("every 31st of February", "tous les 0 du mois") is found too, with
the reason (``RecurrenceError``): the capture says so and creates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from regionmgr.core.calendar.dates import fold
from regionmgr.core.tasks.recurrence import (
    DAILY,
    LAST,
    LAST_WORKDAY,
    MONTHLY,
    NTH,
    WEEKLY,
    YEARLY,
    RecurrenceError,
    Rule,
    recurrence_error,
)

MAX_WORDS = 9
# Words between a repeat phrase and the date the series starts on ("every monday from 7/12").
START_WORDS = frozenset({"from", "starting", "beginning", "a", "partir", "du", "de", "des"})

_DAYS = {
    "monday": 1, "mon": 1, "lundi": 1, "tuesday": 2, "tue": 2, "mardi": 2, "wednesday": 3, "wed": 3,
    "mercredi": 3, "thursday": 4, "thu": 4, "jeudi": 4, "friday": 5, "fri": 5, "vendredi": 5,
    "saturday": 6, "sat": 6, "samedi": 6, "sunday": 7, "sun": 7, "dimanche": 7,
}
_MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "fevrier": 2, "march": 3, "mar": 3,
    "mars": 3, "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "august": 8, "aug": 8, "aout": 8, "september": 9, "sep": 9,
    "sept": 9, "septembre": 9, "october": 10, "oct": 10, "octobre": 10, "november": 11, "nov": 11,
    "novembre": 11, "december": 12, "dec": 12, "decembre": 12,
}
_ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "1er": 1, "second": 2, "2nd": 2, "deuxieme": 2, "2e": 2, "2eme": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3, "fourth": 4, "4th": 4, "quatrieme": 4,
    "4e": 4, "4eme": 4, "last": LAST, "dernier": LAST,
}

_WD = "(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + ")s?"
_WD_LIST = _WD + r"((?: (?:and|et|&))? " + _WD + ")*"
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_N = r"(\d{1,3})(?:st|nd|rd|th|er|re|eme|e)?"
_ORD = "(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
_EVERY = "(?:every|each|chaque|tous les|toutes les)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(text)) for kind, text in [
    (LAST_WORKDAY, r"(?:on )?(?:the |every |each )?last (?:working|business|work) day of (?:the|each|every) month"),
    (LAST_WORKDAY, r"(?:le |chaque )?dernier jour (?:ouvre|ouvrable|travaille) (?:du|de chaque) mois"),
    (DAILY, r"(?:every|each) (?:working |work |business )?day"),
    (DAILY, r"(?:tous les jours|chaque jour)(?: ouvres| ouvrables| ouvre| ouvrable)?"),
    (MONTHLY, r"(?:every|each) month on the " + _N),
    (MONTHLY, r"(?:on )?day " + _N + r" of (?:every|each|the) month"),
    (MONTHLY, r"(?:on )?the " + _N + r" of (?:every|each|the) month"),
    (MONTHLY, r"(?:every|each) " + _N + r" of the month"),
    (MONTHLY, r"(?:tous les|chaque) " + _N + r" du mois"),
    (MONTHLY, r"le " + _N + r" de chaque mois"),
    (MONTHLY, r"(?:chaque mois|tous les mois) le " + _N),
    (NTH, r"(?:every|each) " + _ORD + " " + _WD + r"(?: of (?:the|each|every) month)?"),
    (NTH, r"(?:on )?the " + _ORD + " " + _WD + r" of (?:the|each|every) month"),
    (NTH, r"(?:chaque|tous les|le) " + _ORD + " " + _WD + r"(?: du mois| de chaque mois)"),
    (NTH, r"(?:chaque|tous les) " + _ORD + " " + _WD),
    (YEARLY, _EVERY + " " + _N + r" (?:of )?" + _MONTH),
    (YEARLY, r"(?:every|each) " + _MONTH + " " + _N),
    (YEARLY, r"(?:every|each) year on " + _N + r" (?:of )?" + _MONTH),
    (YEARLY, r"(?:chaque annee|tous les ans) le " + _N + " " + _MONTH),
    (WEEKLY, _EVERY + " " + _WD_LIST),
]]


@dataclass(frozen=True)
class Found:
    """A repeat phrase: the token positions it covers, and its rule or why it can't be one."""

    span: tuple[int, ...]
    rule: Rule | None
    error: RecurrenceError | None = None


def _norm(token: str) -> str:
    return fold(token).strip(".,;:()[]\"!?")


def _rule(kind: str, m: re.Match[str]) -> Rule:
    groups = [g for g in m.groups() if g is not None]
    if kind == WEEKLY:
        days = sorted({_DAYS[w] for w in re.findall(_WD, m.group(0))})
        return Rule(WEEKLY, tuple(days))
    if kind == MONTHLY:
        return Rule(MONTHLY, day=int(groups[0]))
    if kind == NTH:
        return Rule(NTH, (_DAYS[groups[1]],), nth=_ORDINALS[groups[0]])
    if kind == YEARLY:
        day, month = (groups[0], groups[1]) if groups[0].isdigit() else (groups[1], groups[0])
        return Rule(YEARLY, day=int(day), month=_MONTHS[month])
    return Rule(kind)


def find(tokens: Sequence[str], used: Sequence[bool]) -> Found | None:
    """The first repeat phrase among the free ``tokens`` (a run of them, none ``used``), the longest
    one that starts there; None when the line has none."""
    words = [_norm(t) for t in tokens]
    for start in range(len(tokens)):
        if used[start] or not words[start]:
            continue
        run = start
        while run < len(tokens) and not used[run] and run - start < MAX_WORDS:
            run += 1
        for end in range(run, start, -1):
            phrase = " ".join(words[start:end])
            for kind, pattern in _PATTERNS:
                m = pattern.fullmatch(phrase)
                if m is None:
                    continue
                span = tuple(range(start, end))
                try:
                    return Found(span, _rule(kind, m))
                except RecurrenceError as exc:
                    return Found(span, None, exc)
    return None


def drop_start_words(tokens: Sequence[str], used: list[bool], date_span: Sequence[int]) -> None:
    """Mark as used the words just before the start date of a series ("from", "à partir du")."""
    if not date_span:
        return
    k = min(date_span) - 1
    while k >= 0 and not used[k] and _norm(tokens[k]) in START_WORDS:
        used[k] = True
        k -= 1


def parse_phrase(text: str) -> Rule | None:
    """A whole typed phrase as a rule (the detail pane's field): "" is None (no repeat); the stored
    form ("weekly:1") is accepted too. ``RecurrenceError`` for anything else."""
    from regionmgr.core.tasks.recurrence import parse_rule

    tokens = text.split()
    if not tokens:
        return None
    found = find(tokens, [False] * len(tokens))
    if found is not None and len(found.span) == len(tokens):
        if found.error is not None:
            raise found.error
        return found.rule
    try:
        return parse_rule(text)
    except RecurrenceError:
        raise recurrence_error("unreadable", text.strip()) from None
