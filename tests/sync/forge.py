"""What a modified program writes: changesets put in the log as they are, neither checked nor applied
here, then signed at export with the laptop's own legitimate key, for the receiving laptop to refuse."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from crm_desktop.app.workspace import Changes, Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store import changelog


@contextmanager
def forged(ws: Workspace, audience: Audience | str = Audience.PUBLIC) -> Iterator[Changes]:
    with ws.db.session() as s:
        ch = Changes(s, audience=Audience(audience))
        yield ch
        if ch.ops:
            deps = changelog.version_vector(s)
            row = {
                "id": uuid.uuid4().hex,
                "device_id": ws.device_id,
                "seq": deps.get(ws.device_id, 0) + 1,
                "hlc": ws.clock.tick().encode(),
                "audience": ch.audience.value,
                "author": ws.author,
                "deps": deps,
                "ops": list(ch.ops),
                "signature": None,
                "recorded_at": datetime.now(UTC).replace(tzinfo=None),
            }
            changelog.append(s.connection(), [row])
