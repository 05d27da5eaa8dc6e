"""Alembic environment: runs on the connection the app hands over, or on -x db=PATH."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from regionmgr.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can't ALTER most things: copy-and-move tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = "sqlite:///" + context.get_x_argument(as_dictionary=True).get("db", "regionmgr.sqlite3")
    with create_engine(url).connect() as conn:
        _run(conn)
