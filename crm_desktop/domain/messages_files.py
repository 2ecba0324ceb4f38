"""Messages about the files exchanged with other programs (calendars, Word, mail, spreadsheets), Spanish
first. Merged into :data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

FILES_MESSAGES: dict[str, tuple[str, str]] = {
    # iCalendar import: what happened to each event of the file
    "ics.created": ("creada: {title}", "created: {title}"),
    "ics.updated": ("actualizada (revisión {sequence}): {title}", "updated (revision {sequence}): {title}"),
    "ics.cancelled": ("cancelada: {title}", "cancelled: {title}"),
    "ics.unchanged": ("sin cambios: {title}", "unchanged: {title}"),
    "ics.older": (
        "ignorada, revisión {sequence} anterior a la registrada ({current}): {title}",
        "ignored, revision {sequence} is older than the recorded one ({current}): {title}",
    ),
    "ics.concluded": (
        "no modificada: la reunión ya se celebró ({status}): {title}",
        "not changed: the meeting has already taken place ({status}): {title}",
    ),
    "ics.unknown_cancel": (
        "cancelación de una reunión que no está registrada, ignorada: {title}",
        "cancellation of a meeting that is not recorded, ignored: {title}",
    ),
    "ics.unknown_body": (
        "{title}: no se sabe a qué cuerpo pertenece; indíquelo con --body",
        "{title}: unknown body, name it with --body",
    ),
    "ics.too_long": (
        "un texto de la invitación tiene más de {limit} caracteres: {title}",
        "a text of the invitation is longer than {limit} characters: {title}",
    ),
    # Word import: what could not be kept
    "docx.lost.footnotes": (
        "{count} nota(s) al pie no importada(s) (su texto no forma parte de los párrafos)",
        "{count} footnote(s) not imported (their text is not part of the paragraphs)",
    ),
    "docx.lost.endnotes": (
        "{count} nota(s) al final no importada(s)",
        "{count} endnote(s) not imported",
    ),
    "docx.lost.comments": (
        "{count} comentario(s) de Word no importado(s)",
        "{count} Word comment(s) not imported",
    ),
    "docx.lost.images": (
        "{count} imagen(es) u objeto(s) no importado(s)",
        "{count} image(s) or object(s) not imported",
    ),
    "docx.lost.textboxes": (
        "{count} cuadro(s) de texto no importado(s)",
        "{count} text box(es) not imported",
    ),
    "docx.lost.headers": (
        "encabezados y pies de página no importados",
        "headers and footers not imported",
    ),
    "docx.lost.proposals": (
        "{count} propuesta(s) o nota(s) de la compilación no se importan como texto (siguen siendo propuestas)",
        "{count} proposal(s) or note(s) of the compilation not imported as text (they remain proposals)",
    ),
    "docx.kept.tables": (
        "{count} tabla(s) leída(s) celda por celda, una celda por párrafo",
        "{count} table(s) read cell by cell, one paragraph per cell",
    ),
    "docx.kept.revisions": (
        "{count} cambio(s) con control de cambios aceptado(s): se toma el texto insertado y se descarta el eliminado",
        "{count} tracked change(s) accepted: inserted text is kept and deleted text dropped",
    ),
    "docx.losses": ("No se importó todo el contenido del archivo:", "Not everything in the file was imported:"),
    "docx.too_large": (
        "el documento es demasiado grande para importarlo ({what}: {count}, máximo {limit})",
        "the document is too large to import ({what}: {count}, at most {limit})",
    ),
    # mail
    "mail.some_failed": (
        "{failed} de {total} mensaje(s) no se entregaron",
        "{failed} of {total} message(s) were not delivered",
    ),
}
