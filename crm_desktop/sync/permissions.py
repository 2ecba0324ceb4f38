"""Who may author which change: a small registry that other subsystems extend.

Every changeset received from another laptop is checked before it is applied: its author must be on
the roster and not revoked, may only write material of an audience its role may see, and each of
its operations must pass the checks registered for it. Checks are registered per operation kind
(``"text"`` for a drafting update, say) or per table (``"table:sync_devices"``) for ``put``/``del``.
A check returns ``None`` to allow, or a message saying why not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.sync_policy import DeviceRole, may_see


@dataclass(frozen=True)
class Author:
    """What a permission check knows about the author of a changeset, at the moment it is applied."""

    conn: Connection
    device_id: str
    role: DeviceRole | None
    admin: bool
    audience: str
    seq: int


PermissionCheck = Callable[[Author, Mapping[str, Any]], Message | None]
_CHECKS: dict[str, list[PermissionCheck]] = {}


# The checks that apply to one (op name, table) pair, in order: an imported bundle brings tens of
# thousands of operations and most have no check at all, so the lists are resolved once per pair.
_RESOLVED: dict[tuple[str, str | None], tuple[PermissionCheck, ...]] = {}
_ROW_OPS = ("put", "del")


def register_permission_check(op_kind: str, fn: PermissionCheck) -> None:
    """Add ``fn`` for operations of ``op_kind`` (an op name, or ``"table:<name>"`` for put/del)."""
    _CHECKS.setdefault(op_kind, []).append(fn)
    _RESOLVED.clear()


def _checks_for(kind: str, table: str | None) -> tuple[PermissionCheck, ...]:
    found = _RESOLVED.get((kind, table))
    if found is None:
        keys = [kind] if table is None else [kind, f"table:{table}"]
        found = tuple(fn for key in keys for fn in _CHECKS.get(key, ()))
        if len(_RESOLVED) < 4096:  # a bundle naming countless unknown tables does not grow it without bound
            _RESOLVED[(kind, table)] = found
    return found


def check_changeset(author: Author, ops: Sequence[Mapping[str, Any]]) -> Message | None:
    """The first reason the author may not make this changeset, or ``None``."""
    if author.role is not None and not may_see(author.role, author.audience):
        return msg("sync.why.audience", role=str(author.role), audience=author.audience)
    for op in ops:
        kind = str(op.get("op"))
        table = str(op.get("e")) if kind in _ROW_OPS else None
        for fn in _checks_for(kind, table):
            why = fn(author, op)
            if why is not None:
                return why
    return None


def _roster_admin_only(author: Author, _op: Mapping[str, Any]) -> Message | None:
    return None if author.admin else msg("sync.why.roster")


register_permission_check("table:sync_devices", _roster_admin_only)
register_permission_check("table:sync_keys", _roster_admin_only)

# Checks contributed for other subsystems' tables (imported here so that every import path has them).
from crm_desktop.sync import agenda_checks, process_checks  # noqa: E402, F401
