"""Who may receive a document of a given audience, by the category of the person.

E-mail follows the same clearance as the bundles that carry data between laptops
(:mod:`crm_desktop.domain.sync_policy`), so a focal point never receives by mail what its
delegation's laptop would not receive: a member country's delegation sees closed-door material
(seed, A: "Reunión a “puerta cerrada” a la que asisten únicamente los(as) Viceministros(as) /
Subsecretarios(as)" of the member countries), observers see public material only, and the
Technical Secretariat sees everything it keeps for the process.
"""

from __future__ import annotations

from crm_desktop.domain.model import Audience, Category
from crm_desktop.domain.sync_policy import DeviceRole, may_see

ROLE_OF_CATEGORY: dict[Category, DeviceRole] = {
    Category.MEMBER_COUNTRY: DeviceRole.MEMBER,
    Category.SECRETARIAT: DeviceRole.ST,
    Category.OBSERVER_COUNTRY: DeviceRole.OBSERVER,
    Category.OBSERVER_ORG: DeviceRole.OBSERVER,
    Category.CIVIL_SOCIETY: DeviceRole.OBSERVER,
    Category.GUEST: DeviceRole.OBSERVER,
}


def may_receive(category: Category | str, audience: Audience | str) -> bool:
    """Whether a person of ``category`` may receive material of ``audience`` (unknown values: no)."""
    try:
        role = ROLE_OF_CATEGORY[Category(category)]
    except (ValueError, KeyError):
        return False
    return may_see(role, audience)


def cleared_for(audience: Audience | str) -> frozenset[str]:
    """The categories (values) of the people who may receive material of ``audience``."""
    return frozenset(c.value for c in Category if may_receive(c, audience))
