"""Errors the services raise, each carrying a translatable message and a CLI exit code."""

from __future__ import annotations

from crm_desktop.domain.errors import AppError as AppError
from crm_desktop.domain.errors import BadInput as BadInput
from crm_desktop.domain.messages import CATALOGUE, msg


class Refused(AppError):
    """A rule of the CRM refuses the change."""

    exit_code = 3


class NotFound(AppError):
    exit_code = 4

    def __init__(self, what: str, key: str) -> None:
        noun = f"noun.{what}"
        super().__init__(msg("error.not_found", what=msg(noun) if noun in CATALOGUE else what, key=key))


def invalid(detail: str) -> BadInput:
    return BadInput(msg("error.invalid", detail=detail))
