"""The networks' work plans: drafted by each network, examined with the ST, approved by the GRCM.

Seed, C: the GRCM "examina, en coordinación con la Secretaría Técnica, y aprueba los Planes de Trabajo
de la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito y la Red de
Funcionarios de Enlace de Protección Consular, las cuales son las herramientas de monitoreo de las
acciones de las Redes." Seed, D: the networks "se dedican a desarrollar y realizar su respectivo Plan
de Trabajo, una vez que éste tiene la aprobación del GRCM."
"""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.domain.messages import msg
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse
from crm_desktop.domain.vocabulary import state


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # examined with the ST, on the GRCM's table
    APPROVED = "approved"


TRANSITIONS = {
    PlanStatus.DRAFT: {PlanStatus.SUBMITTED},
    PlanStatus.SUBMITTED: {PlanStatus.DRAFT, PlanStatus.APPROVED},  # back to draft: returned to the network
    PlanStatus.APPROVED: set(),
}

ACTION_STATUSES = ("planned", "in_progress", "done", "cancelled")


def plan_owner(config: ProcessConfig, body_key: str) -> Verdict:
    """Only a network drafts a work plan."""
    if not config.has_body(body_key) or config.body(body_key).kind != "network":
        return refuse(msg("workplan.not_network", body=body_key))
    return ALLOWED


def transition(current: PlanStatus, target: PlanStatus) -> Verdict:
    if target in TRANSITIONS[current]:
        return ALLOWED
    return refuse(
        msg("workplan.bad_transition", from_=state("work_plan_status", current), to=state("work_plan_status", target))
    )


def approval(current: PlanStatus, meeting_body: str, meeting_status: str) -> Verdict:
    """Approval is recorded at a meeting of the GRCM that has taken place or is taking place, after the
    plan was examined with the ST (submitted)."""
    verdict = transition(current, PlanStatus.APPROVED)
    if not verdict.allowed:
        return verdict
    if meeting_body != "grcm":
        return refuse(msg("workplan.approve_only_grcm"))
    if meeting_status == "planned":
        return refuse(msg("workplan.meeting_not_convened"))
    return ALLOWED


def action_editable(plan_status: PlanStatus, *, adding: bool) -> Verdict:
    """Actions are added while drafting; once approved, the plan is monitored (statuses change) but its
    content is what the GRCM approved."""
    if adding and plan_status == PlanStatus.APPROVED:
        return refuse(msg("workplan.approved_frozen"))
    return ALLOWED


def action_status(status: str) -> Verdict:
    if status not in ACTION_STATUSES:
        return refuse(msg("workplan.bad_action_status", status=status, allowed=", ".join(ACTION_STATUSES)))
    return ALLOWED
