"""The command-line scenarios of the rule register, written by a modified program instead: the bundle is
refused by ``crm-desktop bundle import`` (exit 4, the receiving database unchanged), and the same change
made within the rules travels.

Seed, C: observer countries do not take part in the GRCM (so they draft none of its documents); seed, A:
decisions by consensus of the member delegations taking part, the closed door for each Vice-Minister and
one official; seed, D: the networks admit observers only when explicitly invited.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from crm_desktop.app import accreditation, drafting
from crm_desktop.app.drafting import DocumentInput
from crm_desktop.app.workspace import Changes
from crm_desktop.cli import main
from crm_desktop.domain.model import ActKind, Audience, Category, Role
from crm_desktop.drafting.structure import DocType
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _import(
    laptops: Laptops, sender: str, receiver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    path = tmp_path / f"{sender}-to-{receiver}.crmb"
    path.write_bytes(laptops.bundle(sender, receiver))
    code = main(["--workspace", str(laptops.ws[receiver].directory), "--lang", "en", "bundle", "import", str(path)])
    return code, capsys.readouterr().err


def _refused(laptops: Laptops, sender: str, receiver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = snapshot(laptops.ws[receiver])
    code, err = _import(laptops, sender, receiver, tmp_path, capsys)
    assert code == 4, err
    assert snapshot(laptops.ws[receiver]) == before
    return err


def _grcm_conclusions(laptops: Laptops) -> tuple[str, str]:
    admin = laptops.found()
    grcm = helpers.meeting(admin, "grcm", start="2026-03-10")
    st = helpers.person(admin, "Coordinadora ST", org="ST", category=Category.SECRETARIAT)
    doc = drafting.create_document(admin, DocumentInput(grcm, DocType.CONCLUSIONS, audience=Audience.PUBLIC), actor=st)
    return grcm, doc


def _proposal(ch: Changes, doc: str, delegation: str) -> None:
    ch.put(
        "drafting_proposals",
        f"p-{delegation}",
        document_id=doc,
        kind="replace",
        old_text="",
        new_text="Texto propuesto",
        delegation=delegation,
        status="open",
        created=datetime(2026, 3, 10, 10, 0),
    )


def test_an_observer_country_proposing_in_the_grcms_conclusions(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _grcm, doc = _grcm_conclusions(laptops)
    laptops.join("obs", role="observer", country="CO")
    with forged(laptops.ws["obs"]) as ch:
        _proposal(ch, doc, "CO")
    err = _refused(laptops, "obs", "admin", tmp_path, capsys)
    assert "CO" in err


def test_an_objection_of_a_member_delegation_not_accredited(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    grcm, doc = _grcm_conclusions(laptops)
    admin = laptops.ws["admin"]
    sv = helpers.person(admin, "Delegada SV", country="SV", role=Role.DIRECTOR_MIGRATION)
    accreditation.accredit(admin, grcm, sv, "plenary")
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    with forged(admin) as ch:  # HN never came to this GRCM
        ch.put(
            "drafting_objections",
            f"{doc}:HN",
            document_id=doc,
            delegation="HN",
            text="No.",
            lodged=datetime(2026, 3, 11),
        )
    _refused(laptops, "admin", "sv", tmp_path, capsys)


def test_an_observer_organisations_delegate_behind_closed_doors(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the member countries' Vice-Ministers and their officials. (Counting companions is not judged on
    import: two laptops may each accredit one concurrently, and ``check`` reports the excess.)"""
    admin = laptops.found()
    vm = helpers.meeting(admin, "viceministers", start="2026-05-10")
    oim = helpers.person(admin, "Oficial OIM", org="OIM", role=Role.OBSERVER_DELEGATE)
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    with forged(admin, Audience.CLOSED_DOOR) as ch:
        ch.put(
            "accreditations",
            "a-oim",
            meeting_id=vm,
            person_id=oim,
            segment="closed_door",
            delegation="OIM",
            accredited_on=date(2026, 5, 1),
        )
    err = _refused(laptops, "admin", "sv", tmp_path, capsys)
    assert "closed-door" in err or "Vice-Ministers" in err


def test_an_observer_organisation_at_a_network_without_an_invitation(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = laptops.found()
    net = helpers.meeting(admin, "network_trafficking", start="2026-03-09")
    oim = helpers.person(admin, "Oficial OIM", org="OIM", role=Role.OBSERVER_DELEGATE)
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    with forged(admin) as ch:
        ch.put(
            "accreditations",
            "a-oim",
            meeting_id=net,
            person_id=oim,
            segment="plenary",
            delegation="OIM",
            accredited_on=date(2026, 3, 1),
        )
    _refused(laptops, "admin", "sv", tmp_path, capsys)


def test_the_same_observer_organisation_invited_is_accepted(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = laptops.found()
    net = helpers.meeting(admin, "network_trafficking", start="2026-03-09")
    oim = helpers.person(admin, "Oficial OIM", org="OIM", role=Role.OBSERVER_DELEGATE)
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    accreditation.record_act(admin, ActKind.INVITATION, "OIM", meeting_id=net)
    accreditation.accredit(admin, net, oim, "plenary")
    code, err = _import(laptops, "admin", "sv", tmp_path, capsys)
    assert code == 0, err


def test_a_third_companion_accredited_concurrently_is_listed_as_a_warning(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two laptops may each accredit a companion while apart: the import accepts both (each was right when
    made) and ``warnings`` names the delegation, citing the closed door's sentence (seed, A)."""
    admin = laptops.found()
    vm = helpers.meeting(admin, "viceministers", start="2026-05-10")
    roles = (Role.VICE_MINISTER, Role.HIGH_LEVEL_OFFICIAL, Role.DELEGATE)
    people = [helpers.person(admin, f"Delegado MX {n}", country="MX", role=r) for n, r in enumerate(roles)]
    for p in people[:2]:
        accreditation.accredit(admin, vm, p, "closed_door")
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    with forged(admin, Audience.CLOSED_DOOR) as ch:
        ch.put(
            "accreditations",
            "a-third",
            meeting_id=vm,
            person_id=people[2],
            segment="closed_door",
            delegation="MX",
            accredited_on=date(2026, 5, 1),
        )
    code, err = _import(laptops, "admin", "sv", tmp_path, capsys)
    assert code == 0, err
    main(["--workspace", str(laptops.ws["sv"].directory), "--lang", "en", "warnings", "--meeting", vm, "--json"])
    items = json.loads(capsys.readouterr().out)
    [excess] = [w for w in items if w["rule"] == "warn.closed_door_excess"]
    assert "MX" in excess["message"] and "3 people" in excess["message"]
    assert excess["source"].startswith("Section A: “Closed-door meeting, attended only by the Vice-Ministers")
