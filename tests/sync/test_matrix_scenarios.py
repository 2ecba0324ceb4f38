"""The attacks of issue 18, replayed as bundles signed by enrolled laptops with their own legitimate
keys: each is refused through the CLI import with exit 4 and a reason, and the receiving database is
unchanged; the same change from a laptop the matrix allows goes through."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import keyring
import pytest

from crm_desktop.app import contributions, drafting, sync
from crm_desktop.app.drafting import DocumentInput
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace
from crm_desktop.cli import main
from crm_desktop.domain.model import Audience, Category
from crm_desktop.domain.reference import default_process_config_json
from crm_desktop.drafting.structure import DocType
from tests import helpers
from tests.sync.conftest import MemoryKeyring
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.test_matrix import fingerprint

Op = dict[str, Any]


class World:
    def __init__(self, lp: Laptops) -> None:
        self.lp = lp
        admin = lp.found()
        self.vm = helpers.meeting(admin, "viceministers", start="2026-11-10", host="MX", title="XXXI Viceministros")
        self.seminar = helpers.meeting(admin, "seminar", start="2026-06-01", host="MX")
        self.mx_person = helpers.person(admin, "Delegado de México", country="MX")
        contributions.approve_budget(admin, 2026, 4_200_000_000, self.vm, audience=Audience.MEMBERS)
        st_person = helpers.person(admin, "Coordinadora ST", org="ST", category=Category.SECRETARIAT)
        self.doc = drafting.create_document(
            admin, DocumentInput(self.vm, DocType.DECLARATION, audience=Audience.PUBLIC), actor=st_person
        )
        lp.join("obs", role="observer", country="AR")
        lp.join("member", country="CR")
        lp.join("st2", role="st", org="ST")
        self.n = 0

    def send(self, sender: str, ops: list[Op], audience: Audience = Audience.PUBLIC) -> Path:
        with forged(self.lp.ws[sender], audience) as ch:
            ch.extend(ops)
        self.n += 1
        path = self.lp.root / f"{sender}-{self.n}.crmb"
        path.write_bytes(self.lp.bundle(sender, "admin"))
        return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    lp = Laptops(Path(tmp_path_factory.mktemp("scenarios")))
    yield World(lp)
    lp.close()
    keyring.set_keyring(previous)


def cli_import(world: World, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    receiver = world.lp.ws["admin"]
    code = main(["--workspace", str(receiver.directory), "--lang", "en", "bundle", "import", str(path)])
    _out, err = capsys.readouterr()
    return code, err


def refused(world: World, sender: str, ops: list[Op], capsys: pytest.CaptureFixture[str], **kw: Any) -> str:
    path = world.send(sender, ops, **kw)
    before = fingerprint(world.lp.ws["admin"])
    code, err = cli_import(world, path, capsys)
    assert code == 4, err
    assert "is not allowed" in err and "nothing was changed" in err
    assert fingerprint(world.lp.ws["admin"]) == before
    w = world.lp.ws[sender]  # withdraw it from the sender's log, so its next changeset follows
    from sqlalchemy import delete, func, select

    from crm_desktop.store.schema import Changeset

    with w.db.session() as s:
        last = s.scalar(select(func.max(Changeset.seq)).where(Changeset.device_id == w.device_id))
        s.execute(delete(Changeset).where(Changeset.device_id == w.device_id, Changeset.seq == last))
    return err


def put(table: str, row_id: str, **f: Any) -> Op:
    return {"op": "put", "e": table, "id": row_id, "f": f}


def body(key: str) -> dict[str, Any]:
    return copy.deepcopy(next(b for b in default_process_config_json()["bodies"] if b["key"] == key))


# --- an observer laptop ------------------------------------------------------------------------------


def test_observer_renames_the_vice_ministers_meeting(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(world, "obs", [put("meetings", world.vm, title="Reunión cancelada")], capsys)
    assert "meetings" in err and "an observer (AR)" in err


def test_observer_deletes_a_meeting(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    refused(world, "obs", [{"op": "del", "e": "meetings", "id": world.seminar}], capsys)


def test_observer_adds_a_member_country_delegate_with_a_closed_door_accreditation(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    person = put("people", "p-fake", name="Falso VM", category="member_country", country_id="MX", languages=[])
    role = put("role_assignments", "r-fake", person_id="p-fake", role="vice_minister")
    acc = put(
        "accreditations", "a-fake", meeting_id=world.vm, person_id="p-fake", segment="closed_door", delegation="MX"
    )
    refused(world, "obs", [person, role, acc], capsys)
    # Even its own delegation's person is not admitted to the closed-door segment (the CRM's rule).
    own = put("people", "p-ar", name="Delegada AR", category="observer_country", country_id="AR", languages=[])
    acc_own = put(
        "accreditations", "a-ar", meeting_id=world.vm, person_id="p-ar", segment="closed_door", delegation="AR"
    )
    err = refused(world, "obs", [own, acc_own], capsys)
    assert "accreditation not admitted" in err


def test_observer_sets_its_own_countrys_status_to_member(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    refused(world, "obs", [put("countries", "AR", status="member")], capsys)


def test_observer_records_a_ppt_authorisation_for_itself(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    act = put(
        "acts", "act-fake", kind="ppt_authorisation", subject="AR", meeting_id=world.vm,
        capabilities=["drafting", "decisions"], date="2026-11-01",
    )  # fmt: skip
    refused(world, "obs", [act], capsys)


def test_observer_replaces_the_bodies_configuration_with_garbage(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(world, "obs", [put("bodies", "viceministers", config={"garbage": True}, position="x")], capsys)


def test_observer_relabels_the_closed_door_segment_public(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    config = body("viceministers")
    for segment in config["segments"]:
        if segment["key"] == "closed_door":
            segment["audience"] = "public"
            segment["admits"] = {k: "yes" for k in segment["admits"]}
    refused(world, "obs", [put("bodies", "viceministers", config=config)], capsys)


# --- a member laptop ---------------------------------------------------------------------------------


def test_member_cuts_the_st_budget(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    refused(world, "member", [put("st_budgets", "2026", amount_cents=1)], capsys, audience=Audience.MEMBERS)


def test_member_sets_a_document_to_adopted(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    when = datetime(2026, 11, 11, 18, 0).isoformat()
    op = put("drafting_documents", world.doc, status="adopted", adopted_on=when[:10], adopted_by="member")
    err = refused(world, "member", [op], capsys)
    assert "Pro-Tempore Presidency" in err or "chair" in err


def test_member_renames_another_delegations_person(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(world, "member", [put("people", world.mx_person, name="Otro nombre")], capsys)
    assert "a member country (CR)" in err


def test_member_adds_another_countrys_focal_point(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    op = put("focal_points", "fp-fake", person_id=world.mx_person, country_id="MX", institution="Falsa")
    refused(world, "member", [op], capsys)


def test_member_widens_who_sees_an_agenda_item(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    admin = world.lp.ws["admin"]
    with admin.change(Audience.CLOSED_DOOR) as ch:
        ch.put("agendas", "ag-cd", meeting_id=world.vm, segment="closed_door", status="draft", version=1)
        ch.put("agenda_items", "it-cd", agenda_id="ag-cd", title_es="Presupuesto de la ST", audience="closed_door")
    sync.import_data(world.lp.ws["member"], world.lp.bundle("admin", "member"))
    refused(world, "member", [put("agenda_items", "it-cd", audience="public")], capsys, audience=Audience.CLOSED_DOOR)


# --- any laptop: a primary key never changes ---------------------------------------------------------


def test_an_operation_changing_a_primary_key_is_refused_even_from_the_st(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(world, "st2", [put("meetings", world.seminar, id="another-id")], capsys)
    assert "key" in err


def test_the_same_changes_from_the_st_go_through(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = world.send("st2", [put("meetings", world.vm, title="XXXI Reunión Viceministerial")])
    code, err = cli_import(world, path, capsys)
    assert code == 0, err


# --- the local write path asks the same matrix -------------------------------------------------------


def test_a_local_write_the_matrix_refuses_is_refused_with_the_same_reason(world: World) -> None:
    member: Workspace = world.lp.ws["member"]
    with pytest.raises(Refused) as info:
        helpers.person(member, "Persona de otro país", country="MX")
    assert info.value.exit_code == 3
    assert "a member country (CR)" in info.value.render("en") and "people" in info.value.render("en")
    helpers.person(member, "Persona de Costa Rica", country="CR")  # its own delegation's: allowed
