"""Refilling a choice box when the language changes, without losing what the user chose."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def refill(box: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace the entries of ``box`` with ``(text, data)`` pairs, keeping the chosen data selected."""
    chosen = box.currentData()
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    if chosen is not None:
        box.setCurrentIndex(max(0, box.findData(chosen)))
