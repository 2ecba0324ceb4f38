"""Forged, altered, misdirected and replayed bundles are refused with a reason, and change nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Changeset, Meeting
from crm_desktop.store.tables.sync import SyncDevice
from crm_desktop.sync.keys import DeviceKeys
from crm_desktop.sync.keystore import KeyringStore
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def refused(w: Workspace, data: bytes, code: str | None = None) -> sync.BundleRefused:
    before = snapshot(w)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(w, data)
    assert snapshot(w) == before
    reason = info.value.message.params["reason"]
    if code is not None:
        assert reason.code == code  # type: ignore[attr-defined]
    assert info.value.exit_code == 4
    return info.value


@pytest.fixture
def trio(laptops: Laptops) -> Laptops:
    laptops.found()
    laptops.join("b", country="SV")
    laptops.join("c", country="HN")
    laptops.deliver(laptops.bundle("admin", "b"), "b")  # b learns about c
    return laptops


def small_bundle(lp: Laptops) -> bytes:
    helpers.meeting(lp.ws["b"], title="Pequeña", host="SV")  # b (SV) convenes its own event
    return lp.bundle("b", "admin")


def test_every_single_byte_flip_is_refused(trio: Laptops) -> None:
    data = small_bundle(trio)
    assert len(data) < 4096  # incremental: only the new change
    admin = trio.ws["admin"]
    before = snapshot(admin)
    for i in range(len(data)):
        for mask in (0x01, 0x80):
            flipped = bytearray(data)
            flipped[i] ^= mask
            with pytest.raises(sync.BundleRefused):
                sync.import_data(admin, bytes(flipped))
    assert snapshot(admin) == before
    sync.import_data(admin, data)  # the genuine bundle still imports
    assert trio.dump("admin") == trio.dump("b")


def test_truncated_and_extended_bundles_are_refused(trio: Laptops) -> None:
    data = small_bundle(trio)
    admin = trio.ws["admin"]
    for n in [0, 1, 8, 47, 48, 100, len(data) - 65, len(data) - 64, len(data) - 1, *range(0, len(data), 97)]:
        refused(admin, data[:n])
    refused(admin, data + b"\x00", "sync.reason.signature")
    refused(admin, data + data[-64:], "sync.reason.signature")
    refused(admin, b"PK\x03\x04" + data, "sync.reason.not_bundle")


def test_refusal_says_why_in_both_languages(trio: Laptops) -> None:
    data = bytearray(small_bundle(trio))
    data[60] ^= 1
    error = refused(trio.ws["admin"], bytes(data), "sync.reason.signature")
    assert "no se cambió nada" in error.render("es") and "firma" in error.render("es")
    assert "nothing was changed" in error.render("en") and "signature" in error.render("en")


def test_unknown_sender_is_refused(trio: Laptops) -> None:
    b = trio.ws["b"]
    impostor = DeviceKeys.generate()  # someone else claiming b's device id
    KeyringStore().save(b.device_id, impostor)
    b.meta["sync.sign_pk"] = impostor.sign_public.hex()
    data = small_bundle(trio)
    refused(trio.ws["admin"], data, "sync.reason.unknown_sender")


def test_revoked_sender_is_refused_and_receives_nothing_more(trio: Laptops) -> None:
    admin, b = trio.ws["admin"], trio.ws["b"]
    data = small_bundle(trio)
    sync.revoke(admin, b.device_id)
    refused(admin, data, "sync.reason.revoked_sender")
    assert b.device_id not in sync.recipients_for(admin)
    with pytest.raises(sync.AppError):
        sync.export(admin, None, to=[b.device_id])
    # other laptops learn of the revocation and refuse b's later bundles too
    trio.deliver(trio.bundle("admin", "c"), "c")
    refused(trio.ws["c"], trio.bundle("b", "c"), "sync.reason.revoked_sender")


def test_bundle_of_another_workspace_is_refused(trio: Laptops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = Laptops(tmp_path / "other")
    try:
        other.found("x")
        other.join("y", admin="x")
        data = other.bundle("x", "y")
        refused(trio.ws["admin"], data, "sync.reason.other_workspace")
    finally:
        other.close()


def test_reader_who_is_not_a_recipient_is_refused(trio: Laptops) -> None:
    helpers.meeting(trio.ws["admin"], title="Para b")
    data = trio.bundle("admin", "b")
    refused(trio.ws["c"], data, "sync.reason.not_recipient")


def test_roster_change_by_a_non_administrator_is_refused(trio: Laptops) -> None:
    b = trio.ws["b"]
    with forged(b, Audience.PUBLIC) as ch:  # a modified client writes what the service would refuse
        ch.put(SyncDevice, b.device_id, admin=True, role="st")
    error = refused(trio.ws["admin"], trio.bundle("b", "admin"), "sync.reason.not_permitted")
    assert "administrador" in error.render("es")


def test_observer_writing_closed_door_material_is_refused(laptops: Laptops) -> None:
    meeting = helpers.meeting(laptops.found())
    obs = laptops.join("obs", role="observer", org="OIM")
    with forged(obs, Audience.CLOSED_DOOR) as ch:
        ch.put(Meeting, meeting, notes="closed-door notes written by an observer")
    refused(laptops.ws["admin"], laptops.bundle("obs", "admin"), "sync.reason.not_permitted")


def test_changeset_forged_in_another_authors_name_is_refused(trio: Laptops) -> None:
    b, c = trio.ws["b"], trio.ws["c"]
    helpers.meeting(b, title="Firmada por b", host="SV")
    trio.bundle("b", "admin")  # b's changes are signed at export
    with b.db.session() as s:
        last = s.scalars(select(Changeset.id).order_by(Changeset.hlc.desc()).limit(1)).one()
        # b passes its own signed change off as c's next change
        s.execute(update(Changeset).where(Changeset.id == last).values(device_id=c.device_id, seq=1000))
    refused(trio.ws["admin"], trio.bundle("b", "admin"), "sync.reason.changeset_signature")


def test_replayed_control_message_changes_nothing(trio: Laptops) -> None:
    admin, b, c = trio.ws["admin"], trio.ws["b"], trio.ws["c"]
    before_revocation = trio.bundle("admin", "c", full=True)  # carries b's approval
    sync.import_data(c, before_revocation)
    sync.revoke(admin, b.device_id)
    sync.import_data(c, trio.bundle("admin", "c"))
    state = snapshot(c)
    result = sync.import_data(c, before_revocation)  # the old roster message again
    assert result.replay
    assert snapshot(c) == state
    assert {e.device_id: e.status for e in sync.roster_list(c)}[b.device_id] == "revoked"


def test_honest_forwarder_of_a_revoked_devices_late_changes_is_not_blocked(trio: Laptops) -> None:
    """c got b's changes written after b's revocation (it did not know yet); c's bundles still import."""
    admin, b, c = trio.ws["admin"], trio.ws["b"], trio.ws["c"]
    sync.revoke(admin, b.device_id)
    helpers.meeting(b, title="Escrita por b después de su revocación", host="SV")
    sync.import_data(c, trio.bundle("b", "c"))  # c does not know about the revocation yet
    helpers.person(c, "Escrita por c, después de ver la de b", country="HN")
    result = sync.import_data(admin, trio.bundle("c", "admin"))
    assert result.applied >= 1 and result.refused_pending  # c's change applied; b's late one refused, visibly
    titles = {r["title"] for r in trio.dump("admin")["meetings"]}  # type: ignore[index]
    assert "Escrita por b después de su revocación" not in titles
    names = {r["name"] for r in trio.dump("admin")["people"]}  # type: ignore[index]
    assert "Escrita por c, después de ver la de b" in names
    refused = [p for p in sync.pending_list(admin) if p.status == "refused"]
    assert [p.device_id for p in refused] == [b.device_id]
