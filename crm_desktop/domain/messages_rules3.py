"""Messages of the rule register: a refusal with its source appended, the Presidency directing the
meetings of its term, and what the rule commands say they did."""

from __future__ import annotations

RULES3_MESSAGES: dict[str, tuple[str, str]] = {
    "rule.cited": ("{reason} ({source})", "{reason} ({source})"),
    "warn.ppt_directs": (
        "la Presidencia Pro-Témpore ({ppt}) dirige las reuniones de su período, pero nadie de {ppt} está acreditado",
        "the Pro-Tempore Presidency ({ppt}) directs the meetings of its term, but nobody from {ppt} is accredited",
    ),
    "warn.closed_door_excess": (
        "a puerta cerrada, la delegación de {country} tiene {count:plural:persona:personas}: su Viceministro(a) "
        "va acompañado(a) de un solo funcionario de alto nivel",
        "behind closed doors the delegation of {country} has {count:plural:person:people}: its Vice-Minister is "
        "accompanied by one high-level official only",
    ),
    "handover.directs_term": (
        "La Presidencia Pro-Témpore entrante coordina y dirige las reuniones y actividades de la CRM de su "
        "período: el GRCM, las dos Redes y la Reunión de Viceministros(as).",
        "The incoming Pro-Tempore Presidency coordinates and directs the CRM's meetings and activities of its "
        "term: the GRCM, the two networks and the Vice-Ministers' Meeting.",
    ),
    "agenda.required_st_item": (
        "«{item}» no se quita de la agenda {body:of}: el GRCM examina en cada reunión las cuestiones "
        "administrativas y presupuestarias de la Secretaría Técnica",
        "“{item}” cannot be removed from the agenda {body:of}: the GRCM examines the Technical Secretariat's "
        "administrative and budget matters at each meeting",
    ),
    "rules.count": ("{n:plural:regla:reglas} del texto", "{n:plural:rule:rules} of the text"),
    "act.recorded_invitation": (
        "Invitación registrada: {subject} para «{meeting}» ({grantor})",
        "Invitation recorded: {subject} for “{meeting}” ({grantor})",
    ),
    "act.recorded_authorisation": (
        "Autorización registrada: {subject} para «{meeting}» ({grantor})",
        "Authorisation recorded: {subject} for “{meeting}” ({grantor})",
    ),
}
