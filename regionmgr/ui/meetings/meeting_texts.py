"""What the Meetings page says about a series: its details panel and the "Compose e-mail" link.

Taken out of ``meetings_page`` (same texts, same translation context "MeetingsPage").
The e-mail goes to correspondents outside the team: its body is the invite's own
attendee-safe text (``core.meetings.invite_text``), never the internal agenda.
"""

from __future__ import annotations

import datetime as dt
import html
import urllib.parse

from PySide6.QtCore import QCoreApplication, QUrl

from regionmgr.core.meetings import agenda, invite_text, moves
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import SeriesView
from regionmgr.ui.common import theme
from regionmgr.ui.common.links import mailto_qurl
from regionmgr.ui.meetings.meeting_models import fmt_date, fmt_time, weekday_name, when_text

MAILTO_LIMIT = 1900  # characters: longer mailto: links are cut by some mail programs


def details_html(view: SeriesView, now: dt.datetime) -> str:
    """The details panel: when, who organises, the video link, the next meeting, what was sent."""
    e = html.escape
    if view.end_kind == "until" and view.until_date:
        end = QCoreApplication.translate("MeetingsPage", "until {0}").format(fmt_date(view.until_date))
    elif view.end_kind == "count" and view.count:
        end = QCoreApplication.translate("MeetingsPage", "{0} meetings").format(view.count)
    else:
        end = QCoreApplication.translate("MeetingsPage", "no end date")
    nxt = meetings.next_occurrence(view, now)
    lines = [
        f"<b style='font-size:13pt'>{e(view.name)}</b>",
        e(QCoreApplication.translate("MeetingsPage", "Every {0}, from {1}, {2}").format(
            when_text(view), fmt_date(view.first_date), end)),
        e(QCoreApplication.translate("MeetingsPage", "Organizer: {0} <{1}>").format(
            view.organizer_name, view.organizer_email)),
    ]
    if view.video_url:
        lines.append(e(QCoreApplication.translate("MeetingsPage", "Video link: {0}").format(view.video_url)))
    if view.status == "cancelled":
        cancelled = QCoreApplication.translate("MeetingsPage", "This series has been cancelled.")
        lines.append(f"<span style='color:{theme.css('error')}'>{e(cancelled)}</span>")
    elif (held := moves.next_held(view, now)) is not None and held.moved:
        lines.append(e(QCoreApplication.translate("MeetingsPage", "Next meeting: {0} {1}, moved to {2}").format(
            weekday_name(held.start.isoweekday()), fmt_date(held.start.date(), weekday=False),
            fmt_time(held.start.time()))))
    elif nxt:
        lines.append(e(QCoreApplication.translate("MeetingsPage", "Next meeting: {0} {1}").format(
            weekday_name(nxt.isoweekday()), fmt_date(nxt, weekday=False))))
    if view.status != "cancelled" and meetings.needs_zone_notice(meetings.values_of(view)):
        lines.append(e(QCoreApplication.translate(
            "MeetingsPage", "{0} has clock changes that follow no yearly rule: older Outlook versions may "
                            "show some meetings an hour early or late; other calendar programs show them "
                            "right.").format(view.timezone)))
    if view.sent:
        lines.append(e(QCoreApplication.translate("MeetingsPage", "Last sent: the first invite")
                       if view.sequence == 0
                       else QCoreApplication.translate("MeetingsPage", "Last sent: update {0}").format(view.sequence)))
    else:
        lines.append(e(QCoreApplication.translate("MeetingsPage", "The invite has not been sent yet.")))
    return "<br>".join(lines)


def mail_body(view: SeriesView, built: agenda.Agenda, language: str) -> str:
    """The e-mail's text: the invite's description (what attendees may see) and a line on the file."""
    text = invite_text.invite_description(view, built, language, QCoreApplication.translate)
    return text + "\n\n" + QCoreApplication.translate("MeetingsPage", "The calendar invitation (.ics file) is attached.")


def mailto_url(view: SeriesView, built: agenda.Agenda, language: str) -> QUrl:
    """mailto: with the attendees, a subject and ``mail_body`` (cut to a length mail programs accept).

    Only plain addresses are used (one addr-spec each, ``meetings.valid_email``), each
    percent-encoded on its own: nothing from an attendee can add a header (``?bcc=``,
    ``&attach=``) or another recipient.
    """
    to = ",".join(urllib.parse.quote(a.email.strip(), safe="@")
                  for a in view.attendees if meetings.valid_email(a.email))
    subject = view.name
    body = mail_body(view, built, language)
    note = "\n…\n" + QCoreApplication.translate("MeetingsPage",
                                                "(Agenda shortened: the full agenda is in the invitation.)")

    def encode(text: str) -> str:
        return urllib.parse.quote(text, safe="")

    def build(text: str) -> str:
        return f"mailto:{to}?subject={encode(subject)}&body={encode(text)}"

    url = build(body)
    if len(url) > MAILTO_LIMIT:
        cut = len(body)
        while cut > 0 and len(build(body[:cut] + note)) > MAILTO_LIMIT:
            cut = int(cut * 0.9)
        url = build(body[:cut] + note)
    return mailto_qurl(url)
