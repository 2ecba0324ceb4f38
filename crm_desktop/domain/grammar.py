"""Plural forms and articles inside message templates, so a sentence agrees with what it names.

Templates ask for them with a format spec, in their own language's words:

- ``{n:plural:participante:participantes}`` -> "1 participante" / "3 participantes";
- ``{body:of}`` -> "del Grupo Regional…" / "de la Reunión…" (Spanish), "of the …" (English);
- ``{body:the}`` -> "el Grupo…" / "la Reunión…" / "the …".

The gender of a Spanish name is that of its head noun (its first word), which is how the CRM's bodies,
segments and documents are named ("Grupo", "Seminario" / "Reunión", "Red", "Conferencia").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


def in_lang(es: T, en: T, lang: str) -> T:
    """The Spanish or the English of a pair for ``lang``; a bilingual document's single-language parts
    are in Spanish, the CRM's working language. The one place that tells the two languages apart
    (with the message catalogue and the dates)."""
    return en if lang == "en" else es


# Head nouns whose gender the endings below would guess wrong.
_FEMININE = {"red", "mesa", "sesión", "reunión", "conferencia", "ceremonia", "clausura"}
_ORDINAL = re.compile(r"[IVXLCDM]+|\d+(\.[ºª°])?")
_MASCULINE = {"día", "mapa", "programa", "sistema", "tema", "plan"}


@runtime_checkable
class Renderable(Protocol):
    def render(self, lang: str = "es") -> str: ...


def feminine(name_es: str) -> bool:
    """Whether a Spanish name takes "la": by its head noun (first word)."""
    words = [w.strip('«»"“”(') for w in name_es.split()]
    # an ordinal before the noun does not decide ("XXXI Reunión", "1.ª Reunión")
    nouns = [w for w in words if w and not _ORDINAL.fullmatch(w)]
    head = (nouns or words or [""])[0].lower()
    if head in _FEMININE:
        return True
    if head in _MASCULINE:
        return False
    return head.endswith(("a", "ión", "dad", "tud", "ez"))


def quoted(text: str, lang: str) -> str:
    """ "«text»" in Spanish (and a bilingual document's running text), "“text”" in English."""
    return in_lang(f"«{text}»", f"“{text}”", lang)


def and_list(words: list[str], lang: str) -> str:
    """ "a, b y c" / "a, b and c"."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {in_lang('y', 'and', lang)} {words[-1]}"


def of_the(name: str, lang: str) -> str:
    if lang == "en":
        return f"of the {name}"
    return f"de la {name}" if feminine(name) else f"del {name}"


def the(name: str, lang: str) -> str:
    if lang == "en":
        return f"the {name}"
    return f"la {name}" if feminine(name) else f"el {name}"


class Param:
    """A message parameter rendered in ``lang`` that understands the grammar format specs."""

    __slots__ = ("lang", "value")

    def __init__(self, value: object, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __str__(self) -> str:
        return self.value.render(self.lang) if isinstance(self.value, Renderable) else str(self.value)

    def __format__(self, spec: str) -> str:
        if spec.startswith("plural:"):
            one, _, other = spec.removeprefix("plural:").partition(":")
            n = self.value
            return f"{n} {one if n == 1 else other}"
        if spec == "of":
            return of_the(str(self), self.lang)
        if spec == "the":
            return the(str(self), self.lang)
        if isinstance(self.value, Renderable):
            return format(str(self), spec)
        return format(self.value, spec)


def fill(template: str, lang: str, params: Mapping[str, object]) -> str:
    """``template`` with its parameters rendered in ``lang``."""
    return template.format(**{k: Param(v, lang) for k, v in params.items()})
