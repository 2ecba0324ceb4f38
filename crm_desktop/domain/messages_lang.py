"""Messages that keep every refusal in one language: the names of states shown inside sentences, the
details of an invalid input, and the file errors the system reports in its own words."""

from __future__ import annotations

LANG_MESSAGES: dict[str, tuple[str, str]] = {
    # states named inside sentences ("cannot move from … to …")
    "state.meeting.planned": ("prevista", "planned"),
    "state.meeting.convened": ("convocada", "convened"),
    "state.meeting.held": ("celebrada", "held"),
    "state.meeting.closed": ("concluida", "concluded"),
    "state.meeting.cancelled": ("cancelada", "cancelled"),
    "state.agenda.draft": ("borrador", "draft"),
    "state.agenda.preliminary": ("preliminar", "preliminary"),
    "state.agenda.adopted": ("adoptada", "adopted"),
    "state.paragraph.proposed": ("propuesto", "proposed"),
    "state.paragraph.bracketed": ("entre corchetes", "bracketed"),
    "state.paragraph.agreed_ad_referendum": ("acordado ad referéndum", "agreed ad referendum"),
    "state.paragraph.agreed": ("acordado", "agreed"),
    "state.proposal.open": ("abierta", "open"),
    "state.proposal.bracketed": ("entre corchetes", "bracketed"),
    "state.proposal.accepted": ("aceptada", "accepted"),
    "state.proposal.rejected": ("rechazada", "rejected"),
    "state.proposal.withdrawn": ("retirada", "withdrawn"),
    "state.mail.pending": ("pendiente", "pending"),
    "state.mail.drafted": ("borrador guardado", "drafted"),
    "state.mail.sending": ("enviándose", "sending"),
    "state.mail.sent": ("enviado", "sent"),
    "state.mail.failed": ("fallido", "failed"),
    # file errors, in the user's words rather than the system's
    "error.file": ("error de archivo: {path}: {reason}", "file error: {path}: {reason}"),
    "error.file_bare": ("error de archivo: {reason}", "file error: {reason}"),
    "file.not_found": ("no existe", "does not exist"),
    "file.denied": ("permiso denegado", "permission denied"),
    "file.is_dir": ("es una carpeta, no un archivo", "is a folder, not a file"),
    "file.not_dir": ("no es una carpeta", "is not a folder"),
    "file.exists": ("ya existe", "already exists"),
    "file.no_space": ("no queda espacio en el disco", "the disk is full"),
    "file.other": ("no se pudo leer ni escribir (código {errno})", "could not be read or written (code {errno})"),
    # details of an invalid input (error.invalid)
    "invalid.sender": (
        "falta la dirección del remitente: añada --from DIRECCIÓN",
        "the sender's address is missing: add --from ADDRESS",
    ),
    "invalid.sender_address": ("dirección de remitente no válida: {address}", "invalid sender address: {address}"),
    "invalid.paragraph_elsewhere": (
        "el párrafo pertenece a otro documento",
        "the paragraph belongs to another document",
    ),
    "invalid.proposal_needs_paragraph": ("la propuesta necesita un párrafo", "the proposal needs a paragraph"),
    "invalid.decision": (
        "la decisión debe ser aceptar, rechazar o poner entre corchetes (accept, reject o bracket)",
        "the decision must be accept, reject or bracket",
    ),
    "invalid.move_bracketed": (
        "un traslado no puede ponerse entre corchetes; acéptelo o recházelo",
        "a move cannot be bracketed; accept or reject it",
    ),
    "invalid.visibility": (
        "la visibilidad debe ser «all» (todos) o «delegation» (la delegación)",
        "visibility must be “all” or “delegation”",
    ),
    "invalid.comment_empty": ("el comentario está vacío", "the comment is empty"),
    "invalid.not_in_section": (
        "el párrafo que debe preceder no está en esa sección",
        "the paragraph to follow is not in that section",
    ),
    "invalid.language": ("idioma no válido: {value}", "invalid language: {value}"),
    "invalid.report_kind": (
        "tipo de documento desconocido: {value}; elija uno de {choices}",
        "unknown report kind: {value}; choose one of {choices}",
    ),
    "invalid.report_lang": (
        "idioma desconocido: {value}; elija es, en o bilingual",
        "unknown language: {value}; choose es, en or bilingual",
    ),
    "invalid.calendar_year": ("el calendario necesita --year (el año)", "the calendar needs --year"),
    "invalid.needs_meeting": (
        "el documento «{kind}» necesita --meeting (la reunión)",
        "the {kind} report needs --meeting",
    ),
    "invalid.document_option": (
        "--document solo se aplica a los textos negociados ({choices}), no a «{kind}»",
        "--document applies to negotiated texts ({choices}), not to {kind}",
    ),
    "invalid.segment": ("segmento desconocido: {value}", "unknown segment: {value}"),
    "invalid.time_zone": ("zona horaria desconocida: {value}", "unknown time zone: {value}"),
    "invalid.end_before_start": ("la fecha de fin es anterior a la de inicio", "the end is before the start"),
    "invalid.title_empty": ("el título está vacío", "the title is empty"),
    "invalid.title_period": ("el título y el período son obligatorios", "the title and period are required"),
    "invalid.delete_planned_only": (
        "solo puede eliminarse una reunión prevista",
        "only a planned meeting can be deleted",
    ),
    "invalid.name_empty": ("el nombre está vacío", "the name is empty"),
    "invalid.country": ("país desconocido: {value}", "unknown country: {value}"),
    "invalid.country_category": (
        "{value} no es un país de la categoría «{category}»",
        "{value} is not a country of the “{category}” category",
    ),
    "invalid.organisation": ("organismo desconocido: {value}", "unknown organisation: {value}"),
    "invalid.email": ("dirección de correo no válida: {value}", "invalid e-mail address: {value}"),
    "invalid.fields": ("estos campos no pueden modificarse: {value}", "these fields cannot be changed: {value}"),
    "invalid.person": ("persona desconocida: {value}", "unknown person: {value}"),
    "invalid.focal_point": (
        "un punto focal es una persona del gobierno del país o de un organismo observador",
        "a focal point is a person of the country's government or of an observer organisation",
    ),
    "invalid.themes_keys": (
        "los temas necesitan claves distintas y no vacías",
        "themes need distinct, non-empty keys",
    ),
    "invalid.themes_in_use": ("temas todavía en uso: {value}", "themes still in use: {value}"),
    "invalid.activity_status": (
        "estado no válido; elija uno de {choices}",
        "invalid status; choose one of {choices}",
    ),
    "invalid.calendar_file": ("{name}: {detail}", "{name}: {detail}"),
    "invalid.calendar_empty": ("{name}: no contiene eventos", "{name}: contains no events"),
    "invalid.other_meeting_document": (
        "el documento {symbol} pertenece a otra reunión",
        "document {symbol} belongs to another meeting",
    ),
    "invalid.share": (
        "cuota no válida: {value} (use PAÍS=porcentaje, p. ej. MX=15.5)",
        "invalid share: {value} (use CC=percent, e.g. MX=15.5)",
    ),
    # counts
    "csv.imported": (
        "{accredited:plural:persona acreditada:personas acreditadas} "
        "({created:plural:persona nueva:personas nuevas}), "
        "{skipped:plural:ya estaba acreditada:ya estaban acreditadas}",
        "{accredited:plural:person accredited:people accredited} "
        "({created:plural:new person:new people}), "
        "{skipped:plural:already accredited:already accredited}",
    ),
    # usage errors (argparse's, in the user's language)
    "usage.prefix": ("uso:", "usage:"),
    "usage.required": ("faltan opciones obligatorias: {names}", "the following arguments are required: {names}"),
    "usage.unrecognized": ("opciones no reconocidas: {names}", "unrecognized arguments: {names}"),
    "usage.one_of": ("se necesita una de estas opciones: {names}", "one of the arguments {names} is required"),
    "usage.choice": (
        "{arg}: valor no válido «{value}» (elija entre {choices})",
        "{arg}: invalid choice “{value}” (choose from {choices})",
    ),
    "usage.bad_value": ("{arg}: valor no válido «{value}»", "{arg}: invalid value “{value}”"),
    "usage.expected_value": ("{arg}: falta el valor", "{arg}: a value is expected"),
    "usage.not_allowed_with": ("{arg}: no puede usarse junto con {other}", "{arg}: not allowed with {other}"),
    "usage.ambiguous": (
        "opción ambigua: {option} (puede ser {matches})",
        "ambiguous option: {option} (could be {matches})",
    ),
    "usage.other": ("error de uso: {detail}", "usage error: {detail}"),
    "workspace.none": (
        "no hay un espacio de trabajo en {directory}: use «crm-desktop init» o «crm-desktop demo»",
        "no workspace in {directory}: run “crm-desktop init” or “crm-desktop demo”",
    ),
    # iCalendar files that cannot be read
    "ics.not_ical": ("no es un archivo iCalendar legible", "not a readable iCalendar file"),
    "ics.too_large": ("el archivo pesa más de {mb} MB", "the file is larger than {mb} MB"),
    "ics.too_many_events": ("el archivo tiene más de {max} eventos", "the file holds more than {max} events"),
    "ics.year_range": ("una fecha del año {year} está fuera de rango", "a date in the year {year} is out of range"),
    "ics.out_of_range": ("una fecha o una duración está fuera de rango", "a date or duration is out of range"),
    "ics.not_date": ("{name} «{value}» no es una fecha", "{name} “{value}” is not a date"),
    "ics.not_datetime": ("{name} «{value}» no es una fecha y hora", "{name} “{value}” is not a date-time"),
    "ics.sequence_nan": ("SEQUENCE «{value}» no es un número", "SEQUENCE “{value}” is not a number"),
    "ics.sequence_range": ("SEQUENCE {value} está fuera de rango", "SEQUENCE {value} is out of range"),
    "ics.bad_duration": ("DURATION no es una duración", "DURATION is not a duration"),
    "ics.no_dtstart": ("un evento no tiene DTSTART (fecha de inicio)", "an event has no DTSTART"),
    "ics.event_too_long": ("un evento dura más de un año", "an event is longer than a year"),
    "ics.ends_before": ("un evento termina antes de empezar", "an event ends before it starts"),
    "ics.too_many_dates": (
        "un evento periódico tiene más de {max} fechas",
        "a recurring event has more than {max} dates",
    ),
    "ics.endless": (
        "un evento periódico se repite sin fin (sin COUNT ni UNTIL): importe sus reuniones una por una",
        "a recurring event repeats without end (no COUNT or UNTIL): import its meetings one by one",
    ),
    "ics.bad_rrule": ("la regla de repetición RRULE «{value}» no se puede leer", "RRULE “{value}” cannot be read"),
}
