"""Who may author which change: every changeset, received or made here, is checked against the
authorisation matrix (:mod:`crm_desktop.domain.authorisation`) before it is applied.

Its author must be on the roster and not revoked (the importer checks that), may only write
material of an audience its role may see, and each of its operations must be granted by the
matrix, with the facts of :class:`~crm_desktop.sync.authorisation_facts.DbFacts`. The importer
and the local write path (:meth:`crm_desktop.app.workspace.Workspace.change`) both call
:func:`check_changeset`, so a change refused on import is refused at the keyboard too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from crm_desktop.domain import authorisation as authz
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.sync_policy import DeviceRole, may_administer, may_see, parse_role
from crm_desktop.sync import roster
from crm_desktop.sync.authorisation_facts import DbFacts


@dataclass(frozen=True)
class Author:
    """What the checks know about the author of a changeset, at the moment it is applied."""

    conn: Connection
    device_id: str
    role: DeviceRole | None
    admin: bool
    audience: str
    seq: int
    delegation: str | None = None  # the roster's country code or organisation key

    @property
    def matrix_author(self) -> authz.Author:
        return authz.Author(self.role, self.admin, self.delegation)


def author_from_roster(conn: Connection, device: roster.RosterDevice, audience: str, seq: int) -> Author:
    role = parse_role(device.role)
    admin = device.admin and may_administer(device.role) and not device.revoked
    return Author(conn, device.id, role, admin, audience, seq, device.country_id or device.organisation)


def founder_author(conn: Connection, device_id: str, audience: str, seq: int) -> Author:
    """The founder before its own roster entry: the ST and an administrator by construction."""
    return Author(conn, device_id, DeviceRole.ST, True, audience, seq, "ST")


def check_changeset(author: Author, ops: Sequence[Mapping[str, Any]], facts: DbFacts | None = None) -> Message | None:
    """The first reason the author may not make this changeset, or ``None``.

    ``facts`` may be shared by the changesets of one import (its caches stay valid until a
    changeset is applied, see :meth:`DbFacts.applied`).
    """
    if author.role is not None and not may_see(author.role, author.audience):
        return msg("sync.why.audience", role=str(author.role), audience=author.audience)
    facts = facts or DbFacts(author.conn)
    facts.begin(ops)
    who = author.matrix_author
    for op in ops:
        try:
            why = authz.decide(who, op, author.audience, facts)
        except (TypeError, ValueError, KeyError, AttributeError):  # fields of the wrong shape for a rule
            why = msg("authz.malformed", op=str(op.get("op"))[:40])
        if why is not None:
            return why
    return None
