"""SQLAlchemy 2 typed models: the whole domain as stored on disk.

Every row has a stable UUID primary key (text, so exports and merges between
laptops keep identities) and an ``updated_at``. Every instant is stored in UTC
as a naive ``datetime`` (SQLite has no zone type); the ``UTCDateTime`` type
turns aware datetimes into UTC on the way in and gives aware UTC datetimes back.
Wall-clock values that are *not* instants (working hours, a floating due time,
a weekly meeting's start in its organizer's zone) are stored as such and named
so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

UTC = dt.UTC


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant: stored as naive UTC, returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column; attach a zone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime}


class Stamped:
    """Columns every row carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)


class Country(Stamped, Base):
    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-1 alpha-2
    timezone: Mapped[str] = mapped_column(String(64))  # IANA zone
    # Working days as ISO weekday digits, Monday=1 ... Sunday=7, e.g. "12345" or "71234".
    work_days: Mapped[str] = mapped_column(String(7), default="12345")
    # Working hours as minutes after local midnight (wall clock in ``timezone``).
    work_start_min: Mapped[int] = mapped_column(Integer, default=9 * 60)
    work_end_min: Mapped[int] = mapped_column(Integer, default=18 * 60)
    # Agreed share of the manager's time, in percent (None: not agreed).
    target_share: Mapped[float | None] = mapped_column(Float, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="country", cascade="all, delete-orphan", passive_deletes=True
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="country", cascade="all, delete-orphan", passive_deletes=True
    )


class Contact(Stamped, Base):
    __tablename__ = "contact"

    country_id: Mapped[str] = mapped_column(ForeignKey("country.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(16), default="")  # BCP 47 / ISO 639
    preferred_channel: Mapped[str] = mapped_column(String(32), default="email")
    comments: Mapped[str] = mapped_column(Text, default="")

    country: Mapped[Country] = relationship(back_populates="contacts")


class Task(Stamped, Base):
    """One request from one country; a tranche is a task with a parent."""

    __tablename__ = "task"

    title: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")
    country_id: Mapped[str | None] = mapped_column(
        ForeignKey("country.id", ondelete="SET NULL"), index=True, default=None
    )
    requester: Mapped[str] = mapped_column(String(200), default="")  # internal client who asked
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    # open | waiting | done | dropped
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)

    # Due time. ``due_at`` is a UTC instant when the deadline is fixed in a zone
    # (``due_tz``, e.g. the client's Casablanca deadline). When ``due_floating``
    # is set, ``due_local`` holds a wall-clock time that follows the user's
    # current zone ("call at 19:00 wherever I am") and ``due_at`` is None.
    # ``due_all_day``: only the date matters (end of that day in the zone).
    due_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)
    due_tz: Mapped[str | None] = mapped_column(String(64), default=None)
    due_floating: Mapped[bool] = mapped_column(Boolean, default=False)
    due_local: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    due_all_day: Mapped[bool] = mapped_column(Boolean, default=True)

    # Delegation: to a contact or a free name, with a follow-up date.
    delegated_to: Mapped[str] = mapped_column(String(200), default="")
    delegated_contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None
    )
    delegated_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)

    # Tranches: children of a big request, ordered, each with its own dates.
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), index=True, default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_on: Mapped[dt.date | None] = mapped_column(Date, default=None)

    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    # How the request arrived: meeting | email | phone | chat | visit ("" = not recorded).
    channel: Mapped[str] = mapped_column(String(16), default="")
    # Parked for the country's next weekly meeting (None: not parked).
    parked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Negotiated urgency: the deadline the requester asked for; the agreed one is ``due_*``.
    requested_due_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    deadline_agreed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    deadline_note: Mapped[str] = mapped_column(Text, default="")
    # A recurring task's rule (core.tasks.recurrence syntax; "" = not recurring).
    recurrence: Mapped[str] = mapped_column(String(200), default="")

    country: Mapped[Country | None] = relationship()
    parent: Mapped[Task | None] = relationship(remote_side="Task.id", back_populates="tranches")
    tranches: Mapped[list[Task]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="Task.position"
    )

    __table_args__ = (Index("ix_task_status_due", "status", "due_at"),)


class Note(Stamped, Base):
    __tablename__ = "note"

    country_id: Mapped[str] = mapped_column(ForeignKey("country.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="other")  # culture | procedure | other
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    last_reviewed: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Bumped on each change of the body: the "current version" a refresher sends.
    version: Mapped[int] = mapped_column(Integer, default=1)

    country: Mapped[Country] = relationship(back_populates="notes")


class RefresherSent(Stamped, Base):
    """Which contact received which version of which procedure note, and when."""

    __tablename__ = "refresher_sent"

    note_id: Mapped[str] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    note_version: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MeetingSeries(Stamped, Base):
    """A weekly video meeting, held at a wall-clock time in the organizer's zone."""

    __tablename__ = "meeting_series"

    name: Mapped[str] = mapped_column(String(200))  # also the invite's SUMMARY
    uid: Mapped[str] = mapped_column(String(200), unique=True)  # iCalendar UID, never changes
    organizer_name: Mapped[str] = mapped_column(String(200), default="")
    organizer_email: Mapped[str] = mapped_column(String(254), default="")
    weekday: Mapped[int] = mapped_column(Integer, default=1)  # ISO weekday, Monday=1
    start_local: Mapped[dt.time] = mapped_column(default=dt.time(10, 0))  # in ``timezone``
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    timezone: Mapped[str] = mapped_column(String(64))
    video_url: Mapped[str] = mapped_column(String(2000), default="")
    first_date: Mapped[dt.date] = mapped_column(Date)
    end_kind: Mapped[str] = mapped_column(String(8), default="never")  # never | until | count
    until_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    count: Mapped[int | None] = mapped_column(Integer, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE last sent
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | cancelled
    # What the invite tells attendees beyond title and link: nothing, or a short agenda per
    # attending country (the full internal agenda never goes into the invite).
    invite_agenda: Mapped[bool] = mapped_column(Boolean, default=False)

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="MeetingAttendee.position"
    )
    skips: Mapped[list[MeetingSkip]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="MeetingSkip.on_date"
    )
    sent: Mapped[list[MeetingSent]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="MeetingSent.sent_at"
    )


class MeetingAttendee(Stamped, Base):
    __tablename__ = "meeting_attendee"

    series_id: Mapped[str] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(32), default="REQ-PARTICIPANT")
    position: Mapped[int] = mapped_column(Integer, default=0)

    series: Mapped[MeetingSeries] = relationship(back_populates="attendees")
    contact: Mapped[Contact | None] = relationship()


class MeetingSkip(Stamped, Base):
    """An occurrence not held: skipped (e.g. a holiday) or cancelled after sending."""

    __tablename__ = "meeting_skip"

    series_id: Mapped[str] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[dt.date] = mapped_column(Date)  # the occurrence's local date
    reason: Mapped[str] = mapped_column(String(300), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)  # a CANCEL was sent
    # Moved rather than not held: the occurrence's new start (UTC) and length.
    moved_to: Mapped[dt.datetime | None] = mapped_column(default=None)
    moved_minutes: Mapped[int | None] = mapped_column(Integer, default=None)

    series: Mapped[MeetingSeries] = relationship(back_populates="skips")

    __table_args__ = (UniqueConstraint("series_id", "on_date"),)


class MeetingSent(Stamped, Base):
    """History of what was sent for a series: method, sequence, the file itself."""

    __tablename__ = "meeting_sent"

    series_id: Mapped[str] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(16))  # REQUEST | CANCEL
    sequence: Mapped[int] = mapped_column(Integer)
    recurrence_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ics: Mapped[str] = mapped_column(Text, default="")

    series: Mapped[MeetingSeries] = relationship(back_populates="sent")


class MeetingItem(Stamped, Base):
    """What was said in one occurrence of a series: an answer, a decision or a note, on a task
    or a country (the minutes are built from these)."""

    __tablename__ = "meeting_item"

    series_id: Mapped[str] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[dt.date] = mapped_column(Date)  # the occurrence's local date
    task_id: Mapped[str | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True, default=None
    )
    country_id: Mapped[str | None] = mapped_column(
        ForeignKey("country.id", ondelete="SET NULL"), default=None
    )
    kind: Mapped[str] = mapped_column(String(16), default="answer")  # answer | decision | note
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingMinutes(Stamped, Base):
    """The recap of one occurrence, as written when the meeting was closed."""

    __tablename__ = "meeting_minutes"

    series_id: Mapped[str] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    __table_args__ = (UniqueConstraint("series_id", "on_date"),)


class Colleague(Stamped, Base):
    """Someone tasks can be delegated to, with what they can do and speak (a task names its
    delegate in ``Task.delegated_to``)."""

    __tablename__ = "colleague"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")  # ISO 639 codes, comma-separated
    skills: Mapped[str] = mapped_column(Text, default="")  # free words, comma-separated
    comments: Mapped[str] = mapped_column(Text, default="")


class ProtectedPeriod(Stamped, Base):
    """A time a country should not be called or met: a daily lunch, Friday prayer, short
    Fridays, or different working hours during Ramadan (dates from the Hijri calendar)."""

    __tablename__ = "protected_period"

    country_id: Mapped[str] = mapped_column(ForeignKey("country.id", ondelete="CASCADE"), index=True)
    # daily | weekday (one ISO weekday) | ramadan (working hours during Ramadan) | dates (from..to)
    kind: Mapped[str] = mapped_column(String(16), default="daily")
    weekday: Mapped[int | None] = mapped_column(Integer, default=None)
    start_min: Mapped[int] = mapped_column(Integer, default=0)  # minutes after local midnight
    end_min: Mapped[int] = mapped_column(Integer, default=0)
    from_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    to_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    label: Mapped[str] = mapped_column(String(200), default="")


class TimeEntry(Stamped, Base):
    """Time spent, on a task or a country. ``ended_at`` None: the running timer."""

    __tablename__ = "time_entry"

    task_id: Mapped[str | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True, default=None
    )
    country_id: Mapped[str | None] = mapped_column(
        ForeignKey("country.id", ondelete="SET NULL"), index=True, default=None
    )
    started_at: Mapped[dt.datetime] = mapped_column(index=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    comment: Mapped[str] = mapped_column(String(500), default="")


class Absence(Stamped, Base):
    """A planned absence, for the handover dossier."""

    __tablename__ = "absence"

    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    cover_name: Mapped[str] = mapped_column(String(200), default="")
    cover_email: Mapped[str] = mapped_column(String(254), default="")
    comments: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Store-level settings that travel with the data (organizer identity, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
