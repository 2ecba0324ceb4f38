"""Conflicts told in people's words: what changed (the meeting's title, the field's label), the value
kept and the one lost, each with who changed it, for which delegation, when and on which laptop."""

from __future__ import annotations

SYNCUI_MESSAGES: dict[str, tuple[str, str]] = {
    "conflict.story": (
        "{what}: «{kept}» ({kept_by}) reemplazó a «{lost}» ({lost_by})",
        "{what}: “{kept}” ({kept_by}) replaced “{lost}” ({lost_by})",
    ),
    "conflict.what": ("{field} de {subject}", "{field} of {subject}"),
    "conflict.subject_titled": ("«{title}»", "“{title}”"),
    "conflict.subject_row": ("{table} {id}", "{table} {id}"),
    "conflict.by": (
        "{person}, {delegation}, {when}, laptop de {laptop}",
        "{person}, {delegation}, {when}, laptop of {laptop}",
    ),
    "conflict.by_alone": ("{person}, {when}, laptop de {laptop}", "{person}, {when}, laptop of {laptop}"),
    "conflict.unknown_laptop": ("un equipo fuera de la lista ({device})", "a laptop not on the roster ({device})"),
    "conflict.none": ("No hay conflictos.", "No conflicts."),
    "conflict.someone": ("alguien", "someone"),
    "conflict.empty": ("(vacío)", "(empty)"),
    "conflict.field_other": ("El campo «{field}»", "The field “{field}”"),
    "table.meetings": ("Reunión", "Meeting"),
    "table.people": ("Persona", "Person"),
    "field.meetings.title": ("Título", "Title"),
    "field.meetings.venue": ("Sede", "Venue"),
    "field.meetings.city": ("Ciudad", "City"),
    "field.meetings.start": ("Inicio", "Start"),
    "field.meetings.end": ("Fin", "End"),
    "field.meetings.timezone": ("Zona horaria", "Time zone"),
    "field.meetings.status": ("Estado", "Status"),
    "field.meetings.notes": ("Notas", "Notes"),
    "field.meetings.host_country_id": ("País anfitrión", "Host country"),
    "field.meetings.ordinal": ("Número ordinal", "Ordinal"),
    "field.meetings.body_id": ("Órgano", "Body"),
    "field.people.name": ("Nombre", "Name"),
    "field.people.title": ("Cargo", "Position"),
    "field.people.institution": ("Institución", "Institution"),
    "field.people.category": ("Categoría", "Category"),
    "field.people.country_id": ("País", "Country"),
    "field.people.organisation_id": ("Organización", "Organisation"),
    "field.people.email": ("Correo electrónico", "Email"),
    "field.people.phone": ("Teléfono", "Phone"),
    "meeting.delete_convened": (
        "No se puede eliminar: la reunión ya está convocada y las delegaciones lo saben. Si no se celebrará, "
        "use «Cancelar la reunión».",
        "It cannot be deleted: the meeting has been convened and the delegations know it. If it will not take "
        "place, use “Cancel the meeting”.",
    ),
    "meeting.delete_held": (
        "No se puede eliminar: la reunión ya se celebró y forma parte del registro de la CRM.",
        "It cannot be deleted: the meeting has taken place and is part of the CRM's record.",
    ),
    "meeting.delete_cancelled": (
        "No se puede eliminar: una reunión cancelada se conserva en el registro de la CRM.",
        "It cannot be deleted: a cancelled meeting is kept in the CRM's record.",
    ),
}
