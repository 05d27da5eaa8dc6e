"""The weekly loop: how a request arrived, parked requests, negotiated deadlines, recurring
tasks, meeting items and minutes, colleagues to delegate to, countries' protected periods,
moved occurrences and what an invite may carry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Columns are added in place (``ALTER TABLE ... ADD COLUMN``), never by rebuilding a table: a
rebuild would drop the search index's triggers on ``task``. Every existing row gets the
neutral value: no channel, not parked, no requested deadline, not recurring, no agenda in the
invite, not moved.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

def _stamps() -> list[sa.Column]:
    """The columns every row carries (new objects each time: a Column belongs to one table)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "colleague",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_colleague")),
    )
    op.create_index(op.f("ix_colleague_updated_at"), "colleague", ["updated_at"])

    add = "ALTER TABLE task ADD COLUMN "
    op.execute(add + "channel VARCHAR(16) NOT NULL DEFAULT ''")
    op.execute(add + "parked_at DATETIME")
    op.execute(add + "requested_due_on DATE")
    op.execute(add + "deadline_agreed_on DATE")
    op.execute(add + "deadline_note TEXT NOT NULL DEFAULT ''")
    op.execute(add + "recurrence VARCHAR(200) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE meeting_series ADD COLUMN invite_agenda BOOLEAN NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE meeting_skip ADD COLUMN moved_to DATETIME")
    op.execute("ALTER TABLE meeting_skip ADD COLUMN moved_minutes INTEGER")

    op.create_table(
        "meeting_item",
        sa.Column("series_id", sa.String(length=36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("task_id", sa.String(length=36), nullable=True),
        sa.Column("country_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["series_id"], ["meeting_series.id"],
                                name=op.f("fk_meeting_item_series_id_meeting_series"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"],
                                name=op.f("fk_meeting_item_task_id_task"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"],
                                name=op.f("fk_meeting_item_country_id_country"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_item")),
    )
    op.create_index(op.f("ix_meeting_item_series_id"), "meeting_item", ["series_id"])
    op.create_index(op.f("ix_meeting_item_task_id"), "meeting_item", ["task_id"])
    op.create_index(op.f("ix_meeting_item_updated_at"), "meeting_item", ["updated_at"])

    op.create_table(
        "meeting_minutes",
        sa.Column("series_id", sa.String(length=36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["series_id"], ["meeting_series.id"],
                                name=op.f("fk_meeting_minutes_series_id_meeting_series"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes")),
        sa.UniqueConstraint("series_id", "on_date", name=op.f("uq_meeting_minutes_series_id")),
    )
    op.create_index(op.f("ix_meeting_minutes_series_id"), "meeting_minutes", ["series_id"])
    op.create_index(op.f("ix_meeting_minutes_updated_at"), "meeting_minutes", ["updated_at"])

    op.create_table(
        "protected_period",
        sa.Column("country_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("start_min", sa.Integer(), nullable=False),
        sa.Column("end_min", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"],
                                name=op.f("fk_protected_period_country_id_country"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protected_period")),
    )
    op.create_index(op.f("ix_protected_period_country_id"), "protected_period", ["country_id"])
    op.create_index(op.f("ix_protected_period_updated_at"), "protected_period", ["updated_at"])


def downgrade() -> None:  # pragma: no cover - stores are never downgraded in place
    for table in ("protected_period", "meeting_minutes", "meeting_item"):
        op.drop_table(table)
    for table, column in (("meeting_skip", "moved_minutes"), ("meeting_skip", "moved_to"),
                          ("meeting_series", "invite_agenda"), ("task", "recurrence"), ("task", "deadline_note"), ("task", "deadline_agreed_on"),
                          ("task", "requested_due_on"), ("task", "parked_at"), ("task", "channel")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("colleague")
