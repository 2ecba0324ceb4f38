"""How a row's field clocks are stored in ``row_clocks.fields``: one clock for the fields that share it.

The merge is last-writer-wins per field, so every field a change wrote has its own clock
``[hlc, device, seq]``. Most rows are written whole by one change and never again, so their fields
all share one clock; stored once per field it made ``row_clocks`` the largest part of the database
(a 20-year workspace: 25 MiB of 47). The stored form keeps the clock shared by most fields once,
under ``"@"`` (no column has that name), and gives each of those fields ``0`` in its place; a field
written later keeps its own clock. ``{"a": C, "b": C, "c": D}`` is stored as ``{"@": C, "a": 0,
"b": 0, "c": D}``, and a row with fewer than two fields sharing a clock as it is.

:func:`unpack` gives back exactly the mapping :func:`pack` was given (its order too), and reads the
per-field form (rows not packed yet) unchanged. :func:`pack` depends only on the mapping, so equal
clocks are stored alike: the shared clock is the one most fields have, a tie going to the greatest
in JSON text order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

SHARED = "@"
_SAME = 0  # in the place of a field's clock: the row's shared clock


def pack(clocks: Mapping[str, Any]) -> dict[str, Any]:
    """The stored form of a row's field clocks (``{field: [hlc, device, seq]}``)."""
    if len(clocks) < 2:
        return dict(clocks)
    counts: dict[str, int] = {}
    values: dict[str, Any] = {}
    for value in clocks.values():
        key = json.dumps(value)
        counts[key] = counts.get(key, 0) + 1
        values[key] = value
    count, key = max((n, k) for k, n in counts.items())
    if count < 2:
        return dict(clocks)
    shared = values[key]
    return {SHARED: shared, **{f: (_SAME if v == shared else v) for f, v in clocks.items()}}


def pack_shared(fields: Iterable[str], clock: list[Any]) -> dict[str, Any]:
    """The stored form of a row whose ``fields`` were all written by one change (``pack`` of that)."""
    names = list(fields)
    if len(names) < 2:
        return {f: clock for f in names}
    return {SHARED: clock, **dict.fromkeys(names, _SAME)}


def unpack(stored: Mapping[str, Any] | None) -> dict[str, Any]:
    """A row's field clocks from their stored form (``None``: no clock stored)."""
    if not stored:
        return {}
    if SHARED not in stored:
        return dict(stored)
    shared = stored[SHARED]
    return {f: (shared if v == _SAME else v) for f, v in stored.items() if f != SHARED}
