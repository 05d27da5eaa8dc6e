"""Quick capture: read one typed line into a task, in English or French, without writing anything.

The line is read in this order (the rules a user can rely on):

* **Country** — the first word(s): an ISO code written in capitals ("FR", "DE"),
  or a country name in English or French, accents and case ignored
  ("Maroc", "Morocco", "Émirats arabes unis"; a single word that starts
  exactly one known country name also works: "Émirats"). A few acronyms
  that name lists lack are known too (UAE/EAU, UK, USA). A ``#FR`` /
  ``#Maroc`` tag works anywhere. A lower-case two-letter first word is NOT a
  code ("ma tâche", "de retour" stay in the title). When the store's countries
  are given, only those count; a code of another country is reported
  (``Problem.UNKNOWN_COUNTRY``) and the task gets no country.
* **Markers** — right after the country or at the end of the line (before the
  date): the words "urgent"/"urgente"/"asap" mark urgent,
  "important"/"importante"/"prioritaire"/"priority" mark important; the symbol
  ``!`` marks urgent, ``*`` important, ``!!`` both; ``#urgent`` / ``#important``
  work anywhere. In the middle of the title these words are just words
  ("Reply to the important client" keeps its title).
* **Channel** — how the request arrived, as a ``#`` tag anywhere, in English or
  French (``core.tasks.requests.CHANNEL_WORDS``): ``#meeting``/``#réunion``,
  ``#mail``/``#courriel``, ``#phone``/``#tel``/``#appel``, ``#chat``/``#teams``,
  ``#visit``/``#visite``. Read before the country tags: ``#réunion`` is never the island.
* **Requester** — ``@Claire`` anywhere (``@Claire_Dubois`` for a full name;
  ``@Claire Dubois`` too when the words after ``@Claire`` continue a contact's
  name); expanded to a contact's full name when exactly one contact matches.
* **Repeat** — a repeat phrase anywhere ("every monday", "chaque lundi", "tous les 15 du
  mois", "the last working day of the month": ``core.tasks.recurrence_words``) makes a recurring
  task; the first due date is the first occurrence in the country's calendar (from the date
  given, if any). A phrase that never happens ("every 31st of February") gives
  ``Problem.BAD_RECURRENCE``.
* **Due date** — at the end of the line (or right after the country and
  markers), optionally after "by", "due", "before", "on", "until", "for",
  "avant", "pour", "le", "d'ici", "au plus tard": read by the one date reader
  (``core.calendar.dates``, the same as every date field) relative to now *in
  the country's zone*. A phrase is only read as a date when it holds a weekday,
  a relative word (tomorrow, demain, next week, in 3 days...), a day with a
  month, a numeric date or a time — so "mars", "may" or a lone number in a
  title are never read as a date. A day-month that does not exist ("31
  février", "Feb 30") gives ``Problem.IMPOSSIBLE_DATE``; a year outside
  1970–2200 ``Problem.DATE_TOO_FAR``.
  A date more than a year back or 20 years ahead (``rules.entry_range``) is refused
  as a slip ("1999", "3000").
  A date without a time means the end of that working day (the country's
  ``work_end_min``, 18:00 by default), ``due_all_day`` True; the time is fixed
  in the country's zone (the user's zone when there is no country).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.dates import LOAD_LOCK, fold, read_moment
from regionmgr.core.calendar.dates import warm_up as warm_up_dates
from regionmgr.core.tasks import recurrence_words
from regionmgr.core.tasks.recurrence import NO_WORK_WEEK, Rule, first_due
from regionmgr.core.tasks.request_rules import channel_of_tag
from regionmgr.core.tasks.rules import entry_date_ok
from regionmgr.store.queries import capture as queries

if TYPE_CHECKING:
    from regionmgr.core.storage import Store

UTC = dt.UTC

URGENT_WORDS = frozenset({"urgent", "urgente", "urgents", "urgentes", "asap"})
IMPORTANT_WORDS = frozenset({"important", "importante", "importants", "prioritaire", "priority"})
CONNECTORS = frozenset({"by", "due", "before", "on", "until", "till", "for", "at", "avant",
                        "pour", "le", "d'ici", "au", "plus", "tard", "a", "echeance"})
# Acronyms missing from pycountry/babel name lists.
ACRONYMS = {"uae": "AE", "eau": "AE", "uk": "GB", "usa": "US", "ksa": "SA"}
MAX_DATE_TOKENS = 5
# The warm-up runs in a worker thread while the UI may already parse: lazy loads take turns.
_LOAD_LOCK = LOAD_LOCK


class Problem(enum.Enum):
    EMPTY_TITLE = "empty_title"
    IMPOSSIBLE_DATE = "impossible_date"
    UNKNOWN_COUNTRY = "unknown_country"  # a country that isn't one of the store's
    TITLE_TOO_LONG = "title_too_long"  # more than MAX_TITLE characters (a paste meant for the notes)
    DATE_OUT_OF_RANGE = "date_out_of_range"  # a year outside 1970–2200
    DATE_TOO_FAR = "date_too_far"  # outside ``rules.entry_range``: more than a year back or 20 years ahead
    BAD_RECURRENCE = "bad_recurrence"  # a repeat phrase that never happens ("every 31st of February")


MAX_TITLE = 500  # the task.title column's length


@dataclass(frozen=True)
class CountryRef:
    """A store country as capture needs it (plain values)."""

    code: str
    timezone: str
    id: str | None = None
    work_end_min: int = 18 * 60
    work_days: str = "12345"


@dataclass(frozen=True)
class Capture:
    """What a typed line was understood as. ``problems`` empty: it can be created."""

    text: str
    title: str
    country: CountryRef | None = None
    urgent: bool = False
    important: bool = False
    requester: str = ""
    channel: str = ""  # how the request arrived (``requests.CHANNELS``; "" = not said)
    due_at: dt.datetime | None = None  # aware UTC instant
    due_all_day: bool = True
    zone: str = "UTC"  # the zone the due time is fixed in
    date_text: str = ""  # the words read as the due date
    problems: tuple[Problem, ...] = ()
    problem_text: str = ""  # the words a problem is about ("31 février", "IT")
    recurrence: str = ""  # the repeat rule (``core.tasks.recurrence`` text form; "" = once)
    recurrence_text: str = ""  # the words read as the repeat rule
    recurrence_problem: str = ""  # why the repeat phrase can't be one (``RecurrenceError.code``)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def country_code(self) -> str | None:
        return self.country.code if self.country else None

    @property
    def due_local(self) -> dt.datetime | None:
        """The due time as the wall clock of ``zone``."""
        return None if self.due_at is None else self.due_at.astimezone(ZoneInfo(self.zone))

    def task_values(self) -> dict[str, object]:
        """Column values for a new ``Task`` row."""
        return {
            "title": self.title,
            "country_id": self.country.id if self.country else None,
            "urgent": self.urgent,
            "important": self.important,
            "requester": self.requester,
            "channel": self.channel,
            "due_at": self.due_at,
            "due_tz": self.zone if self.due_at is not None else None,
            "due_all_day": self.due_all_day,
            "due_floating": False,
            "status": "open",
            "recurrence": self.recurrence,
        }


# -- text helpers ------------------------------------------------------------------
def _word(token: str) -> str:
    return fold(token).strip(".,;:()[]\"")


# -- countries -----------------------------------------------------------------------
def _country_names() -> tuple[dict[str, str], dict[str, set[str]]]:
    with _LOAD_LOCK:
        return _build_country_names()


@lru_cache(maxsize=1)
def _build_country_names() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Folded full name -> code, and folded first word -> codes, from pycountry and babel."""
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(_clean_name(value), c.alpha_2)
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code):
                names.setdefault(_clean_name(name), code)
    firsts: dict[str, set[str]] = {}
    for name, code in names.items():
        first = name.split(" ")[0]
        if len(first) >= 4:
            firsts.setdefault(first, set()).add(code)
    return names, firsts


def _clean_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w' ]", " ", fold(name)).split())


def is_country_code(code: str) -> bool:
    import pycountry

    return len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code.upper()) is not None


def default_zone_of(code: str) -> str | None:
    from regionmgr.core.calendar.workweek import zones_for_country

    zones = zones_for_country(code)
    return zones[0] if zones else None


def load_countries(store: Store) -> list[CountryRef]:
    """The store's countries, for ``parse_capture``."""
    return [CountryRef(code=code, timezone=zone, id=cid, work_end_min=end, work_days=days)
            for code, zone, cid, end, days in queries.countries(store.raw())]


def load_people(store: Store) -> list[str]:
    """Contact names, for expanding ``@Claire`` into a full name."""
    return queries.people(store.raw())


def _match_name(words: Sequence[str], allowed: set[str] | None) -> tuple[str, int] | None:
    """A country name at the start of ``words``: (code, number of words used).

    The name is looked up among ALL countries first, so "United Kingdom" is never
    read as the United Arab Emirates; a country outside ``allowed`` gives None
    (its name stays in the title: "Jordan called" is more likely a person).
    A single word that starts exactly one country's name ("Émirats") counts too.
    """
    names, firsts = _country_names()
    clean = [_clean_name(w) for w in words[:4]]
    if clean and not clean[0]:
        return None
    if "" in clean:
        words = words[: clean.index("")]
    found: tuple[str, int] | None = None
    for n in range(min(4, len(words)), 0, -1):
        key = _clean_name(" ".join(words[:n]))
        code = names.get(key) or (ACRONYMS.get(key) if n == 1 else None)
        if code:
            found = (code, n)
            break
    if found is None and words:
        candidates = firsts.get(_clean_name(words[0]), set())
        if len(candidates) == 1:
            found = (next(iter(candidates)), 1)
    if found is None or (allowed is not None and found[0] not in allowed):
        return None
    return found


# -- the parser ----------------------------------------------------------------------
@dataclass
class _State:
    tokens: list[str]
    used: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [False] * len(self.tokens)


def _marker(token: str) -> tuple[bool, bool] | None:
    """(urgent, important) if ``token`` is a marker, else None."""
    if token == "!":
        return True, False
    if token == "*":
        return False, True
    if token == "!!":
        return True, True
    word = _word(token).lstrip("#").rstrip("!")
    if word in URGENT_WORDS:
        return True, False
    if word in IMPORTANT_WORDS:
        return False, True
    return None


def _expand_person(name: str, people: Iterable[str]) -> str:
    key = fold(name)
    matches = [p for p in people if fold(p) == key]
    if not matches:
        matches = [p for p in people if fold(p).startswith(key + " ") or fold(p).split(" ")[0] == key]
    return matches[0] if len(set(matches)) == 1 else name


def _name_continuation(written: str, following: Sequence[str], people: Iterable[str]) -> int:
    """How many of the words after ``@written`` continue a contact's name ("@Claire Dubois"): 0 when none."""
    names = [fold(p) for p in people]
    words: list[str] = []
    for tok in following[:3]:
        word = tok.strip(".,;:")
        if not word or word[0] in "@#!*":
            break
        words.append(word)
    for n in range(len(words), 0, -1):
        key = fold(" ".join([written, *words[:n]]))
        if any(name == key or name.startswith(key + " ") for name in names):
            return n
    return 0


def parse_capture(
    text: str,
    now: dt.datetime,
    countries: Sequence[CountryRef] | None = None,
    people: Sequence[str] = (),
    default_zone: str = "UTC",
) -> Capture:
    """Understand one typed line (see the module docstring for the rules). Never writes."""
    tokens = text.split()
    st = _State(tokens)
    problems: list[Problem] = []
    problem_text = ""
    allowed = {c.code for c in countries} if countries is not None else None
    by_code = {c.code: c for c in countries or ()}

    def country_ref(code: str) -> CountryRef:
        return by_code.get(code) or CountryRef(code=code, timezone=default_zone_of(code) or default_zone)

    # Channel: a tag anywhere (the first one), before the country tags ("#réunion" is no island).
    channel = ""
    for i, tok in enumerate(tokens):
        found_channel = channel_of_tag(tok)
        if found_channel is not None and not channel:
            channel = found_channel
            st.used[i] = True

    # Country: tags anywhere, else the first word(s).
    country: CountryRef | None = None
    for i, tok in enumerate(tokens):
        if tok.startswith("#") and len(tok) > 2 and not st.used[i] and _marker(tok) is None:
            tag = tok[1:].strip(".,;:")
            found = _match_name([tag], allowed)
            if found is None and is_country_code(tag) and (allowed is None or tag.upper() in allowed):
                found = (tag.upper(), 1)
            if found:
                country = country_ref(found[0])
                st.used[i] = True
                break
    start = 0
    if country is None and tokens:
        first = tokens[0].strip(".,:;")
        if len(first) == 2 and first.isupper() and is_country_code(first):
            if allowed is None or first in allowed:
                country = country_ref(first)
            else:
                problems.append(Problem.UNKNOWN_COUNTRY)
                problem_text = first
            st.used[0] = True
            start = 1
        else:
            found = _match_name([t.strip(".,:;") for t in tokens[:4]], allowed)
            if found:
                country = country_ref(found[0])
                for i in range(found[1]):
                    st.used[i] = True
                start = found[1]
    elif country is not None and tokens and st.used[0]:
        start = 1

    urgent = important = False

    def take_marker(i: int) -> bool:
        nonlocal urgent, important
        m = _marker(tokens[i])
        if m is None:
            return False
        urgent, important = urgent or m[0], important or m[1]
        st.used[i] = True
        return True

    # Tags and requester anywhere.
    requester = ""
    for i, tok in enumerate(tokens):
        if st.used[i]:
            continue
        if tok.startswith("#") and _marker(tok) is not None:
            take_marker(i)
        elif tok.startswith("@") and len(tok) > 1 and not requester:
            written = tok[1:].replace("_", " ").strip(".,;:")
            more = _name_continuation(written, tokens[i + 1:], people)
            requester = _expand_person(" ".join([written, *(t.strip(".,;:") for t in tokens[i + 1:i + 1 + more])]),
                                       people)
            for k in range(i, i + 1 + more):
                st.used[k] = True
    # Leading markers.
    i = start
    while i < len(tokens) and (st.used[i] or take_marker(i)):
        i += 1
    lead_end = i

    # A repeat phrase, before the date (its weekday is no due date).
    repeat = recurrence_words.find(tokens, st.used)
    if repeat is not None:
        for k in repeat.span:
            st.used[k] = True
        if repeat.error is not None:
            problems.append(Problem.BAD_RECURRENCE)
            problem_text = " ".join(tokens[k] for k in repeat.span)

    zone = country.timezone if country else default_zone
    work_end = country.work_end_min if country else 18 * 60
    now_local = now.astimezone(ZoneInfo(zone)).replace(tzinfo=None)

    # Trailing markers, then a trailing date (then markers again: "friday !").
    def free_tail() -> list[int]:
        return [k for k in range(lead_end, len(tokens)) if not st.used[k]]

    def strip_trailing_markers() -> None:
        for k in reversed(free_tail()):
            if not take_marker(k):
                break

    strip_trailing_markers()
    due_local, has_time, date_idx = None, False, []
    for span in _date_spans(tokens, free_tail()):
        reading = read_moment(" ".join(tokens[k] for k in span), now_local)
        if reading.problem and not problem_text:
            # A year the store can't hold (1850, 3000) is too far from today as well: one message,
            # naming the dates accepted.
            problems.append(Problem.DATE_TOO_FAR if reading.out_of_range else Problem.IMPOSSIBLE_DATE)
            problem_text = " ".join(tokens[k] for k in span)
            date_idx = span
            break
        if reading.value is not None:
            due_local, has_time, date_idx = reading.value, reading.timed, span
            break
    if due_local is None and not date_idx:
        # A date right after the country and markers: "FR demain appeler Claire".
        lead = [k for k in range(lead_end, len(tokens)) if not st.used[k]][:MAX_DATE_TOKENS]
        for n in range(len(lead) - 1, 0, -1):
            span = lead[:n]
            reading = read_moment(" ".join(tokens[k] for k in span), now_local)
            if reading.value is not None:
                due_local, has_time, date_idx = reading.value, reading.timed, span
                break
    if due_local is not None and not entry_date_ok(due_local, now_local.date()) and not problem_text:
        problems.append(Problem.DATE_TOO_FAR)  # "1999", "3000": a slip, not a deadline
        problem_text = " ".join(tokens[k] for k in date_idx)
    for k in date_idx:
        st.used[k] = True
    if date_idx:
        _drop_connectors(tokens, st, date_idx)
        strip_trailing_markers()

    if repeat is not None and repeat.rule is not None:
        due_local = _first_occurrence(repeat.rule, due_local, has_time, now_local, country)
        recurrence_words.drop_start_words(tokens, st.used, date_idx)
    due_at = None
    if due_local is not None:
        if not has_time:
            due_local = dt.datetime.combine(due_local.date(), dt.time(0)) + dt.timedelta(minutes=work_end)
        due_at = due_local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)

    title = " ".join(t for t, u in zip(tokens, st.used, strict=True) if not u).strip(" ,;:-–")
    if not title:
        problems.insert(0, Problem.EMPTY_TITLE)
    elif len(title) > MAX_TITLE:
        problems.insert(0, Problem.TITLE_TOO_LONG)
    return Capture(
        text=text, title=title, country=country, urgent=urgent, important=important,
        requester=requester, channel=channel, due_at=due_at, due_all_day=due_at is not None and not has_time,
        zone=zone, date_text=" ".join(tokens[k] for k in date_idx), problems=tuple(problems),
        problem_text=problem_text,
        recurrence=repeat.rule.text if repeat is not None and repeat.rule is not None else "",
        recurrence_text=" ".join(tokens[k] for k in repeat.span) if repeat is not None else "",
        recurrence_problem=repeat.error.code if repeat is not None and repeat.error is not None else "",
    )


def _first_occurrence(rule: Rule, given: dt.datetime | None, has_time: bool,
                      now_local: dt.datetime, country: CountryRef | None) -> dt.datetime | None:
    """A recurring task's first due date: the first occurrence from the date given (else today) in
    the country's calendar, at the time given (else none: the end of that working day)."""
    from regionmgr.core.calendar.workweek import WorkWeek

    week = WorkWeek(country.code, country.timezone, country.work_days) if country else NO_WORK_WEEK
    day = first_due(rule, (given or now_local).date(), week)
    if day is None:
        return given
    return dt.datetime.combine(day, given.time() if given is not None and has_time else dt.time(0))


def warm_up() -> None:
    """Load the name tables and dateparser's language data (slow the first time; call off the UI thread)."""
    warm_up_dates()
    parse_capture("FR warm up demain 14h", dt.datetime(2026, 1, 5, tzinfo=UTC))
    _country_names()


def _date_spans(tokens: list[str], free: list[int]) -> Iterable[list[int]]:
    """Trailing runs of free tokens, longest first; a run starting with a connector is skipped
    (the same run without it comes next)."""
    tail = free[-MAX_DATE_TOKENS:]
    for n in range(len(tail), 0, -1):
        span = tail[-n:]
        if _word(tokens[span[0]]) in CONNECTORS:
            continue
        yield span


def _drop_connectors(tokens: list[str], st: _State, date_idx: list[int]) -> None:
    """Mark the connector words just before the date ("by", "au plus tard le") as used."""
    k = date_idx[0] - 1
    while k >= 0 and not st.used[k] and _word(tokens[k]) in CONNECTORS:
        st.used[k] = True
        k -= 1
