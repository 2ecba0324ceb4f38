"""Translations of negotiated documents: who may record one, and whether it still fits its original.

The CRM works in Spanish and English, and the Technical Secretariat pays for the translation
ES↔EN (seed, E: the ST "Cubre los costos asociados a los servicios de sonido, interpretación y
traducción español-ingles-español"). Each paragraph of a negotiated document is written in the
document's language; its translation into the other language is recorded with the digest of the
original wording it was made from. When the original changes afterwards, the translation is
*outdated* (and the words that changed since are shown to the translator); a paragraph without a
translation is *missing*. Pure: no Qt, no database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain.drafting_rules import DocumentFacts, Drafter, may_see
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience, Category
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse

LANGUAGES = ("es", "en")
MAX_TEXT = 20_000  # characters of one translated paragraph (a paragraph, not a book)


class TranslationState(StrEnum):
    TRANSLATED = "translated"
    OUTDATED = "outdated"
    MISSING = "missing"


def other_language(lang: str) -> str:
    """The language a text written in ``lang`` is translated into (ES↔EN)."""
    return "en" if lang == "es" else "es"


def translation_id(paragraph_id: str, lang: str) -> str:
    """One translation per paragraph and language: its id says which (the row is merged field by field)."""
    return f"{paragraph_id}:{lang}"


def digest(text: str) -> str:
    """The fingerprint of an original wording, recorded with the translation made from it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def state(original: str, source_digest: str | None, translation: str | None) -> TranslationState:
    if not translation or not translation.strip():
        return TranslationState.MISSING
    return TranslationState.TRANSLATED if source_digest == digest(original) else TranslationState.OUTDATED


@dataclass(frozen=True, slots=True)
class Counts:
    """How many paragraphs of a document are translated, outdated or missing in one language."""

    translated: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.outdated + self.missing


def counts(states: Iterable[TranslationState]) -> Counts:
    seen = list(states)
    return Counts(
        seen.count(TranslationState.TRANSLATED),
        seen.count(TranslationState.OUTDATED),
        seen.count(TranslationState.MISSING),
    )


def target_language(document_language: str, lang: str) -> Verdict:
    """A translation goes into the other working language of the CRM, never into the original's."""
    if lang not in LANGUAGES:
        return refuse(msg("translate.unknown_language", lang=lang[:8]))
    if lang == document_language:
        return refuse(msg("translate.same_language", lang=msg(f"translate.lang.{lang}")))
    return ALLOWED


def may_translate(d: Drafter, doc: DocumentFacts) -> Verdict:
    """The ST (whose translators the CRM pays for), the Presidency, or a delegation drafting the
    document records a translation; an adopted text is translated too, since the translation does
    not change its wording.

    Seed, E: the ST "Prepara agendas, ponencias, documentos e informes" and "Cubre los costos
    asociados a los servicios de [...] traducción español-ingles-español". Seed, B: the PPT
    "Encabeza los Grupos de Redacción", the group that "se encarga de redactar los documentos".
    """
    seen = may_see(d, doc)
    if not seen.allowed:
        return seen
    if doc.audience == Audience.CLOSED_DOOR:
        if d.who.category in (Category.MEMBER_COUNTRY, Category.SECRETARIAT) and d.closed_door:
            return ALLOWED
        return refuse(msg("draft.closed_door_only"))
    if d.is_st or d.is_ppt or d.drafting_member:
        return ALLOWED
    return refuse(msg("translate.not_translator", delegation=d.delegation))


def text_fits(text: str) -> Verdict:
    if not text.strip():
        return refuse(msg("translate.empty"))
    if len(text) > MAX_TEXT:
        return refuse(msg("translate.too_long", n=MAX_TEXT))
    return ALLOWED
