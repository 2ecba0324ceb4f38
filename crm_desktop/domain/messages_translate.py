"""Messages of the translation of negotiated documents (ES↔EN), in both languages."""

from __future__ import annotations

TRANSLATE_MESSAGES: dict[str, tuple[str, str]] = {
    "translate.lang.es": ("español", "Spanish"),
    "translate.lang.en": ("inglés", "English"),
    "translate.unknown_language": (
        "no se traduce a «{lang}»: los idiomas de trabajo de la CRM son el español y el inglés",
        "no translation into “{lang}”: the CRM's working languages are Spanish and English",
    ),
    "translate.same_language": (
        "el documento está redactado en {lang}: la traducción va al otro idioma",
        "the document is written in {lang}: the translation goes into the other language",
    ),
    "translate.not_translator": (
        "traducen los documentos la ST, la Presidencia Pro-Témpore o una delegación del Grupo de Redacción; "
        "{delegation} no forma parte de él en esta reunión",
        "documents are translated by the ST, the Pro-Tempore Presidency or a delegation of the drafting "
        "group; {delegation} is not part of it at this meeting",
    ),
    "translate.empty": ("la traducción está vacía", "the translation is empty"),
    "translate.too_long": (
        "la traducción de un párrafo no puede superar {n:plural:carácter:caracteres}",
        "a paragraph's translation cannot exceed {n:plural:character:characters}",
    ),
    "translate.heading_only": (
        "ese párrafo no tiene texto que traducir",
        "that paragraph has no text to translate",
    ),
    "translate.done": (
        "traducción al {lang} del párrafo {label} registrada ({state})",
        "{lang} translation of paragraph {label} recorded ({state})",
    ),
    "translate.state.translated": ("al día", "up to date"),
    "translate.state.outdated": ("desactualizada", "outdated"),
    "translate.state.missing": ("pendiente", "pending"),
    "translate.pending": ("Traducción pendiente", "Translation pending"),
    "translate.outdated_mark": (
        "(traducción desactualizada: el original cambió después)",
        "(translation outdated: the original changed since)",
    ),
    "translate.original": ("Original: {lang}", "Original: {lang}"),
    "translate.annex": ("Anexo: Decisiones", "Annex: Decisions"),
    "translate.status": (
        "traducción al {lang}: {translated} al día, {outdated:plural:desactualizado:desactualizados}, "
        "{missing:plural:pendiente:pendientes}",
        "{lang} translation: {translated} up to date, {outdated} outdated, {missing} missing",
    ),
}
