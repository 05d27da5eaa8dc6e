"""Errors shared by every layer, in a module light enough for the start-up path (no SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

CONTEXT = "Core"  # the translation context of every message the core gives the user


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate extracts
    """Mark ``text`` for translation (``make translations`` extracts it) without importing Qt:
    the UI translates it when it shows it (``ValidationError.translated``)."""
    return text


class ValidationError(ValueError):
    """Bad input from the user; nothing was written.

    ``text`` is the English message, marked with ``QT_TRANSLATE_NOOP("Core", ...)`` where it is
    written, with ``{0}``/``{name}`` fields filled from ``text_args``/``text_fields``; ``str()`` is the
    English sentence, ``translated(tr)`` the sentence in the UI language.
    """

    def __init__(self, text: str = "", *params: Any, **named: Any):
        self.text, self.text_args, self.text_fields = text, params, named
        super().__init__(self._fill(text))

    def _fill(self, template: str) -> str:
        if not (self.text_args or self.text_fields):
            return template
        try:
            return template.format(*self.text_args, **self.text_fields)
        except (IndexError, KeyError, ValueError):
            return template

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the UI language: ``translate(CONTEXT, text)``, then filled in."""
        return self._fill(translate(CONTEXT, self.text) or self.text)


class CodedError(ValidationError):
    """A ValidationError the UI translates by ``code``; ``MESSAGES`` gives the English fallback."""

    MESSAGES: ClassVar[dict[str, str]] = {}

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(self.MESSAGES.get(code, code), detail=detail)
