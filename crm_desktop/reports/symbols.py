"""Document symbols ("CRM/VM/XXXI/AGENDA", "CRM/GRCM/2026-03-17/RECOM/Rev.2") and file names.

A symbol identifies a document in every language: the body, the meeting (its ordinal, else its
start date), the document kind, and the revision of a negotiated text.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

BODY_CODES = {
    "viceministers": "VM",
    "grcm": "GRCM",
    "network_trafficking": "RTT",
    "network_consular": "RPC",
    "seminar": "SEM",
}

KIND_CODES = {
    "agenda": "AGENDA",
    "participants": "PART",
    "declaration": "DECL",
    "conclusions": "CONCL",
    "recommendations": "RECOM",
    "network-report": "INF",
    "compilation": "COMP",
    "dossier": "EXP",
}


def meeting_code(body_key: str, ordinal: str | None, start: datetime) -> str:
    body = BODY_CODES.get(body_key, body_key.upper().replace("_", "-"))
    return f"CRM/{body}/{ordinal or start.date().isoformat()}"


def document_symbol(
    body_key: str, ordinal: str | None, start: datetime, kind: str, *, segment: str = "plenary", revision: int = 0
) -> str:
    symbol = f"{meeting_code(body_key, ordinal, start)}/{KIND_CODES.get(kind, kind.upper())}"
    if segment == "closed_door":
        symbol += "/CD"
    if revision:
        symbol += f"/Rev.{revision}"
    return symbol


def calendar_symbol(year: int) -> str:
    return f"CRM/CAL/{year}"


def file_name(symbol: str, lang: str) -> str:
    """A portable file name for a symbol: "CRM-VM-XXXI-AGENDA-es.pdf"."""
    ascii_ = unicodedata.normalize("NFKD", symbol).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9.]+", "-", ascii_).strip("-")
    return f"{stem}-{lang}.pdf"
