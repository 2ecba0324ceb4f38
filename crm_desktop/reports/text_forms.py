"""The fixed wording around a negotiated text, as the CRM's documents are written: the opening
paragraph (who adopts, where, when), the operative verb ("ACUERDAN:" / "DECLARAN:"), the italic
opening words of preambular paragraphs, and the adoption line ("Adoptada en San José, Costa Rica,
el 19 de noviembre de 2026.").

Spanish and English are written separately (never one language's words in the other's text).
"""

from __future__ import annotations

import re

from crm_desktop.domain.grammar import feminine, of_the
from crm_desktop.reports.data import MeetingHeader, NegotiatedDoc, Segment, TextParagraph
from crm_desktop.reports.labels import format_date, format_range

# kinds whose text a body adopts: they get the opening paragraph, the verb and the adoption line
ADOPTED_KINDS = ("declaration", "conclusions", "recommendations", "network-report")

_GERUND = re.compile(
    r"^(\s*)((?:Tomando|Teniendo) (?:nota|en cuenta|presente)|Taking note|Bearing in mind|"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ando|iendo|endo)|[A-Z][a-z]+ing)\b"
)
_INFINITIVE = re.compile(r"^\s*[A-ZÁÉÍÓÚÑa-záéíóúñ]+(?:ar|er|ir)(?:se|le|les)?\b")


def place(meeting: MeetingHeader, lang: str) -> str:
    country = meeting.country_en if lang == "en" else meeting.country_es
    return ", ".join(x for x in (meeting.city, country) if x)


def _article(body_es: str) -> str:
    """ "la Red...", "el Grupo...": the body's article in Spanish."""
    return "la" if feminine(body_es) else "el"


def _days_es(meeting: MeetingHeader) -> str:
    days = format_range(meeting.start, meeting.end, "es")
    return f"el {days}" if meeting.start.date() == meeting.end.date() else f"los días {days}"


def opening(doc: NegotiatedDoc, lang: str, *, operative: bool) -> str:
    """The opening paragraph of a document that has no preamble of its own ("" when none applies).

    ``operative``: operative paragraphs follow (the opening ends with a comma and the verb comes);
    else the body adopts what the annex sets out.
    """
    m = doc.meeting
    if doc.kind not in ("declaration", "conclusions", "recommendations"):
        return ""
    if lang == "en":
        where = f"meeting in {place(m, 'en')} on {format_range(m.start, m.end, 'en')}"
        who = (
            "The Vice-Ministers and Under-Secretaries of the member countries of the Regional Conference on Migration"
            if doc.kind == "declaration"
            else f"The {m.body_en}"
        )
        end = "," if operative else ", adopt the Decisions set out in the annex."
        return f"{who}, {where} on the occasion of the {m.title_in('en')}{end}"
    who = (
        "Los Viceministros(as) y Subsecretarios(as) de los Países Miembros de la Conferencia Regional sobre Migración"
        if doc.kind == "declaration"
        else f"{_article(m.body_es).capitalize()} {m.body_es}"
    )
    met = "reunidos" if doc.kind == "declaration" else "reunida" if _article(m.body_es) == "la" else "reunido"
    end = "," if operative else ", adoptan las Decisiones que figuran en el anexo."
    return f"{who}, {met} en {place(m, 'es')} {_days_es(m)} con ocasión {of_the(m.title, 'es')}{end}"


def operative_verb(doc: NegotiatedDoc, first: TextParagraph | None, lang: str) -> str:
    """The verb that introduces the operative paragraphs ("" for a report, which has none).

    A Declaration whose operative paragraphs open with an infinitive ("Reafirmar...") says what
    the Vice-Ministers agree to: "ACUERDAN:"; one whose paragraphs are statements, "DECLARAN:".
    """
    if doc.kind == "conclusions":
        return "CONCLUDES:" if lang == "en" else "CONCLUYE:"
    if doc.kind == "recommendations":
        return "RECOMMENDS to the Vice-Ministers:" if lang == "en" else "RECOMIENDA a los Viceministros(as):"
    if doc.kind != "declaration":
        return ""
    text = "".join(s.text for s in first.segments) if first is not None else ""
    agree = bool(_INFINITIVE.match(text)) or not text
    if lang == "en":
        return "AGREE:" if agree else "DECLARE:"
    return "ACUERDAN:" if agree else "DECLARAN:"


def adoption_line(doc: NegotiatedDoc, lang: str) -> str:
    """ "Adoptada en San José, Costa Rica, el 19 de noviembre de 2026." ("" before adoption)."""
    if doc.adopted_on is None or doc.kind not in ADOPTED_KINDS:
        return ""
    m = doc.meeting
    where = place(m, lang)
    if lang == "en":
        by = "" if doc.kind == "declaration" else f" by the {m.body_en}"
        at = f" in {where}" if where else ""
        return f"Adopted{by}{at} on {format_date(doc.adopted_on, 'en')}."
    participle = {"declaration": "Adoptada", "network-report": "Adoptado"}.get(doc.kind, "Adoptadas")
    by = "" if doc.kind == "declaration" else f" por {_article(m.body_es)} {m.body_es}"
    at = f" en {where}," if where else ""
    return f"{participle}{by}{at} el {format_date(doc.adopted_on, 'es')}."


def split_opening(segments: tuple[Segment, ...]) -> tuple[str, tuple[Segment, ...]]:
    """The opening words of a preambular paragraph ("Reconociendo", "Taking note") and the rest."""
    if not segments or segments[0].change or segments[0].bracketed:
        return "", segments
    first = segments[0]
    m = _GERUND.match(first.text)
    if m is None:
        return "", segments
    rest = Segment(first.text[m.end() :], first.change, first.by, first.bracketed)
    return m.group(1) + m.group(2), (rest, *segments[1:])
