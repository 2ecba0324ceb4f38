"""The roster: founding, approval, a second administrator, revocation and key rotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.app import sync
from crm_desktop.app.errors import AppError, BadInput, Refused
from crm_desktop.sync.roster import workspace_binding
from tests import helpers
from tests.sync.laptops import Laptops


def _fingerprints(lp: Laptops, name: str) -> dict[str, str]:
    return {e.device_id: e.fingerprint for e in sync.roster_list(lp.ws[name])}


def test_founder_is_bound_to_the_workspace_and_administers(laptops: Laptops) -> None:
    admin = laptops.found()
    ident = sync.identity(admin)
    key = bytes.fromhex(admin.meta["sync.founder_key"])
    assert admin.workspace_id == workspace_binding(admin.device_id, key)
    assert ident.admin and ident.role == "st"
    assert sync.found(admin, person_name="again") == ident  # founding twice changes nothing


def test_only_st_or_ppt_found_or_administer(laptops: Laptops, tmp_path: Path) -> None:
    from crm_desktop.app.workspace import init_workspace

    w = init_workspace(tmp_path / "w", "CRM")
    try:
        with pytest.raises(Refused):
            sync.found(w, person_name="Delegado", role="member")
    finally:
        w.close()
    laptops.found()
    member = laptops.join("member")
    with pytest.raises(Refused):
        sync.appoint_admin(laptops.ws["admin"], member.device_id)  # a member device cannot administer
    with pytest.raises(Refused):
        sync.revoke(member, laptops.ws["admin"].device_id)


def test_second_administrator_approves_newcomers(laptops: Laptops) -> None:
    lp = laptops
    lp.found()
    ppt = lp.join("ppt", role="ppt", country="GT")
    sync.appoint_admin(lp.ws["admin"], ppt.device_id)
    sync.import_data(ppt, lp.bundle("admin", "ppt"))
    assert sync.identity(ppt).admin
    newcomer = lp.join("new", admin="ppt", country="BZ")  # approved by the second administrator
    assert sync.identity(newcomer).joined
    sync.import_data(lp.ws["admin"], lp.bundle("ppt", "admin"))
    assert lp.dump("admin") == lp.dump("ppt")
    assert {e.device_id for e in sync.roster_list(lp.ws["admin"])} >= {newcomer.device_id}


def test_join_request_is_checked(laptops: Laptops, tmp_path: Path) -> None:
    lp = laptops
    lp.found()
    from crm_desktop.app.workspace import Workspace

    w = Workspace(tmp_path / "n")
    try:
        req = tmp_path / "req.json"
        with pytest.raises(BadInput):
            sync.write_join_request(w, req, person_name="X", role="delegate", country="CR")
        with pytest.raises(BadInput):
            sync.write_join_request(w, req, person_name="X", role="member")
        sync.write_join_request(w, req, person_name="Ana", role="member", country="cr")
        doc = json.loads(req.read_text())
        assert doc["country"] == "CR" and "private" not in req.read_text()
        doc["role"] = "st"  # altered after signing
        req.write_text(json.dumps(doc))
        with pytest.raises(BadInput) as info:
            sync.approve(lp.ws["admin"], req)
        assert "firma" in info.value.render("es") or "signature" in info.value.render("en")
    finally:
        w.close()


def test_administrator_rotates_its_keys(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    b = lp.join("b")
    old = sync.identity(admin).fingerprint
    sync.request_rotation(admin)
    new = sync.identity(admin).fingerprint
    assert new != old
    helpers.person(admin, "Después de la rotación", country="CR")
    sync.import_data(b, lp.bundle("admin", "b"))  # signed with the new key, carries the rotation
    assert _fingerprints(lp, "b")[admin.device_id] == new
    assert lp.dump("b") == lp.dump("admin")
    helpers.person(b, "Respuesta", country="CR")
    sync.import_data(admin, lp.bundle("b", "admin"))
    assert lp.dump("b") == lp.dump("admin")


def test_member_rotates_its_keys_through_the_administrator(laptops: Laptops, tmp_path: Path) -> None:
    lp = laptops
    admin = lp.found()
    b = lp.join("b")
    c = lp.join("c")
    sync.import_data(b, lp.bundle("admin", "b"))
    old = sync.identity(b).fingerprint
    helpers.person(b, "Antes de rotar", country="CR")  # recorded, not yet sent: signed with the old key
    req = tmp_path / "rotation.json"
    sync.request_rotation(b, req)
    assert sync.identity(b).fingerprint == old  # waits for the administrator
    approval = sync.approve(admin, req)
    sync.import_data(b, approval.welcome.read_bytes())
    new = sync.identity(b).fingerprint
    assert new != old and _fingerprints(lp, "admin")[b.device_id] == new
    helpers.person(b, "Después de rotar", country="CR")
    sync.import_data(admin, lp.bundle("b", "admin"))
    sync.import_data(c, lp.bundle("b", "c"))  # c learns the new key from the forwarded roster change
    assert lp.dump("admin") == lp.dump("b") == lp.dump("c")


def test_rotation_request_needs_the_current_key(laptops: Laptops, tmp_path: Path) -> None:
    lp = laptops
    lp.found()
    b = lp.join("b")
    req = tmp_path / "rotation.json"
    sync.request_rotation(b, req)
    doc = json.loads(req.read_text())
    del doc["previous_key"], doc["previous_signature"]  # an impostor without b's current key
    from crm_desktop.sync.keys import DeviceKeys
    from crm_desktop.sync.signing import canonical

    forger = DeviceKeys.generate()
    doc.pop("signature")
    doc["sign_key"], doc["box_key"] = forger.sign_public.hex(), forger.box_public.hex()
    doc["signature"] = forger.sign(sync.JOIN_DOMAIN + canonical(doc)).hex()
    req.write_text(json.dumps(doc))
    with pytest.raises(AppError):
        sync.approve(lp.ws["admin"], req)
