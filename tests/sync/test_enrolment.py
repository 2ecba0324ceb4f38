"""Approving a join compares the claimed role with the delegation; every laptop checks it again on import."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.app import presidency, sync
from crm_desktop.app.errors import Refused
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.store.schema import Decision
from crm_desktop.sync import roster
from crm_desktop.sync.keys import DeviceKeys
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

CLOSED = "Acuerdo a puerta cerrada"


def test_observer_country_claiming_member_is_refused_then_approved_as_observer(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    before = snapshot(admin)
    with pytest.raises(Refused) as info:
        lp.join("ar", role="member", country="AR")
    assert info.value.exit_code == 3
    assert "AR" in info.value.render("es") and "observer" in info.value.render("en")
    assert snapshot(admin)["data"] == before["data"]  # nothing enrolled
    lp.ws.pop("ar", None)

    req = lp.root / "ar2-join.json"
    from crm_desktop.app.workspace import Workspace

    ar = Workspace(lp.root / "ar2")
    sync.write_join_request(ar, req, person_name="Delegada AR", role="observer", country="AR")
    approval = sync.approve(admin, req)
    assert approval.sees is not None
    assert approval.sees.render("en").endswith("this laptop will receive public material")
    sync.import_file(ar, approval.welcome)
    lp.ws["ar2"] = ar

    meeting = helpers.meeting(admin)
    with admin.change(Audience.CLOSED_DOOR) as ch:
        ch.put(Decision, "d-closed", meeting_id=meeting, number=1, text=CLOSED)
    lp.deliver(lp.bundle("admin", "ar2"), "ar2")
    with ar.read() as s:
        assert CLOSED not in set(s.scalars(select(Decision.text)))


def test_member_country_approval_says_what_the_laptop_will_see(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    req = lp.root / "cr-join.json"
    from crm_desktop.app.workspace import Workspace

    cr = Workspace(lp.root / "cr")
    sync.write_join_request(cr, req, person_name="Delegado CR", role="member", country="CR")
    text = sync.approve(admin, req).sees.render("es")  # type: ignore[union-attr]
    assert "puerta cerrada" in text and "Secretaría" not in text
    cr.close()


def test_roster_entry_contradicting_the_delegation_is_refused_on_import(laptops: Laptops) -> None:
    """A modified program on an administrator's laptop enrols an observer country's laptop as a member."""
    lp = laptops
    admin = lp.found()
    lp.join("b", country="CR")
    lp.deliver(lp.bundle("admin", "b"), "b")
    keys = DeviceKeys.generate()
    # The window's and the CLI's write path refuses this as well (the same rule): a modified program
    # writes it straight into its log.
    with pytest.raises(Refused), admin.change(Audience.PUBLIC) as ch:
        ch.extend(
            roster.enrol_ops(
                device_id="a1b2c3d4e5f60718",
                person_name="Impostor",
                role=DeviceRole.MEMBER,
                country_id="AR",
                organisation=None,
                sign_key=keys.sign_public,
                box_key=keys.box_public,
                admin=False,
                approved_by=admin.device_id,
            )
        )
    with forged(admin, Audience.PUBLIC) as ch:
        ch.extend(
            roster.enrol_ops(
                device_id="a1b2c3d4e5f60718",
                person_name="Impostor",
                role=DeviceRole.MEMBER,
                country_id="AR",
                organisation=None,
                sign_key=keys.sign_public,
                box_key=keys.box_public,
                admin=False,
                approved_by=admin.device_id,
            )
        )
    b = lp.ws["b"]
    before = snapshot(b)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(b, lp.bundle("admin", "b"))
    assert info.value.exit_code == 4 and snapshot(b) == before
    assert "AR" in info.value.render("es")


def test_founding_with_a_role_that_does_not_fit_is_refused(laptops: Laptops) -> None:
    from crm_desktop.app.workspace import init_workspace

    w = init_workspace(laptops.root / "x", "CRM")
    try:
        with pytest.raises(Refused):
            sync.found(w, person_name="X", role="st", country="CR")
    finally:
        w.close()


def test_the_window_can_preview_an_approval_before_confirming(laptops: Laptops) -> None:
    from crm_desktop.app.workspace import Workspace

    lp = laptops
    admin = lp.found()
    for name, role, country, ok in (("p1", "member", "AR", False), ("p2", "observer", "AR", True)):
        req = lp.root / f"{name}.json"
        w = Workspace(lp.root / name)
        sync.write_join_request(w, req, person_name=name, role=role, country=country)
        w.close()
        if ok:
            sees = sync.approval_preview(admin, sync.read_join_request(req))
            assert "material público" in sees.render("es")
        else:
            with pytest.raises(Refused):
                sync.approval_preview(admin, sync.read_join_request(req))


def test_ppt_only_for_the_country_holding_the_presidency(laptops: Laptops) -> None:
    from datetime import UTC, datetime

    from crm_desktop.store.schema import PresidencyTerm

    lp = laptops
    admin = lp.found()
    year = datetime.now(UTC).year
    vm = helpers.meeting(admin, "viceministers", start=f"{year - 1}-05-10", host="CR")
    presidency.announce_candidacy(admin, "GT", year, vm)
    with admin.change() as ch:
        ch.put(PresidencyTerm, "term-gt", country_id="GT", year=year)
    with pytest.raises(Refused) as info:
        lp.join("hn", role="ppt", country="HN")
    assert "GT" in info.value.render("es")
    lp.join("gt", role="ppt", country="GT")
    lp.join("hn2", role="member", country="HN")
