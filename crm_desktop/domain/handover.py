"""The yearly handover of the Pro-Tempore Presidency: rotation plan, troika and what is handed over.

Seed, B: the PPT "es designada por consenso de los Países Miembros de la Conferencia, dentro de un
esquema rotativo anual" and "fue creada para facilitar la coordinación de la CRM entre Reuniones."
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.reference import member_codes
from crm_desktop.domain.rule_sources import PPT_DIRECTS_SOURCE, RETURN_FUND_SOURCE, RuleSource
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse


def rotation_entry(country: str) -> Verdict:
    if country not in member_codes():
        return refuse(msg("ppt.not_member", country=country))
    return ALLOWED


def rotation_warnings(planned: Mapping[int, str], designated: Mapping[int, str]) -> list[Message]:
    """Where the rotation plan and the designations disagree, or a country would hold the Presidency two
    years running (the scheme is an annual rotation)."""
    out: list[Message] = []
    merged = {**planned, **designated}
    for year in sorted(merged):
        if year in planned and year in designated and planned[year] != designated[year]:
            out.append(msg("handover.plan_differs", year=year, planned=planned[year], designated=designated[year]))
        if merged.get(year - 1) == merged[year]:
            out.append(msg("handover.not_rotating", year=year, country=merged[year]))
    return out


@dataclass(frozen=True, slots=True)
class Troika:
    previous: str | None
    current: str | None
    next: str | None


def troika(by_year: Mapping[int, str], year: int) -> Troika:
    """The previous, current and next Presidencies, designated or planned."""
    return Troika(by_year.get(year - 1), by_year.get(year), by_year.get(year + 1))


def unassigned_years(by_year: Mapping[int, str], years: Iterable[int]) -> list[int]:
    return [y for y in years if y not in by_year]


def duties_handed_over() -> list[tuple[Message, RuleSource]]:
    """The Presidency's standing obligations the incoming Presidency takes over, each with its source.

    Seed, B: the PPT "asume algunas obligaciones sobre la administración del fondo para el retorno de
    migrantes en situaciones de alta vulnerabilidad" and "tiene la responsabilidad de la coordinación y
    dirección general de las reuniones y actividades de la CRM que se efectúen durante su período".
    """
    return [(msg("handover.return_fund"), RETURN_FUND_SOURCE), (msg("handover.directs_term"), PPT_DIRECTS_SOURCE)]
