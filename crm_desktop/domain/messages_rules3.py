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
    "done.theme_saved": ("Tema «{key}» guardado en el Plan de Acción", "Theme “{key}” saved in the Plan of Action"),
    "done.theme_removed": ("Tema «{key}» quitado del Plan de Acción", "Theme “{key}” removed from the Plan of Action"),
    "done.activity_status": ("Actividad {id}: {status}", "Activity {id}: {status}"),
    "done.priority_yes": ("Actividad {id} marcada como prioritaria", "Activity {id} marked as a priority"),
    "done.priority_no": ("Actividad {id} ya no es prioritaria", "Activity {id} is no longer a priority"),
    "done.funding_yes": ("Actividad {id}: requiere financiamiento", "Activity {id}: needs funding"),
    "done.funding_no": ("Actividad {id}: no requiere financiamiento", "Activity {id}: needs no funding"),
    "done.indicator_value": (
        "Indicador {id}: valor {value} registrado para el semestre {semester}",
        "Indicator {id}: value {value} recorded for semester {semester}",
    ),
    "done.action_status": ("Acción {id}: {status}", "Action {id}: {status}"),
    "done.plan_submitted": ("Plan de Trabajo {id} presentado al GRCM", "Work plan {id} submitted to the GRCM"),
    "done.plan_returned": ("Plan de Trabajo {id} devuelto a borrador", "Work plan {id} returned to draft"),
    "done.plan_approved": ("Plan de Trabajo {id} aprobado por el GRCM", "Work plan {id} approved by the GRCM"),
    "done.followup_status": ("Seguimiento {id}: {status}", "Follow-up {id}: {status}"),
    "done.followup_assigned": (
        "Seguimiento {id}: responsable y plazo actualizados",
        "Follow-up {id}: owner and due date updated",
    ),
    "done.scale_saved": (
        "Escala de contribuciones vigente desde {year}: {n:plural:país:países}",
        "Scale of contributions in force from {year}: {n:plural:country:countries}",
    ),
    "done.logistics_set": ("Partida de logística {id} actualizada", "Logistics item {id} updated"),
    "done.quality": ("Calidad de la partida {id}: {result}", "Quality of item {id}: {result}"),
    "done.protocol_accreditation": (
        "Acreditación {id}: protocolo actualizado (jefatura y rango)",
        "Accreditation {id}: protocol updated (head and rank)",
    ),
    "done.protocol_person": (
        "Persona {id}: género gramatical y tratamiento actualizados",
        "Person {id}: grammatical gender and honorific updated",
    ),
    "done.rotation_planned": ("Rotación: {country} prevista para {year}", "Rotation: {country} planned for {year}"),
}
