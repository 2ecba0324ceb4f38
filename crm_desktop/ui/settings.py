"""This laptop's preferences, each declared once with its type and default (stored with QSettings).

Preferences are local: they never travel in a changeset. The language and the workspace folder are
chosen in the settings dialog; window geometry, state and the last section are remembered silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "crm-desktop"
APPLICATION = "CRM Desktop"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


LANGUAGE: Setting[str] = Setting("ui/language", "")  # "" → the command line's --lang
WORKSPACE: Setting[str] = Setting("workspace/directory", "")  # "" → the default location
GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray())
LAST_SECTION: Setting[str] = Setting("window/last_section", "")
CALENDAR_MODE: Setting[str] = Setting("calendar/mode", "month")


class Settings:
    """Typed access to the preferences; tests pass their own ``QSettings``."""

    def __init__(self, store: QSettings | None = None) -> None:
        # The default constructor follows the application's names and QSettings' default format and
        # path, which is what lets tests (and the benchmark) keep their settings out of the user's.
        self._store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if isinstance(setting.default, str):
            return str(value)  # type: ignore[return-value]
        if isinstance(setting.default, QByteArray) and not isinstance(value, QByteArray):
            return setting.default
        return value  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
