"""Document symbols ("CRM/VM/XXXI/AGENDA", "CRM/GRCM/2026-03-17/RECOM/Rev.2") and file names.

The one scheme every producer uses: reports, negotiated texts (drafting), mail attachments and
file names. A symbol identifies a document in every language, as in intergovernmental practice:
the body, the meeting (its ordinal, else its start date), the document kind, "CD" for the
closed-door segment, and the revision of a negotiated text. The language is never part of the
symbol (the Spanish and English editions of a text share it); it is part of the file name.
Documents that belong to no meeting carry their issuer and period instead ("CRM/ST/CONTRIB/2026").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from crm_desktop.domain.model import Segment

BODY_CODES = {
    "viceministers": "VM",
    "grcm": "GRCM",
    "network_trafficking": "RTT",
    "network_consular": "RPC",
    "seminar": "SEM",
}

# Report kinds and negotiated-text types (``drafting.structure.DocType``, "_" read as "-").
KIND_CODES = {
    "agenda": "AGENDA",
    "participants": "PART",
    "declaration": "DECL",
    "conclusions": "CONCL",
    "recommendations": "RECOM",
    "network-report": "INF",
    "work-plan": "PLAN",
    "compilation": "COMP",
    "dossier": "EXP",
    # documents of no meeting: issuer-series kinds
    "calendar": "CAL",
    "contributions": "CONTRIB",
    "handover": "TRASPASO",
    "progress": "INF-PA",
}


def _kind_code(kind: str) -> str:
    key = kind.replace("_", "-")
    return KIND_CODES.get(key, key.upper())


def meeting_code(body_key: str, ordinal: str | None, start: datetime) -> str:
    body = BODY_CODES.get(body_key, body_key.upper().replace("_", "-"))
    return f"CRM/{body}/{ordinal or start.date().isoformat()}"


def document_symbol(
    body_key: str, ordinal: str | None, start: datetime, kind: str, *, segment: str = "plenary", revision: int = 0
) -> str:
    symbol = f"{meeting_code(body_key, ordinal, start)}/{_kind_code(kind)}"
    if segment == Segment.CLOSED_DOOR:
        symbol += "/CD"
    if revision:
        symbol += f"/Rev.{revision}"
    return symbol


def series_symbol(kind: str, period: str | int, *, issuer: str | None = None) -> str:
    """A document of no meeting: "CRM/ST/CONTRIB/2026", "CRM/CAL/2026"."""
    return "/".join(["CRM", *([issuer] if issuer else []), _kind_code(kind), str(period)])


def calendar_symbol(year: int) -> str:
    return series_symbol("calendar", year)


def file_name(symbol: str, lang: str, extension: str = "pdf") -> str:
    """A portable file name for a symbol: "CRM-VM-XXXI-AGENDA-es.pdf"."""
    ascii_ = unicodedata.normalize("NFKD", symbol).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9.]+", "-", ascii_).strip("-")
    return f"{stem}-{lang}.{extension}"
