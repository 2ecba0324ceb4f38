"""Negotiated documents for the demo workspace, made through the same services a delegate uses.

A draft Declaration of the XXXI Vice-Ministers' meeting in negotiation (brackets, amendments with
support and opposition, comments, a named revision, an observer refused and one authorised by
the Presidency), its closed-door Decisions in their own confidential document, the GRCM's
Conclusions and Recommendations, and the report of a network, adopted by consensus.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from crm_desktop.app import accreditation
from crm_desktop.app import drafting as d
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace
from crm_desktop.demo.translations import add_demo_translations
from crm_desktop.domain.model import ActKind, Audience, Capability
from crm_desktop.drafting.negotiation import ParagraphStatus, ProposalKind, Stance
from crm_desktop.drafting.structure import DocType, ParagraphKind, Section
from crm_desktop.store.schema import Accreditation, DraftingSeat, Meeting

P = d.ParagraphInput


def _meeting(ws: Workspace, body: str, *, year: int, ordinal: str | None = None, last: bool = True) -> str:
    with ws.read() as s:
        q = select(Meeting.id).where(Meeting.body_id == body, Meeting.start >= datetime(year, 1, 1))
        if ordinal:
            q = q.where(Meeting.ordinal == ordinal)
        ids = list(s.scalars(q.order_by(Meeting.start)))
    return ids[-1] if last else ids[0]


def _seat(ws: Workspace, meeting_id: str, country: str) -> str:
    with ws.read() as s:
        pid = s.scalar(
            select(DraftingSeat.person_id).where(
                DraftingSeat.meeting_id == meeting_id, DraftingSeat.country_id == country
            )
        )
    assert pid is not None, f"no drafting seat for {country}"
    return pid


def _accredited(ws: Workspace, meeting_id: str, delegation: str) -> str:
    with ws.read() as s:
        pid = s.scalar(
            select(Accreditation.person_id)
            .where(Accreditation.meeting_id == meeting_id, Accreditation.delegation == delegation)
            .order_by(Accreditation.person_id)
        )
    assert pid is not None, f"nobody of {delegation} is accredited"
    return pid


def _ids(ws: Workspace, doc_id: str) -> list[str]:
    return [p.id for p in d.document_view(ws, doc_id).paragraphs]


def add_demo_documents(ws: Workspace, *, ppt: str = "CR", year: int = 2026) -> dict[str, str]:
    """Create the demo's negotiated documents; returns their ids by short name."""
    vm = _meeting(ws, "viceministers", year=year, ordinal="XXXI")
    grcm = _meeting(ws, "grcm", year=year)
    network = _meeting(ws, "network_trafficking", year=year, last=False)
    chair = _seat(ws, vm, ppt)
    mx, us, gt, sv = (_seat(ws, vm, c) for c in ("MX", "US", "GT", "SV"))
    docs: dict[str, str] = {}

    # --- draft Declaration, under negotiation ---------------------------------------------------
    declaration = d.create_document(
        ws,
        d.DocumentInput(vm, DocType.DECLARATION, title="Declaración de San José"),
        actor=chair,
        paragraphs=[
            P(
                Section.TITLE,
                "XXXI Reunión Viceministerial de la Conferencia Regional sobre Migración",
                ParagraphKind.HEADING,
            ),
            P(Section.TITLE, "Declaración de San José", ParagraphKind.HEADING),
            P(
                Section.PREAMBLE,
                "Los Viceministros(as) y Subsecretarios(as) de los Países Miembros de la Conferencia Regional "
                "sobre Migración, reunidos en San José, Costa Rica, los días 18 y 19 de noviembre de 2026,",
            ),
            P(
                Section.PREAMBLE,
                "Reconociendo la importancia del diálogo regional y de la cooperación para una migración "
                "segura, ordenada y regular,",
            ),
            P(
                Section.PREAMBLE,
                "Tomando nota del informe de la Presidencia Pro-Témpore y de los informes del GRCM y de las "
                "Redes de Funcionarios de Enlace,",
            ),
            P(
                Section.OPERATIVE,
                "Reafirmar el compromiso de los Países Miembros con la protección de los derechos humanos de "
                "las personas migrantes, independientemente de su condición migratoria.",
            ),
            P(
                Section.OPERATIVE,
                "Los Países Miembros [deberán][procurarán] fortalecer los mecanismos de protección consular de "
                "niñas, niños y adolescentes migrantes no acompañados.",
            ),
            P(
                Section.OPERATIVE,
                "Encomendar a la Secretaría Técnica la actualización del Plan de Acción con indicadores de "
                "avance semestrales, que comprenda:",
            ),
            P(Section.OPERATIVE, "la revisión de los indicadores del eje de Derechos Humanos;", sub_item=True),
            P(Section.OPERATIVE, "la incorporación de los resultados de los seminarios regionales.", sub_item=True),
            P(
                Section.OPERATIVE,
                "Agradecer al Gobierno de Costa Rica por su hospitalidad y la organización de la XXXI Reunión "
                "Viceministerial.",
            ),
            P(
                Section.ANNEX,
                "Aprobar el presupuesto anual de la Secretaría Técnica conforme a la escala de contribuciones.",
            ),
            P(Section.ANNEX, "Aceptar el ofrecimiento de Guatemala de ejercer la Presidencia Pro-Témpore en 2027."),
        ],
    )
    docs["declaration"] = declaration
    ids = _ids(ws, declaration)
    op1, op2, op3 = ids[5], ids[6], ids[7]
    d.name_version(ws, declaration, actor=chair)  # Rev.1: numbers frozen from here
    amendment = d.propose(
        ws,
        declaration,
        ProposalKind.REPLACE,
        actor=mx,
        paragraph_id=op1,
        old="independientemente de su condición migratoria",
        new="con independencia de su situación migratoria",
        rationale="Armonizar con la terminología del Plan de Acción.",
    )
    d.take_position(ws, amendment, Stance.SUPPORT, actor=us)
    d.take_position(ws, amendment, Stance.OPPOSE, actor=gt, note="Preferimos el texto original.")
    d.add_paragraph(
        ws,
        declaration,
        "Instar a las Redes de Funcionarios de Enlace a intercambiar buenas prácticas sobre [identificación "
        "temprana][detección] de víctimas de trata.",
        actor=sv,
        after=op2,
    )  # numbered "2 bis" until Rev.2
    d.add_comment(
        ws,
        declaration,
        "Consultar con la capital antes de aceptar «procurarán».",
        actor=mx,
        paragraph_id=op2,
        visibility="delegation",
    )
    d.add_comment(
        ws, declaration, "Se propone cerrar el párrafo 2 en la sesión de la tarde.", actor=chair, paragraph_id=op2
    )
    # One observer authorised by the Presidency to take part in drafting, one not.
    accreditation.record_act(
        ws,
        ActKind.PPT_AUTHORISATION,
        "OIM",
        meeting_id=vm,
        capabilities=[Capability.DRAFTING],
        on=date(2026, 11, 17),
        note="Aportes técnicos al párrafo sobre el Plan de Acción",
    )
    d.propose(
        ws,
        declaration,
        ProposalKind.INSERT,
        actor=_accredited(ws, vm, "OIM"),
        paragraph_id=op3,
        anchor="semestrales",
        new=", con el apoyo técnico de los organismos observadores",
        rationale="La OIM ofrece apoyo técnico para los indicadores.",
    )
    try:
        d.propose(
            ws,
            declaration,
            ProposalKind.INSERT,
            actor=_accredited(ws, vm, "CO"),
            paragraph_id=op1,
            anchor=None,
            new=" y de tránsito",
        )
        raise AssertionError("an observer country without authorisation proposed text in a Declaration")
    except Refused:
        pass

    # --- closed-door Decisions: a document of their own ----------------------------------------
    docs["closed_door"] = d.create_document(
        ws,
        d.DocumentInput(
            vm,
            DocType.DECLARATION,
            title="Decisiones de la reunión a puerta cerrada",
            audience=Audience.CLOSED_DOOR,
        ),
        actor=chair,
        paragraphs=[
            P(Section.TITLE, "Decisiones de la reunión a puerta cerrada", ParagraphKind.HEADING),
            P(
                Section.ANNEX,
                "Mantener los criterios vigentes para la participación de países observadores.",
            ),
            P(
                Section.ANNEX,
                "Aprobar el informe financiero de la Secretaría Técnica [y su auditoría externa].",
            ),
        ],
    )

    # --- GRCM Conclusions and Recommendations ---------------------------------------------------
    grcm_chair = _seat(ws, grcm, ppt)
    conclusions = d.create_document(
        ws,
        d.DocumentInput(grcm, DocType.CONCLUSIONS, title="Conclusiones del GRCM"),
        actor=grcm_chair,
        paragraphs=[
            P(Section.TITLE, "Conclusiones", ParagraphKind.HEADING),
            P(
                Section.OPERATIVE,
                "El GRCM tomó nota de los informes de la Red de Trata y Tráfico y de la Red de Protección Consular.",
            ),
            P(
                Section.OPERATIVE,
                "Se reconoció el avance del Plan de Acción en los ejes de gestión migratoria y derechos humanos.",
            ),
        ],
    )
    docs["conclusions"] = conclusions
    d.propose(
        ws,
        conclusions,
        ProposalKind.INSERT,
        actor=_accredited(ws, grcm, "ACNUR"),
        paragraph_id=_ids(ws, conclusions)[2],
        anchor="derechos humanos",
        new=", incluida la protección internacional",
        rationale="Observer organisations may propose text in conclusions without commitments.",
    )
    docs["recommendations"] = d.create_document(
        ws,
        d.DocumentInput(grcm, DocType.RECOMMENDATIONS, title="Recomendaciones a los Viceministros(as)"),
        actor=grcm_chair,
        paragraphs=[
            P(Section.TITLE, "Recomendaciones del GRCM a los Viceministros(as)", ParagraphKind.HEADING),
            P(Section.OPERATIVE, "Aprobar el presupuesto de la Secretaría Técnica para el próximo período."),
            P(
                Section.OPERATIVE,
                "Encomendar a la Red de Protección Consular un [protocolo][lineamiento] regional de atención a "
                "niñez migrante.",
            ),
        ],
    )

    # --- a network report, negotiated and adopted by consensus ---------------------------------
    net_chair = _seat(ws, network, ppt)
    report = d.create_document(
        ws,
        d.DocumentInput(network, DocType.NETWORK_REPORT, title="Informe de la Red de Trata y Tráfico al GRCM"),
        actor=net_chair,
        paragraphs=[
            P(
                Section.TITLE,
                "Informe de la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito",
                ParagraphKind.HEADING,
            ),
            P(
                Section.OPERATIVE,
                "La Red revisó el avance de su Plan de Trabajo y el intercambio de información entre países.",
            ),
            P(Section.OPERATIVE, "La Red recomienda [ampliar][mantener] el directorio de puntos de contacto."),
        ],
    )
    docs["network_report"] = report
    bracketed = _ids(ws, report)[2]
    d.resolve_bracket(ws, bracketed, 0, 0, actor=net_chair)
    for pid in _ids(ws, report)[1:]:
        d.set_paragraph_status(ws, pid, ParagraphStatus.AGREED, actor=net_chair)
    with ws.read() as s:  # adopted at the close of the network's meeting, not on the day the demo is built
        closing = s.get(Meeting, network).end  # type: ignore[union-attr]
    d.adopt(ws, report, actor=net_chair, now=closing)
    add_demo_translations(ws)  # the English of every text, a few outdated on purpose
    return docs
