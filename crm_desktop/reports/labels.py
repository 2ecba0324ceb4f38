"""Bilingual labels printed on the CRM's documents (dates: :mod:`crm_desktop.domain.dates`).

Spanish is the source of truth for the CRM's vocabulary; ``lang="bilingual"`` prints "es / en".
"""

from __future__ import annotations

from crm_desktop.domain.dates import MONTHS_EN as MONTHS_EN
from crm_desktop.domain.dates import MONTHS_ES as MONTHS_ES
from crm_desktop.domain.dates import format_date as format_date
from crm_desktop.domain.dates import format_day as format_day
from crm_desktop.domain.dates import format_range as format_range
from crm_desktop.domain.grammar import fill, in_lang
from crm_desktop.domain.messages_lang import LANG_MESSAGES
from crm_desktop.domain.vocabulary import VOCABULARY
from crm_desktop.domain.vocabulary import text_lang as text_lang

LABELS: dict[str, tuple[str, str]] = {
    "crm": ("Conferencia Regional sobre Migración", "Regional Conference on Migration"),
    "page": ("Página {n} de {total}", "Page {n} of {total}"),
    "confidential": ("CONFIDENCIAL", "CONFIDENTIAL"),
    "restricted.closed_door": (
        "Reunión a puerta cerrada — distribución restringida a los Países Miembros",
        "Closed-door meeting — distribution restricted to the member countries",
    ),
    "restricted.secretariat": (
        "Documento interno de la Secretaría Técnica — no distribuir",
        "Internal document of the Technical Secretariat — do not distribute",
    ),
    "original.es": ("Original: español", "Original: Spanish"),
    "original.en": ("Original: inglés", "Original: English"),
    "distr.general": ("Distr.: General", "Distr.: General"),
    "distr.restricted": ("Distr.: Restringida", "Distr.: Restricted"),
    "distr.confidential": ("Distr.: Reservada", "Distr.: Confidential"),
    "cont": ("(cont.)", "(cont.)"),
    "date": ("Fecha", "Date"),
    "venue": ("Sede", "Venue"),
    # agenda
    "agenda.draft": ("Proyecto de agenda", "Draft agenda"),
    "agenda.preliminary": ("Agenda preliminar", "Preliminary agenda"),
    "agenda.adopted": ("Agenda adoptada", "Adopted agenda"),
    "agenda.version": ("versión {n}", "version {n}"),
    "agenda.no_items": ("La agenda no tiene puntos.", "The agenda has no items."),
    "col.item": ("Punto", "Item"),
    "col.time": ("Hora", "Time"),
    "col.subject": ("Tema", "Subject"),
    "col.kind": ("Carácter", "Type"),
    "col.presenter": ("Presenta", "Presenter"),
    "col.minutes": ("Min.", "Min."),
    "agenda.times": ("Horas locales ({zone}, {offset})", "Local times ({zone}, {offset})"),
    "agenda.opening": ("Sesión de apertura", "Opening session"),
    "agenda.closing": ("Clausura", "Closing session"),
    "agenda.break": ("Pausa para café", "Coffee break"),
    "agenda.lunch": ("Almuerzo", "Lunch"),
    # participants
    "participants.title": ("Lista de participantes", "List of participants"),
    "participants.closed_door": (
        "Lista de participantes — Reunión a puerta cerrada",
        "List of participants — Closed-door meeting",
    ),
    "participants.none": ("No hay participantes acreditados.", "No participants are accredited."),
    "participants.count": ("{n:plural:participante:participantes}", "{n:plural:participant:participants}"),
    "group.member_country": ("Países Miembros", "Member countries"),
    "group.observer_country": ("Países observadores", "Observer countries"),
    "group.observer_org": ("Organismos observadores", "Observer organisations"),
    "group.civil_society": ("Sociedad civil (RROCM)", "Civil society (RROCM)"),
    "group.secretariat": ("Secretaría Técnica", "Technical Secretariat"),
    "group.guest": ("Invitados especiales", "Special guests"),
    "col.name": ("Nombre", "Name"),
    "col.title": ("Cargo", "Position"),
    "col.institution": ("Institución", "Institution"),
    "col.contact": ("Contacto", "Contact"),
    # calendar
    "calendar.title": ("Calendario anual de reuniones {year}", "Annual calendar of meetings {year}"),
    "calendar.none": ("No hay reuniones registradas en {year}.", "No meetings are recorded for {year}."),
    "col.dates": ("Fechas", "Dates"),
    "col.body": ("Instancia", "Body"),
    "col.meeting": ("Reunión", "Meeting"),
    "col.place": ("Lugar", "Place"),
    "col.status": ("Estado", "Status"),
    "calendar.ppt": ("Presidencia Pro-Témpore: {country}", "Pro-Tempore Presidency: {country}"),
    # negotiated texts
    "text.declaration": ("Declaración", "Declaration"),
    "text.decisions": ("Decisiones", "Decisions"),
    "text.annex_decisions": ("Anexo: Decisiones", "Annex: Decisions"),
    "text.conclusions": ("Conclusiones", "Conclusions"),
    "text.recommendations": (
        "Recomendaciones a los Viceministros(as)",
        "Recommendations to the Vice-Ministers",
    ),
    "text.network_report": ("Informe de la Red", "Report of the Network"),
    "text.compilation": ("Texto de compilación", "Compilation text"),
    "text.empty": ("El documento aún no tiene párrafos.", "The document has no paragraphs yet."),
    "text.translation_pending": ("Traducción pendiente", "Translation pending"),
    "text.translation_outdated": (
        "traducción desactualizada: el original cambió después",
        "translation outdated: the original changed since",
    ),
    "text.revision": ("Revisión {n}", "Revision {n}"),
    "text.legend": (
        "Texto entre corchetes: sin consenso. Subrayado: adición propuesta. Tachado: supresión propuesta. "
        "Entre paréntesis, la delegación que propone.",
        "Text in brackets: no consensus. Underlined: proposed addition. Struck through: proposed deletion. "
        "In parentheses, the proposing delegation.",
    ),
    "text.draft": ("Proyecto", "Draft"),
    "text.new_paragraphs": ("Propuestas de nuevos párrafos", "Proposed new paragraphs"),
    "text.proposal_by": ("Propuesta de {by}", "Proposed by {by}"),
    "text.unplaced": (
        "{by} propone {what} (no se pudo situar en el texto actual)",
        "{by} proposes {what} (could not be placed in the current text)",
    ),
    # dossier
    "dossier.title": ("Expediente de la reunión", "Meeting dossier"),
    "dossier.contents": ("Índice", "Contents"),
    "dossier.documents": ("Documentos de la reunión", "Documents of the meeting"),
}
# item kinds and meeting states: their names are the domain's vocabulary
LABELS |= {f"kind.{code}": pair for code, pair in VOCABULARY["item_kind"].items()}
LABELS |= {f"status.{code}": pair for code, pair in VOCABULARY["meeting_status"].items()}
LABELS |= {f"lang.{code}": VOCABULARY["language"][code] for code in ("es", "en")}
# a paragraph's status, as sentences name it (``state.paragraph.*``)
LABELS |= {
    f"text.status.{c.removeprefix('state.paragraph.')}": pair
    for c, pair in LANG_MESSAGES.items()
    if c.startswith("state.paragraph.")
}


def label(key: str, lang: str, **params: object) -> str:
    """The label in ``lang`` ("es", "en" or "bilingual": "español / English")."""
    es, en = LABELS[key]
    if lang == "bilingual":
        a, b = fill(es, "es", params), fill(en, "en", params)
        return a if a == b else f"{a} / {b}"
    code = text_lang(lang)
    return fill(in_lang(es, en, code), code, params)
