"""The kinds of record a search finds, in people's words (never a table name), Spanish first.
Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

LANGUI_MESSAGES: dict[str, tuple[str, str]] = {
    "search.kind.meetings": ("Reunión", "Meeting"),
    "search.kind.people": ("Persona", "Person"),
    "search.kind.agenda_items": ("Punto de agenda", "Agenda item"),
    "search.kind.decision": ("Decisión", "Decision"),
    "search.kind.recommendation": ("Recomendación", "Recommendation"),
    "search.kind.conclusion": ("Conclusión", "Conclusion"),
    "search.kind.declaration": ("Declaración", "Declaration"),
    "search.kind.conclusions": ("Conclusiones", "Conclusions"),
    "search.kind.recommendations": ("Recomendaciones", "Recommendations"),
    "search.kind.network_report": ("Informe de la Red", "Network report"),
    "search.kind.work_plan": ("Plan de Trabajo de la Red", "Network work plan"),
    "search.kind.drafting_texts": ("Párrafo", "Paragraph"),
    "search.kind.poa_activities": ("Actividad del Plan de Acción", "Plan of Action activity"),
    "search.kind.poa_indicators": ("Indicador del Plan de Acción", "Plan of Action indicator"),
    "search.kind.work_plan_actions": ("Acción de un plan de trabajo", "Work plan action"),
    "search.kind.decision_notes": ("Nota de seguimiento", "Follow-up note"),
    "search.kind.other": ("Registro", "Record"),
    "invalid.search_too_long": (
        "el texto a buscar tiene {length} caracteres; como máximo {limit}",
        "the text to search has {length} characters; at most {limit}",
    ),
    "search.none": ("Nada coincide con «{text}»", "Nothing matches “{text}”"),
    "zone.named": ("hora de {place} ({offset})", "{place} time ({offset})"),
    "zone.named_no_offset": ("hora de {place}", "{place} time"),
}
