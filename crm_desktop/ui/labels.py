"""Translated labels for stored codes (statuses, entities) and locale-aware dates.

Stored values are language-neutral codes; this module is where they become words, so a language
switch re-labels everything that calls it again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from crm_desktop.domain import dates, zones


def meeting_status(code: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("Labels", "Planificada"),
        "convened": QCoreApplication.translate("Labels", "Convocada"),
        "held": QCoreApplication.translate("Labels", "Celebrada"),
        "closed": QCoreApplication.translate("Labels", "Concluida"),  # finished, not "closed-door"
        "cancelled": QCoreApplication.translate("Labels", "Cancelada"),
    }
    return labels.get(code, code)


def overdue(code: str, end: datetime | date) -> bool:
    """A meeting whose last day is over but whose status still says it is to come (planned, convened)."""
    last = end.date() if isinstance(end, datetime) else end
    return code in ("planned", "convened") and last < date.today()


def meeting_status_now(code: str, end: datetime | date) -> str:
    """The status as a list shows it: a meeting that is over but not recorded as held asks to be closed."""
    if overdue(code, end):
        return QCoreApplication.translate("Labels", "Terminada — por cerrar")
    return meeting_status(code)


def status_action(code: str) -> str:
    """The button that moves a meeting to status ``code``."""
    labels = {
        "planned": QCoreApplication.translate("Labels", "Volver a planificada"),
        "convened": QCoreApplication.translate("Labels", "Convocar"),
        "held": QCoreApplication.translate("Labels", "Marcar como celebrada"),
        "closed": QCoreApplication.translate("Labels", "Dar por concluida"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelar la reunión"),
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


def ui_lang() -> str:
    """The interface's language, from the locale the translations set (:mod:`crm_desktop.ui.i18n`)."""
    return "en" if QLocale().language() == QLocale.Language.English else "es"


def number_locale() -> QLocale:
    """The locale of numbers in editors: "12,500.00" in both languages, as the tables write them
    (:mod:`crm_desktop.domain.numbers`): Mexico's Spanish, the United States' English."""
    if ui_lang() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)


def short_date(d: date | datetime) -> str:
    """ "18 nov 2026" / "18 Nov 2026": the month in letters, never 7/12/2026 read two ways."""
    return dates.short_date(d, ui_lang())


def meeting_choice(meeting: dict[str, Any]) -> str:
    """A meeting in a chooser: "18 nov 2026 — XXXI Reunión…", the date in words, never 2026-11-18."""
    return f"{dates.short_when(str(meeting['start'])[:10], ui_lang())} — {meeting['title']}"


def long_date(d: date | datetime) -> str:
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def date_range(start: datetime, end: datetime) -> str:
    return dates.short_range(start, end, ui_lang())


def meeting_times(start: datetime, end: datetime, zone: str | None, city: str | None) -> str:
    """ "17–18 Mar 2026, 9:00 AM – 6:00 PM, San José time (UTC−6)": the zone in the meeting's terms."""
    named = zones.zone_name(zone, start.date(), ui_lang(), city)
    return ", ".join(x for x in (date_range(start, end), time_range(start, end), named) if x)


def time_range(start: datetime, end: datetime) -> str:
    loc = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    first, last = (QTime(t.hour, t.minute, t.second) for t in (start, end))
    return f"{loc.toString(first, fmt)} – {loc.toString(last, fmt)}"


def item_kind(code: str) -> str:
    names = {
        "information": QCoreApplication.translate("Labels", "Información"),
        "discussion": QCoreApplication.translate("Labels", "Debate"),
        "decision": QCoreApplication.translate("Labels", "Decisión"),
    }
    return names.get(code, code)


def audience(code: str) -> str:
    names = {
        "public": QCoreApplication.translate("Labels", "Pública"),
        "members": QCoreApplication.translate("Labels", "Países Miembros"),
        "closed_door": QCoreApplication.translate("Labels", "Puerta cerrada"),
        "secretariat": QCoreApplication.translate("Labels", "Secretaría Técnica"),
    }
    return names.get(code, code)


def category(code: str) -> str:
    names = {
        "member_country": QCoreApplication.translate("Labels", "País Miembro"),
        "observer_country": QCoreApplication.translate("Labels", "País observador"),
        "observer_org": QCoreApplication.translate("Labels", "Organismo observador"),
        "civil_society": QCoreApplication.translate("Labels", "Sociedad civil (RROCM)"),
        "secretariat": QCoreApplication.translate("Labels", "Secretaría Técnica"),
        "guest": QCoreApplication.translate("Labels", "Invitado(a)"),
    }
    return names.get(code, code)


def role(code: str) -> str:
    names = {
        "vice_minister": QCoreApplication.translate("Labels", "Viceministro(a)"),
        "high_level_official": QCoreApplication.translate("Labels", "Funcionario(a) de alto nivel"),
        "director_migration": QCoreApplication.translate("Labels", "Director(a) de Migración"),
        "liaison_trafficking": QCoreApplication.translate("Labels", "Enlace Red Trata y Tráfico"),
        "liaison_consular": QCoreApplication.translate("Labels", "Enlace Red Protección Consular"),
        "focal_point": QCoreApplication.translate("Labels", "Punto focal"),
        "delegate": QCoreApplication.translate("Labels", "Delegado(a)"),
        "st_coordinator": QCoreApplication.translate("Labels", "Coordinador(a) de la ST"),
        "st_it_specialist": QCoreApplication.translate("Labels", "Especialista TI de la ST"),
        "st_assistant": QCoreApplication.translate("Labels", "Asistente de la ST"),
        "ppt_staff": QCoreApplication.translate("Labels", "Personal de la PPT"),
        "rrocm_representative": QCoreApplication.translate("Labels", "Representante RROCM"),
        "observer_delegate": QCoreApplication.translate("Labels", "Delegado(a) observador(a)"),
    }
    return names.get(code, code)


def roles(codes: list[str] | tuple[str, ...]) -> str:
    return ", ".join(role(c) for c in codes)


def segment(code: str) -> str:
    names = {
        "plenary": QCoreApplication.translate("Labels", "Plenaria"),
        "closed_door": QCoreApplication.translate("Labels", "Puerta cerrada"),
    }
    return names.get(code, code)


def act_kind(code: str) -> str:
    names = {
        "invitation": QCoreApplication.translate("Labels", "Invitación"),
        "ppt_authorisation": QCoreApplication.translate("Labels", "Autorización de la PPT"),
        "consecutive_term": QCoreApplication.translate("Labels", "Segundo año consecutivo de la PPT (consenso)"),
    }
    return names.get(code, code)


def capability(code: str) -> str:
    names = {
        "open_discussion": QCoreApplication.translate("Labels", "Discusiones abiertas"),
        "agenda_items": QCoreApplication.translate("Labels", "Puntos de agenda"),
        "decisions": QCoreApplication.translate("Labels", "Toma de decisiones"),
        "drafting": QCoreApplication.translate("Labels", "Elaboración de documentos"),
    }
    return names.get(code, code)


def minutes(total: int) -> str:
    """A duration as people say it: "45 min", "1 h 30 min"."""
    h, m = divmod(total, 60)
    if h and m:
        return QCoreApplication.translate("Labels", "%1 h %2 min").replace("%1", str(h)).replace("%2", str(m))
    if h:
        return QCoreApplication.translate("Labels", "%1 h").replace("%1", str(h))
    return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(m))
