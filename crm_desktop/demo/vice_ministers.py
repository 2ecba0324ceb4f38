"""This year's Vice-Ministers' meeting: plenary and closed-door segment, agendas, the next Presidency."""

from __future__ import annotations

from datetime import date

from crm_desktop.app import accreditation, agenda_topics, agendas, meetings, presidency
from crm_desktop.app.errors import AppError
from crm_desktop.app.workspace import Workspace
from crm_desktop.demo.context import DEMO_YEAR, PPT_CURRENT, PPT_NEXT, Cast, Demo, accredit_all, add_agenda, add_meeting
from crm_desktop.domain.model import ActKind, AgendaStatus, Audience, Capability, ItemKind, MeetingStatus, Role
from crm_desktop.domain.reference import member_codes, observer_codes


def vice_ministers(demo: Demo) -> None:
    """Step: this year's Vice-Ministers' meeting, convened; the closed-door rule is tried on the way."""
    ws, cast, members = demo.ws, demo.cast, member_codes()
    vm = add_meeting(
        ws,
        "viceministers",
        "XXXI Reunión Viceministerial de la CRM",
        date(DEMO_YEAR, 11, 18),
        date(DEMO_YEAR, 11, 19),
        PPT_CURRENT,
        "San José",
        "Centro Nacional de Congresos y Convenciones",
        "XXXI",
    )
    plenary = [cast.one(c, Role.VICE_MINISTER) for c in members] + [
        cast.one(c, Role.HIGH_LEVEL_OFFICIAL) for c in members
    ]
    plenary += [cast.one(c, Role.FOCAL_POINT) for c in members]
    plenary += [pid for c in observer_codes() for pid in cast.all(c, Role.OBSERVER_DELEGATE)[:1]]
    plenary += [
        cast.all(o, Role.OBSERVER_DELEGATE)[0]
        for o in ("ACNUR", "CEPAL-CELADE", "CIDH", "OIM", "RELATORIA-ONU", "SEGIB", "SICA", "UNFPA")
    ]
    plenary += cast.all("RROCM", Role.RROCM_REPRESENTATIVE)[:3] + cast.by_delegation["ST"]
    heads = frozenset(cast.one(c, Role.VICE_MINISTER) for c in members)
    alternates = {cast.one(c, Role.HIGH_LEVEL_OFFICIAL): "alternate" for c in members}
    accredit_all(ws, vm, plenary, heads=heads, ranks=alternates)
    for c in members:
        vice_minister = cast.one(c, Role.VICE_MINISTER)
        accreditation.accredit(ws, vm, vice_minister, "closed_door", head=True, rank="vice_minister")
        accreditation.accredit(ws, vm, cast.one(c, Role.HIGH_LEVEL_OFFICIAL), "closed_door", rank="alternate")
        accreditation.name_drafting_representative(ws, vm, cast.one(c, Role.HIGH_LEVEL_OFFICIAL))
    accreditation.record_act(
        ws,
        ActKind.PPT_AUTHORISATION,
        "CO",
        meeting_id=vm,
        capabilities=[Capability.AGENDA_ITEMS],
        on=date(DEMO_YEAR, 11, 2),
        note="Presentación sobre flujos migratorios extracontinentales",
    )
    vm_agenda = add_agenda(
        ws,
        vm,
        [
            (
                "Seguimiento de las Decisiones de la XXX Reunión Viceministerial",
                "Follow-up of the decisions of the XXX Vice-Ministers' Meeting",
                ItemKind.DISCUSSION,
                45,
                "Secretaría Técnica",
            ),
            (
                "Presentación de Colombia sobre flujos migratorios extracontinentales (con autorización de la PPT)",
                "Presentation by Colombia on extra-continental migration flows (authorised by the PPT)",
                ItemKind.INFORMATION,
                30,
                "Colombia",
            ),
            (
                "Anuncio de candidaturas a la Presidencia Pro-Témpore",
                "Announcement of candidacies for the Pro-Tempore Presidency",
                ItemKind.DECISION,
                15,
                "Presidencia Pro-Témpore",
            ),
            (
                "Adopción de la Declaración y Decisiones",
                "Adoption of the Declaration and Decisions",
                ItemKind.DECISION,
                60,
                "Grupo de Redacción",
            ),
        ],
    )
    colombia = next(i for i in agendas.planned_items(ws, vm_agenda) if i.presenter == "CO")
    agenda_topics.classify_item(ws, colombia.id, theme="policy_management")
    agendas.set_agenda_status(ws, vm_agenda, AgendaStatus.PRELIMINARY)
    items = agendas.planned_items(ws, vm_agenda)
    agendas.add_comment(ws, items[-1].id, "MX", "Proponemos dedicar 30 minutos adicionales a la adopción.")
    agendas.add_comment(ws, items[0].id, "OIM", "La OIM puede presentar el informe del fondo de retorno.")
    closed_door_agenda = add_agenda(
        ws,
        vm,
        [
            (
                "Condiciones para nuevas membresías y criterios de participación de observadores",
                "Conditions for new membership and criteria for observers' participation",
                ItemKind.DECISION,
                45,
                None,
            ),
            (
                "Asuntos administrativos y financieros de la Secretaría Técnica",
                "Administrative and financial matters of the Technical Secretariat",
                ItemKind.DECISION,
                45,
                "Secretaría Técnica",
            ),
            (
                "Acciones y actividades futuras de la CRM",
                "Future actions and activities of the CRM",
                ItemKind.DISCUSSION,
                30,
                None,
            ),
        ],
        segment="closed_door",
        audience=Audience.CLOSED_DOOR,
    )
    for item, topic in zip(
        agendas.planned_items(ws, closed_door_agenda), ("membership", "st_admin_finance", "future_actions"), strict=True
    ):
        agenda_topics.classify_item(ws, item.id, topic=topic)
    presidency.announce_candidacy(ws, PPT_NEXT, DEMO_YEAR + 1, vm)
    presidency.designate(ws, PPT_NEXT, DEMO_YEAR + 1, meeting_id=vm, on=date(DEMO_YEAR, 11, 19))
    meetings.set_status(ws, vm, MeetingStatus.CONVENED)
    _check_refusals(ws, cast, vm)


def _check_refusals(ws: Workspace, cast: Cast, vm: str) -> None:
    """The demo is also a smoke test of the rules: these must be refused."""
    for who in (cast.all("CO", Role.OBSERVER_DELEGATE)[0], cast.all("MX", Role.DELEGATE)[0]):
        try:
            accreditation.accredit(ws, vm, who, "closed_door")
        except AppError:
            continue
        raise AssertionError("the closed-door rule let a non-member or a third person in")
