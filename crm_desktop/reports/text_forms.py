"""The fixed wording around a negotiated text, as the CRM's documents are written: the opening
paragraph (who adopts, where, when), the operative verb ("ACUERDAN:" / "DECLARAN:"), the italic
opening words of preambular paragraphs, and the adoption line ("Adoptada en San José, Costa Rica,
el 19 de noviembre de 2026.").

Spanish and English are written separately (never one language's words in the other's text), in the
message catalogue (``domain/messages_textvocab.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_desktop.domain.grammar import feminine, in_lang
from crm_desktop.domain.messages import Bilingual, msg
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
    country = in_lang(meeting.country_es, meeting.country_en, lang)
    return ", ".join(x for x in (meeting.city, country) if x)


def _both(render: Callable[[str], str]) -> Bilingual:
    """A parameter written in each language by ``render``."""
    return Bilingual(render("es"), render("en"))


def opening(doc: NegotiatedDoc, lang: str, *, operative: bool) -> str:
    """The opening paragraph of a document that has no preamble of its own ("" when none applies).

    ``operative``: operative paragraphs follow (the opening ends with a comma and the verb comes);
    else the body adopts what the annex sets out.
    """
    m = doc.meeting
    if doc.kind not in ("declaration", "conclusions", "recommendations"):
        return ""
    one_day = m.start.date() == m.end.date()
    days = msg(
        "textform.opening.one_day" if one_day else "textform.opening.days",
        days=_both(lambda lg: format_range(m.start, m.end, lg)),
    )
    if doc.kind == "declaration":
        code = "textform.opening.declaration"
    else:
        code = "textform.opening.body_feminine" if feminine(m.body_es) else "textform.opening.body_masculine"
    return msg(
        code,
        body=Bilingual(m.body_es, m.body_en),
        place=_both(lambda lg: place(m, lg)),
        days=days,
        title=Bilingual(m.title, m.title_in("en")),
        end="," if operative else msg("textform.opening.annex"),
    ).render(lang)


def operative_verb(doc: NegotiatedDoc, first: TextParagraph | None, lang: str) -> str:
    """The verb that introduces the operative paragraphs ("" for a report, which has none).

    A Declaration whose operative paragraphs open with an infinitive ("Reafirmar...") says what
    the Vice-Ministers agree to: "ACUERDAN:"; one whose paragraphs are statements, "DECLARAN:".
    """
    if doc.kind in ("conclusions", "recommendations"):
        return msg(f"textform.verb.{doc.kind}").render(lang)
    if doc.kind != "declaration":
        return ""
    text = "".join(s.text for s in first.segments) if first is not None else ""
    agree = bool(_INFINITIVE.match(text)) or not text
    return msg("textform.verb.agree" if agree else "textform.verb.declare").render(lang)


def adoption_line(doc: NegotiatedDoc, lang: str) -> str:
    """ "Adoptada en San José, Costa Rica, el 19 de noviembre de 2026." ("" before adoption)."""
    adopted_on = doc.adopted_on
    if adopted_on is None or doc.kind not in ADOPTED_KINDS:
        return ""
    m = doc.meeting
    where = place(m, lang)
    kind = {"declaration": "declaration", "network-report": "network_report"}.get(doc.kind, "other")
    return msg(
        f"textform.adopted.{kind}",
        body=Bilingual(m.body_es, m.body_en),
        at=msg("textform.adopted.at", place=where) if where else "",
        date=_both(lambda lg: format_date(adopted_on, lg)),
    ).render(lang)


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
