"""Clock poisoning: a far-future clock is refused; one stored before the bound existed loses to later edits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import hlc
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Changeset, Person
from tests import helpers
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

FAR = 9_999_999_999_999  # the year 2286


def name_of(ws: Workspace, person_id: str) -> str:
    with ws.read() as s:
        return str(s.get(Person, person_id).name)  # type: ignore[union-attr]


@contextmanager
def far_future_clock(ws: Workspace) -> Iterator[None]:
    """A modified program on ``ws`` stamps its changes in the year 2286."""
    saved = ws.clock._now
    ws.clock._now = lambda: FAR
    try:
        yield
    finally:
        ws.clock._now = saved


@contextmanager
def without_bounds(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A laptop running a version from before clocks were bounded."""
    with monkeypatch.context() as m:
        m.setattr(hlc, "MAX_SKEW_MS", 10**14)
        yield


@pytest.fixture
def four(laptops: Laptops) -> Laptops:
    lp = laptops
    lp.found()
    for name, country in (("b", "CR"), ("c", "SV"), ("d", "HN")):
        lp.join(name, country=country)
    for name in ("b", "c", "d"):
        lp.deliver(lp.bundle("admin", name), name)
    return lp


def test_far_future_changeset_is_refused_and_does_not_drag_the_clock(four: Laptops) -> None:
    admin, b = four.ws["admin"], four.ws["b"]
    person = helpers.person(b, "Ana", country="CR")
    four.deliver(four.bundle("b", "admin"), "admin")
    with far_future_clock(b), b.change() as ch:
        ch.put(Person, person, name="Ana (2286)")
    data = four.bundle("b", "admin")
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(admin, data)
    assert info.value.exit_code == 4 and snapshot(admin) == before
    assert info.value.message.params["reason"].code == "sync.reason.future_clock"  # type: ignore[attr-defined]
    assert "24 horas" in info.value.render("es") and "24 hours" in info.value.render("en")
    assert admin.clock.tick().wall_ms < FAR
    assert name_of(admin, person) == "Ana"


def test_poison_stored_earlier_loses_to_the_st_and_its_bundles_keep_importing(
    four: Laptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    lp = four
    admin, b, c, d = (lp.ws[n] for n in ("admin", "b", "c", "d"))
    person = helpers.person(b, "Ana", country="CR")
    for to in ("admin", "c", "d"):
        lp.deliver(lp.bundle("b", to), to)
    with far_future_clock(b), b.change() as ch:
        ch.put(Person, person, name="Ana (2286)")
    with without_bounds(monkeypatch):  # the ST and d took it before this version
        lp.deliver(lp.bundle("b", "admin"), "admin")
        lp.deliver(lp.bundle("b", "d"), "d")
        assert name_of(admin, person) == name_of(d, person) == "Ana (2286)"
    lp.ws["admin"] = admin = Workspace(admin.directory)  # the ST restarts with this version
    assert admin.clock.tick().wall_ms < FAR  # the poisoned value in the log is not adopted

    with admin.change() as ch:  # the ST's later edit wins, here and everywhere
        ch.put(Person, person, name="Ana María")
    assert name_of(admin, person) == "Ana María"
    with admin.read() as s:
        assert max(s.scalars(select(Changeset.hlc).where(Changeset.device_id == admin.device_id))) < "9"
    for name in ("c", "d"):
        lp.deliver(lp.bundle("admin", name), name)  # not refused: the ST's bundles keep importing
        assert name_of(lp.ws[name], person) == "Ana María"
    refused = [p for p in sync.pending_list(c) if p.status == "refused"]
    assert [(p.device_id, p.seq) for p in refused] == [(b.device_id, 2)]  # c never applied the poison
    # the ST keeps editing, and the later bundles import too
    with admin.change() as ch:
        ch.put(Person, person, name="Ana María López")
    for name in ("c", "d"):
        lp.deliver(lp.bundle("admin", name), name)
        assert name_of(lp.ws[name], person) == "Ana María López"
    assert c.clock.tick().wall_ms < FAR and d.clock.tick().wall_ms < FAR


def test_st_whose_clock_was_dragged_before_the_bound_recovers(four: Laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ST's old version observed the poison and stamped its own edits in 2286: nobody accepts those."""
    lp = four
    admin, b, c = (lp.ws[n] for n in ("admin", "b", "c"))
    person = helpers.person(b, "Ana", country="CR")
    for to in ("admin", "c"):
        lp.deliver(lp.bundle("b", to), to)
    with far_future_clock(b), b.change() as ch:
        ch.put(Person, person, name="Ana (2286)")
    with without_bounds(monkeypatch):
        lp.deliver(lp.bundle("b", "admin"), "admin")
        with admin.change() as ch:  # stamped in 2286 by the dragged clock
            ch.put(Person, person, name="Ana (corregida por la ST)")
        assert admin.clock.tick().wall_ms >= FAR
    lp.ws["admin"] = admin = Workspace(admin.directory)  # restart: the ST's own edit gets a fresh stamp
    with admin.read() as s:
        assert all(h < "9" for h in s.scalars(select(Changeset.hlc).where(Changeset.device_id == admin.device_id)))
    lp.deliver(lp.bundle("admin", "c"), "c")
    assert name_of(c, person) == name_of(admin, person) == "Ana (corregida por la ST)"
    with admin.change() as ch:
        ch.put(Person, person, name="Ana María")
    lp.deliver(lp.bundle("admin", "c"), "c")
    assert name_of(c, person) == name_of(admin, person) == "Ana María"


def test_far_future_withheld_marker_is_refused(laptops: Laptops) -> None:
    """An observer's laptop receives a members-only change as a marker: its clock is checked all the same."""
    lp = laptops
    lp.found()
    b = lp.join("b", country="CR")
    obs = lp.join("obs", role="observer", org="OIM")
    lp.deliver(lp.bundle("admin", "b"), "b")
    ana = helpers.person(b, "Ana", country="CR")  # (a write of its own: one write transaction at a time)
    with far_future_clock(b), b.change(Audience.MEMBERS) as ch:
        ch.put(Person, ana, name="Ana (2286)")
    before = snapshot(obs)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(obs, lp.bundle("b", "obs"))
    assert info.value.message.params["reason"].code == "sync.reason.future_clock"  # type: ignore[attr-defined]
    assert snapshot(obs) == before and obs.clock.tick().wall_ms < FAR


def test_check_repair_neutralises_a_poisoned_value_taken_before_the_bound(
    four: Laptops, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli import main

    lp = four
    b, c, d = (lp.ws[n] for n in ("b", "c", "d"))
    person = helpers.person(b, "Ana", country="CR")
    for to in ("c", "d"):
        lp.deliver(lp.bundle("b", to), to)
    with far_future_clock(b), b.change() as ch:
        ch.put(Person, person, name="Ana (2286)")
    with without_bounds(monkeypatch):
        lp.deliver(lp.bundle("b", "d"), "d")  # d took it before this version
    assert name_of(d, person) == "Ana (2286)" and name_of(c, person) == "Ana"
    d.close()
    assert main(["--workspace", str(d.directory), "check"]) == 4  # the log no longer reproduces the data
    assert main(["--workspace", str(d.directory), "check", "--repair"]) == 0
    capsys.readouterr()
    lp.ws["d"] = d = Workspace(d.directory)
    assert name_of(d, person) == name_of(c, person) == "Ana"
