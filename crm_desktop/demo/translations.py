"""English translations of the demo's negotiated documents, recorded by the ST's translators.

The demo's Declaration, closed-door Decisions, Conclusions, Recommendations and network report are
written in Spanish; every paragraph gets the English translation an ST translator would write.
Two originals are then reworded in the negotiation, so their translations are outdated on purpose
(the window, ``drafting show --json`` and the bilingual PDF show them as such).
"""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting.translations import translate
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience, Category
from crm_desktop.store.schema import Person
from crm_desktop.store.tables.drafting import DraftDocument, DraftSession

ENGLISH: dict[str, str] = {
    # --- the Declaration of San José --------------------------------------------------------------
    "XXXI Reunión Viceministerial de la Conferencia Regional sobre Migración": (
        "XXXI Vice-Ministerial Meeting of the Regional Conference on Migration"
    ),
    "Declaración de San José": "San José Declaration",
    "Los Viceministros(as) y Subsecretarios(as) de los Países Miembros de la Conferencia Regional sobre "
    "Migración, reunidos en San José, Costa Rica, los días 18 y 19 de noviembre de 2026,": (
        "The Vice-Ministers and Under-Secretaries of the Member Countries of the Regional Conference on "
        "Migration, meeting in San José, Costa Rica, on 18 and 19 November 2026,"
    ),
    "Reconociendo la importancia del diálogo regional y de la cooperación para una migración segura, "
    "ordenada y regular,": (
        "Recognising the importance of regional dialogue and cooperation for safe, orderly and regular migration,"
    ),
    "Tomando nota del informe de la Presidencia Pro-Témpore y de los informes del GRCM y de las Redes de "
    "Funcionarios de Enlace,": (
        "Taking note of the report of the Pro-Tempore Presidency and of the reports of the GRCM and of the "
        "Liaison Officers Networks,"
    ),
    "Reafirmar el compromiso de los Países Miembros con la protección de los derechos humanos de las personas "
    "migrantes, independientemente de su condición migratoria.": (
        "Reaffirm the commitment of the Member Countries to protecting the human rights of migrants, "
        "regardless of their migration status."
    ),
    "Los Países Miembros [deberán][procurarán] fortalecer los mecanismos de protección consular de niñas, "
    "niños y adolescentes migrantes no acompañados.": (
        "The Member Countries [shall][shall endeavour to] strengthen the mechanisms for the consular "
        "protection of unaccompanied migrant children and adolescents."
    ),
    "Encomendar a la Secretaría Técnica la actualización del Plan de Acción con indicadores de avance "
    "semestrales, que comprenda:": (
        "Entrust the Technical Secretariat with updating the Plan of Action with half-yearly progress "
        "indicators, comprising:"
    ),
    "la revisión de los indicadores del eje de Derechos Humanos;": (
        "a review of the indicators of the Human Rights theme;"
    ),
    "la incorporación de los resultados de los seminarios regionales.": (
        "the inclusion of the results of the regional seminars."
    ),
    "Agradecer al Gobierno de Costa Rica por su hospitalidad y la organización de la XXXI Reunión Viceministerial.": (
        "Thank the Government of Costa Rica for its hospitality and for organising the XXXI Vice-Ministerial Meeting."
    ),
    "Aprobar el presupuesto anual de la Secretaría Técnica conforme a la escala de contribuciones.": (
        "Approve the annual budget of the Technical Secretariat in accordance with the scale of contributions."
    ),
    "Aceptar el ofrecimiento de Guatemala de ejercer la Presidencia Pro-Témpore en 2027.": (
        "Accept the offer of Guatemala to hold the Pro-Tempore Presidency in 2027."
    ),
    "Instar a las Redes de Funcionarios de Enlace a intercambiar buenas prácticas sobre [identificación "
    "temprana][detección] de víctimas de trata.": (
        "Urge the Liaison Officers Networks to exchange good practices on the [early identification][detection] "
        "of victims of trafficking."
    ),
    # --- the closed-door Decisions ------------------------------------------------------------------
    "Decisiones de la reunión a puerta cerrada": "Decisions of the closed-door meeting",
    "Mantener los criterios vigentes para la participación de países observadores.": (
        "Maintain the current criteria for the participation of observer countries."
    ),
    "Aprobar el informe financiero de la Secretaría Técnica [y su auditoría externa].": (
        "Approve the financial report of the Technical Secretariat [and its external audit]."
    ),
    # --- the GRCM's Conclusions and Recommendations -----------------------------------------------
    "Conclusiones": "Conclusions",
    "El GRCM tomó nota de los informes de la Red de Trata y Tráfico y de la Red de Protección Consular.": (
        "The GRCM took note of the reports of the Trafficking and Smuggling Network and of the "
        "Consular Protection Network."
    ),
    "Se reconoció el avance del Plan de Acción en los ejes de gestión migratoria y derechos humanos.": (
        "Progress in the Plan of Action on the themes of migration management and human rights was acknowledged."
    ),
    "Recomendaciones del GRCM a los Viceministros(as)": "Recommendations of the GRCM to the Vice-Ministers",
    "Aprobar el presupuesto de la Secretaría Técnica para el próximo período.": (
        "Approve the budget of the Technical Secretariat for the next period."
    ),
    "Encomendar a la Red de Protección Consular un [protocolo][lineamiento] regional de atención a niñez migrante.": (
        "Entrust the Consular Protection Network with a regional [protocol][guideline] for the care of "
        "migrant children."
    ),
    # --- the network's report -------------------------------------------------------------------------
    "Informe de la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito": (
        "Report of the Liaison Officers Network to Combat Trafficking in Persons and Migrant Smuggling"
    ),
    "La Red revisó el avance de su Plan de Trabajo y el intercambio de información entre países.": (
        "The Network reviewed progress on its Work Plan and the exchange of information between countries."
    ),
    "La Red recomienda ampliar el directorio de puntos de contacto.": (
        "The Network recommends expanding the directory of contact points."
    ),
}

# Originals reworded after their translation was made: (start of the Spanish, new Spanish).
REWORDED = (
    (
        "Reconociendo la importancia del diálogo regional",
        "Reconociendo la importancia del diálogo regional y de la cooperación internacional para una migración "
        "segura, ordenada y regular,",
    ),
    (
        "Aprobar el presupuesto de la Secretaría Técnica para el próximo",
        "Aprobar el presupuesto de la Secretaría Técnica para el período 2027-2028.",
    ),
)


def _translator(ws: Workspace) -> str:
    """An ST officer: the Secretariat's translators record the English."""
    with ws.read() as s:
        pid = s.scalar(select(Person.id).where(Person.category == Category.SECRETARIAT.value).order_by(Person.id))
    assert pid is not None, "the demo has no ST officer"
    return pid


def _editor(ws: Workspace, document_id: str) -> str:
    """Who wrote the document's first text (its chair): the one who rewords it, and who translates
    a closed-door text (the ST is not in that room)."""
    with ws.read() as s:
        doc = s.get(DraftDocument, document_id)
        first = s.scalar(
            select(DraftSession.person_id).where(DraftSession.document_id == document_id).order_by(DraftSession.started)
        )
    assert doc is not None and first is not None
    return doc.created_by or first


def add_demo_translations(ws: Workspace) -> int:
    """Translate every Spanish paragraph of the demo's documents into English; returns how many."""
    translator = _translator(ws)
    done = 0
    with ws.read() as s:
        documents = list(s.scalars(select(DraftDocument).where(DraftDocument.language == "es")))
    for doc in documents:
        actor = _editor(ws, doc.id) if doc.audience == Audience.CLOSED_DOOR.value else translator
        for p in d.document_view(ws, doc.id).paragraphs:
            english = ENGLISH.get(p.text)
            if english is not None:
                translate(ws, doc.id, p.id, "en", english, actor=actor)
                done += 1
        for start, reworded in REWORDED:
            target = next((p for p in d.document_view(ws, doc.id).paragraphs if p.text.startswith(start)), None)
            if target is not None and doc.status != "adopted":
                d.edit_paragraph(ws, target.id, reworded, actor=_editor(ws, doc.id))
    return done
