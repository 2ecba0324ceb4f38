"""N laptops edit one document offline, exchange updates in any order with duplicates: they converge.

Every inserted character is unique (accented Latin, Greek, CJK and emoji code points drawn without
repetition), so each one can be followed: at the end every replica holds exactly the characters
that were inserted and not explicitly deleted, each once, and the characters of one insertion
keep their order.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.drafting.replica import DocumentReplica

POOL = (
    [chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha()]
    + [chr(c) for c in range(0x3B1, 0x3CA)]
    + [chr(c) for c in range(0x4E00, 0x4E00 + 400)]
    + [chr(c) for c in range(0x1F300, 0x1F300 + 300)]
)
PARAGRAPHS = ("p1", "p2")

edit = st.tuples(
    st.sampled_from(["insert", "insert", "delete", "sync"]),
    st.integers(0, 10),  # replica (mod N)
    st.sampled_from(PARAGRAPHS),
    st.integers(0, 10_000),  # position, scaled to the current length
    st.integers(1, 5),  # length
    st.integers(0, 10),  # sync source (mod N)
)


@settings(max_examples=120, deadline=None)
@given(
    replicas=st.integers(2, 5),
    script=st.lists(edit, min_size=1, max_size=60),
    seed=st.integers(0, 2**32 - 1),
)
def test_replicas_converge_and_lose_no_insertion(replicas: int, script: list[tuple], seed: int) -> None:  # type: ignore[type-arg]
    rng = random.Random(seed)
    laptops = [DocumentReplica(client_id=i + 1) for i in range(replicas)]
    sent: list[list[bytes]] = [[] for _ in laptops]
    fresh = iter(POOL)
    insertions: list[str] = []
    deleted: set[str] = set()
    for kind, r, pid, pos, length, src in script:
        me = laptops[r % replicas]
        current = me.read(pid)
        with me.recording() as rec:
            if kind == "insert":
                chunk = "".join(next(fresh) for _ in range(length))
                insertions.append(chunk)
                me.insert(pid, pos * (len(current) + 1) // 10_001, chunk)
            elif kind == "delete" and current:
                at = pos * len(current) // 10_001
                n = min(length, len(current) - at)
                deleted.update(current[at : at + n])
                me.delete(pid, at, n)
            elif kind == "sync":
                # a partial exchange: some of another laptop's updates, shuffled
                batch = list(sent[src % replicas])
                rng.shuffle(batch)
                for u in batch[: rng.randint(0, len(batch))]:
                    me.apply(u)
        if rec.update is not None:
            sent[r % replicas].append(rec.update)

    everything = [u for stream in sent for u in stream]
    for laptop in laptops:
        delivery = everything + rng.sample(everything, k=len(everything) // 2)  # with duplicates
        rng.shuffle(delivery)
        for u in delivery:
            laptop.apply(u)

    # a replica saved and reopened has not forgotten anything either
    reopened = DocumentReplica(laptops[0].encode())
    results = [{pid: lap.read(pid) for pid in PARAGRAPHS} for lap in [*laptops, reopened]]
    assert all(r == results[0] for r in results)

    final = "".join(results[0].values())
    inserted = set("".join(insertions))
    assert len(final) == len(set(final)), "a character appears twice"
    assert set(final) == inserted - deleted, "an inserted character that nobody deleted was lost"
    position = {ch: i for i, ch in enumerate(final)}
    for chunk in insertions:
        kept = [position[c] for c in chunk if c in position]
        assert kept == sorted(kept), "one insertion's characters lost their order"


def test_an_update_arriving_before_its_predecessor_waits_and_is_saved() -> None:
    a = DocumentReplica(client_id=1)
    with a.recording() as first:
        a.set_text("p", "protección consular")
    with a.recording() as second:
        a.insert("p", 10, " 🙂 y 移民")
    assert first.update and second.update
    b = DocumentReplica(client_id=2)
    b.apply(second.update)  # predecessor missing: nothing visible yet
    assert b.read("p") == ""
    saved = DocumentReplica(b.encode())  # ...but it is not lost when saved
    saved.apply(first.update)
    assert saved.read("p") == "protección 🙂 y 移民 consular"
