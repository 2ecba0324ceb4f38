"""The names of the codes people read (statuses, kinds, roles, segments, audiences…), in both languages.

One table, :data:`VOCABULARY` (category -> code -> (Spanish, English)), read by the window
(``ui.labels``), the reports, the mail and the command line through :func:`domain.vocabulary.label`.
Each name is also a catalogue code ``label.<category>.<code>``. The states that are already named
inside sentences (``state.meeting.*``, ``state.agenda.*``, ``state.paragraph.*``, ``state.proposal.*``)
are not named twice: their label is the same name with a capital letter; nor are the between-meetings
process's statuses (:mod:`domain.process_labels`), which VOCABULARY includes as they are.
"""

from __future__ import annotations

from crm_desktop.domain.messages_lang import LANG_MESSAGES
from crm_desktop.domain.process_labels import LABELS as PROCESS_LABELS


def _capitalised(prefix: str) -> dict[str, tuple[str, str]]:
    """The ``state.<prefix>.*`` names as a column or a list shows them ("prevista" -> "Prevista")."""
    head = f"state.{prefix}."
    return {
        code.removeprefix(head): (es[:1].upper() + es[1:], en[:1].upper() + en[1:])
        for code, (es, en) in LANG_MESSAGES.items()
        if code.startswith(head)
    }


# The categories whose names are given here (the derived ones are added to VOCABULARY below).
_NAMED: dict[str, dict[str, tuple[str, str]]] = {
    "document_status": {
        "draft": ("En negociación", "Under negotiation"),
        "silence": ("En procedimiento de silencio", "Under silence procedure"),
        "adopted": ("Adoptado", "Adopted"),
    },
    "item_kind": {
        "information": ("Informativo", "Information"),
        "discussion": ("Deliberación", "Discussion"),
        "decision": ("Decisión", "Decision"),
    },
    "decision_kind": {
        "decision": ("Decisión", "Decision"),
        "recommendation": ("Recomendación", "Recommendation"),
        "conclusion": ("Conclusión", "Conclusion"),
    },
    "audience": {
        "public": ("Pública", "Public"),
        "members": ("Países Miembros", "Member countries"),
        "closed_door": ("Puerta cerrada", "Closed-door"),
        "secretariat": ("Secretaría Técnica", "Technical Secretariat"),
    },
    "segment": {
        "plenary": ("Plenaria", "Plenary"),
        "closed_door": ("Puerta cerrada", "Closed-door meeting"),
    },
    "category": {
        "member_country": ("País Miembro", "Member country"),
        "observer_country": ("País observador", "Observer country"),
        "observer_org": ("Organismo observador", "Observer organisation"),
        "civil_society": ("Sociedad civil (RROCM)", "Civil society (RROCM)"),
        "secretariat": ("Secretaría Técnica", "Technical Secretariat"),
        "guest": ("Invitado(a)", "Guest"),
    },
    "role": {
        "vice_minister": ("Viceministro(a)", "Vice-Minister"),
        "high_level_official": ("Funcionario(a) de alto nivel", "High-level official"),
        "director_migration": ("Director(a) de Migración", "Director of Migration"),
        "liaison_trafficking": ("Enlace de la Red de Trata y Tráfico", "Trafficking Network liaison officer"),
        "liaison_consular": ("Enlace de la Red de Protección Consular", "Consular Protection Network liaison officer"),
        "focal_point": ("Punto focal", "Focal point"),
        "delegate": ("Delegado(a)", "Delegate"),
        "st_coordinator": ("Coordinador(a) de la ST", "ST Coordinator"),
        "st_it_specialist": ("Especialista en TI de la ST", "ST IT specialist"),
        "st_assistant": ("Asistente de la ST", "ST assistant"),
        "ppt_staff": ("Personal de la PPT", "PPT staff"),
        "rrocm_representative": ("Representante de la RROCM", "RROCM representative"),
        "observer_delegate": ("Delegado(a) observador(a)", "Observer delegate"),
    },
    "doc_type": {
        "declaration": ("Declaración y Decisiones", "Declaration and Decisions"),
        "conclusions": ("Conclusiones", "Conclusions"),
        "recommendations": ("Recomendaciones a los Viceministros(as)", "Recommendations to the Vice-Ministers"),
        "network_report": ("Informe de la Red", "Network report"),
        "work_plan": ("Plan de Trabajo de la Red", "Network work plan"),
    },
    "report_kind": {
        "agenda": ("Agenda", "Agenda"),
        "participants": ("Lista de participantes", "List of participants"),
        "declaration": ("Declaración y Decisiones", "Declaration and Decisions"),
        "conclusions": ("Conclusiones", "Conclusions"),
        "recommendations": ("Recomendaciones", "Recommendations"),
        "network-report": ("Informe de la Red", "Network report"),
        "compilation": ("Texto de compilación", "Compilation text"),
        "calendar": ("Calendario anual", "Annual calendar"),
        "dossier": ("Expediente de la reunión", "Meeting dossier"),
        "progress": ("Informe de avance", "Progress report"),
    },
    "organisation": {
        "st": ("Secretaría Técnica", "Technical Secretariat"),
        "st_full": ("Secretaría Técnica de la CRM", "Technical Secretariat of the CRM"),
        "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
    },
    # the button that moves a meeting to a status
    "status_action": {
        "planned": ("Volver a prevista", "Back to planned"),
        "convened": ("Convocar", "Convene"),
        "held": ("Marcar como celebrada", "Mark as held"),
        "closed": ("Dar por concluida", "Mark as concluded"),
        "cancelled": ("Cancelar la reunión", "Cancel the meeting"),
    },
    # a meeting whose last day is over but whose status still says it is to come
    "meeting_now": {"overdue": ("Terminada — por cerrar", "Ended — to be closed")},
    # the records a change or a search result is about
    "entity": {
        "meetings": ("Reunión", "Meeting"),
        "people": ("Persona", "Person"),
        "agenda_items": ("Punto de agenda", "Agenda item"),
        "decisions": ("Decisión", "Decision"),
    },
    "act_kind": {
        "invitation": ("Invitación", "Invitation"),
        "ppt_authorisation": ("Autorización de la PPT", "PPT authorisation"),
        "consecutive_term": (
            "Segundo año consecutivo de la PPT (consenso)",
            "Second consecutive year of the PPT (consensus)",
        ),
    },
    "capability": {
        "open_discussion": ("Discusiones abiertas", "Open discussions"),
        "agenda_items": ("Puntos de agenda", "Agenda items"),
        "decisions": ("Toma de decisiones", "Decision-making"),
        "drafting": ("Elaboración de documentos", "Drafting of documents"),
    },
    "proposal_kind": {
        "insert": ("Inserción", "Insertion"),
        "replace": ("Sustitución", "Replacement"),
        "delete": ("Supresión", "Deletion"),
        "new_paragraph": ("Párrafo nuevo", "New paragraph"),
        "move": ("Traslado", "Move"),
    },
    # a message in the outbox (mail)
    "outbox_status": {
        "new": ("Preparado", "Prepared"),
        "drafted": ("Borrador escrito", "Draft written"),
        "sending": ("Enviándose (interrumpido)", "Sending (interrupted)"),
        "sent": ("Enviado", "Sent"),
        "failed": ("Fallido", "Failed"),
    },
    # an answer given on the command line (``poa priority ID yes``)
    "answer": {"yes": ("sí", "yes"), "no": ("no", "no")},
    # the language of a document or a message
    "language": {
        "es": ("Español", "Spanish"),
        "en": ("Inglés", "English"),
        "bilingual": ("Bilingüe (español | inglés)", "Bilingual (Spanish | English)"),
    },
    # the role a device holds in the workspace (sync.DeviceRole)
    "device_role": {
        "st": ("Secretaría Técnica", "Technical Secretariat"),
        "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
        "member": ("País miembro", "Member country"),
        "observer": ("Observador", "Observer"),
    },
}

VOCABULARY: dict[str, dict[str, tuple[str, str]]] = {
    "meeting_status": _capitalised("meeting"),
    "agenda_status": _capitalised("agenda"),
    "paragraph_status": _capitalised("paragraph"),
    "proposal_status": _capitalised("proposal"),
    **_NAMED,
    # the between-meetings process's statuses (activities, follow-up, work plans, logistics…)
    **PROCESS_LABELS,
}

LABEL_MESSAGES: dict[str, tuple[str, str]] = {
    f"label.{category}.{code}": pair for category, names in _NAMED.items() for code, pair in names.items()
} | {
    # a duration as people say it
    "label.duration.hours_minutes": ("{h} h {m} min", "{h} h {m} min"),
    "label.duration.hours": ("{h} h", "{h} h"),
    "label.duration.minutes": ("{m} min", "{m} min"),
}
