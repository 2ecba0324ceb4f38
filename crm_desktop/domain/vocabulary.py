"""The names of states as they appear inside sentences, in the user's language."""

from __future__ import annotations

import errno

from crm_desktop.domain.grammar import in_lang as in_lang
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


# The names of the codes people read, as documents, mail, the command line and messages print them
# (Spanish, English): one table per kind of code. Widgets label the same codes through Qt's
# translations (``ui.labels``); a document never prints a stored code.
VOCABULARY: dict[str, dict[str, tuple[str, str]]] = {
    "meeting_status": {
        "planned": ("Prevista", "Planned"),
        "convened": ("Convocada", "Convened"),
        "held": ("Celebrada", "Held"),
        "closed": ("Concluida", "Concluded"),
        "cancelled": ("Cancelada", "Cancelled"),
    },
    "agenda_status": {
        "draft": ("Borrador", "Draft"),
        "preliminary": ("Preliminar", "Preliminary"),
        "adopted": ("Adoptada", "Adopted"),
    },
    "document_status": {
        "draft": ("En negociación", "Under negotiation"),
        "silence": ("En procedimiento de silencio", "Under silence procedure"),
        "adopted": ("Adoptado", "Adopted"),
    },
    "item_kind": {
        "information": ("Informativo", "Information"),
        "discussion": ("Deliberación", "Discussion"),
        "decision": ("Decisión", "Decision"),
    },
    "decision_kind": {
        "decision": ("Decisión", "Decision"),
        "recommendation": ("Recomendación", "Recommendation"),
        "conclusion": ("Conclusión", "Conclusion"),
    },
    "audience": {
        "public": ("Pública", "Public"),
        "members": ("Países Miembros", "Member countries"),
        "closed_door": ("Puerta cerrada", "Closed-door"),
        "secretariat": ("Secretaría Técnica", "Technical Secretariat"),
    },
    "segment": {
        "plenary": ("Plenaria", "Plenary"),
        "closed_door": ("Puerta cerrada", "Closed-door meeting"),
    },
    "category": {
        "member_country": ("País Miembro", "Member country"),
        "observer_country": ("País observador", "Observer country"),
        "observer_org": ("Organismo observador", "Observer organisation"),
        "civil_society": ("Sociedad civil (RROCM)", "Civil society (RROCM)"),
        "secretariat": ("Secretaría Técnica", "Technical Secretariat"),
        "guest": ("Invitado(a)", "Guest"),
    },
    "role": {
        "vice_minister": ("Viceministro(a)", "Vice-Minister"),
        "high_level_official": ("Funcionario(a) de alto nivel", "High-level official"),
        "director_migration": ("Director(a) de Migración", "Director of Migration"),
        "liaison_trafficking": ("Enlace de la Red de Trata y Tráfico", "Trafficking Network liaison officer"),
        "liaison_consular": ("Enlace de la Red de Protección Consular", "Consular Protection Network liaison officer"),
        "focal_point": ("Punto focal", "Focal point"),
        "delegate": ("Delegado(a)", "Delegate"),
        "st_coordinator": ("Coordinador(a) de la ST", "ST Coordinator"),
        "st_it_specialist": ("Especialista en TI de la ST", "ST IT specialist"),
        "st_assistant": ("Asistente de la ST", "ST assistant"),
        "ppt_staff": ("Personal de la PPT", "PPT staff"),
        "rrocm_representative": ("Representante de la RROCM", "RROCM representative"),
        "observer_delegate": ("Delegado(a) observador(a)", "Observer delegate"),
    },
    "doc_type": {
        "declaration": ("Declaración y Decisiones", "Declaration and Decisions"),
        "conclusions": ("Conclusiones", "Conclusions"),
        "recommendations": ("Recomendaciones a los Viceministros(as)", "Recommendations to the Vice-Ministers"),
        "network_report": ("Informe de la Red", "Network report"),
        "work_plan": ("Plan de Trabajo de la Red", "Network work plan"),
    },
    "report_kind": {
        "agenda": ("Agenda", "Agenda"),
        "participants": ("Lista de participantes", "List of participants"),
        "declaration": ("Declaración y Decisiones", "Declaration and Decisions"),
        "conclusions": ("Conclusiones", "Conclusions"),
        "recommendations": ("Recomendaciones", "Recommendations"),
        "network-report": ("Informe de la Red", "Network report"),
        "compilation": ("Texto de compilación", "Compilation text"),
        "calendar": ("Calendario anual", "Annual calendar"),
        "dossier": ("Expediente de la reunión", "Meeting dossier"),
        "progress": ("Informe de avance", "Progress report"),
    },
    "organisation": {
        "st": ("Secretaría Técnica", "Technical Secretariat"),
        "st_full": ("Secretaría Técnica de la CRM", "Technical Secretariat of the CRM"),
        "ppt": ("Presidencia Pro-Témpore", "Pro-Tempore Presidency"),
    },
}


def label(category: str, code: str) -> Bilingual:
    """The names of ``code`` in both languages (an unknown code is shown as it is rather than hidden)."""
    es, en = VOCABULARY.get(category, {}).get(code, (code, code))
    return Bilingual(es, en)


def name(category: str, code: str, lang: str) -> str:
    """The name of ``code`` in ``lang`` ("bilingual": "Spanish / English")."""
    pair = label(category, code)
    return both(pair.es, pair.en, lang)


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
