"""The demo's two halves of the year: the liaison officers networks' meetings and the GRCM after them,
with their accreditations, drafting representatives, agendas and (for the first half) decisions."""

from __future__ import annotations

from datetime import date

from crm_desktop.app import accreditation, agendas, decisions, meetings
from crm_desktop.app.agendas import ItemInput
from crm_desktop.demo.context import DEMO_YEAR, OIM, PPT_CURRENT, Demo, accredit_all, add_agenda, add_meeting, close
from crm_desktop.domain.model import ActKind, AgendaStatus, ItemKind, MeetingStatus, Role
from crm_desktop.domain.reference import member_codes


def networks_and_grcm(demo: Demo) -> None:
    """Step: each half year, the two networks meet and the GRCM follows."""
    ws, cast, members = demo.ws, demo.cast, member_codes()
    for half, (month, day) in enumerate([(3, 16), (9, 14)], start=1):
        city = "San José"
        net_t = add_meeting(
            ws,
            "network_trafficking",
            f"Reunión de la Red de Funcionarios de Enlace para el "
            f"Combate a la Trata y al Tráfico Ilícito ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day),
            date(DEMO_YEAR, month, day),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Talamanca",
        )
        net_c = add_meeting(
            ws,
            "network_consular",
            f"Reunión de la Red de Funcionarios de Enlace de Protección Consular ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day),
            date(DEMO_YEAR, month, day),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Arenal",
        )
        grcm = add_meeting(
            ws,
            "grcm",
            f"Reunión del Grupo Regional de Consulta sobre Migración ({half}.ª de {DEMO_YEAR})",
            date(DEMO_YEAR, month, day + 1),
            date(DEMO_YEAR, month, day + 2),
            PPT_CURRENT,
            city,
            "Hotel Real Intercontinental, Salón Irazú",
        )
        accreditation.record_act(
            ws,
            ActKind.INVITATION,
            OIM,
            meeting_id=net_t,
            on=date(DEMO_YEAR, month, 1),
            note="Invitación explícita a la Red",
        )
        for net, role in ((net_t, Role.LIAISON_TRAFFICKING), (net_c, Role.LIAISON_CONSULAR)):
            accredit_all(
                ws,
                net,
                [cast.one(c, role) for c in members]
                + cast.all("RROCM", Role.RROCM_REPRESENTATIVE)[:2]
                + cast.all("ST", Role.ST_COORDINATOR)
                + cast.all(PPT_CURRENT, Role.PPT_STAFF)[:1],
            )
            for c in members:
                accreditation.name_drafting_representative(ws, net, cast.one(c, role))
        accredit_all(ws, net_t, cast.all(OIM, Role.OBSERVER_DELEGATE)[:1])
        accredit_all(
            ws,
            grcm,
            [cast.one(c, Role.DIRECTOR_MIGRATION) for c in members]
            + [cast.all(c, Role.DELEGATE)[0] for c in members]
            + [cast.all(o, Role.OBSERVER_DELEGATE)[0] for o in ("ACNUR", "OIM", "UNFPA", "SICA")]
            + cast.all("ST", Role.ST_COORDINATOR)
            + cast.all("ST", Role.ST_ASSISTANT),
        )
        for c in members:
            accreditation.name_drafting_representative(ws, grcm, cast.one(c, Role.DIRECTOR_MIGRATION))
        for net, name in ((net_t, "Trata y Tráfico"), (net_c, "Protección Consular")):
            add_agenda(
                ws,
                net,
                [
                    (
                        "Apertura y nombramiento del Grupo de Redacción",
                        "Opening and naming of the drafting group",
                        ItemKind.INFORMATION,
                        20,
                        "Presidencia Pro-Témpore",
                    ),
                    (
                        "Avance del Plan de Trabajo de la Red",
                        "Progress of the Network's work plan",
                        ItemKind.DISCUSSION,
                        90,
                        "Secretaría Técnica",
                    ),
                    (
                        "Intercambio de información entre países",
                        "Exchange of information among countries",
                        ItemKind.DISCUSSION,
                        120,
                        None,
                    ),
                    ("Espacio de participación de la RROCM", "RROCM participation", ItemKind.DISCUSSION, 30, "RROCM"),
                    (
                        f"Aprobación del informe de la Red de {name} al GRCM",
                        "Adoption of the Network's report to the GRCM",
                        ItemKind.DECISION,
                        45,
                        "Grupo de Redacción",
                    ),
                ],
            )
        grcm_agenda = add_agenda(
            ws,
            grcm,
            [
                (
                    "Apertura de la reunión",
                    "Opening of the meeting",
                    ItemKind.INFORMATION,
                    20,
                    "Presidencia Pro-Témpore",
                ),
                (
                    "Informes de las Redes de Funcionarios de Enlace",
                    "Reports of the liaison officers networks",
                    ItemKind.INFORMATION,
                    60,
                    None,
                ),
                (
                    "Actualización del Plan de Acción",
                    "Update of the Plan of Action",
                    ItemKind.DISCUSSION,
                    90,
                    "Secretaría Técnica",
                ),
                (
                    "Conclusiones y Recomendaciones a los Viceministros(as)",
                    "Conclusions and Recommendations to the Vice-Ministers",
                    ItemKind.DECISION,
                    90,
                    "Grupo de Redacción",
                ),
            ],
            subitems={
                1: [
                    ("Red de Trata y Tráfico", "Trafficking Network"),
                    ("Red de Protección Consular", "Consular Protection Network"),
                ]
            },
        )
        # The required item on the ST's administrative and budget matters (seed, C), before the Conclusions.
        st_item = agendas.planned_items(ws, grcm_agenda)[0]
        agendas.update_item(
            ws,
            st_item.id,
            ItemInput(st_item.title_es, st_item.title_en, ItemKind.DECISION, 60, "Secretaría Técnica"),
        )
        agendas.move_item(ws, st_item.id, parent_id=None, position=3)
        if half == 1:
            pending = agendas.pending_follow_ups(ws, grcm)
            agendas.carry_over(ws, grcm_agenda, [p["id"] for p in pending][:2])
            for mid in (net_t, net_c, grcm):
                close(ws, mid)
            agendas.set_agenda_status(ws, grcm_agenda, AgendaStatus.PRELIMINARY)
            agendas.set_agenda_status(ws, grcm_agenda, AgendaStatus.ADOPTED)
            for text in (
                "Aprobar los Planes de Trabajo de ambas Redes para el período.",
                "Recomendar a los Viceministros(as) la aprobación del presupuesto de la ST.",
                "Tomar nota del informe semestral de avance del Plan de Acción.",
            ):
                decisions.add_decision(
                    ws, grcm, text, kind="recommendation", owner="viceministers", due=date(DEMO_YEAR, 11, 18)
                )
        else:
            meetings.set_status(ws, grcm, MeetingStatus.CONVENED)
