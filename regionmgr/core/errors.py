"""Errors shared by every layer, in a module light enough for the start-up path (no SQLAlchemy)."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input from the user; ``str()`` is a message for them. Nothing was written."""


class CodedError(ValidationError):
    """A ValidationError the UI translates by ``code``; ``MESSAGES`` gives the English fallback."""

    MESSAGES: dict[str, str] = {}

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(self.MESSAGES.get(code, code).format(detail=detail))
