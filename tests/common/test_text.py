"""core.text: one cleaning function for every text entry point, and strict e-mail addresses."""

from __future__ import annotations

import pytest

from regionmgr.core import text


def test_clean_removes_nul_and_control_characters():
    assert text.clean("Point\x00 hebdo\x07\x1b[31m") == "Point hebdo[31m"
    assert text.clean("a\x7fb\x86c\x9fd") == "abcd"  # DEL and C1 controls
    assert text.clean("a\x85b") == "a b"  # NEL is a line break


def test_single_line_turns_breaks_and_tabs_into_spaces():
    assert text.clean("one\ntwo\r\nthree\tfour\u2028five") == "one two three four five"


def test_multiline_keeps_newlines_and_tabs_and_normalises_line_ends():
    assert text.clean("a\r\nb\rc\n\td\x00e\u2029f", multiline=True) == "a\nb\nc\n\tde\nf"


def test_clean_normalises_to_nfc_and_drops_lone_surrogates():
    assert text.clean("e\u0301t\u00e9") == "\u00e9t\u00e9"
    assert text.clean("ok\udcff") == "ok"
    assert text.clean("ok\udcff").encode("utf-8") == b"ok"


def test_clean_keeps_ordinary_text_including_joiners():
    sample = "Réunion — المغرب 👩\u200d💻 «ok»"
    assert text.clean(sample) == sample
    assert text.clean(None) == ""


@pytest.mark.parametrize("address", [
    "claire@example.fr", "a.b+tag@example.co.uk", "o'neil@exemple.fr", "x_y-z@sub.example-host.org",
    "jose@xn--exmple-cva.fr",
])
def test_valid_addresses(address):
    assert text.valid_address(address)


@pytest.mark.parametrize("address", [
    "x@e.com?bcc=spy%40evil.com", "x@e.com?attach=/etc/passwd", "x%40e.com@e.com", "a&b@e.com",
    "a@b", "a b@e.com", "<a@e.com>", "a@e.com,b@e.com", "a@e.com;b@e.com", "a@@e.com", "a@e..com",
    ".a@e.com", "a.@e.com", "a..b@e.com", "a@-e.com", "a@e-.com", "a@e.c", "", "@e.com", "a@",
    "a\x00@e.com", "a@e.com\n", "a@e.com\r\nBcc: spy@evil.com", "\"a\"@e.com", "a@[127.0.0.1]",
    "a" * 65 + "@e.com", "a@" + "b" * 64 + ".com", "a@" + ("b" * 60 + ".") * 5 + "com", "mailto:a@e.com",
])
def test_invalid_addresses(address):
    assert not text.valid_address(address)


def test_entry_points_clean_their_text():
    from regionmgr.core.countries import notes, region
    from regionmgr.core.errors import ValidationError
    from regionmgr.core.tasks import rules

    assert rules.clean_title("Budget\x00 2027\x1b") == "Budget 2027"
    assert rules.clean_name("Kar\x00im") == "Karim"
    with pytest.raises(ValidationError):
        rules.clean_title("\x00\x07")
    assert notes.check_title("Visa\x00 procedure") == "Visa procedure"
    with pytest.raises(ValidationError):
        notes.check_title("\x00")
    assert region.check_contact_changes({"name": "Am\x00ina", "role": "D\x1bG"}) == {"name": "Amina", "role": "DG"}
    with pytest.raises(ValidationError):
        region.check_email("x@e.com?bcc=spy%40evil.com")


def test_note_body_and_timer_comment_lose_control_characters(sample_store, clock):
    from regionmgr.core.countries import operations as country_ops
    from regionmgr.core.time import operations as time_ops

    country_id = sample_store.raw().execute("select id from country limit 1").fetchone()[0]
    note_id = country_ops.add_note(sample_store, country_id, "procedure", "T\x00", clock().date()).result
    country_ops.update_note_body(sample_store, note_id, "line 1\r\nline\x00 2\t!")
    body = sample_store.raw().execute("select title, body from note where id = ?", (note_id,)).fetchone()
    assert tuple(body) == ("T", "line 1\nline 2\t!")
    entry_id = time_ops.start_timer(sample_store, clock(), country_id=country_id, comment="call\x00").result
    comment = sample_store.raw().execute("select comment from time_entry where id = ?", (entry_id,)).fetchone()
    assert comment[0] == "call"
