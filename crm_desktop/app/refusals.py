"""Turning a rule's verdict (a message, or ``None`` when allowed) into the error services raise."""

from __future__ import annotations

from crm_desktop.app.errors import Refused
from crm_desktop.domain.messages import Message


def check(refusal: Message | None) -> None:
    """Raise :class:`Refused` with the rule's message; the CLI exits 3 and the UI shows the sentence."""
    if refusal is not None:
        raise Refused(refusal)
