"""What a modified program writes: changesets recorded without the local authorisation check,
signed at export with the laptop's own legitimate key, for the receiving laptop to refuse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from crm_desktop.app.workspace import Changes, Workspace
from crm_desktop.domain.model import Audience


@contextmanager
def forged(ws: Workspace, audience: Audience | str = Audience.PUBLIC) -> Iterator[Changes]:
    with ws.db.session() as s:
        ch = Changes(s, audience=Audience(audience))
        yield ch
        if ch.ops:
            ws.log.record(s, ch.ops, audience=ch.audience.value, author=ws.author)
