"""Messages of the bilingual records: English titles, institutions and places, agenda presenters."""

from __future__ import annotations

BILINGUAL_MESSAGES: dict[str, tuple[str, str]] = {
    "invalid.text_too_long": (
        "el texto tiene {length} caracteres; el máximo es {limit}",
        "the text is {length} characters long; the limit is {limit}",
    ),
    "invalid.text_control": (
        "el texto contiene caracteres de control",
        "the text contains control characters",
    ),
    "invalid.english_nothing": (
        "no se indicó ningún texto en inglés que registrar",
        "no English text was given to record",
    ),
    "noun.focal_point": ("el punto focal", "focal point"),
    # printed once by a document in English where a record has no English version
    "doc.english_missing": (
        "Algunos nombres figuran solo en español: no se ha registrado su versión en inglés.",
        "Some names are given in Spanish only: their English version has not been recorded.",
    ),
    "presenter.free_text": ("{text} (texto libre)", "{text} (free text)"),
    "semester.half1": ("primer semestre de {year}", "first half of {year}"),
    "semester.half2": ("segundo semestre de {year}", "second half of {year}"),
}
