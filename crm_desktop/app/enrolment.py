"""Enrolment checks of the roster services: the claimed role against the delegation, device id prefixes.

:mod:`crm_desktop.app.sync` approves join requests and founds workspaces through these; the same
rule (:func:`crm_desktop.domain.sync_policy.role_fits_delegation`) is asked again by every laptop on
import (:mod:`crm_desktop.sync.roster_checks`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.app.errors import BadInput, Refused
from crm_desktop.app.lookup import ambiguous, match_prefix
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.grammar import and_list
from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.sync_policy import DeviceRole, role_fits_delegation, visible_audiences
from crm_desktop.sync import roster
from crm_desktop.sync.roster_checks import delegation_facts


def check_role(ws: Workspace, role: DeviceRole, person: str, country: str | None, organisation: str | None) -> None:
    """Refuse a role that contradicts the delegation (this year's or next year's presidency for ``ppt``)."""
    year = datetime.now(UTC).year
    with ws.db.engine.connect() as conn:
        facts = delegation_facts(conn, country, organisation, years=(year, year + 1))
    why = role_fits_delegation(role, facts)
    if why is not None:
        raise Refused(msg("enrol.refused", person=person, delegation=facts.name, role=str(role), reason=why))


def will_see(role: DeviceRole | str, person: str, delegation: str) -> Message:
    """What a laptop with ``role`` receives, in words, for the administrator approving it."""
    names = [msg(f"audience.{a.value}") for a in visible_audiences(role)]

    def joined(lang: str) -> str:
        return and_list([n.render(lang) for n in names], lang)

    return msg(
        "enrol.will_see",
        person=person,
        delegation=delegation,
        role=str(role),
        audiences=Bilingual(joined("es"), joined("en")),
    )


def preview(
    ws: Workspace, device_id: str, role: DeviceRole, person: str, country: str | None, organisation: str | None
) -> Message:
    """What the requesting laptop will receive; :class:`Refused` if its role contradicts its delegation."""
    with ws.db.engine.connect() as conn:
        existing = roster.device(conn, device_id)
    if existing is not None:  # already enrolled (a welcome written again): its roster role stands
        return will_see(existing.role, existing.person_name, existing.country_id or existing.organisation or "?")
    check_role(ws, role, person, country, organisation)
    return will_see(role, person, country or organisation or "?")


def device_id_for(ws: Workspace, key: str, *, exclude_self: bool = False) -> str:
    """The roster device ``key`` designates: its id or an unambiguous literal prefix of it."""
    with ws.db.engine.connect() as conn:
        ids = [d.id for d in roster.devices(conn) if not (exclude_self and d.id == ws.device_id)]
    found = match_prefix(key, ids)
    if len(found) > 1:
        raise ambiguous(key, "device", found)
    if not found:
        raise BadInput(msg("sync.unknown_device", device=key))
    return found[0]
