"""A roster member signing garbage operations gets a clean refusal, never a crash or a half-import."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from crm_desktop.app import sync
from crm_desktop.store.changelog import version_vector
from crm_desktop.store.schema import Changeset
from tests.sync.conftest import MemoryKeyring
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

TABLES = ["meetings", "people", "countries", "sync_devices", "sync_keys", "changesets", "nope", "drafting_documents"]
value = st.none() | st.booleans() | st.integers(-5, 10**12) | st.text(max_size=12) | st.lists(st.integers(), max_size=2)
op = st.fixed_dictionaries(
    {"op": st.sampled_from(["put", "del", "ytext", "drop", ""])},
    optional={
        "e": st.sampled_from(TABLES) | st.integers(),
        "id": st.text(max_size=8) | st.integers() | st.none(),
        "f": st.dictionaries(st.sampled_from(["title", "name", "start", "id", "zz", "admin"]), value, max_size=3)
        | st.integers(),
        "doc": st.text(max_size=4),
        "u": st.text(max_size=8),
    },
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    lp = Laptops(Path(tmp_path_factory.mktemp("fuzz")))
    lp.found()
    lp.join("b")
    yield lp
    lp.close()
    keyring.set_keyring(previous)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=4), audience=st.sampled_from(["public", "members", "closed_door"]))
def test_garbage_operations_signed_by_a_member_are_refused_cleanly(pair: Laptops, ops: list, audience: str) -> None:  # type: ignore[type-arg]
    admin, b = pair.ws["admin"], pair.ws["b"]
    cs_id = uuid.uuid4().hex
    with b.db.session() as s:  # a modified client records what no service would
        deps = version_vector(s)
        s.execute(
            insert(Changeset).values(
                id=cs_id,
                device_id=b.device_id,
                seq=deps.get(b.device_id, 0) + 1,
                hlc=b.clock.tick().encode(),
                audience=audience,
                author=None,
                deps=deps,
                ops=ops,
                signature=None,
                recorded_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
    data = pair.bundle("b", "admin")
    before = snapshot(admin)
    try:
        sync.import_data(admin, data)
    except sync.BundleRefused:
        assert snapshot(admin) == before
        with b.db.session() as s:  # withdrawn, so the next example starts from a clean log
            s.execute(delete(Changeset).where(Changeset.id == cs_id))
    else:  # the operations happened to be valid and permitted
        assert snapshot(admin) != before
