"""The logistics checklist of a meeting: what the PPT covers, what the ST covers, and the ST's quality
check of the services contracted.

Seed, B: the PPT "asume gastos de organización de las Reuniones de Viceministros y del GRCM".
Seed, E: the ST "cubre los costos asociados a los servicios de sonido, interpretación y traducción" and
"verifica la calidad de los servicios contratados para los eventos de la CRM". The (item, bearer) pairs
come from :func:`crm_desktop.domain.rules.logistics_checklist`.
"""

from __future__ import annotations

from crm_desktop.domain.messages import msg
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.domain.rules import ALLOWED, Verdict, logistics_checklist, refuse
from crm_desktop.domain.vocabulary import state

STATUSES = ("pending", "contracted", "delivered", "cancelled")
QUALITY = ("ok", "deficient")
# The ST's verification is a duty over every contracted service, recorded on each item, not a line of its own.
QUALITY_DUTY = "quality_check"


def checklist_items(config: ProcessConfig, body_key: str) -> list[tuple[str, str]]:
    return [(item, bearer) for item, bearer in logistics_checklist(config, body_key) if item != QUALITY_DUTY]


def status_change(current: str, target: str, supplier: str | None) -> Verdict:
    if target not in STATUSES:
        return refuse(msg("logistics.bad_status", status=target, allowed=", ".join(STATUSES)))
    if target in ("contracted", "delivered") and not (supplier and supplier.strip()):
        return refuse(msg("logistics.needs_supplier"))
    if current == "cancelled" and target != "pending":
        return refuse(
            msg(
                "logistics.bad_transition",
                from_=state("logistics_status", current),
                to=state("logistics_status", target),
            )
        )
    return ALLOWED


def quality_check(status: str, result: str, note: str | None) -> Verdict:
    """The ST checks services that were contracted; a deficient service needs a note saying what failed."""
    if result not in QUALITY:
        return refuse(msg("logistics.bad_quality", result=result, allowed=", ".join(QUALITY)))
    if status not in ("contracted", "delivered"):
        return refuse(msg("logistics.quality_not_contracted"))
    if result == "deficient" and not (note and note.strip()):
        return refuse(msg("logistics.deficient_needs_note"))
    return ALLOWED
