""""Compose e-mail" writes to correspondents: the same attendee-safe text as the invite (#16)."""

from __future__ import annotations

import urllib.parse

import pytest
from PySide6.QtCore import QCoreApplication

from regionmgr.core.meetings import invite_text
from regionmgr.core.meetings import series as meetings
from regionmgr.ui.meetings.meetings_page import MeetingsPage
from tests.meetings.test_invite_privacy import _internal_texts, _without_poland


@pytest.fixture
def page(qtbot, sample_ctx):
    p = MeetingsPage(sample_ctx)
    qtbot.addWidget(p)
    p.opened = []
    p.open_url = p.opened.append
    return p


def _body(page) -> str:
    page.compose_email()
    url = page.opened[-1]
    query = urllib.parse.urlsplit(url.toString(url.ComponentFormattingOption.FullyEncoded)).query
    return urllib.parse.parse_qs(query)["body"][0]


@pytest.mark.parametrize("with_agenda", [False, True])
def test_the_composed_mail_holds_no_internal_data(page, sample_ctx, with_agenda):
    store = sample_ctx.store
    view = _without_poland(store)
    meetings.update_series(store, view.id, {**meetings.values_of(view), "invite_agenda": with_agenda},
                           meetings.attendee_values(view))
    page.reload()
    view = page.current()
    assert view.invite_agenda is with_agenda
    body = _body(page)
    for internal in [*_internal_texts(), "Local times", "Overdue", "Waiting", "POLAND", "Poland"]:
        assert internal not in body, internal
    assert view.video_url in body and invite_text.NEUTRAL in body
    assert ("Answer: maternity leave rules" in body) is with_agenda  # France attends
    assert "Local times" in page.agenda_text(view)  # the app's own agenda keeps everything


def test_the_composed_mail_is_the_invite_text(page):
    view = page.current()
    expected = invite_text.invite_description(view, page._agenda(view), "en", QCoreApplication.translate)
    assert _body(page).startswith(expected)
