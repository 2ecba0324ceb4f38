"""The fixed wording around a negotiated text (reports/text_forms.py): the opening paragraph, the
operative verb and the adoption line, each language written on its own; and the message that
accompanies documents sent to focal points (mail/templates.py, mail/bcc.py). Merged into
:data:`crm_desktop.domain.messages.CATALOGUE`."""

from __future__ import annotations

TEXTVOCAB_MESSAGES: dict[str, tuple[str, str]] = {
    # the opening paragraph: who adopts, where, when ({end}: "," before the operative verb)
    "textform.opening.declaration": (
        "Los Viceministros(as) y Subsecretarios(as) de los Países Miembros de la Conferencia Regional sobre "
        "Migración, reunidos en {place} {days} con ocasión {title:of}{end}",
        "The Vice-Ministers and Under-Secretaries of the member countries of the Regional Conference on "
        "Migration, meeting in {place} {days} on the occasion {title:of}{end}",
    ),
    "textform.opening.body_feminine": (
        "La {body}, reunida en {place} {days} con ocasión {title:of}{end}",
        "The {body}, meeting in {place} {days} on the occasion {title:of}{end}",
    ),
    "textform.opening.body_masculine": (
        "El {body}, reunido en {place} {days} con ocasión {title:of}{end}",
        "The {body}, meeting in {place} {days} on the occasion {title:of}{end}",
    ),
    "textform.opening.one_day": ("el {days}", "on {days}"),
    "textform.opening.days": ("los días {days}", "on {days}"),
    "textform.opening.annex": (
        ", adoptan las Decisiones que figuran en el anexo.",
        ", adopt the Decisions set out in the annex.",
    ),
    # the verb that introduces the operative paragraphs
    "textform.verb.conclusions": ("CONCLUYE:", "CONCLUDES:"),
    "textform.verb.recommendations": ("RECOMIENDA a los Viceministros(as):", "RECOMMENDS to the Vice-Ministers:"),
    "textform.verb.agree": ("ACUERDAN:", "AGREE:"),
    "textform.verb.declare": ("DECLARAN:", "DECLARE:"),
    # the adoption line ({at}: textform.adopted.at, or nothing when the place is unknown)
    "textform.adopted.declaration": ("Adoptada{at} el {date}.", "Adopted{at} on {date}."),
    "textform.adopted.network_report": (
        "Adoptado por {body:the}{at} el {date}.",
        "Adopted by {body:the}{at} on {date}.",
    ),
    "textform.adopted.other": ("Adoptadas por {body:the}{at} el {date}.", "Adopted by {body:the}{at} on {date}."),
    "textform.adopted.at": (" en {place},", " in {place}"),
    # the message that accompanies documents sent to focal points
    "mail.subject": ("[CRM] {meeting}: documentos", "[CRM] {meeting}: documents"),
    "mail.body": (
        "Estimado(a) {name}:\n\n"
        "En su calidad de punto focal de {country} ante la Conferencia Regional sobre Migración, le "
        "remitimos los siguientes documentos {meeting:of}:\n\n"
        "{documents}\n\n"
        "Le agradecemos asegurar su difusión a las entidades y ministerios de su gobierno involucrados "
        "en el proceso.\n\n"
        "Atentamente,\n{sender}",
        "Dear {name},\n\n"
        "As the focal point of {country} for the Regional Conference on Migration, please find attached "
        "the following documents {meeting:of}:\n\n"
        "{documents}\n\n"
        "We would be grateful if you would share them with the government entities and ministries "
        "involved in the process.\n\n"
        "Yours sincerely,\n{sender}",
    ),
    "mail.group_body": (
        "Estimados puntos focales:\n\n"
        "En su calidad de puntos focales ante la Conferencia Regional sobre Migración, les remitimos los "
        "siguientes documentos {meeting:of}:\n\n"
        "{documents}\n\n"
        "Les agradecemos asegurar su difusión a las entidades y ministerios de sus gobiernos involucrados "
        "en el proceso.\n\n"
        "Atentamente,\n{sender}",
        "Dear focal points,\n\n"
        "As focal points for the Regional Conference on Migration, please find attached the following "
        "documents {meeting:of}:\n\n"
        "{documents}\n\n"
        "We would be grateful if you would share them with the government entities and ministries "
        "involved in the process.\n\n"
        "Yours sincerely,\n{sender}",
    ),
    # the heading of the second language's version, in that language
    "mail.separator": ("— Versión en español —", "— English version —"),
}
