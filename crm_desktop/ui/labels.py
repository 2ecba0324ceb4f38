"""Translated labels for stored codes (statuses, entities) and locale-aware dates.

Stored values are language-neutral codes; this module is where they become words, so a language
switch re-labels everything that calls it again.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def meeting_status(code: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("Labels", "Planificada"),
        "convened": QCoreApplication.translate("Labels", "Convocada"),
        "held": QCoreApplication.translate("Labels", "Celebrada"),
        "closed": QCoreApplication.translate("Labels", "Cerrada"),
    }
    return labels.get(code, code)


def status_action(code: str) -> str:
    """The button that moves a meeting to status ``code``."""
    labels = {
        "planned": QCoreApplication.translate("Labels", "Volver a planificada"),
        "convened": QCoreApplication.translate("Labels", "Convocar"),
        "held": QCoreApplication.translate("Labels", "Marcar como celebrada"),
        "closed": QCoreApplication.translate("Labels", "Cerrar la reunión"),
    }
    return labels.get(code, code)


def agenda_status(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Borrador"),
        "preliminary": QCoreApplication.translate("Labels", "Preliminar"),
        "adopted": QCoreApplication.translate("Labels", "Adoptada"),
    }
    return labels.get(code, code)


def document_status(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "En negociación"),
        "silence": QCoreApplication.translate("Labels", "En procedimiento de silencio"),
        "adopted": QCoreApplication.translate("Labels", "Adoptado"),
    }
    return labels.get(code, code)


def decision_kind(code: str) -> str:
    labels = {
        "decision": QCoreApplication.translate("Labels", "Decisión"),
        "recommendation": QCoreApplication.translate("Labels", "Recomendación"),
        "conclusion": QCoreApplication.translate("Labels", "Conclusión"),
    }
    return labels.get(code, code)


def entity(code: str) -> str:
    labels = {
        "meetings": QCoreApplication.translate("Labels", "Reunión"),
        "people": QCoreApplication.translate("Labels", "Persona"),
        "agenda_items": QCoreApplication.translate("Labels", "Punto de agenda"),
        "decisions": QCoreApplication.translate("Labels", "Decisión"),
    }
    return labels.get(code, code)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def short_date_format() -> str:
    """The locale's short date format with a four-digit year: the record spans decades."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def short_date(d: date | datetime) -> str:
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(qdate(day), short_date_format())


def long_date(d: date | datetime) -> str:
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def date_range(start: datetime, end: datetime) -> str:
    if start.date() == end.date():
        return short_date(start)
    return f"{short_date(start)} – {short_date(end)}"


def time_range(start: datetime, end: datetime) -> str:
    loc = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    return f"{loc.toString(start.time(), fmt)} – {loc.toString(end.time(), fmt)}"
