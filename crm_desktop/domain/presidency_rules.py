"""The CRM's rules on the Pro-Tempore Presidency: candidacy and designation, and who pays for what
(the costs the Presidency bears, those of the ST). Each quotes the seed text it applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.domain.messages import msg
from crm_desktop.domain.reference import ProcessConfig, member_codes
from crm_desktop.domain.verdict import ALLOWED, Verdict, refuse


@dataclass(frozen=True, slots=True)
class Candidacy:
    country: str
    year: int
    announced_at_body: str
    announced_at_segment: str


def candidacy(country_code: str, body_key: str, segment_key: str) -> Verdict:
    """Seed, B: "Los países interesados en asumirla lo deben anunciar en la Reunión Plenaria Viceministerial."
    and the Presidency is held by a member country ("alguno de los Países Miembros que ofrece actuar como
    Presidencia Pro-Témpore", A).
    """
    if country_code not in member_codes():
        return refuse(msg("ppt.not_member", country=country_code))
    if body_key != "viceministers" or segment_key != "plenary":
        return refuse(msg("ppt.candidacy_not_plenary"))
    return ALLOWED


def designation(
    country_code: str,
    year: int,
    *,
    candidacies: Sequence[Candidacy],
    objections: Sequence[str],
    designated_by_year: dict[int, str],
    consecutive_by_consensus: bool = False,
) -> Verdict:
    """Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un
    esquema rotativo anual."

    The rotation is categorical: the same country two years running is refused, unless the member
    countries agreed to it by consensus and that agreement is recorded (``consecutive_by_consensus``).
    """
    if country_code not in member_codes():
        return refuse(msg("ppt.not_member", country=country_code))
    if not any(c.country == country_code and c.year == year for c in candidacies):
        return refuse(msg("ppt.no_candidacy", country=country_code))
    member_objections = sorted(set(objections) & set(member_codes()))
    if member_objections:
        return refuse(msg("ppt.no_consensus", countries=", ".join(member_objections)))
    holder = designated_by_year.get(year)
    if holder is not None and holder != country_code:
        return refuse(msg("ppt.year_taken", year=year, country=holder))
    for neighbour in (year - 1, year + 1):
        if designated_by_year.get(neighbour) == country_code and not consecutive_by_consensus:
            return refuse(msg("ppt.consecutive", country=country_code, year=year, other=neighbour))
    return ALLOWED


# --- Who pays for what --------------------------------------------------------------------------

COST_ITEM_TITLES: dict[str, tuple[str, str]] = {
    "lodging": ("Hospedaje de los Viceministros(as)", "Lodging for the Vice-Ministers"),
    "courtesies": ("Cortesías para los Viceministros(as)", "Courtesies for the Vice-Ministers"),
    "coffee_breaks": ("Alimentación (coffee breaks)", "Catering (coffee breaks)"),
    "meeting_rooms": ("Salones de reunión", "Meeting rooms"),
    "logistics": ("Logística", "Logistics"),
    "transport": ("Transporte", "Transport"),
    "support_staff": ("Personal de apoyo", "Support staff"),
    "security": ("Seguridad", "Security"),
    "computers": ("Equipo de cómputo", "Computers"),
    "office_material": ("Material de oficina", "Office material"),
    "sound": ("Sonido", "Sound"),
    "interpretation": ("Interpretación español-inglés-español", "Interpretation Spanish-English-Spanish"),
    "translation": ("Traducción español-inglés-español", "Translation Spanish-English-Spanish"),
    "quality_check": ("Verificación de calidad de los servicios contratados", "Quality check of contracted services"),
}


def cost_bearer(config: ProcessConfig, body_key: str, item: str) -> str | None:
    """Who covers a cost item of a meeting: "ppt", "st" or None (not assigned by the seed).

    Seed, B: the PPT "asume gastos de organización de las Reuniones de Viceministros y del GRCM, los
    cuales contemplan, al menos: hospedaje y algunas cortesías para los Viceministros/as, alguna
    alimentación (coffee-breaks), salones de reunión, logística, transporte, personal de apoyo,
    seguridad, equipo de cómputo, material de oficina".
    Seed, E: the ST "cubre los costos asociados a los servicios de sonido, interpretación y traducción
    español-ingles-español para los eventos que se realicen dentro del marco de la CRM" and "verifica
    la calidad de los servicios contratados".
    """
    if item in config.st_costs:
        return "st"
    if item in config.ppt_costs and config.body(body_key).ppt_bears_costs:
        return "ppt"
    return None


def logistics_checklist(config: ProcessConfig, body_key: str) -> list[tuple[str, str]]:
    """The (item, bearer) pairs a meeting of ``body_key`` must arrange."""
    items = [(i, "ppt") for i in config.ppt_costs if config.body(body_key).ppt_bears_costs]
    items += [(i, "st") for i in config.st_costs]
    return items
