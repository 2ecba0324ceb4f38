"""Follow-up of decisions: every decision of a Declaration and every GRCM recommendation is an action
with an owner, a due date, a status, notes and the history of its status changes.

Seed, A: the Vice-Ministers' agendas "se concretan tomando en cuenta el seguimiento necesario de las
Reuniones anteriores". Seed, C: the GRCM "implementa y monitorea las acciones decididas por ellos".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from crm_desktop.domain.messages import msg
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse
from crm_desktop.domain.vocabulary import state

STATUSES = ("open", "in_progress", "done", "dropped")
OPEN_STATUSES = frozenset({"open", "in_progress"})


def follow_up_sources(body_key: str) -> frozenset[str]:
    """Whose open decisions a meeting of ``body_key`` follows up: its own body's earlier meetings, and for
    the GRCM also the Vice-Ministers', since it "implementa y monitorea las acciones decididas por ellos"
    (seed, C)."""
    if body_key == "grcm":
        return frozenset({"grcm", "viceministers"})
    return frozenset({body_key})


GRCM_OUTPUT_KINDS = frozenset({"conclusion", "recommendation"})
_YEAR = timedelta(days=365)


def submitted_to_vice_ministers(body_key: str, vm_start: date, previous_vm_start: date | None) -> date | None:
    """From when the GRCM's Conclusions and Recommendations are offered to a meeting of ``body_key``: to the
    Vice-Ministers, those of the GRCM meetings since their previous meeting (a year back when none is
    recorded); None for the other bodies.

    Seed, C: the GRCM "debe redactar un documento de Conclusiones, así como otro de Recomendaciones que serán
    sometidas para la consideración de los Viceministros"; A: their agendas "se concretan tomando en cuenta
    el seguimiento necesario de las Reuniones anteriores".
    """
    if body_key != "viceministers":
        return None
    return previous_vm_start if previous_vm_start is not None else vm_start - _YEAR


def status_change(current: str, target: str, note: str | None) -> Verdict:
    """Any status may follow any other, but closing an action without saying why ("dropped") is refused:
    the follow-up report must explain why a decision was not carried out."""
    if target not in STATUSES:
        return refuse(msg("followup.bad_status", status=target, allowed=", ".join(STATUSES)))
    if target == current:
        return refuse(msg("followup.same_status", status=state("follow_up_status", target)))
    if target == "dropped" and not (note and note.strip()):
        return refuse(msg("followup.drop_needs_note"))
    return ALLOWED


@dataclass(frozen=True, slots=True)
class ActionFacts:
    status: str
    due: date | None


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


def overdue(action: ActionFacts, as_of: date) -> bool:
    """An open action whose due date has passed."""
    return is_open(action.status) and action.due is not None and action.due < as_of


def days_overdue(action: ActionFacts, as_of: date) -> int:
    if not overdue(action, as_of):
        return 0
    assert action.due is not None
    return (as_of - action.due).days
