"""The fixed wording around a negotiated text (reports/text_forms.py): the opening paragraph, the
operative verb and the adoption line, each language written on its own. Merged into
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
}
