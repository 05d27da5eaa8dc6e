"""Generated stores for the benchmarks: N tasks over 30 countries, realistic titles and notes.

Written with plain sqlite3 (fast), through a store opened by ``open_store`` so the
schema, triggers and full-text index are the real ones. Stores are cached by size
and seed under the benchmark folder, so repeated runs reuse them.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from regionmgr.store.db import STORE_FILENAME, open_store

UTC = dt.UTC
STAMP = "%Y-%m-%d %H:%M:%S.%f"

COUNTRIES = [
    ("FR", "Europe/Paris", "12345"), ("DE", "Europe/Berlin", "12345"), ("MA", "Africa/Casablanca", "12345"),
    ("AE", "Asia/Dubai", "12345"), ("PL", "Europe/Warsaw", "12345"), ("ES", "Europe/Madrid", "12345"),
    ("IT", "Europe/Rome", "12345"), ("PT", "Europe/Lisbon", "12345"), ("BE", "Europe/Brussels", "12345"),
    ("NL", "Europe/Amsterdam", "12345"), ("CH", "Europe/Zurich", "12345"), ("AT", "Europe/Vienna", "12345"),
    ("CZ", "Europe/Prague", "12345"), ("RO", "Europe/Bucharest", "12345"), ("GR", "Europe/Athens", "12345"),
    ("TR", "Europe/Istanbul", "12345"), ("EG", "Africa/Cairo", "71234"), ("SA", "Asia/Riyadh", "71234"),
    ("QA", "Asia/Qatar", "71234"), ("KW", "Asia/Kuwait", "71234"), ("IL", "Asia/Jerusalem", "71234"),
    ("TN", "Africa/Tunis", "12345"), ("DZ", "Africa/Algiers", "71234"), ("SN", "Africa/Dakar", "12345"),
    ("CI", "Africa/Abidjan", "12345"), ("NG", "Africa/Lagos", "12345"), ("KE", "Africa/Nairobi", "12345"),
    ("ZA", "Africa/Johannesburg", "12345"), ("IN", "Asia/Kolkata", "12345"), ("GB", "Europe/London", "12345"),
]
TOPICS = ["payroll", "overtime rules", "bonus list", "visa renewal", "work permit", "onboarding pack",
          "leave policy", "maternity leave", "sick leave certificate", "expense approval", "car policy",
          "travel policy", "works council", "annual review", "training budget", "job description",
          "salary survey", "health insurance", "pension scheme", "office lease", "timesheets",
          "bank details", "holiday calendar", "remote work agreement", "relocation package",
          "fiche de paie", "mutuelle", "congés payés", "note de frais", "avenant au contrat"]
VERBS = ["Answer", "Check", "Approve", "Prepare", "Send", "Review", "Update", "Translate", "Collect",
         "Répondre sur", "Vérifier", "Préparer", "Relancer"]
PEOPLE = ["Claire Dubois", "Julien Martin", "Anna Schmidt", "Lukas Weber", "Youssef El Amrani",
          "Salma Bennani", "Omar Al Mansoori", "Priya Nair", "Katarzyna Nowak", "Piotr Zieliński",
          "HR Director", "Finance", "Legal", "Communications", ""]
SENTENCES = ["Needs an answer before the payroll cut-off.", "The controller is waiting for the signed list.",
             "Passport copy received; medical test booked.", "Ask the works council before any change.",
             "Le correspondant attend une réponse écrite avant vendredi.",
             "Send the template in French and English.", "Check the collective agreement first.",
             "Budget approved up to 5,000 EUR.", "Les pièces justificatives sont dans le dossier partagé.",
             "Follow up by phone if no answer within two days."]


def _countries(rng: random.Random) -> list[tuple]:
    return [(str(uuid.UUID(int=rng.getrandbits(128))), code, zone, days, pos)
            for pos, (code, zone, days) in enumerate(COUNTRIES)]


def generate(path: Path, tasks: int, seed: int = 7, now: dt.datetime | None = None) -> Path:
    """Write a store with ``tasks`` tasks at ``path`` (a folder) and return the store file."""
    now = now or dt.datetime.now(UTC)
    rng = random.Random(seed)
    path.mkdir(parents=True, exist_ok=True)
    file = path / STORE_FILENAME
    if file.exists():
        file.unlink()
    store = open_store(file)
    conn = store.raw()
    stamp = now.strftime(STAMP)
    countries = _countries(rng)
    with conn:
        conn.executemany(
            "INSERT INTO country (id, code, timezone, work_days, work_start_min, work_end_min, position, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 540, 1080, ?, ?, ?)",
            [(*c, stamp, stamp) for c in countries])
    rows = []
    for i in range(tasks):
        cid, code, zone, _days, _pos = countries[rng.randrange(len(countries))]
        title = f"{rng.choice(VERBS)} {rng.choice(TOPICS)} ({code} #{i})"
        notes = " ".join(rng.choice(SENTENCES) for _ in range(rng.choice((0, 0, 1, 2, 3, 5))))
        status = rng.choices(("open", "waiting", "done", "dropped"), (50, 10, 35, 5))[0]
        due_at = due_local = None
        floating = 0
        r = rng.random()
        if r < 0.75:
            day = now.date() + dt.timedelta(days=rng.randint(-60, 120))
            local = dt.datetime.combine(day, dt.time(rng.choice((9, 12, 17, 18)), 0))
            due_at = local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime(STAMP)
        elif r < 0.78:
            floating = 1
            due_local = dt.datetime.combine(now.date() + dt.timedelta(days=rng.randint(-5, 30)),
                                            dt.time(19, 0)).strftime(STAMP)
        who = follow = delegated = ""
        if status == "waiting":
            who = rng.choice(PEOPLE[:10])
            follow = (now.date() + dt.timedelta(days=rng.randint(-10, 20))).isoformat()
            delegated = (now - dt.timedelta(days=rng.randint(1, 40))).strftime(STAMP)
        created = (now - dt.timedelta(days=rng.randint(1, 400))).strftime(STAMP)
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))), title, notes, cid, rng.choice(PEOPLE),
                     int(rng.random() < 0.3), int(rng.random() < 0.5), status, due_at, zone, floating,
                     due_local, int(rng.random() < 0.6), who, follow or None, delegated or None,
                     stamp if status == "done" else None, created, stamp))
    with conn:
        conn.executemany(
            "INSERT INTO task (id, title, notes, country_id, requester, urgent, important, status, due_at, "
            "due_tz, due_floating, due_local, due_all_day, delegated_to, follow_up_on, delegated_at, "
            "completed_at, created_at, updated_at, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return file


def cached_store(root: Path, tasks: int, now: dt.datetime) -> Path:
    """The generated store for ``tasks`` under ``root``, generated once (dates relative to that day)."""
    folder = root / f"tasks-{tasks}-{now.date().isoformat()}"
    if not (folder / STORE_FILENAME).exists():
        tmp = root / f"tmp-{tasks}"
        generate(tmp, tasks, now=now)
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        tmp.rename(folder)
    return folder / STORE_FILENAME
