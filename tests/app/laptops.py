"""Simulated laptops for drafting tests: copies of one workspace exchanging changesets in any order."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.hlc import Timestamp
from crm_desktop.store.apply import Stamp, apply_ops
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Changeset


def clone(ws: Workspace, directory: Path) -> Workspace:
    """Another laptop holding the same data, with its own device id."""
    directory.mkdir(parents=True)
    # SQLite's backup API copies what is committed, including what still sits in the WAL file.
    src = sqlite3.connect(ws.directory / DB_NAME)
    dst = sqlite3.connect(directory / DB_NAME)
    try:
        src.backup(dst)
        dst.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (uuid.uuid4().hex[:16],))
        dst.commit()
    finally:
        dst.close()
        src.close()
    return Workspace(directory)


def changesets(ws: Workspace) -> list[Changeset]:
    with ws.read() as s:
        rows = list(s.scalars(select(Changeset).order_by(Changeset.device_id, Changeset.seq)))
        s.expunge_all()
        return rows


def exchange(target: Workspace, sources: list[Workspace], rng: random.Random, *, duplicates: bool = True) -> None:
    """Deliver the sources' changesets to ``target``: devices interleaved at random, in causal order (each
    after the changesets its author had seen, as a sync layer delivers them), some delivered twice."""
    with target.read() as s:
        known = set(s.execute(select(Changeset.device_id, Changeset.seq)).all())
    streams: dict[str, list[Changeset]] = {}
    for src in sources:
        for cs in changesets(src):
            if (cs.device_id, cs.seq) not in known:
                streams.setdefault(cs.device_id, [])
                if all(c.seq != cs.seq for c in streams[cs.device_id]):
                    streams[cs.device_id].append(cs)
    order: list[Changeset] = []
    queues = {d: sorted(v, key=lambda c: c.seq) for d, v in streams.items()}
    held: dict[str, int] = {}
    for device, seq in known:
        held[device] = max(held.get(device, 0), seq)

    def ready(cs: Changeset) -> bool:  # causal delivery: what its author had seen is here already
        return all(held.get(dev, 0) >= seq for dev, seq in (cs.deps or {}).items() if dev != cs.device_id)

    while any(queues.values()):
        device = rng.choice([d for d, q in queues.items() if q and ready(q[0])])
        cs = queues[device].pop(0)
        held[device] = max(held.get(device, 0), cs.seq)
        order.append(cs)
    if duplicates and order:
        for cs in rng.sample(order, k=max(1, len(order) // 3)):
            order.insert(rng.randrange(order.index(cs) + 1, len(order) + 1), cs)
    with target.db.session() as s:
        for cs in order:
            stamp = Stamp(cs.hlc, cs.device_id, cs.seq, cs.deps or {})
            apply_ops(s.connection(), cs.ops, stamp)  # a duplicate is applied again: it must change nothing
            target.clock.observe(Timestamp.decode(cs.hlc))
            if (cs.device_id, cs.seq) in known:
                continue
            known.add((cs.device_id, cs.seq))
            s.execute(
                insert(Changeset).values(
                    id=cs.id,
                    device_id=cs.device_id,
                    seq=cs.seq,
                    hlc=cs.hlc,
                    audience=cs.audience,
                    author=cs.author,
                    deps=cs.deps,
                    ops=cs.ops,
                    signature=cs.signature,
                    recorded_at=cs.recorded_at,
                )
            )
