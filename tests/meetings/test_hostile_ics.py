"""Hostile .ics files and addresses: header injection into mailto, control characters, FIFOs, huge files."""

from __future__ import annotations

import dataclasses
import os
import threading
import urllib.parse

import pytest
from PySide6.QtWidgets import QMessageBox

from regionmgr.core.meetings import ics_import
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.ics_import import IcsImportError
from regionmgr.core.meetings.series import MeetingError
from regionmgr.ui.meetings import ics_open, meeting_texts
from regionmgr.ui.meetings.meetings_page import MeetingsPage
from tests.conftest import FIXED_NOW
from tests.meetings.test_ics_import import HAND_MADE

SPY = "x@e.com?bcc=spy%40evil.com"
ATTACH = "y@e.com?attach=/home/me/.ssh/id_rsa"


def hostile(summary: bytes = b"Point hebdo Maghreb", extra: bytes = b"") -> bytes:
    data = HAND_MADE.replace(b"SUMMARY:Point hebdo Maghreb", b"SUMMARY:" + summary)
    lines = (b"ATTENDEE;CN=Spy:mailto:" + SPY.encode() + b"\r\n"
             + b"ATTENDEE;CN=Thief:mailto:" + ATTACH.encode() + b"\r\n" + extra)
    return data.replace(b"ATTENDEE;CN=Room 4", lines + b"ATTENDEE;CN=Room 4")


# -- 13.5: addresses ---------------------------------------------------------------------------


def test_import_drops_injected_addresses_and_says_why():
    imported = ics_import.parse(hostile())
    emails = [a["email"] for a in imported.attendees]
    assert emails == ["karim@example.ma", "lea@example.fr"]
    dropped = {d.email: d.reason for d in imported.dropped}
    assert SPY in dropped and ATTACH in dropped
    assert all(reason == "bad_address" for reason in dropped.values())


def test_hostile_organizer_falls_back_to_the_default_one():
    data = HAND_MADE.replace(b"mailto:nadia@example.com", b"mailto:" + SPY.encode())
    imported = ics_import.parse(data, ("Me", "me@example.fr"))
    assert imported.values["organizer_email"] == "me@example.fr"
    assert SPY in [d.email for d in imported.dropped]


@pytest.mark.parametrize("address", [SPY, ATTACH, "a&b@e.com", "a@e.com,b@e.com", "<a@e.com>"])
def test_a_series_refuses_injected_addresses(store, address):
    values = {"name": "Call", "organizer_name": "Me", "organizer_email": "me@example.fr", "weekday": 2,
              "start_local": FIXED_NOW.time(), "duration_min": 30, "timezone": "Europe/Paris",
              "video_url": "", "first_date": FIXED_NOW.date(), "end_kind": "never", "description": ""}
    with pytest.raises(MeetingError) as caught:
        meetings.create_series(store, values, [{"name": "x", "email": address}])
    assert caught.value.code == "bad_email"
    with pytest.raises(MeetingError) as caught:
        meetings.create_series(store, {**values, "organizer_email": address}, [{"name": "x", "email": "k@e.fr"}])
    assert caught.value.code == "no_organizer"


@pytest.fixture
def page(qtbot, sample_ctx):
    p = MeetingsPage(sample_ctx)
    qtbot.addWidget(p)
    p.opened = []
    p.open_url = p.opened.append
    return p


def test_mailto_never_carries_an_injected_header(page):
    view = page.current()
    bad = dataclasses.replace(view.attendees[0], email=SPY)
    worse = dataclasses.replace(view.attendees[0], email=ATTACH)
    view.attendees = [bad, worse, *view.attendees]  # as a crafted store or an old row could hold them
    url = page.mailto_url(view).toString(page.mailto_url(view).ComponentFormattingOption.FullyEncoded)
    parsed = urllib.parse.urlsplit(url)
    headers = urllib.parse.parse_qs(parsed.query)
    assert set(headers) == {"subject", "body"}
    # (the body may say the invitation "is attached": no attach= header, no file named)
    assert "spy" not in urllib.parse.unquote(url) and "attach=" not in urllib.parse.unquote(url).lower()
    assert "id_rsa" not in urllib.parse.unquote(url)
    assert urllib.parse.unquote(parsed.path).split(",") == [a.email for a in view.attendees[2:]]


def test_mailto_for_legit_addresses(page):
    view = page.current()
    url = page.mailto_url(view)
    text = url.toString(url.ComponentFormattingOption.FullyEncoded)
    to = ",".join(urllib.parse.quote(a.email, safe="@") for a in view.attendees)
    assert text.startswith(f"mailto:{to}?subject={urllib.parse.quote(view.name, safe='')}&body=")
    body = urllib.parse.parse_qs(urllib.parse.urlsplit(text).query)["body"][0]
    # the invite's attendee-safe text, not the internal agenda (#16)
    assert body.startswith(meeting_texts.mail_body(view, page._agenda(view), "en")[:40])
    assert "Local times" not in body and "Local times" in page.agenda_text(view)


# -- 13.11: control characters -----------------------------------------------------------------


def test_nul_in_summary_is_removed_and_the_export_reimports(store):
    data = hostile(summary=b"Point\x00 hebdo\x1b Maghreb")
    data = data.replace(b"DESCRIPTION:Ordre", b"DESCRIPTION:Ordre\x00\x07")
    imported = ics_import.parse(data)
    assert imported.values["name"] == "Point hebdo Maghreb"
    assert "\x00" not in imported.values["description"] and "\x07" not in imported.values["description"]
    series_id, _created = ics_import.save(store, imported)
    view = meetings.load_series(store, series_id)
    out = meetings.prepare_request(view, FIXED_NOW)
    assert b"\x00" not in out.data
    again = ics_import.parse(out.data)
    assert again.values["name"] == "Point hebdo Maghreb"


def test_core_refuses_nothing_but_stores_no_control_characters(store):
    values = {"name": "Call\x00\x1b", "organizer_name": "M\x00e", "organizer_email": "me@example.fr",
              "weekday": 2, "start_local": FIXED_NOW.time(), "duration_min": 30, "timezone": "Europe/Paris",
              "video_url": "", "first_date": FIXED_NOW.date(), "end_kind": "never",
              "description": "line 1\r\nline\x002"}
    series_id = meetings.create_series(store, values, [{"name": "K\x00", "email": "k@example.fr"}])
    view = meetings.load_series(store, series_id)
    assert (view.name, view.organizer_name, view.description) == ("Call", "Me", "line 1\nline2")
    assert view.attendees[0].name == "K"


# -- 13.12: FIFOs, size, line count, worker ----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "invite.ics"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read() -> None:
        try:
            ics_import.read_file(fifo)
        except IcsImportError as exc:
            outcome.append(exc.code)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(timeout=30)
    if thread.is_alive():  # blocked in open(): let it go, then fail
        os.close(os.open(fifo, os.O_WRONLY))
        thread.join()
        pytest.fail("reading a FIFO blocked")
    assert outcome == ["not_a_file"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IcsImportError) as caught:
        ics_import.read_file(tmp_path)
    assert caught.value.code == "not_a_file"


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.ics"
    with big.open("wb") as f:
        f.truncate(ics_import.MAX_BYTES + 1)
    with pytest.raises(IcsImportError) as caught:
        ics_import.read_file(big)
    assert caught.value.code == "too_big"
    assert ics_import.MAX_BYTES <= 2 * 1024 * 1024


def test_many_tiny_properties_are_refused_before_parsing(monkeypatch):
    body = b"X-A:1\r\n" * (ics_import.MAX_LINES + 1)
    data = HAND_MADE.replace(b"END:VEVENT", body + b"END:VEVENT")
    assert len(data) < ics_import.MAX_BYTES
    import icalendar

    calls = []
    monkeypatch.setattr(icalendar.Calendar, "from_ical", lambda *a, **k: calls.append(a))
    with pytest.raises(IcsImportError) as caught:
        ics_import.parse(data)
    assert caught.value.code == "too_many" and calls == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_opening_a_fifo_from_the_app_gives_a_message(window, tmp_path):
    fifo = tmp_path / "invite.ics"
    os.mkfifo(fifo)
    assert ics_open.offer_import(window, str(fifo)) is None
    assert "not a regular file" in window.last_error_box.text()


def test_the_file_is_parsed_off_the_ui_thread_with_a_busy_indicator(window, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "invite.ics"
    path.write_bytes(hostile())
    threads = []
    real_parse = ics_import.parse_all

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(ics_import, "parse_all", spy)
    job = ics_open.offer_import(window, str(path))
    assert job is not None
    assert window.ics_progress is not None
    qtbot.waitUntil(lambda: getattr(window, "ics_question", None) is not None, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert window.ics_progress is None
    box = window.ics_question
    assert SPY in box.text() and ATTACH in box.text()  # the preview says what was left out
    box.button(QMessageBox.StandardButton.Yes).click()
    names = [s.name for s in meetings.list_series(window.ctx.store)]
    assert "Point hebdo Maghreb" in names
