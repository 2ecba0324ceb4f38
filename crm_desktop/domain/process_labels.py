"""Bilingual labels of the between-meetings process's statuses and kinds, for views and reports.

One table, so the desktop views, the CLI and the PDFs name a status the same way in both languages.
"""

from __future__ import annotations

from crm_desktop.domain.grammar import in_lang

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "activity_status": {
        "planned": ("prevista", "planned"),
        "in_progress": ("en curso", "in progress"),
        "done": ("realizada", "done"),
        "cancelled": ("cancelada", "cancelled"),
    },
    "standing": {
        "done": ("realizada", "done"),
        "delayed": ("retrasada", "delayed"),
        "pending": ("pendiente", "pending"),
        "cancelled": ("cancelada", "cancelled"),
    },
    "follow_up_status": {
        "open": ("abierta", "open"),
        "in_progress": ("en curso", "in progress"),
        "done": ("cumplida", "done"),
        "dropped": ("descartada", "dropped"),
    },
    "work_plan_status": {
        "draft": ("borrador", "draft"),
        "submitted": ("presentado al GRCM", "submitted to the GRCM"),
        "approved": ("aprobado por el GRCM", "approved by the GRCM"),
    },
    "work_plan_action_status": {
        "planned": ("prevista", "planned"),
        "in_progress": ("en curso", "in progress"),
        "done": ("realizada", "done"),
        "cancelled": ("cancelada", "cancelled"),
    },
    "logistics_status": {
        "pending": ("pendiente", "pending"),
        "contracted": ("contratado", "contracted"),
        "delivered": ("prestado", "delivered"),
        "cancelled": ("cancelado", "cancelled"),
    },
    "quality": {
        "ok": ("conforme", "satisfactory"),
        "deficient": ("deficiente", "deficient"),
    },
    "bearer": {
        "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
        "st": ("Secretaría Técnica", "Technical Secretariat"),
    },
}


def label(category: str, key: str, lang: str) -> str:
    """The label of ``key`` in ``category``; an unknown key is shown as it is rather than hidden."""
    es, en = LABELS.get(category, {}).get(key, (key, key))
    return in_lang(es, en, lang)
