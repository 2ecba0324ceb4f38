"""Rebuilding the synced data from the change log under the current merge rules (``check --repair``).

For a laptop that applied a change stamped far in the future before clocks were bounded: the replay
applies the log again with today's rule (a clock beyond the bound counts lowest), so each field
takes the value the other laptops hold, those that refused the poisoned change. The conflict list
is kept as the user left it. One transaction: an interruption leaves the data as it was.
"""

from __future__ import annotations

from crm_desktop.app.backup import backup_before
from crm_desktop.app.workspace import Workspace
from crm_desktop.sync.withdraw import rebuild


def repair(ws: Workspace) -> None:
    backup_before(ws, "repair")
    with ws.db.session() as s:
        rebuild(s.connection(), dropped=set())
