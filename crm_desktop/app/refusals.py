"""Turning a rule's verdict into the error services raise: the one way a service is refused."""

from __future__ import annotations

from crm_desktop.app.errors import Refused
from crm_desktop.domain.rules import Verdict


def require(verdict: Verdict) -> None:
    """Raise :class:`Refused` with the rule's message; the CLI exits 3 and the UI shows the sentence."""
    if not verdict.allowed:
        assert verdict.reason is not None
        raise Refused(verdict.reason)
