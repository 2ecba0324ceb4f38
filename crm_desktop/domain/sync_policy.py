"""Who may see and who may administer what travels between laptops.

Confidentiality is decided by the audience label of each changeset and the role of the receiving
laptop. The seed says the closed-door meeting is attended only by the member countries'
Vice-Ministers; observers take part in open discussions only; the Technical Secretariat (ST) keeps
its own administrative matters. A bundle therefore never carries closed-door material to an
observer, nor secretariat material to anyone but the ST.
"""

from __future__ import annotations

from enum import StrEnum

from crm_desktop.domain.model import Audience


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
