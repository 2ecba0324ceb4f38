"""Roster changes: a laptop's role must follow from its delegation.

The role on the roster decides what a laptop receives (closed-door material goes to member
countries only), so an enrolment is only as good as the claim behind it. The approval service
compares the claimed role with the delegation (:func:`crm_desktop.domain.sync_policy.role_fits_delegation`);
the authorisation matrix asks the same question (rule ``role_fits`` of ``sync_devices``) of every
imported or local change that sets a role, country or organisation, so a roster entry written by a
modified program (an observer country's laptop enrolled as ``member``) is refused on every laptop.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select

from crm_desktop.domain import reference
from crm_desktop.domain.messages import Message
from crm_desktop.domain.sync_policy import Delegation, role_fits_delegation
from crm_desktop.store.schema import Country, Organisation, PresidencyTerm
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


def role_check(conn: Connection, op: Mapping[str, Any], merged_row: Mapping[str, Any]) -> Message | None:
    """Why a change to a roster entry gives a role its delegation cannot hold; None if it may.

    ``merged_row``: the entry as the change leaves it (the stored fields with the change's own).
    """
    fields = op.get("f")
    if op.get("op") != "put" or not isinstance(fields, dict) or not any(k in fields for k in _DELEGATION_FIELDS):
        return None  # a revocation, a promotion, a status: the delegation is not being set
    country, organisation = merged_row.get("country_id"), merged_row.get("organisation")
    facts = delegation_facts(
        conn,
        country if isinstance(country, str) else None,
        organisation if isinstance(organisation, str) else None,
    )
    return role_fits_delegation(str(merged_row.get("role")), facts)
