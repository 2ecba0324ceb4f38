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
from crm_desktop.domain.model import Act, ActKind, Audience, Capability
from crm_desktop.domain.reference import default_process_config
from crm_desktop.domain.sync_policy import DeviceRole

CONFIG = default_process_config()
VM, GRCM = CONFIG.body("viceministers"), CONFIG.body("grcm")
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
    refused = caps.presents_item(VM, "CO", meeting_id="vm")
    assert not refused.allowed and refused.reason is not None
    assert refused.reason.render("es").startswith("CO es un país observador: no presenta puntos de la agenda")
    assert "(Introducción: «Ellos participan en las discusiones abiertas" in refused.reason.render("es")
    assert "(Introduction: “They take part in the open discussions" in refused.reason.render("en")
    granted = Act(ActKind.PPT_AUTHORISATION, "CO", "vm", frozenset({Capability.AGENDA_ITEMS}))
    assert caps.presents_item(VM, "CO", meeting_id="vm", acts=[granted]).exception == granted
    assert not caps.presents_item(VM, "CO", meeting_id="other", acts=[granted]).allowed
    drafting_only = Act(ActKind.PPT_AUTHORISATION, "CO", "vm", frozenset({Capability.DRAFTING}))
    assert not caps.presents_item(VM, "CO", meeting_id="vm", acts=[drafting_only]).allowed
    for presenter in ("GT", "OIM", "Secretaría Técnica", None, ""):
        assert caps.presents_item(VM, presenter, meeting_id="vm").allowed


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
    # An act recorded before grantors were codes keeps its free text: the author's role decides.
    assert caps.granted_as(DeviceRole.ST, Bilingual("la ST", "the ST"), "Presidencia Pro-Témpore").allowed
    assert not caps.granted_as(DeviceRole.MEMBER, MEMBER, "Presidencia Pro-Témpore").allowed
    assert caps.grantor_name("ppt") == Bilingual("Presidencia Pro-Témpore", "Pro-Tempore Presidency")
    assert caps.grantor_name("Presidencia Pro-Témpore (Costa Rica)") == "Presidencia Pro-Témpore (Costa Rica)"


def test_an_observer_country_takes_no_part_in_the_agenda_of_a_meeting_it_does_not_attend() -> None:
    """Seed, C: observer countries do not take part in the GRCM: no authorisation puts them on its agenda."""
    granted = Act(ActKind.PPT_AUTHORISATION, "CO", "g", frozenset({Capability.AGENDA_ITEMS}))
    refused = caps.presents_item(GRCM, "CO", meeting_id="g", acts=[granted]).reason
    assert refused is not None and refused.code == "caps.observer_absent"
    assert refused.render("es") == (
        "CO no participa en las reuniones de «Grupo Regional de Consulta sobre Migración (GRCM)», así que no "
        "interviene en su agenda: los organismos observadores participan en las reuniones técnicas del GRCM, "
        "no así los países observadores (Sección C: «Los organismos observadores participan en las reuniones "
        "técnicas del GRCM, no así los países observadores.»)"
    )
    comment = caps.agenda_comment(GRCM, "plenary", "CO", meeting_id="g", acts=[granted]).reason
    assert comment is not None and comment.code == "caps.observer_absent"


def test_an_observer_country_comments_on_the_preliminary_agenda_only_when_authorised() -> None:
    refused = caps.agenda_comment(VM, "plenary", "CO", meeting_id="vm").reason
    assert refused is not None and refused.code == "caps.observer_comments"
    assert "(Introducción: «" in refused.render("es") and "(Introduction: “" in refused.render("en")
    granted = Act(ActKind.PPT_AUTHORISATION, "CO", "vm", frozenset({Capability.AGENDA_ITEMS}))
    assert caps.agenda_comment(VM, "plenary", "CO", meeting_id="vm", acts=[granted]).allowed
    closed = caps.agenda_comment(VM, "closed_door", "CO", meeting_id="vm", acts=[granted]).reason
    assert closed is not None and closed.code == "agenda.comment_not_consulted"
    assert caps.agenda_comment(VM, "plenary", "GT", meeting_id="vm").allowed


def test_an_act_reaches_the_observer_it_concerns() -> None:
    assert caps.act_audience("CO") == Audience.PUBLIC and caps.act_audience("OIM") == Audience.PUBLIC
    assert caps.act_audience("GT") == Audience.MEMBERS
