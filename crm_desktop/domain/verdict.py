"""The one form of a rule's answer (:class:`Verdict`), and the helpers every rule module shares.

Rules live by subject: :mod:`crm_desktop.domain.rules` (attendance, capabilities, the drafting group,
meetings), :mod:`crm_desktop.domain.agenda_rules`, :mod:`crm_desktop.domain.presidency_rules` and the
other ``domain`` modules of their subject; each returns a :class:`Verdict`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crm_desktop.domain.messages import Message
from crm_desktop.domain.model import Act, ActKind, Capability


class RuleViolation(Exception):
    """A pure function that computes a value (a span, an edit) and cannot: its rule's message.

    A rule that only judges returns a :class:`Verdict`; this exception is for the few that must
    return something else. A workspace change turns it into the app's ``Refused``, like a verdict.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True, slots=True)
class Verdict:
    """The one form of a rule's answer: allowed, or the reason (a message code with parameters).

    ``exception`` names the recorded act that made it possible. Services call
    ``crm_desktop.app.refusals.require(verdict)``; the UI shows ``reason`` before the user acts.
    """

    allowed: bool
    reason: Message | None = None
    exception: Act | None = None


ALLOWED = Verdict(True)


def refuse(reason: Message) -> Verdict:
    return Verdict(False, reason)


def find_act(
    acts: Iterable[Act], kind: ActKind, subject: str, meeting_id: str | None, capability: Capability | None = None
) -> Act | None:
    """The recorded act of ``kind`` for ``subject`` that covers this meeting (and capability).

    An invitation or an authorisation is given for a meeting: one recorded without a meeting covers
    none (it never opens every meeting forever).
    """
    for act in acts:
        if act.kind != kind or act.subject != subject:
            continue
        if act.meeting_id is None or act.meeting_id != meeting_id:
            continue
        if capability is not None and act.capabilities and capability not in act.capabilities:
            continue
        return act
    return None
