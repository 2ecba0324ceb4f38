"""Translated names of the domain's codes (statuses, kinds, audiences, categories, roles, segments).

Kept in one place so every view names a thing the same way. Each function translates at call time,
so a language switch followed by a retranslate shows the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def agenda_status(code: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Labels", "Borrador"),
        "preliminary": QCoreApplication.translate("Labels", "Preliminar"),
        "adopted": QCoreApplication.translate("Labels", "Adoptada"),
    }
    return names.get(code, code)


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
