"""Errors the services raise, each carrying a translatable message and a CLI exit code."""

from __future__ import annotations

from crm_desktop.domain.messages import CATALOGUE, Message, msg


class AppError(Exception):
    """An error caused by the user's input or the environment, not a bug."""

    exit_code = 4

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def render(self, lang: str) -> str:
        return self.message.render(lang)


class Refused(AppError):
    """A rule of the CRM refuses the change."""

    exit_code = 3


class BadInput(AppError):
    exit_code = 4


class NotFound(AppError):
    exit_code = 4

    def __init__(self, what: str, key: str) -> None:
        noun = f"noun.{what}"
        super().__init__(msg("error.not_found", what=msg(noun) if noun in CATALOGUE else what, key=key))


def invalid(detail: str) -> BadInput:
    return BadInput(msg("error.invalid", detail=detail))
