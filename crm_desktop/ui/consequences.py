"""The confirmation of an action that also removes or changes something else.

An action whose only effect is the one its button names runs at once (and Ctrl+Z undoes it); one
that takes something else with it (a drafting seat, the Presidency's chair) says so first, in the
words of the service that will do it, and its undo puts everything back as one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.domain.messages import Message


def confirm_consequences(parent: QWidget, title: str, action: str, consequences: Sequence[Message], lang: str) -> bool:
    """True when there is nothing else to tell, or when the user agrees to ``consequences`` too."""
    if not consequences:
        return True
    items = "".join(f"<li>{escape(_sentence(c.render(lang)))}</li>" for c in consequences)
    undo = QCoreApplication.translate("Consequences", "Ctrl+Z lo deshace todo de una vez.")
    text = f"<p>{escape(action)}</p><ul>{items}</ul><p>{escape(undo)}</p>"
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text
