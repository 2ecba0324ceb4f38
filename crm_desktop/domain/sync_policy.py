"""Who may see and who may administer what travels between laptops.

Confidentiality is decided by the audience label of each changeset and the role of the receiving
laptop. The seed says the closed-door meeting is attended only by the member countries'
Vice-Ministers; observers take part in open discussions only; the Technical Secretariat (ST) keeps
its own administrative matters. A bundle therefore never carries closed-door material to an
observer, nor secretariat material to anyone but the ST.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Audience, Category


class DeviceRole(StrEnum):
    """The role a laptop holds on the roster."""

    ST = "st"  # Secretaría Técnica
    PPT = "ppt"  # Presidencia Pro-Témpore
    MEMBER = "member"  # delegation of a member country
    OBSERVER = "observer"  # observer country, observer organisation, civil society


_VISIBLE: dict[DeviceRole, frozenset[Audience]] = {
    DeviceRole.ST: frozenset(Audience),
    DeviceRole.PPT: frozenset({Audience.PUBLIC, Audience.MEMBERS, Audience.CLOSED_DOOR}),
    DeviceRole.MEMBER: frozenset({Audience.PUBLIC, Audience.MEMBERS, Audience.CLOSED_DOOR}),
    DeviceRole.OBSERVER: frozenset({Audience.PUBLIC}),
}


def parse_role(value: str) -> DeviceRole | None:
    try:
        return DeviceRole(value)
    except ValueError:
        return None


def parse_audience(value: str) -> Audience | None:
    try:
        return Audience(value)
    except ValueError:
        return None


def may_see(role: DeviceRole | str, audience: Audience | str) -> bool:
    """Whether a laptop with ``role`` may receive material labelled ``audience``."""
    r = parse_role(str(role))
    a = parse_audience(str(audience))
    if r is None or a is None:
        return False  # unknown labels are treated as the most restrictive
    return a in _VISIBLE[r]


def may_administer(role: DeviceRole | str) -> bool:
    """Only the ST or the PPT administer the roster of a workspace."""
    return str(role) in (DeviceRole.ST, DeviceRole.PPT)


# --- enrolment: the role a laptop claims against the delegation it belongs to ---------------------


@dataclass(frozen=True)
class Delegation:
    """What the workspace knows of the delegation a laptop is enrolled for.

    ``country_status`` is the country's standing ("member" or "observer"; None: not a country or
    unknown); ``organisation_category`` is the organisation's category (a :class:`Category` value);
    ``presidency`` the countries holding the Pro-Tempore Presidency (None: the workspace has recorded
    no presidency yet).
    """

    country: str | None = None
    country_status: str | None = None
    organisation: str | None = None
    organisation_category: str | None = None
    presidency: frozenset[str] | None = None

    @property
    def name(self) -> str:
        return self.country or self.organisation or "?"


def role_fits_delegation(role: DeviceRole | str, delegation: Delegation) -> Message | None:
    """Why a laptop of ``delegation`` may not hold ``role`` (None: it may).

    The role decides what the laptop receives (:func:`may_see`), so it must follow from who the
    delegation is: any laptop may be an ``observer`` (the narrowest); ``member`` only for a member
    country's delegation; ``ppt`` only for a member country holding (or about to hold) the
    Pro-Tempore Presidency, any member country while no presidency is recorded; ``st`` only for the
    Technical Secretariat. The approval service and the import check of roster changes both ask this.
    """
    r = parse_role(str(role))
    if r is None:
        return msg("enrol.unknown_role", role=str(role))
    if r == DeviceRole.OBSERVER:
        return None
    if r == DeviceRole.ST:
        fits = delegation.country is None and delegation.organisation_category == Category.SECRETARIAT
        return None if fits else msg("enrol.st_only")
    if delegation.country is None or delegation.country_status != "member":
        return msg("enrol.observer_only", delegation=delegation.name)
    held = delegation.presidency
    if r == DeviceRole.PPT and held is not None and delegation.country not in held:
        return msg("enrol.ppt_only", delegation=delegation.name, holders=", ".join(sorted(held)) or "-")
    return None


def visible_audiences(role: DeviceRole | str) -> list[Audience]:
    """The audiences a laptop with ``role`` receives, widest first."""
    return [a for a in Audience if may_see(role, a)]
