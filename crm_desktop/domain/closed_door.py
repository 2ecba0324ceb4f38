"""The closed door's composition judged after the fact: more people of a delegation than its Vice-Minister
and one official, which two laptops can each accredit concurrently (the import does not refuse it).

Seed, A: the closed-door meeting is attended "únicamente [por] los(as) Viceministros(as) /
Subsecretarios(as), acompañados, cada uno de ellos, de un funcionario de alto nivel".
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Participant
from crm_desktop.domain.rules import CLOSED_DOOR_PRINCIPALS


def closed_door_excess(present: Sequence[Participant]) -> list[Message]:
    """A warning per delegation with more than two people behind closed doors, or two and no Vice-Minister."""
    by_country: dict[str, list[Participant]] = {}
    for p in present:
        if p.country:
            by_country.setdefault(p.country, []).append(p)
    out: list[Message] = []
    for code, people in sorted(by_country.items()):
        principal = any(p.roles & CLOSED_DOOR_PRINCIPALS for p in people)
        if len(people) > 2 or (len(people) == 2 and not principal):
            out.append(msg("warn.closed_door_excess", country=code, count=len(people)))
    return out
