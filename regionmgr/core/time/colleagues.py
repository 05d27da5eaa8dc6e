"""Colleagues: the people tasks can be delegated to, with the languages they speak and what they know (seed 004).

Named operations (add, update, delete) return an ``Applied`` (undoable); bad input raises
``ValidationError`` before anything is written. ``suggest`` ranks the colleagues for a task:
those who speak a language of the task's country first (its contacts' languages, or the
country's main language), then those with more skills named in the task's title or notes,
then those with fewer open tasks already handed to them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from regionmgr.core import ops
from regionmgr.core.changes import Applied
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean, valid_address
from regionmgr.store.db import Store
from regionmgr.store.models import Colleague
from regionmgr.store.queries import colleagues as cq

__all__ = ["ColleagueRow", "Suggestion", "add_colleague", "check_colleague", "delete_colleagues",
           "list_colleagues", "suggest", "update_colleague"]

MAX_NAME = 200
MAX_LANGUAGES = 200
COLLEAGUE_GONE = QT_TRANSLATE_NOOP("Core", "This colleague no longer exists.")
FIELDS = ("name", "email", "languages", "skills", "comments")


@dataclass(frozen=True)
class ColleagueRow:
    id: str
    name: str
    email: str
    languages: tuple[str, ...]
    skills: tuple[str, ...]
    comments: str


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def list_colleagues(store: Store) -> list[ColleagueRow]:
    """Every colleague, by name."""
    return [ColleagueRow(cid, name, email, _split(langs), _split(skills), comments)
            for cid, name, email, langs, skills, comments in cq.colleagues(store)]


# -- checks -----------------------------------------------------------------------------------
def _language(code: str) -> str:
    """A language tag ("fr", "AR" -> "ar", "pt_br" -> "pt-BR"), or ValidationError."""
    from babel import Locale, UnknownLocaleError

    parts = code.replace("_", "-").split("-")
    tag = "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "“{0}” is not a language code (use e.g. fr, en, ar, pt-BR)."), code) from None
    return tag


def check_colleague(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` (any of name, email, languages, skills, comments) checked and cleaned."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"not a colleague field: {sorted(unknown)}")
    out: dict[str, Any] = {}
    if "name" in values:
        name = clean(values["name"]).strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Give the colleague's name."))
        if len(name) > MAX_NAME:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The name is too long (at most {0} characters)."),
                                  MAX_NAME)
        out["name"] = name
    if "email" in values:
        email = clean(values["email"]).strip()
        if email and not valid_address(email):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{0}” is not a valid e-mail address."), email)
        out["email"] = email
    if "languages" in values:
        langs = ",".join(dict.fromkeys(_language(c) for c in _split(clean(values["languages"]))))
        if len(langs) > MAX_LANGUAGES:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Too many languages."))
        out["languages"] = langs
    if "skills" in values:
        out["skills"] = ", ".join(dict.fromkeys(_split(clean(values["skills"]))))
    if "comments" in values:
        out["comments"] = clean(values["comments"], multiline=True).strip()
    return out


# -- named operations -------------------------------------------------------------------------
def add_colleague(store: Store, values: Mapping[str, Any]) -> Applied:
    """Add a colleague (a name is required); the result is the new id."""
    checked = check_colleague({"name": "", **values})
    return ops.insert_row(store, Colleague, {"id": ops.new_id(), **checked})


def update_colleague(store: Store, colleague_id: str, changes: Mapping[str, Any]) -> Applied:
    checked = check_colleague(changes)
    if not cq.colleague_exists(store, colleague_id):
        raise ValidationError(COLLEAGUE_GONE)
    return ops.update_rows(store, Colleague, [colleague_id], checked, COLLEAGUE_GONE)


def delete_colleagues(store: Store, colleague_ids: Sequence[str]) -> Applied:
    """Delete colleagues (the tasks handed to them keep the name); undo puts them back."""
    return ops.delete_rows(store, Colleague, list(colleague_ids))


# -- suggestions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Suggestion:
    colleague: ColleagueRow
    speaks: bool  # a language of the task's country
    skills: tuple[str, ...]  # the colleague's skills named in the task
    open_delegated: int  # open or waiting tasks already handed to them

    @property
    def name(self) -> str:
        return self.colleague.name


def folded(text: str) -> str:
    """``text`` without case or accents ("Déclaration" -> "declaration")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _skill_pattern(skill: str) -> re.Pattern[str] | None:
    """A skill's words at the start of words of a text ("visas" finds "visa renewal")."""
    words = re.findall(r"\w+", folded(skill))
    if not words:
        return None
    stems = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(s) + r"\w*" for s in stems))


def task_languages(country_code: str, contact_languages: Sequence[str]) -> set[str]:
    """Base languages ("fr", "ar") of a task's country: its contacts' and the country's main one."""
    langs = {lang.replace("_", "-").split("-")[0].lower() for lang in contact_languages if lang}
    if country_code:
        from babel.languages import get_official_languages

        official = get_official_languages(country_code.upper(), de_facto=True)
        if official:
            langs.add(official[0])
    return langs


def suggest(store: Store, task_id: str) -> list[Suggestion]:
    """Every colleague, the best fit for the task first (see the module's text); [] without the task."""
    task = cq.task_context(store, task_id)
    if task is None:
        return []
    wanted = task_languages(task.country_code, task.contact_languages)
    text = folded(f"{task.title}\n{task.notes}")
    counts: dict[str, int] = {}
    for name, count in cq.delegated_counts(store).items():
        key = folded(name.strip())
        counts[key] = counts.get(key, 0) + count
    out = []
    for c in list_colleagues(store):
        speaks = any(lang.split("-")[0].lower() in wanted for lang in c.languages)
        matched = tuple(skill for skill in c.skills
                        if (pattern := _skill_pattern(skill)) is not None and pattern.search(text))
        out.append(Suggestion(c, speaks, matched, counts.get(folded(c.name.strip()), 0)))
    out.sort(key=lambda s: (not s.speaks, -len(s.skills), s.open_delegated, folded(s.name)))
    return out

