"""Who may receive a document of a given audience.

The seed restricts the closed-door segment of the Vice-Ministers' Meeting to the member countries
(A: "Reunión a “puerta cerrada” a la que asisten únicamente los(as) Viceministros(as) /
Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel"), and the
Technical Secretariat keeps internal documents of its own. Sending documents by e-mail follows the
same clearance as seeing them in the application: nothing closed-door reaches an observer.
"""

from __future__ import annotations

from crm_desktop.domain.model import Audience, Category

_PARTICIPANTS = frozenset({Audience.PUBLIC, Audience.MEMBERS})

CLEARANCE: dict[Category, frozenset[Audience]] = {
    Category.MEMBER_COUNTRY: _PARTICIPANTS | {Audience.CLOSED_DOOR},
    Category.SECRETARIAT: _PARTICIPANTS | {Audience.SECRETARIAT},
    Category.OBSERVER_COUNTRY: _PARTICIPANTS,
    Category.OBSERVER_ORG: _PARTICIPANTS,
    Category.CIVIL_SOCIETY: _PARTICIPANTS,
    Category.GUEST: frozenset({Audience.PUBLIC}),
}


def may_receive(category: Category | str, audience: Audience | str) -> bool:
    """Whether a person of ``category`` may receive material of ``audience``."""
    try:
        cat, aud = Category(category), Audience(audience)
    except ValueError:
        return False
    return aud in CLEARANCE.get(cat, frozenset({Audience.PUBLIC}))
