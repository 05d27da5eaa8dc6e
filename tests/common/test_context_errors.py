"""Why a write failed, as the user reads it: the store classifies its errors, the context words them."""

from __future__ import annotations

import sqlite3

import pytest

from regionmgr.core.errors import ValidationError
from regionmgr.core.storage import failure_kind


@pytest.mark.parametrize(("exc", "kind"), [
    (sqlite3.OperationalError("database or disk is full"), "full"),
    (OSError(28, "No space left on device"), "full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
    (PermissionError(13, "Permission denied"), "read-only"),
    (sqlite3.OperationalError("unable to open database file"), "read-only"),
    (sqlite3.OperationalError("disk I/O error"), "io"),
    (sqlite3.IntegrityError("UNIQUE constraint failed: country.code"), "store"),
    (ValueError("not a number"), None),
    (ValidationError("The title is empty."), None),
])
def test_store_failures_are_classified_below_the_ui(exc, kind):
    assert failure_kind(exc) == kind


def test_a_store_error_wrapped_by_sqlalchemy_is_a_store_failure():
    from sqlalchemy.exc import IntegrityError

    wrapped = IntegrityError("INSERT INTO task", {}, sqlite3.IntegrityError("NOT NULL constraint failed: task.title"))
    assert failure_kind(wrapped) == "store"


def test_the_context_words_each_kind(ctx):
    assert "disk is full" in ctx.describe_error(sqlite3.OperationalError("database or disk is full"))
    assert "read-only" in ctx.describe_error(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "could not be written to the disk" in ctx.describe_error(sqlite3.OperationalError("disk I/O error"))
    saved = ctx.describe_error(sqlite3.IntegrityError("UNIQUE constraint failed: country.code\nmore"))
    assert saved.startswith("This change could not be saved (UNIQUE constraint failed: country.code)")
    assert ctx.describe_error(ValueError("odd")) == "This change could not be made: odd"
    assert ctx.describe_error(ValidationError("The title is empty.")) == "The title is empty."
