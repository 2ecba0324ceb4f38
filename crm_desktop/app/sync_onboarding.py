"""Where a laptop stands with synchronisation, read from the workspace's local settings without the
signing and bundle machinery: whether it has a sync identity (keys written by founding or by a join
request) and whether it has joined a workspace (founded it, or imported its welcome bundle).

The window uses it to show this laptop's device id only once the laptop has an identity, so the
status bar never names a device while the Sync section says there is none.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # read by the window's status bar: no database machinery imported for it
    from crm_desktop.app.workspace import Workspace


JOINING_KEY = "sync.joining"  # an empty workspace made to join the CRM's (see ``create_for_joining``)


def has_identity(ws: Workspace) -> bool:
    """Whether this laptop has sync keys (it founded a workspace or wrote a join request)."""
    return "sync.sign_pk" in ws.meta


def has_joined(ws: Workspace) -> bool:
    """Whether this laptop belongs to a founded workspace (the founder, or a welcomed laptop)."""
    return has_identity(ws) and "sync.founder" in ws.meta


def create_for_joining(directory: Path, *, lang: str = "es") -> None:
    """An empty workspace for a laptop that will join the CRM's workspace: no data of its own, so the
    invitation (the welcome bundle) brings everything; the Sync section then offers the join request."""
    from crm_desktop.app.workspace import Workspace

    ws = Workspace(directory, lang=lang)
    try:
        # Not a creation cut short: ``check`` counts a workspace with sync settings as one that is joining.
        ws.set_meta(JOINING_KEY, "1")
    finally:
        ws.close()
