"""The demo's records in English: meeting titles, positions and institutions of its people and focal
points (typed once in Spanish, or in English by the English-speaking delegations), so that the demo's
documents in English read as real ones. Called once at the end of building the demo."""

from __future__ import annotations

from sqlalchemy import select

from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import FocalPoint, Meeting, Person

# (Spanish, English): what the demo's people type, in either language
INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("Viceministerio de Relaciones Exteriores", "Vice-Ministry of Foreign Affairs"),
    ("Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs"),
    ("Dirección General de Migración", "Immigration Department"),
    ("Fiscalía contra la Trata de Personas", "Anti-Trafficking Unit"),
    ("Dirección de Asuntos Consulares", "Consular Affairs Directorate"),
    ("Dirección de Política Migratoria", "Migration Policy Directorate"),
    ("Cancillería", "Ministry of Foreign Affairs"),
    ("Secretaría Técnica de la CRM", "Technical Secretariat of the RCM"),
)
TITLES: tuple[tuple[str, str], ...] = (
    ("Viceministro(a)", "Vice-Minister"),
    ("Director(a) General", "Director General"),
    ("Director(a) de Migración", "Director of Migration"),
    ("Oficial de enlace", "Liaison officer"),
    ("Punto focal", "Focal point"),
    ("Asesor(a)", "Adviser"),
    ("Equipo de la Presidencia Pro-Témpore", "Pro-Tempore Presidency staff"),
    ("Delegado(a) observador(a)", "Observer delegate"),
    ("Oficial de programa", "Programme officer"),
    ("Representante de la RROCM", "RROCM representative"),
    ("Coordinador(a)", "Coordinator"),
    ("Especialista en TI", "IT specialist"),
    ("Asistente", "Assistant"),
)
# the meetings whose English title is not the default one (domain.bilingual.default_title_en)
MEETING_TITLES: dict[str, str] = {
    "Seminario regional sobre protección de niñez y adolescencia migrante": (
        "Regional Seminar on the Protection of Migrant Children and Adolescents"
    ),
    "Taller sobre migración laboral y reclutamiento ético": "Workshop on Labour Migration and Ethical Recruitment",
}
_ORDINALS = {"1.ª": "1st", "2.ª": "2nd"}
_SERIES = {
    "Reunión del Grupo Regional de Consulta sobre Migración": "Regional Consultation Group on Migration",
    "Reunión de la Red de Funcionarios de Enlace para el Combate a la Trata y al Tráfico Ilícito": (
        "Liaison Officers Network to Combat Trafficking in Persons and Migrant Smuggling"
    ),
    "Reunión de la Red de Funcionarios de Enlace de Protección Consular": (
        "Liaison Officers Network on Consular Protection"
    ),
}


def _series_title(title: str) -> str | None:
    """ "Reunión del Grupo … (1.ª de 2026)" -> "Regional Consultation Group …, 1st meeting of 2026"."""
    head, _, tail = title.partition(" (")
    ordinal, _, year = tail.rstrip(")").partition(" de ")
    if head in _SERIES and ordinal in _ORDINALS and year.isdigit():
        return f"{_SERIES[head]}, {_ORDINALS[ordinal]} meeting of {year}"
    return None


def _pair(text: str | None, pairs: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    return next((pair for pair in pairs if text in pair), None) if text else None


def add_english(ws: Workspace) -> None:
    """Give the demo's records their English (and the English-typed ones their Spanish)."""
    with ws.change(Audience.PUBLIC) as ch:
        for m in ch.session.scalars(select(Meeting)):
            title_en = MEETING_TITLES.get(m.title) or _series_title(m.title)
            if title_en:
                ch.put(Meeting, m.id, title_en=title_en)
    with ws.change(Audience.MEMBERS) as ch:
        for p in ch.session.scalars(select(Person)):
            fields: dict[str, str] = {}
            title, institution = _pair(p.title, TITLES), _pair(p.institution, INSTITUTIONS)
            if title:
                fields |= {"title": title[0], "title_en": title[1]}
            if institution:
                fields |= {"institution": institution[0], "institution_en": institution[1]}
            if fields:
                ch.put(Person, p.id, **fields)
        for fp in ch.session.scalars(select(FocalPoint)):
            institution = _pair(fp.institution, INSTITUTIONS)
            if institution:
                ch.put(FocalPoint, fp.id, institution=institution[0], institution_en=institution[1])
