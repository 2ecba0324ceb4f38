"""Three laptops edit offline and exchange bundles in many orders, with duplicates and a lost bundle."""

from __future__ import annotations

import random
import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Conflict, Meeting, Person
from tests import helpers
from tests.sync.laptops import Laptops


def _round(lp: Laptops, n: int, shared_meeting: str, shared_person: str) -> dict[str, list[tuple[str, bytes]]]:
    """Every laptop edits offline, then exports one incremental bundle for each other laptop."""
    for name, w in lp.ws.items():
        helpers.person(w, f"{name} persona {n}", country="GT")
        with w.change(Audience.PUBLIC) as ch:  # the same field on three laptops: concurrent writes
            ch.put(Meeting, shared_meeting, city=f"{name}-{n}")
        with w.change(Audience.MEMBERS) as ch:
            ch.put(Person, shared_person, phone=f"+506 {name} {n}")
    out: dict[str, list[tuple[str, bytes]]] = {name: [] for name in lp.ws}
    for sender in lp.ws:
        for recipient in lp.ws:
            if recipient != sender:
                out[recipient].append((sender, lp.bundle(sender, recipient)))
    return out


def test_three_laptops_converge_in_any_order(laptops: Laptops, tmp_path: Path) -> None:
    lp = laptops
    admin = lp.found()
    meeting = helpers.meeting(admin)
    person = helpers.person(admin, "Compartida", country="CR")
    # The Presidency's team: laptops that may all edit the shared meeting and person (the matrix).
    lp.join("b", role="ppt", country="SV")
    lp.join("c", role="ppt", country="HN")
    # b's welcome came before c joined: a first exchange brings b the roster entry of c.
    lp.deliver(lp.bundle("admin", "b"), "b")

    rounds = [_round(lp, n, meeting, person) for n in (1, 2)]
    inbox = {name: rounds[0][name] + rounds[1][name] for name in lp.ws}
    snapshots = {}
    for name, w in lp.ws.items():
        w.close()
        snapshots[name] = tmp_path / f"snap-{name}"
        shutil.copytree(w.directory, snapshots[name])

    final: list[dict[str, object]] = []
    rng = random.Random(20260527)
    for trial in range(4):
        for name in lp.ws:
            directory = tmp_path / f"trial{trial}-{name}"
            shutil.copytree(snapshots[name], directory)
            w = Workspace(directory)
            try:
                bundles = [b for _s, b in inbox[name]]
                order = list(range(len(bundles)))
                if trial == 1:
                    order.reverse()
                elif trial > 1:
                    rng.shuffle(order)
                lost = order[0] if trial == 3 else None
                deliveries = [i for i in order if i != lost] + order[:2]  # duplicates at the end
                for i in deliveries:
                    sync.import_data(w, bundles[i])
                if lost is not None:  # the lost bundle, re-sent later
                    sync.import_data(w, bundles[lost])
                assert sync.pending_list(w) == []
                with w.read() as s:
                    assert s.scalar(select(func.count()).select_from(Conflict)) > 0  # losing values are kept
                from crm_desktop.app.dump import dump_data

                final.append(dump_data(w)["tables"])
            finally:
                w.close()
    assert all(f == final[0] for f in final)
    tables = final[0]
    names = {r["name"] for r in tables["people"]}  # type: ignore[index]
    for who in ("admin", "b", "c"):
        assert {f"{who} persona 1", f"{who} persona 2"} <= names  # nothing lost
    lp.ws.clear()


def test_missing_prerequisites_wait_visibly_and_apply_when_they_arrive(laptops: Laptops, tmp_path: Path) -> None:
    """A laptop restored from an older copy gets a bundle building on what it lost: it waits, visibly."""
    lp = laptops
    admin = lp.found()
    c = lp.join("c")
    helpers.person(admin, "Primera", country="CR")
    first = lp.bundle("admin", "c")
    c.close()
    backup = tmp_path / "c-backup"
    shutil.copytree(c.directory, backup)
    c = lp.ws["c"] = Workspace(c.directory)
    sync.import_data(c, first)
    lp.deliver(lp.bundle("c", "admin"), "admin")  # c acknowledges what it holds
    c.close()
    shutil.rmtree(c.directory)
    shutil.copytree(backup, c.directory)  # c loses its last import
    c = lp.ws["c"] = Workspace(c.directory)

    helpers.person(admin, "Segunda", country="CR")
    second = lp.bundle("admin", "c")  # incremental: admin believes c holds "Primera"
    result = sync.import_data(c, second)
    assert result.applied == 0 and result.pending == 1
    pending = sync.pending_list(c)
    assert len(pending) == 1 and pending[0].device_id == admin.device_id
    assert pending[0].waiting_for == {admin.device_id: pending[0].seq - 1}

    result = sync.import_data(c, first)  # the lost bundle, re-sent
    assert result.applied == 2 and result.pending == 0
    assert sync.pending_list(c) == []
    assert lp.dump("c") == lp.dump("admin")


def test_a_lost_concurrent_value_is_kept_and_can_be_restored(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    b = lp.join("b")
    meeting = helpers.meeting(admin, title="Reunión")
    sync.import_data(b, lp.bundle("admin", "b"))
    with admin.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala A")
    with b.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala B")
    sync.import_data(b, lp.bundle("admin", "b"))
    sync.import_data(admin, lp.bundle("b", "admin"))
    assert lp.dump("admin") == lp.dump("b")
    [conflict] = sync.conflicts_list(admin)
    assert {conflict.kept_value, conflict.lost_value} == {"Sala A", "Sala B"}
    lost = conflict.lost_value
    sync.resolve_conflict(admin, conflict.id, restore_lost=True)
    assert sync.conflicts_list(admin) == []
    sync.import_data(b, lp.bundle("admin", "b"))
    venues = {r["venue"] for r in lp.dump("b")["meetings"]}  # type: ignore[index]
    assert venues == {lost} and lp.dump("admin") == lp.dump("b")


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Laptop c's snapshot and the bundles two peers sent it over three offline rounds."""
    import keyring

    from tests.sync.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    root = Path(tmp_path_factory.mktemp("orders"))
    lp = Laptops(root)
    admin = lp.found()
    meeting = helpers.meeting(admin)
    person = helpers.person(admin, "Compartida", country="CR")
    # The Presidency's team: laptops that may all edit the shared meeting and person (the matrix).
    lp.join("b", role="ppt", country="SV")
    lp.join("c", role="ppt", country="HN")
    lp.deliver(lp.bundle("admin", "b"), "b")
    bundles: list[bytes] = []
    for n in (1, 2, 3):
        produced = _round(lp, n, meeting, person)
        bundles += [data for _sender, data in produced["c"]]
    lp.ws["c"].close()
    snap = root / "c-snapshot"
    shutil.copytree(lp.ws["c"].directory, snap)
    reference = root / "c-reference"
    shutil.copytree(snap, reference)
    w = Workspace(reference)
    for data in bundles:
        sync.import_data(w, data)
    from crm_desktop.app.dump import dump_data

    expected = dump_data(w)["tables"]
    w.close()
    yield root, snap, bundles, expected
    lp.ws.pop("c")
    lp.close()
    keyring.set_keyring(previous)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_delivery_order_with_duplicates_converges(inbox, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.app.dump import dump_data

    root, snap, bundles, expected = inbox
    order = data.draw(st.permutations(range(len(bundles))))
    extra = data.draw(st.lists(st.sampled_from(range(len(bundles))), max_size=3))
    directory = root / uuid.uuid4().hex
    shutil.copytree(snap, directory)
    w = Workspace(directory)
    try:
        for i in [*order[:3], *extra, *order[3:]]:
            sync.import_data(w, bundles[i])
        assert sync.pending_list(w) == []
        assert dump_data(w)["tables"] == expected
    finally:
        w.close()
        shutil.rmtree(directory)
