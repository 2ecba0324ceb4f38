"""Messages of the agenda's themes and closed-door topics, the ST budget's segment, the GRCM's follow-up
offered to the Vice-Ministers and the Presidency's return-fund duties."""

from __future__ import annotations

RULES2_MESSAGES: dict[str, tuple[str, str]] = {
    "rule.source_intro": ("Introducción: «{sentence}»", "Introduction: “{sentence}”"),
    "agenda.unknown_theme": (
        "«{theme}» no es un tema de la agenda y del Plan de Acción (temas: {themes}). {source}",
        "“{theme}” is not a theme of the agenda and the Plan of Action (themes: {themes}). {source}",
    ),
    "agenda.unknown_topic": (
        "«{topic}» no es un tema de la reunión a puerta cerrada (temas: {topics}). {source}",
        "“{topic}” is not a topic of the closed-door meeting (topics: {topics}). {source}",
    ),
    "agenda.topic_not_closed_door": (
        "solo los puntos de la reunión a puerta cerrada se clasifican por sus cuatro temas. {source}",
        "only the items of the closed-door meeting are classified by its four topics. {source}",
    ),
    "agenda.classified": (
        "punto {item}: tema: {theme}; tema de la reunión a puerta cerrada: {topic}",
        "item {item}: theme: {theme}; closed-door topic: {topic}",
    ),
    "agenda.no_class": ("ninguno", "none"),
    "warn.closed_door_topic": (
        "el punto «{item}» de la reunión a puerta cerrada no trata ninguno de sus cuatro temas (nuevas "
        "membresías, criterios para observadores, asuntos administrativos y financieros de la Secretaría "
        "Técnica, acciones y actividades futuras)",
        "the closed-door item “{item}” is on none of the closed door's four topics (new memberships, criteria "
        "for observers, administrative and financial matters of the Technical Secretariat, future actions and "
        "activities)",
    ),
    "budget.closed_door_only": (
        "el presupuesto anual de la Secretaría Técnica se aprueba en la reunión a puerta cerrada de los "
        "Viceministros(as), no en «{segment}». {source}",
        "the Technical Secretariat's annual budget is approved in the Vice-Ministers' closed-door meeting, "
        "not in the “{segment}”. {source}",
    ),
    "budget.approved": (
        "presupuesto {year} de la Secretaría Técnica aprobado en {meeting} ({segment})",
        "{year} budget of the Technical Secretariat approved at {meeting} ({segment})",
    ),
    "handover.return_fund": (
        "La Presidencia Pro-Témpore entrante asume las obligaciones de la Presidencia sobre la administración "
        "del fondo para el retorno de migrantes en situaciones de alta vulnerabilidad.",
        "The incoming Pro-Tempore Presidency takes over the Presidency's obligations in administering the "
        "fund for the return of migrants in highly vulnerable situations.",
    ),
}
