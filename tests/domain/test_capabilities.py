"""Beyond drafting: who presents agenda items, which bodies record decisions, who grants exceptions.

Seed, introduction: observer countries "no intervienen en los puntos de agenda, en los procesos de toma
de decisiones [...] a menos que cuenten con previa autorización de la Presidencia Pro-Témpore".
Seed, A: the Vice-Ministers' Meeting "es la instancia de decisión ejecutiva de la CRM"; C: the GRCM
drafts Conclusions and Recommendations; D: the networks "preparan informes".
"""

from __future__ import annotations

import pytest

from crm_desktop.domain import capabilities as caps
from crm_desktop.domain.messages import Bilingual
from crm_desktop.domain.model import Act, ActKind, Capability
from crm_desktop.domain.reference import default_process_config
from crm_desktop.domain.sync_policy import DeviceRole

CONFIG = default_process_config()
MEMBER = Bilingual("un País Miembro", "a member country")


@pytest.mark.parametrize(
    ("body", "kind", "allowed"),
    [
        ("viceministers", "decision", True),
        ("grcm", "recommendation", True),
        ("grcm", "conclusion", True),
        ("grcm", "decision", False),
        ("seminar", "decision", False),
        ("network_consular", "decision", False),
        ("network_trafficking", "recommendation", False),
        ("viceministers", "recommendation", False),
    ],
)
def test_only_the_bodies_that_take_them_record_decisions(body: str, kind: str, allowed: bool) -> None:
    assert caps.recorded_by(CONFIG.body(body), kind).allowed is allowed


def test_a_decision_refused_names_its_body_and_its_source_in_both_languages() -> None:
    reason = caps.recorded_by(CONFIG.body("seminar"), "decision").reason
    assert reason is not None
    assert reason.render("es") == (
        "una reunión de «Seminario, taller o capacitación» no adopta decisiones vinculantes: las adopta solo "
        "la Reunión de Viceministros(as) (Sección A: «Es la instancia de decisión ejecutiva de la CRM.»)"
    )
    assert reason.render("en") == (
        "a meeting of “Seminar, workshop or training” adopts no binding decisions: only the Vice-Ministers' "
        "Meeting adopts them (Section A: “It is the CRM's executive decision-making body.”)"
    )
    other = caps.recorded_by(CONFIG.body("network_consular"), "recommendation").reason
    assert other is not None and "(Sección C: «Al final de sus reuniones" in other.render("es")


def test_an_observer_country_presents_an_item_only_with_the_ppts_authorisation_for_that_meeting() -> None:
    refused = caps.presents_item("CO", meeting_id="vm")
    assert not refused.allowed and refused.reason is not None
    assert refused.reason.render("es").startswith("CO es un país observador: no presenta puntos de la agenda")
    assert "(Introducción: «Ellos participan en las discusiones abiertas" in refused.reason.render("es")
    assert "(Introduction: “They take part in the open discussions" in refused.reason.render("en")
    granted = Act(ActKind.PPT_AUTHORISATION, "CO", "vm", frozenset({Capability.AGENDA_ITEMS}))
    assert caps.presents_item("CO", meeting_id="vm", acts=[granted]).exception == granted
    assert not caps.presents_item("CO", meeting_id="other", acts=[granted]).allowed
    drafting_only = Act(ActKind.PPT_AUTHORISATION, "CO", "vm", frozenset({Capability.DRAFTING}))
    assert not caps.presents_item("CO", meeting_id="vm", acts=[drafting_only]).allowed
    for presenter in ("GT", "OIM", "Secretaría Técnica", None, ""):
        assert caps.presents_item(presenter, meeting_id="vm").allowed


def test_the_ppt_grants_and_the_st_records_on_its_behalf() -> None:
    assert caps.grantor(DeviceRole.PPT) == "ppt" and caps.grantor(DeviceRole.ST) == "st_for_ppt"
    assert caps.grantor(DeviceRole.MEMBER) is None and caps.grantor(None) is None
    refused = caps.may_grant(DeviceRole.MEMBER, MEMBER).reason
    assert refused is not None
    assert refused.render("es").startswith(
        "solo la Presidencia Pro-Témpore, o la ST en su nombre, registra invitaciones y autorizaciones; "
        "este equipo es de un País Miembro (Introducción: «"
    )
    assert "this laptop belongs to a member country (Introduction: “" in refused.render("en")
    assert caps.granted_as(DeviceRole.ST, MEMBER, "st_for_ppt").allowed
    mismatch = caps.granted_as(DeviceRole.ST, Bilingual("la ST", "the ST"), "ppt").reason
    assert mismatch is not None and mismatch.code == "caps.act_grantor"
    assert "consta como otorgada por: ST en nombre de la Presidencia Pro-Témpore" in mismatch.render("es")
    assert caps.grantor_name("ppt") == Bilingual("Presidencia Pro-Témpore", "Pro-Tempore Presidency")
    assert caps.grantor_name("Presidencia Pro-Témpore (Costa Rica)") == "Presidencia Pro-Témpore (Costa Rica)"
