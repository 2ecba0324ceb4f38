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
        "{count:plural:nota al pie no importada:notas al pie no importadas} (su texto no forma parte de los párrafos)",
        "{count:plural:footnote:footnotes} not imported (their text is not part of the paragraphs)",
    ),
    "docx.lost.endnotes": (
        "{count:plural:nota al final no importada:notas al final no importadas}",
        "{count:plural:endnote:endnotes} not imported",
    ),
    "docx.lost.comments": (
        "{count:plural:comentario de Word no importado:comentarios de Word no importados}",
        "{count:plural:Word comment:Word comments} not imported",
    ),
    "docx.lost.images": (
        "{count:plural:imagen u objeto no importado:imágenes u objetos no importados}",
        "{count:plural:image or object:images or objects} not imported",
    ),
    "docx.lost.textboxes": (
        "{count:plural:cuadro de texto no importado:cuadros de texto no importados}",
        "{count:plural:text box:text boxes} not imported",
    ),
    "docx.lost.headers": (
        "encabezados y pies de página no importados",
        "headers and footers not imported",
    ),
    "docx.lost.proposals": (
        "{count:plural:propuesta o nota:propuestas o notas} de la compilación sin importar como texto "
        "(siguen siendo propuestas)",
        "{count:plural:proposal or note:proposals or notes} of the compilation not imported as text "
        "(they remain proposals)",
    ),
    "docx.kept.tables": (
        "{count:plural:tabla leída:tablas leídas} celda por celda, una celda por párrafo",
        "{count:plural:table:tables} read cell by cell, one paragraph per cell",
    ),
    "docx.kept.revisions": (
        "{count:plural:cambio con control de cambios aceptado:cambios con control de cambios aceptados}: "
        "se toma el texto insertado y se descarta el eliminado",
        "{count:plural:tracked change:tracked changes} accepted: inserted text is kept and deleted text dropped",
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
