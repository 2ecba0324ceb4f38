"""The names of states as they appear inside sentences, in the user's language."""

from __future__ import annotations

import errno

from crm_desktop.domain.grammar import in_lang as in_lang
from crm_desktop.domain.messages import CATALOGUE, Bilingual, Message, msg
from crm_desktop.domain.messages_labels import VOCABULARY as VOCABULARY
from crm_desktop.domain.process_labels import LABELS


def state(category: str, value: str) -> Message | Bilingual:
    """The name of ``value`` in ``category`` ("meeting", "agenda", "paragraph" or a process label
    category such as "work_plan_status"); an unknown value is shown as it is rather than hidden."""
    code = f"state.{category}.{value}"
    if code in CATALOGUE:
        return msg(code)
    es, en = LABELS.get(category, {}).get(value, (value, value))
    return Bilingual(es, en)


def label(category: str, code: str) -> Bilingual:
    """The names of ``code`` in ``category`` (:data:`VOCABULARY`: "meeting_status", "role", "audience"…)
    in both languages; an unknown code is shown as it is rather than hidden."""
    es, en = VOCABULARY.get(category, {}).get(code, (code, code))
    return Bilingual(es, en)


def name(category: str, code: str, lang: str) -> str:
    """The name of ``code`` in ``lang`` ("bilingual": "Spanish / English", one of them when equal)."""
    pair = label(category, code)
    return both(pair.es, pair.en, lang)


_FILE_REASONS = {
    errno.ENOENT: "file.not_found",
    errno.EACCES: "file.denied",
    errno.EPERM: "file.denied",
    errno.EISDIR: "file.is_dir",
    errno.ENOTDIR: "file.not_dir",
    errno.EEXIST: "file.exists",
    errno.ENOSPC: "file.no_space",
}


def os_reason(exc: OSError) -> Message:
    """Why a file could not be used, in the user's language (the system's ``strerror`` is in its own)."""
    code = _FILE_REASONS.get(exc.errno or 0)
    return msg(code) if code else msg("file.other", errno=exc.errno)


# The names of the codes people read, as documents, mail, the command line and messages print them
# (Spanish, English): one table per kind of code. Widgets label the same codes through Qt's
# translations (``ui.labels``); a document never prints a stored code.
# Units of the Plan of Action's indicators, typed once (in Spanish, as the demo and most users do) but
# printed in the document's language; a unit not listed is a record and is printed as typed.
UNITS: dict[str, tuple[str, str]] = {
    "personas": ("personas", "people"),
    "países": ("países", "countries"),
    "funcionarios": ("funcionarios", "officials"),
    "actividades": ("actividades", "activities"),
    "documentos": ("documentos", "documents"),
    "instituciones": ("instituciones", "institutions"),
    "porcentaje": ("porcentaje", "percentage"),
    "días": ("días", "days"),
    "acuerdos": ("acuerdos", "agreements"),
    "%": ("%", "%"),
}
_UNIT_KEYS = {name.casefold(): key for key, pair in UNITS.items() for name in pair}


def unit_name(unit: str, lang: str) -> str:
    """An indicator's unit in ``lang`` ("personas" -> "people"), whichever language it was typed in."""
    key = _UNIT_KEYS.get(unit.strip().casefold())
    if key is None:
        return unit
    es, en = UNITS[key]
    return in_lang(es, en, lang)


def both(es: str, en: str, lang: str) -> str:
    """A name in ``lang``; "bilingual": "Spanish / English" (one of them when they are the same)."""
    if lang == "bilingual":
        return es if es == en else f"{es} / {en}"
    return in_lang(es, en, lang)


def pick(es: str | None, en: str | None, lang: str) -> tuple[str, bool]:
    """A record typed in Spanish and perhaps in English, in ``lang`` ("bilingual": both when they
    differ), and whether the English was needed but missing (the Spanish is printed instead, and the
    document says so once: see ``domain.bilingual``)."""
    es, en = (es or "").strip(), (en or "").strip()
    if lang == "en":
        return (en, False) if en else (es, bool(es))
    if lang == "bilingual" and en and en != es:
        return f"{es} / {en}", False
    return (es or en), False


def text_lang(lang: str) -> str:
    """The language of running text: a bilingual document writes its single-language parts in Spanish."""
    return in_lang("es", "en", lang)
