"""Roster changes checked on import: a laptop's role must follow from its delegation.

The role on the roster decides what a laptop receives (closed-door material goes to member
countries only), so an enrolment is only as good as the claim behind it. The approval service
compares the claimed role with the delegation (:func:`crm_desktop.domain.sync_policy.role_fits_delegation`);
this check asks the same question of every imported change to ``sync_devices`` that sets a role,
country or organisation, so a roster entry written by a modified program (an observer country's
laptop enrolled as ``member``) is refused on every laptop.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain import reference
from crm_desktop.domain.messages import Message
from crm_desktop.domain.sync_policy import Delegation, role_fits_delegation
from crm_desktop.store.schema import Country, Organisation, PresidencyTerm
from crm_desktop.store.tables.sync import SyncDevice
from crm_desktop.sync.permissions import Author, register_permission_check
from crm_desktop.sync.tables import tbl

_DELEGATION_FIELDS = ("role", "country_id", "organisation")


def delegation_facts(
    conn: Connection, country: str | None, organisation: str | None, *, years: Iterable[int] | None = None
) -> Delegation:
    """The delegation as this workspace records it (the reference dataset where a row is missing).

    ``years``: the presidency terms that count (None: any recorded term). The approval service asks
    for this year's and next year's; the import check, which must decide alike on every laptop
    whatever its date, accepts any recorded term.
    """
    status = category = None
    if country:
        status = conn.execute(select(tbl(Country).c.status).where(tbl(Country).c.id == country)).scalar()
        if status is None:
            status = next((c.status for c in reference.countries() if c.code == country), None)
    if organisation:
        category = conn.execute(
            select(tbl(Organisation).c.category).where(tbl(Organisation).c.id == organisation)
        ).scalar()
        if category is None:
            category = next((str(o.category) for o in reference.organisations() if o.key == organisation), None)
    terms = tbl(PresidencyTerm)
    q = select(terms.c.country_id)
    if years is not None:
        q = q.where(terms.c.year.in_(list(years)))
    held: frozenset[str] | None = frozenset(str(c) for c in conn.execute(q).scalars())
    if not held and conn.execute(select(terms.c.id).limit(1)).first() is None:
        held = None  # no presidency recorded at all: any member country may hold the role
    return Delegation(country, status, organisation, category, held)


def _role_check(author: Author, op: Mapping[str, Any]) -> Message | None:
    fields = op.get("f")
    if op.get("op") != "put" or not isinstance(fields, dict) or not any(k in fields for k in _DELEGATION_FIELDS):
        return None  # a revocation, a promotion, a status: the delegation is not being set
    devices = tbl(SyncDevice)
    row = author.conn.execute(
        select(devices.c.role, devices.c.country_id, devices.c.organisation).where(devices.c.id == str(op.get("id")))
    ).first()
    current = dict(zip(_DELEGATION_FIELDS, row, strict=True)) if row is not None else {}
    merged = {**current, **{k: fields[k] for k in _DELEGATION_FIELDS if k in fields}}
    country, organisation = merged.get("country_id"), merged.get("organisation")
    facts = delegation_facts(
        author.conn,
        country if isinstance(country, str) else None,
        organisation if isinstance(organisation, str) else None,
    )
    return role_fits_delegation(str(merged.get("role")), facts)


register_permission_check("table:sync_devices", _role_check)
