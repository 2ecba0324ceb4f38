"""Errors the services raise, each carrying a translatable message and a CLI exit code."""

from __future__ import annotations

from crm_desktop.domain.errors import AppError as AppError
from crm_desktop.domain.errors import BadInput as BadInput
from crm_desktop.domain.messages import CATALOGUE, Message, msg
from crm_desktop.domain.vocabulary import os_reason


class Refused(AppError):
    """A rule of the CRM refuses the change: shown with the sentence of the text it applies."""

    exit_code = 3

    def render(self, lang: str) -> str:
        from crm_desktop.domain.rule_citations import cited

        return cited(self.message).render(lang)


class NotFound(AppError):
    exit_code = 4

    def __init__(self, what: str, key: str) -> None:
        noun = f"noun.{what}"
        super().__init__(msg("error.not_found", what=msg(noun) if noun in CATALOGUE else what, key=key))


def invalid(detail: str | Message) -> BadInput:
    """Bad input, explained by ``detail``: an ``invalid.*`` message, so the whole sentence is in the
    user's language (a plain string is what the user typed, quoted as it is)."""
    return BadInput(msg("error.invalid", detail=detail))


def file_error(exc: OSError) -> Message:
    """An error of the file system in the user's words: the system's own text is in its language."""
    if exc.filename:
        return msg("error.file", path=exc.filename, reason=os_reason(exc))
    return msg("error.file_bare", reason=os_reason(exc))
