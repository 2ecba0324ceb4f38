"""The base of the errors a user can cause, here so that every layer (the store reading a file, the
services) raises the same kind; :mod:`crm_desktop.app.errors` adds the services' own kinds."""

from __future__ import annotations

from crm_desktop.domain.messages import Message


class AppError(Exception):
    """An error caused by the user's input or the environment, not a bug."""

    exit_code = 4

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def render(self, lang: str) -> str:
        return self.message.render(lang)


class BadInput(AppError):
    """A file or value that cannot be used (exit code 4)."""

    exit_code = 4
