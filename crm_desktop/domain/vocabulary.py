"""The names of states as they appear inside sentences, in the user's language."""

from __future__ import annotations

import errno

from crm_desktop.domain.messages import CATALOGUE, Bilingual, Message, msg
from crm_desktop.domain.process_labels import LABELS


def state(category: str, value: str) -> Message | Bilingual:
    """The name of ``value`` in ``category`` ("meeting", "agenda", "paragraph" or a process label
    category such as "work_plan_status"); an unknown value is shown as it is rather than hidden."""
    code = f"state.{category}.{value}"
    if code in CATALOGUE:
        return msg(code)
    es, en = LABELS.get(category, {}).get(value, (value, value))
    return Bilingual(es, en)


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
    return en if lang == "en" else es
