"""Colours set through a widget's palette rather than a style sheet.

A style sheet on a widget re-polishes it and its children when set, and makes them draw through
Qt's style-sheet style from then on: a few such sheets in a section added milliseconds to the click
that first showed it, and a sheet on a tree view slowed every paint of its items.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def text_colour(widget: QWidget, colour: QColor | str) -> None:
    """Draw ``widget``'s text (a label's) in ``colour``."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def muted(widget: QWidget) -> None:
    """Draw ``widget``'s text in the placeholder colour of the current palette (a hint beside a control)."""
    text_colour(widget, widget.palette().color(QPalette.ColorRole.PlaceholderText))
