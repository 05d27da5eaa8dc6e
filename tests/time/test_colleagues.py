"""Delegates are people with skills and languages: the colleague table, its named operations, suggestions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import colleagues
from regionmgr.store.models import Colleague, Task


def names(store) -> list[str]:
    with store.session() as s:
        return sorted(s.scalars(select(Colleague.name)))


def task_id(store, title: str) -> str:
    with store.session() as s:
        return s.scalars(select(Task.id).where(Task.title == title)).one()


def test_add_update_delete_are_undoable(store):
    added = colleagues.add_colleague(store, {"name": " Léa Roux ", "email": "lea.roux@example.com",
                                             "languages": "fr, AR", "skills": "payroll, visas"})
    cid = added.result
    row = colleagues.list_colleagues(store)[0]
    assert (row.id, row.name, row.languages, row.skills) == (cid, "Léa Roux", ("fr", "ar"), ("payroll", "visas"))
    changed = colleagues.update_colleague(store, cid, {"skills": "payroll, legal", "name": "Léa Roux-Martin"})
    assert colleagues.list_colleagues(store)[0].skills == ("payroll", "legal")
    changed.undo()
    assert colleagues.list_colleagues(store)[0].skills == ("payroll", "visas")
    gone = colleagues.delete_colleagues(store, [cid])
    assert names(store) == []
    gone.undo()
    assert names(store) == ["Léa Roux"]
    added.undo()
    assert names(store) == []


@pytest.mark.parametrize(
    ("values", "message"),
    [({"name": "  "}, "name"),
     ({"name": "Sam", "email": "sam@example.com?bcc=spy@evil.com"}, "e-mail address"),
     ({"name": "Sam", "email": "Sam <sam@example.com>"}, "e-mail address"),
     ({"name": "Sam", "languages": "fr, klingon!"}, "language"),
     ({"name": "x" * 201}, "long")],
)
def test_bad_input_is_refused_and_changes_nothing(store, values, message):
    with pytest.raises(ValidationError) as err:
        colleagues.add_colleague(store, values)
    assert message in str(err.value)
    assert names(store) == []


def test_update_of_a_deleted_colleague_says_so(store):
    cid = colleagues.add_colleague(store, {"name": "Sam"}).result
    colleagues.delete_colleagues(store, [cid])
    with pytest.raises(ValidationError, match="no longer exists"):
        colleagues.update_colleague(store, cid, {"name": "Sam B"})


def test_suggest_ranks_language_then_skill_then_load(sample_store):
    store = sample_store
    for values in ({"name": "Zoe Arabic", "languages": "ar", "skills": "legal"},
                   {"name": "Ali Both", "languages": "ar, en", "skills": "visa"},
                   {"name": "Bea Busy", "languages": "ar", "skills": "visa"},
                   {"name": "Carl German", "languages": "de", "skills": "visa"}):
        colleagues.add_colleague(store, values)
    # Bea already has two open delegated tasks: Ali (same language and skill) comes first.
    with store.write() as s:
        for title in ("Update phone list", "Read the new travel policy draft"):
            s.scalars(select(Task).where(Task.title == title)).one().delegated_to = "Bea Busy"
    mine = {"Zoe Arabic", "Ali Both", "Bea Busy", "Carl German"}  # the sample has colleagues of its own
    ranked = [s for s in colleagues.suggest(store, task_id(store, "Visa renewal for the new sales lead"))
              if s.name in mine]  # AE: contacts speak ar and en
    assert [s.name for s in ranked] == ["Ali Both", "Bea Busy", "Zoe Arabic", "Carl German"]
    first = ranked[0]
    assert first.speaks and first.skills == ("visa",) and first.open_delegated == 0
    assert ranked[1].open_delegated == 2
    assert not ranked[3].speaks


def test_suggest_uses_the_country_main_language_without_contacts(store):
    from regionmgr.core.countries import operations as country_ops

    cid = country_ops.add_country(store, "PL").result
    with store.write() as s:
        s.add(Task(id="t-pl", title="Przygotować umowy", country_id=cid))
    tid = "t-pl"
    colleagues.add_colleague(store, {"name": "Anna", "languages": "en"})
    colleagues.add_colleague(store, {"name": "Piotr", "languages": "pl"})
    assert [s.name for s in colleagues.suggest(store, tid)] == ["Piotr", "Anna"]


def test_suggest_matches_skills_without_case_or_accents(sample_store):
    colleagues.add_colleague(sample_store, {"name": "Paie", "skills": "PAYROLL, déclaration"})
    colleagues.add_colleague(sample_store, {"name": "Autre", "skills": "travel"})
    ranked = {s.name: s for s in colleagues.suggest(sample_store, task_id(sample_store, "CNSS declaration check"))}
    assert ranked["Paie"].skills == ("déclaration",) and ranked["Autre"].skills == ()
    # Léa (sample) speaks French and Arabic and knows the CNSS: she comes first.
    assert next(iter(ranked)) == "Léa Roux" and ranked["Léa Roux"].speaks


def test_suggest_for_a_missing_task_is_empty(store):
    colleagues.add_colleague(store, {"name": "Sam"})
    assert colleagues.suggest(store, "nope") == []
