"""Delegation that reaches the delegate: a mailto: link with the task, its deadline and context, safe whatever the input."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import colleagues, delegation_mail
from regionmgr.store.models import Task

PARIS = ZoneInfo("Europe/Paris")


def task_id(store, title: str) -> str:
    with store.session() as s:
        return s.scalars(select(Task.id).where(Task.title == title)).one()


def parts(url: str) -> tuple[str, dict[str, list[str]]]:
    split = urlsplit(url)
    assert split.scheme == "mailto"
    return unquote(split.path), parse_qs(split.query, keep_blank_values=True)


def test_hostile_title_stays_inside_the_subject():
    title = "Hi?bcc=spy@evil.com&cc=x@evil.com%0ABcc: y@evil.com\r\nTo: z@evil.com"
    url = delegation_mail.mailto("sam@example.com", title, "line 1\nline 2 & more?cc=a@b.com")
    to, query = parts(url)
    assert to == "sam@example.com"
    assert set(query) == {"subject", "body"}  # no bcc, no cc, no other header
    assert "\n" not in query["subject"][0] and "\r" not in query["subject"][0]
    assert query["subject"][0].startswith("Hi?bcc=spy@evil.com&cc=x@evil.com%0ABcc: y@evil.com")
    assert query["body"][0] == "line 1\r\nline 2 & more?cc=a@b.com"
    assert " " not in url and "\n" not in url and "&cc" not in url


@pytest.mark.parametrize("address", ["sam@example.com?bcc=spy@evil.com", "sam@example.com%0ABcc:spy@evil.com",
                                     "a@example.com&b@example.com", "Sam <sam@example.com>",
                                     "sam@example.com,spy@evil.com", "not an address"])
def test_hostile_addresses_are_refused(address):
    with pytest.raises(ValidationError, match="e-mail address"):
        delegation_mail.mailto(address, "s", "b")


def test_no_address_leaves_the_recipient_to_fill():
    to, query = parts(delegation_mail.mailto("", "Subject", "Body"))
    assert to == "" and query["subject"] == ["Subject"]


def test_message_carries_the_task_and_its_context_in_the_ui_language(sample_store):
    store = sample_store
    tid = task_id(store, "Payroll question: overtime rules for engineers")
    with store.write() as s:
        t = s.get(Task, tid)
        t.notes = "Needs an answer before the cut-off. " + "x" * 3000
        t.follow_up_on = dt.date(2026, 11, 27)
        t.requested_due_on = dt.date(2026, 11, 24)
    url = delegation_mail.delegation_mailto(store, tid, "sam@example.com", "fr", PARIS)
    to, query = parts(url)
    body = query["body"][0]
    assert to == "sam@example.com"
    assert query["subject"] == ["Délégation : Payroll question: overtime rules for engineers"]
    assert "France" in body and "Claire Dubois" in body
    assert "24 novembre 2026" in body  # the deadline (the sample's is tomorrow: 24 Nov), in French
    assert "27 novembre 2026" in body  # the follow-up date
    assert "Needs an answer before the cut-off." in body
    assert "x" * 3000 not in body and "…" in body  # the notes are cut
    en = parts(delegation_mail.delegation_mailto(store, tid, "", "en", PARIS))[1]["body"][0]
    assert "Deadline: 24 November 2026" in en and "Country: France" in en and "Requested by: Claire Dubois" in en


def test_the_task_deadline_is_shown_in_the_users_zone(store):
    with store.write() as s:  # 22:30 UTC on the 24th is already the 25th in Tokyo
        s.add(Task(id="t1", title="Late one", due_at=dt.datetime(2026, 11, 24, 22, 30, tzinfo=dt.UTC),
                   due_all_day=False))
    tokyo = parts(delegation_mail.delegation_mailto(store, "t1", "", "en", ZoneInfo("Asia/Tokyo")))[1]["body"][0]
    assert "25 November 2026" in tokyo
    paris = parts(delegation_mail.delegation_mailto(store, "t1", "", "en", PARIS))[1]["body"][0]
    assert "25 November 2026" not in paris and "November 2026" in paris


def test_task_mailto_finds_the_delegate_address(sample_store):
    store = sample_store
    tid = task_id(store, "Renew office lease summary")  # delegated to the contact Priya Nair
    assert parts(delegation_mail.task_mailto(store, tid, "en", PARIS))[0] == "priya.nair@example.ae"
    colleagues.add_colleague(store, {"name": "Noé Petit", "email": "noe@example.com"})
    assert delegation_mail.address_for(store, "noe PETIT") == "noe@example.com"
    assert delegation_mail.address_for(store, "Claire Dubois") == "claire.dubois@example.fr"
    assert delegation_mail.address_for(store, "Nobody") == ""


def test_missing_task_is_a_clear_error(store):
    with pytest.raises(ValidationError, match="no longer exists"):
        delegation_mail.delegation_mailto(store, "gone", "", "en", PARIS)
