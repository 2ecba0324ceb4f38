"""Comparing versions of an agenda, the current one included.

The agenda being edited carries the number of its next version (the header's "version 4"); the
earlier ones are the snapshots kept at each change of status (draft, preliminary, adopted). The
current agenda is listed too (``CURRENT``), so what the header says and what can be compared agree,
and the default comparison is the last kept version against the current agenda.

Each item of the comparison says what changed, most telling first: ``changed`` (its title,
duration, kind or presenter), ``moved`` (its place among the other items: it is not in the longest
run of items that kept their order), ``renumbered`` (only its number, because others moved or
came in before it), ``retimed`` (only its start time), ``added``, ``removed`` or ``same``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crm_desktop.app import agendas
from crm_desktop.app.agendas import PlannedItem
from crm_desktop.app.workspace import Workspace

CURRENT = "current"
CHANGES = ("changed", "moved", "renumbered", "retimed", "added", "removed")


@dataclass(frozen=True, slots=True)
class ItemChange:
    change: str  # one of CHANGES, or "same"
    old: PlannedItem | None
    new: PlannedItem | None
    fields: tuple[str, ...] = ()  # what differs: "number", "time", "title", "duration", "kind", "presenter"


def version_choices(agenda: dict[str, Any], kept: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The kept versions, then the current agenda under the number the header shows."""
    current = {"id": CURRENT, "version": agenda["version"], "status": agenda["status"], "current": True}
    return [*({**v, "current": False} for v in kept), current]


def items_of(ws: Workspace, agenda_id: str, version_id: str) -> list[PlannedItem]:
    if version_id == CURRENT:
        return agendas.planned_items(ws, agenda_id)
    return agendas.version_items(ws, version_id)


def compare(ws: Workspace, agenda_id: str, old_id: str, new_id: str) -> list[ItemChange]:
    """The items of two versions of ``agenda_id`` (either may be ``CURRENT``) side by side."""
    return compare_plans(items_of(ws, agenda_id, old_id), items_of(ws, agenda_id, new_id))


def _kept_order(old: list[str], new: list[str]) -> set[str]:
    """The items of the longest run that keeps its order from ``old`` to ``new`` (the others moved)."""
    n, m = len(old), len(new)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = best[i + 1][j + 1] + 1 if old[i] == new[j] else max(best[i + 1][j], best[i][j + 1])
    kept: set[str] = set()
    i = j = 0
    while i < n and j < m:
        if old[i] == new[j]:
            kept.add(old[i])
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def _differences(before: PlannedItem, after: PlannedItem) -> tuple[str, ...]:
    pairs = (
        ("number", before.label, after.label),
        ("time", before.starts, after.starts),
        ("title", (before.title_es, before.title_en), (after.title_es, after.title_en)),
        ("duration", before.duration_min, after.duration_min),
        ("kind", before.kind, after.kind),
        ("presenter", before.presenter, after.presenter),
    )
    return tuple(name for name, a, b in pairs if a != b)


def compare_plans(old: Sequence[PlannedItem], new: Sequence[PlannedItem]) -> list[ItemChange]:
    """Rows in the new version's order, the removed items last."""
    before = {i.id: i for i in old}
    common_new = [i.id for i in new if i.id in before]
    common = set(common_new)
    kept = _kept_order([i.id for i in old if i.id in common], common_new)
    rows: list[ItemChange] = []
    for item in new:
        previous = before.get(item.id)
        if previous is None:
            rows.append(ItemChange("added", None, item))
            continue
        fields = _differences(previous, item)
        if set(fields) & {"title", "duration", "kind", "presenter"}:
            change = "changed"
        elif item.id not in kept or previous.parent_id != item.parent_id:
            change = "moved"
        elif "number" in fields:
            change = "renumbered"
        elif "time" in fields:
            change = "retimed"
        else:
            change = "same"
        rows.append(ItemChange(change, previous, item, fields))
    rows += [ItemChange("removed", i, None) for i in old if i.id not in {x.id for x in new}]
    return rows


def counts(rows: Sequence[ItemChange]) -> dict[str, int]:
    """How many items of each kind of change (every kind of ``CHANGES``, zero included)."""
    return {c: sum(1 for r in rows if r.change == c) for c in CHANGES}
