"""The bilingual message that accompanies documents sent to focal points.

The recipient's language comes first and the other language follows, so a message forwarded inside
a ministry reads well in either language.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.domain.grammar import fill
from crm_desktop.domain.vocabulary import text_lang

SUBJECT = {
    "es": "[CRM] {meeting}: documentos",
    "en": "[CRM] {meeting}: documents",
}

BODY = {
    "es": (
        "Estimado(a) {name}:\n\n"
        "En su calidad de punto focal de {country} ante la Conferencia Regional sobre Migración, le "
        "remitimos los siguientes documentos {meeting:of}:\n\n"
        "{documents}\n\n"
        "Le agradecemos asegurar su difusión a las entidades y ministerios de su gobierno involucrados "
        "en el proceso.\n\n"
        "Atentamente,\n{sender}"
    ),
    "en": (
        "Dear {name},\n\n"
        "As the focal point of {country} for the Regional Conference on Migration, please find attached "
        "the following documents {meeting:of}:\n\n"
        "{documents}\n\n"
        "We would be grateful if you would share them with the government entities and ministries "
        "involved in the process.\n\n"
        "Yours sincerely,\n{sender}"
    ),
}

SENDER = {"es": "Secretaría Técnica de la CRM", "en": "Technical Secretariat of the CRM"}
SEPARATOR = {"es": "— Versión en español —", "en": "— English version —"}


def render_message(
    lang: str,
    *,
    name: str,
    country: dict[str, str],
    meeting: str,
    documents: Sequence[dict[str, str]],
    sender: dict[str, str] | None = None,
) -> tuple[str, str]:
    """Subject (in ``lang``) and body (``lang`` first, then the other language).

    ``country``, ``sender`` and each document title are given in both languages: ``{"es": ..., "en": ...}``.
    """
    first = text_lang(lang)
    order = [first, *(code for code in ("es", "en") if code != first)]
    parts = []
    for code in order:
        listing = "\n".join(f"  • {d[code]}" for d in documents)
        params = {
            "name": name,
            "country": country[code],
            "meeting": meeting,
            "documents": listing,
            "sender": (sender or SENDER)[code],
        }
        parts.append(fill(BODY[code], code, params))
    body = f"{parts[0]}\n\n\n{SEPARATOR[order[1]]}\n\n{parts[1]}\n"
    return SUBJECT[first].format(meeting=meeting), body
