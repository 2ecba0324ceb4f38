"""Changes relayed by a third laptop are judged by their author's signature and standing, alike everywhere."""

from __future__ import annotations

import contextlib
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.app import sync
from crm_desktop.app.check import check
from tests import helpers
from tests.sync.laptops import Laptops

# A member laptop writes the events its own country hosts (the authorisation matrix).
HOSTS = {"b": "SV", "c": "HN", "d": "GT"}


def titles(lp: Laptops, name: str) -> set[str]:
    return {str(r["title"]) for r in lp.dump(name)["meetings"]}  # type: ignore[index, union-attr]


def trio(lp: Laptops) -> None:
    lp.found()
    lp.join("b", country="SV")
    lp.join("c", country="HN")
    for name in ("b", "c"):
        lp.deliver(lp.bundle("admin", name), name)


def test_relayed_change_is_applied_like_a_direct_one(laptops: Laptops) -> None:
    lp = laptops
    trio(lp)
    helpers.meeting(lp.ws["b"], title="De b, por la ST", host="SV")
    lp.deliver(lp.bundle("b", "admin"), "admin")
    result = lp.deliver(lp.bundle("admin", "c"), "c")  # c gets b's change from the ST
    assert result.applied == 1 and "De b, por la ST" in titles(lp, "c")
    assert lp.dump("admin") == lp.dump("c")


def test_revoked_devices_late_change_is_withdrawn_where_it_was_taken_before_the_revocation(
    laptops: Laptops,
) -> None:
    """c took b's change before it learned that b was revoked: once it learns, c agrees with the others."""
    lp = laptops
    trio(lp)
    admin, b, c = lp.ws["admin"], lp.ws["b"], lp.ws["c"]
    sync.revoke(admin, b.device_id)
    helpers.meeting(b, title="Escrita por b después de su revocación", host="SV")
    lp.deliver(lp.bundle("b", "c"), "c")  # c does not know about the revocation yet
    assert "Escrita por b después de su revocación" in titles(lp, "c")
    helpers.person(c, "Escrita por c, después de ver la de b", country="HN")
    result = sync.import_data(admin, lp.bundle("c", "admin"))  # relayed by c: refused as revoked, visibly
    refused = [p for p in sync.pending_list(admin) if p.status == "refused"]
    assert [p.device_id for p in refused] == [b.device_id]
    assert "revoked" in (refused[0].reason or "") and "signature" not in (refused[0].reason or "")
    assert result.applied >= 1

    result = lp.deliver(lp.bundle("admin", "c"), "c")  # c learns of the revocation
    assert f"{b.device_id}:1" in result.refused_pending
    assert "Escrita por b después de su revocación" not in titles(lp, "c")
    assert lp.dump("c") == lp.dump("admin")
    assert check(c).ok
    # b's late change offered again (by a laptop that still has it) changes nothing anywhere
    helpers.meeting(c, title="Más tarde, de c", host="HN")
    lp.deliver(lp.bundle("c", "admin"), "admin")
    assert lp.dump("c") == lp.dump("admin")


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.randoms(use_true_random=False))
def test_random_relay_orders_converge(tmp_path_factory, memory_keyring, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    lp = Laptops(tmp_path_factory.mktemp("relays"))
    try:
        trio(lp)
        names = ["admin", "b", "c"]
        for step in range(6):
            writer = rnd.choice(names)
            helpers.meeting(lp.ws[writer], title=f"{writer} {step}", host=HOSTS.get(writer, "CR"))
            sender = rnd.choice(names)
            receiver = rnd.choice([n for n in names if n != sender])
            lp.deliver(lp.bundle(sender, receiver), receiver)
        for _ in range(2):  # everyone relays to everyone until nothing is missing
            for sender in names:
                for receiver in names:
                    if sender != receiver:
                        lp.deliver(lp.bundle(sender, receiver), receiver)
        assert lp.dump("admin") == lp.dump("b") == lp.dump("c")
    finally:
        lp.close()


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.randoms(use_true_random=False), st.integers(0, 5))
def test_random_relay_orders_with_a_revocation_converge(  # type: ignore[no-untyped-def]
    tmp_path_factory, memory_keyring, rnd: random.Random, revoke_at: int
) -> None:
    """b is revoked at some point while its changes travel through the others: they all end up agreeing."""
    lp = Laptops(tmp_path_factory.mktemp("revocation"))
    try:
        trio(lp)
        lp.join("d", country="GT")
        for name in ("b", "c"):
            lp.deliver(lp.bundle("admin", name), name)
        names = ["admin", "b", "c", "d"]
        revoked = False
        for step in range(6):
            if step == revoke_at:
                sync.revoke(lp.ws["admin"], lp.ws["b"].device_id)
                revoked = True
            writer = rnd.choice(names[1:] if not revoked else names)
            helpers.meeting(lp.ws[writer], title=f"{writer} {step}", host=HOSTS.get(writer, "CR"))
            sender = rnd.choice(names)
            receiver = rnd.choice([n for n in names if n != sender and not (revoked and n == "b")])
            # b's own bundles are refused by a laptop that knows of the revocation
            with contextlib.suppress(sync.AppError):
                lp.deliver(lp.bundle(sender, receiver), receiver)
        honest = ["admin", "c", "d"]
        for _ in range(3):
            for sender in honest:
                for receiver in honest:
                    if sender != receiver:
                        lp.deliver(lp.bundle(sender, receiver), receiver)
        assert lp.dump("admin") == lp.dump("c") == lp.dump("d")
        for name in honest:
            assert check(lp.ws[name]).ok
    finally:
        lp.close()
