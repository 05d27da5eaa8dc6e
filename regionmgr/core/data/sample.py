"""The sample region: five countries with notes, contacts, tasks in every quadrant, a weekly meeting and logged time.

Dates are laid out relative to ``now`` so the sample always looks current:
some tasks overdue, some due this week, delegated items whose follow-up has
passed, a big request split into tranches. The rows are laid out here and written in one
transaction by ``store.queries.transfer.add_rows``.

Every sample row has the same identity on every laptop (``sample_id``: a UUID 5 of a fixed
namespace and the row's place in the sample), so two laptops that both started from the
sample and then import each other's exports merge those rows instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from regionmgr.core.storage import Store
from regionmgr.store.queries import data as queries

UTC = dt.UTC

# code, zone, work days (ISO weekday digits), start, end (minutes), agreed share %
COUNTRIES = [
    ("FR", "Europe/Paris", "12345", 9 * 60, 18 * 60, 30.0),
    ("DE", "Europe/Berlin", "12345", 8 * 60, 17 * 60, 25.0),
    ("MA", "Africa/Casablanca", "12345", 9 * 60, 17 * 60, 15.0),
    ("AE", "Asia/Dubai", "12345", 8 * 60, 17 * 60, 15.0),
    ("PL", "Europe/Warsaw", "12345", 8 * 60, 16 * 60, 15.0),
]

CONTACTS = {
    "FR": [
        ("Claire Dubois", "HR business partner", "claire.dubois@example.fr", "+33 1 42 68 53 00", "fr"),
        ("Julien Martin", "Payroll correspondent", "julien.martin@example.fr", "+33 4 72 10 20 30", "fr"),
    ],
    "DE": [
        ("Anna Schmidt", "Country controller", "anna.schmidt@example.de", "+49 30 901820", "de"),
        ("Lukas Weber", "HR correspondent", "lukas.weber@example.de", "+49 89 2333 0", "de"),
    ],
    "MA": [
        ("Youssef El Amrani", "Office manager", "y.elamrani@example.ma", "+212 522 43 00 00", "fr"),
        ("Salma Bennani", "Payroll correspondent", "s.bennani@example.ma", "+212 537 21 00 00", "ar"),
    ],
    "AE": [
        ("Omar Al Mansoori", "Regional sales lead", "omar.almansoori@example.ae", "+971 4 330 0000", "ar"),
        ("Priya Nair", "HR & visas coordinator", "priya.nair@example.ae", "+971 4 331 1111", "en"),
    ],
    "PL": [
        ("Katarzyna Nowak", "HR correspondent", "k.nowak@example.pl", "+48 22 500 10 00", "pl"),
        ("Piotr Zieliński", "Finance correspondent", "p.zielinski@example.pl", "+48 12 400 20 00", "pl"),
    ],
}

NOTES = {
    "FR": [
        ("culture", "How to work with the French team",
         "## Tone\n- Start with *Bonjour* and a full sentence; a bare request reads as rude.\n"
         "- Written French is formal: *vous* until invited to *tu*.\n\n## When\n"
         "- Lunch 12:30-14:00 is protected: no calls.\n- August is mostly off; plan decisions before mid-July.\n"),
        ("procedure", "Monthly payroll cut-off",
         "1. Changes reach Julien by the **15th** of the month.\n2. Signed amendments (avenants) as PDF.\n"
         "3. Anything later goes to the next month's payroll.\n"),
    ],
    "DE": [
        ("culture", "Working with colleagues in Germany",
         "- Be precise: dates, numbers, owners. Agendas are expected before meetings.\n"
         "- Works council (*Betriebsrat*) must be consulted on many HR changes: ask early.\n"),
        ("procedure", "Expense approval",
         "1. Receipts in the expense tool within 30 days.\n2. Above 500 EUR: the controller approves.\n"),
    ],
    "MA": [
        ("culture", "Cultural context for Morocco",
         "## What to say, how\n- Greetings and a personal word first; French is the working language in the office.\n"
         "- Say *inch'Allah* kindly, not ironically.\n\n## When\n- Friday prayer: avoid calls 12:30-14:30 on Fridays.\n"
         "- During Ramadan, working hours are shorter (often 9:00-15:00): move meetings to the morning.\n"),
        ("procedure", "CNSS declaration",
         "1. Monthly declaration before the **10th** (Damancom).\n2. New hires declared within 30 days.\n"
         "3. Send Salma the signed contract and ID copy.\n"),
    ],
    "AE": [
        ("culture", "Working with the Dubai office",
         "- The week is Monday-Friday since 2022; Friday afternoons are short.\n"
         "- Relationships first: a call before a written escalation.\n"
         "- Ramadan: reduced hours, no lunches offered.\n"),
        ("procedure", "Visa renewal",
         "1. Start 60 days before expiry.\n2. Medical test and Emirates ID biometrics.\n"
         "3. Priya tracks the PRO appointments.\n"),
    ],
    "PL": [
        ("culture", "Working with the Polish team",
         "- Direct and practical; titles matter in first e-mails (*Pani / Pan*).\n"
         "- Many public holidays in May (1st, 3rd): plan around them.\n"),
        ("procedure", "Sick leave (L4) handling",
         "1. The e-ZLA certificate arrives through PUE ZUS.\n2. Katarzyna records it in payroll.\n"),
    ],
}

# title, country, requester, urgent, important, due in days (None: no date), status, notes
TASKS = [
    ("Payroll question: overtime rules for engineers", "FR", "Claire Dubois", True, True, 1, "open", "Needs an answer before the cut-off."),
    ("Approve Q4 bonus list", "DE", "Anna Schmidt", True, True, -2, "open", "Overdue: the controller is waiting."),
    ("Visa renewal for the new sales lead", "AE", "Omar Al Mansoori", True, True, 3, "open", "Passport copy received."),
    ("CNSS declaration check", "MA", "Salma Bennani", True, True, 0, "open", "Declaration due today."),
    ("Prepare annual review framework", "FR", "HR Director", False, True, 21, "open", "Draft the competency grid."),
    ("Works council consultation plan", "DE", "Lukas Weber", False, True, 30, "open", "Timeline for the reorganisation."),
    ("Onboarding pack in Polish", "PL", "Katarzyna Nowak", False, True, 14, "open", ""),
    ("Team offsite in Marrakech", "MA", "Youssef El Amrani", False, True, 45, "open", "Budget and dates."),
    ("Book meeting rooms for the audit", "AE", "Priya Nair", True, False, 2, "open", ""),
    ("Collect signed timesheets", "PL", "Piotr Zieliński", True, False, -1, "open", "Overdue."),
    ("Update phone list", "FR", "Claire Dubois", True, False, 4, "open", ""),
    ("Newsletter paragraph on Ramadan hours", "MA", "Communications", True, False, 5, "open", ""),
    ("Reorganise shared drive folders", "DE", "", False, False, None, "open", ""),
    ("Read the new travel policy draft", "FR", "Travel desk", False, False, None, "open", ""),
    ("Compare coffee machine offers", "PL", "", False, False, None, "open", ""),
    ("Translate the holiday calendar", "AE", "", False, False, 60, "open", ""),
    ("Answer: maternity leave rules", "FR", "Julien Martin", True, True, -10, "done", "Answered by e-mail."),
    ("Answer: car policy for managers", "DE", "Anna Schmidt", False, True, -5, "done", "Sent the policy."),
    ("Answer: Eid holiday dates", "MA", "Youssef El Amrani", True, False, -3, "done", ""),
]

# title, country, requester, delegated to, follow-up in days, delegated days ago
DELEGATED = [
    ("Renew office lease summary", "AE", "Omar Al Mansoori", "Priya Nair", -2, 9),
    ("Collect bank details of new hires", "PL", "Piotr Zieliński", "Katarzyna Nowak", 3, 2),
    ("Check medical insurance renewal", "MA", "Youssef El Amrani", "Salma Bennani", -1, 6),
]

# How some contacts like to be reached, and what the cover should know (the handover dossier).
CONTACT_EXTRAS = {
    "Youssef El Amrani": ("phone", "Call before writing; slow to answer e-mail during Ramadan."),
    "Anna Schmidt": ("email", "Wants figures in writing, with their source."),
}

# How some requests arrived, and the deadline first asked for (days from now) before the agreed one.
TASK_EXTRAS = {
    "Payroll question: overtime rules for engineers": ("meeting", 0),
    "Approve Q4 bonus list": ("email", -5),
    "Visa renewal for the new sales lead": ("phone", 1),
    "Update phone list": ("phone", 2),
    "Book meeting rooms for the audit": ("chat", 1),
    "Collect signed timesheets": ("phone", -3),
    "CNSS declaration check": ("visit", 0),
    "Newsletter paragraph on Ramadan hours": ("email", 3),
}
# Requests parked for their country's next weekly meeting (parked a day ago).
PARKED = {"Read the new travel policy draft", "Compare coffee machine offers"}
# Recurring tasks (``core.tasks.recurrence``): monthly on their due day, or weekly on its weekday.
RECURRING = {"CNSS declaration check": "monthly", "Collect signed timesheets": "weekly"}

# Colleagues tasks can be handed to: name, e-mail, languages, skills, comments.
COLLEAGUES = [
    ("Léa Roux", "lea.roux@example.com", "fr,en,ar", "payroll, visas, CNSS", "Back office, Paris."),
    ("Tomasz Wójcik", "tomasz.wojcik@example.com", "pl,en,de", "timesheets, onboarding, translation", ""),
    ("Hannah Becker", "hannah.becker@example.com", "de,en", "bonus, works council, controlling", "Part-time: Mon-Thu."),
]

# Protected periods: code, kind, ISO weekday, start, end (minutes, local), label.
PROTECTED = [
    ("FR", "daily", None, 12 * 60 + 30, 14 * 60, "Lunch break"),
    ("DE", "daily", None, 12 * 60, 13 * 60, "Lunch break"),
    ("MA", "weekday", 5, 12 * 60 + 30, 14 * 60 + 30, "Friday prayer"),
    ("MA", "ramadan", None, 9 * 60, 15 * 60, "Ramadan hours"),
    ("AE", "weekday", 5, 12 * 60, 24 * 60, "Short Friday"),
    ("AE", "ramadan", None, 9 * 60, 15 * 60, "Ramadan hours"),
    ("PL", "daily", None, 12 * 60, 12 * 60 + 30, "Lunch break"),
]


def is_empty(store: Store) -> bool:
    """True when the store holds no country and no task (a first launch)."""
    conn = store.raw()
    return not queries.has_rows(conn, "country") and not queries.has_rows(conn, "task")


def _due(now: dt.datetime, days: int | None, zone: str) -> dt.datetime | None:
    """End of the local working day ``days`` from now, in the country's zone, as UTC."""
    if days is None:
        return None
    local_day = now.astimezone(ZoneInfo(zone)).date() + dt.timedelta(days=days)
    return dt.datetime.combine(local_day, dt.time(18, 0), ZoneInfo(zone)).astimezone(UTC)


def load_sample(
    store: Store,
    now: dt.datetime | None = None,
    report: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill an empty store with the sample region. Returns counts of what was added."""
    now = now or dt.datetime.now(UTC)
    report = report or (lambda _d, _t: None)
    if not is_empty(store):
        raise ValueError("The sample region can only be loaded into an empty store.")
    # Imported here: SQLAlchemy, and is_empty() stays light.
    from regionmgr.store.queries import transfer as rows_queries

    batches = sample_rows(now)
    rows_queries.add_rows(store, batches, lambda done: report(done, len(batches)))
    counts = queries.count_rows(store.raw())
    return {"countries": counts["country"], "contacts": counts["contact"], "notes": counts["note"],
            "tasks": counts["task"], "meetings": counts["meeting_series"], "time_entries": counts["time_entry"]}


Row = tuple[str, dict]  # (table, column values)

# Never change: the sample's rows on every laptop are named from it.
SAMPLE_NAMESPACE = uuid.UUID("3b0f6a52-9c1e-4d3a-8f57-2a6c0e5d9b14")


def sample_id(*key: object) -> str:
    """The identity of one sample row, the same on every laptop: ``key`` is the row's table and
    what tells it apart within the sample (a country code, a title...), never a date."""
    return str(uuid.uuid5(SAMPLE_NAMESPACE, "/".join(str(k) for k in key)))


def sample_rows(now: dt.datetime) -> list[list[Row]]:
    """The sample region's rows relative to ``now``, in five batches written in order
    (countries; contacts and notes; tasks; the weekly meeting; logged time)."""
    countries: dict[str, dict] = {}
    contacts: dict[str, dict] = {}
    first: list[Row] = []
    for pos, (code, zone, work_days, start_min, end_min, share) in enumerate(COUNTRIES):
        c = {"id": sample_id("country", code), "code": code, "timezone": zone, "work_days": work_days, "work_start_min": start_min,
             "work_end_min": end_min, "target_share": share, "position": pos}
        first.append(("country", c))
        countries[code] = c
    people: list[Row] = []
    for code, persons in CONTACTS.items():
        for name, role, email, phone, lang in persons:
            ct = {"id": sample_id("contact", code, name), "country_id": countries[code]["id"], "name": name, "role": role, "email": email,
                  "phone": phone, "language": lang}
            if name in CONTACT_EXTRAS:
                ct["preferred_channel"], ct["comments"] = CONTACT_EXTRAS[name]
            people.append(("contact", ct))
            contacts[name] = ct
    for code, country_notes in NOTES.items():
        for kind, title, body in country_notes:
            reviewed = (now - dt.timedelta(days=200 if code in ("MA", "PL") else 20)).date()
            people.append(("note", {"id": sample_id("note", code, kind, title),
                                    "country_id": countries[code]["id"], "kind": kind, "title": title,
                                    "body": body, "last_reviewed": reviewed}))
    people.extend(("colleague", {"id": sample_id("colleague", name), "name": name, "email": email,
                                 "languages": langs, "skills": skills, "comments": comments})
                  for name, email, langs, skills, comments in COLLEAGUES)
    people.extend(("protected_period", {"id": sample_id("protected_period", code, kind, label),
                                        "country_id": countries[code]["id"], "kind": kind, "weekday": weekday,
                                        "start_min": start_min, "end_min": end_min, "label": label})
                  for code, kind, weekday, start_min, end_min, label in PROTECTED)
    tasks: list[Row] = []
    for i, (title, code, requester, urgent, important, days, status, notes) in enumerate(TASKS):
        zone = countries[code]["timezone"]
        created = now - dt.timedelta(days=12 - (i % 10), hours=i)
        t = {"id": sample_id("task", title), "title": title, "country_id": countries[code]["id"],
             "requester": requester, "urgent": urgent,
             "important": important, "due_at": _due(now, days, zone), "due_tz": zone, "status": status,
             "notes": notes, "created_at": created}
        if title in TASK_EXTRAS:
            channel, asked = TASK_EXTRAS[title]
            t.update(channel=channel, requested_due_on=(now + dt.timedelta(days=asked)).date(),
                     deadline_agreed_on=(now - dt.timedelta(days=1)).date())
        if title in PARKED:
            t["parked_at"] = now - dt.timedelta(days=1)
        if title in RECURRING and t["due_at"] is not None:
            due_day = t["due_at"].astimezone(ZoneInfo(zone))
            t["recurrence"] = (f"monthly:{due_day.day}" if RECURRING[title] == "monthly"
                               else f"weekly:{due_day.isoweekday()}")
        if status == "done":
            t["completed_at"] = now - dt.timedelta(days=abs(days or 1) // 2 + 1)
        tasks.append(("task", t))
    for title, code, requester, who, follow, ago in DELEGATED:
        zone = countries[code]["timezone"]
        tasks.append(("task", {
            "id": sample_id("task", title), "title": title, "country_id": countries[code]["id"],
            "requester": requester, "urgent": False,
            "important": False, "status": "waiting", "delegated_to": who,
            "delegated_contact_id": contacts[who]["id"] if who in contacts else None,
            "delegated_at": now - dt.timedelta(days=ago), "follow_up_on": (now + dt.timedelta(days=follow)).date(),
            "due_at": _due(now, follow + 7, zone), "due_tz": zone, "created_at": now - dt.timedelta(days=ago + 1)}))
    # A big request split into tranches.
    fr = countries["FR"]
    parent = {"id": sample_id("task", "Harmonise job descriptions (120 roles)"),
              "title": "Harmonise job descriptions (120 roles)", "country_id": fr["id"],
              "requester": "HR Director", "urgent": False, "important": True,
              "due_at": _due(now, 40, fr["timezone"]), "due_tz": fr["timezone"],
              "created_at": now - dt.timedelta(days=8)}
    tasks.append(("task", parent))
    for pos, (part, from_day, to_day, done) in enumerate(
        [("Sales roles (40)", -7, 5, True), ("Engineering roles (50)", 6, 25, False),
         ("Support roles (30)", 26, 40, False)]
    ):
        tasks.append(("task", {
            "id": sample_id("task", f"Job descriptions: {part}"), "title": f"Job descriptions: {part}", "country_id": fr["id"], "parent_id": parent["id"],
            "position": pos, "requester": "HR Director", "important": True,
            "start_on": (now + dt.timedelta(days=from_day)).date(),
            "due_at": _due(now, to_day, fr["timezone"]), "due_tz": fr["timezone"],
            "status": "done" if done else "open",
            "completed_at": now - dt.timedelta(days=1) if done else None}))
    # The weekly video meeting with the correspondents, Tuesdays 10:00 Paris time.
    today = now.astimezone(ZoneInfo("Europe/Paris")).date()
    first_date = today - dt.timedelta(days=(today.isoweekday() - 2) % 7 + 14)
    series = {
        "id": sample_id("meeting_series", "Weekly regional call"), "name": "Weekly regional call",
        "uid": f"{sample_id('meeting_series', 'uid', 'Weekly regional call')}@regionmgr",
        "organizer_name": "Alex Morel", "organizer_email": "alex.morel@example.com",
        "weekday": 2, "start_local": dt.time(10, 0), "duration_min": 60, "timezone": "Europe/Paris",
        "video_url": "https://meet.example.com/regional-weekly", "first_date": first_date,
        "description": "New requests, answers to last week's, anything waiting.",
    }
    meeting: list[Row] = [("meeting_series", series)]
    for pos, name in enumerate(["Claire Dubois", "Anna Schmidt", "Youssef El Amrani",
                                "Priya Nair", "Katarzyna Nowak"]):
        ct = contacts[name]
        meeting.append(("meeting_attendee", {"id": sample_id("meeting_attendee", name), "series_id": series["id"], "contact_id": ct["id"],
                                             "name": ct["name"], "email": ct["email"], "position": pos}))
    # Last week's meeting, held and closed: one decision for Morocco, kept with its minutes
    # (written with the next batch: these rows refer to the series, which must be flushed first).
    last_week = first_date + dt.timedelta(days=7)
    held: list[Row] = []
    held.append(("meeting_item", {"id": sample_id("meeting_item", "last week", "MA"), "series_id": series["id"],
                                     "on_date": last_week, "country_id": countries["MA"]["id"], "kind": "decision",
                                     "body": "Payslips in French and Arabic from January.", "position": 0}))
    held.append(("meeting_minutes", {"id": sample_id("meeting_minutes", "last week"), "series_id": series["id"],
                                        "on_date": last_week, "closed_at": now - dt.timedelta(days=6),
                                        "text": "MOROCCO\nDecisions:\n  - Payslips in French and Arabic from January.\n"}))
    # Logged time over the last three weeks, uneven on purpose (Poland under-served).
    hours = {"FR": 3.5, "DE": 2.5, "MA": 1.5, "AE": 1.5, "PL": 0.5}
    logged: list[Row] = []
    workdays = 0  # the n-th working day back names the entries: always 15 of them, whatever today is
    for day in range(1, 22):
        date = (now - dt.timedelta(days=day)).date()
        if date.isoweekday() > 5:
            continue
        workdays += 1
        begin = dt.datetime.combine(date, dt.time(8, 0), UTC)
        for code, h in hours.items():
            end = begin + dt.timedelta(hours=h)
            logged.append(("time_entry", {"id": sample_id("time_entry", workdays, code),
                                          "country_id": countries[code]["id"], "started_at": begin,
                                          "ended_at": end}))
            begin = end
    return [first, people, tasks, meeting, logged + held]
