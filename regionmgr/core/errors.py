"""Errors shared by every layer, in a module light enough for the start-up path (no SQLAlchemy)."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input from the user; ``str()`` is a message for them. Nothing was written."""
