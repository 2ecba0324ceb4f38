"""Helpers for GUI tests: waiting for background work, typing accented text."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def settle(qtbot: Any, ctx: Any, rounds: int = 4) -> None:
    """Let background work finish and its results reach the widgets."""
    for _ in range(rounds):
        ctx.wait()
        qtbot.wait(1)


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` as key events carrying their characters (``keyClicks`` aborts on accents)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


def workspace_path(ws: Any) -> Path:
    return Path(ws.directory)


def switch_language(qtbot: Any, window: Any, translations: Any, lang: str) -> None:
    """What the settings dialog does: new translators, then Qt's LanguageChange reaches every widget."""
    window.ctx.lang = lang
    translations.apply(lang)
    qtbot.wait(1)
