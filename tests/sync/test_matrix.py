"""Every synced table × operation × role, as a signed changeset from an enrolled laptop: accepted or
refused exactly as the authorisation matrix (crm_desktop.domain.authorisation.MATRIX) says, and a
refusal changes nothing in the receiving database."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from sqlalchemy import delete, func, select

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import authorisation as authz
from crm_desktop.domain.authorisation import Op, Who
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole
from crm_desktop.store.db import DB_NAME
from crm_desktop.store.schema import Changeset
from crm_desktop.sync.authorisation_facts import DbFacts
from tests.sync import matrix_cases as cases
from tests.sync.conftest import MemoryKeyring
from tests.sync.forge import forged
from tests.sync.laptops import Laptops

BUDGET = {"st_budgets", "contribution_scales", "contribution_payments"}
# Who sends (name: role, country / organisation, administrator)
SENDERS: dict[str, tuple[str, str, bool]] = {
    "member": ("member", cases.MEMBER, False),
    "observer": ("observer", cases.OBSERVER, False),
    "st": ("st", "ST", False),
    "st_admin": ("st", "ST", True),
    "ppt": ("ppt", "CR", False),  # the country holding the Presidency (enrolment checks the claim)
    "ppt_admin": ("ppt", "CR", True),
}


def audience(table: str) -> Audience:
    return Audience.MEMBERS if table in BUDGET else Audience.PUBLIC


def _seed(admin: Workspace) -> None:
    """The base rows, then one existing row of every table per delegation it may belong to."""
    with admin.change(Audience.PUBLIC) as ch:
        for table, rid, f in cases.BASE:
            ch.put(table, rid, **f)
    for table in authz.MATRIX:
        if table in (authz.TEXT_OP, "drafting_texts"):
            continue
        with admin.change(audience(table)) as ch:
            for who in (cases.MEMBER, cases.OBSERVER, cases.OTHER):
                f = cases.fields(table, who)
                if table == "drafting_objections" and who == cases.OBSERVER:
                    continue  # only a member delegation objects (rule "objection"): no such row can exist
                if f is not None and (who == cases.OTHER or authz.MATRIX[table].owner is not None):
                    ch.put(table, f"x-{table}-{who}", **f)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Laptops]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    lp = Laptops(Path(tmp_path_factory.mktemp("matrix")))
    admin = lp.found()
    _seed(admin)
    for name, (role, who, is_admin) in SENDERS.items():
        country = who if len(who) == 2 and who != "ST" else None
        lp.join(name, role=role, country=country, org=None if country else who)
        if is_admin:
            sync.appoint_admin(admin, lp.ws[name].device_id)
    yield lp
    lp.close()
    keyring.set_keyring(previous)


def fingerprint(ws: Workspace) -> str:
    """A digest of everything the receiver's database holds, read by a connection of its own."""
    conn = sqlite3.connect(ws.directory / DB_NAME)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def _author(name: str) -> authz.Author:
    role, who, is_admin = SENDERS[name]
    return authz.Author(DeviceRole(role), is_admin, who)


def expected(receiver: Workspace, sender: str, table: str, which: Op, op: dict[str, Any], variant: str) -> bool:
    """What the declarative table says, read as a reviewer reads docs/authorisation.md."""
    author = _author(sender)
    if author.role == DeviceRole.OBSERVER and audience(table) != Audience.PUBLIC:
        return False  # an observer writes only what it may see
    entry = authz.MATRIX[table]
    allowed = entry.grants(which)
    if allowed & authz.fixed(author):
        return True
    if author.role not in (DeviceRole.MEMBER, DeviceRole.OBSERVER):
        return False
    if Who.DRAFTING in allowed:  # "as the drafting rules allow its delegation"
        with receiver.read() as s:
            facts = DbFacts(s.connection())
            facts.begin([op])
            return facts.drafting(author, op) is None
    owner_grant = Who.OWN in allowed or (Who.HOST in allowed and author.role == DeviceRole.MEMBER)
    return owner_grant and entry.owner is not None and variant == author.delegation


def _cases() -> Iterator[tuple[Op, str, str, str]]:
    """(operation, table, sender, variant): creates, then updates, then deletes (own rows first)."""
    order = ["member", "observer", "st", "st_admin", "ppt", "ppt_admin"]
    for which in (Op.CREATE, Op.UPDATE, Op.DELETE):
        for table, entry in authz.MATRIX.items():
            if table == authz.TEXT_OP:
                continue
            for sender in order:
                own = SENDERS[sender][1]
                variants = [cases.OTHER]
                delegation = entry.owner is not None and sender in ("member", "observer")
                own_row = not (table == "drafting_objections" and sender == "observer")  # see _seed
                if delegation and own_row and cases.fields(table, own) is not None:
                    variants.insert(0, own)
                for variant in variants:
                    yield which, table, sender, variant
    for sender in order:
        yield Op.TEXT, authz.TEXT_OP, sender, cases.OTHER


def _op(which: Op, table: str, variant: str) -> dict[str, Any]:
    if which == Op.TEXT:
        return cases.text_op()
    if which == Op.CREATE:
        f = cases.fields(table, variant)
        assert f is not None
        return {"op": "put", "e": table, "id": cases.row_id(table, "new"), "f": f}
    rid = f"x-{table}-{variant}"
    if which == Op.UPDATE:
        name, value = cases.EDIT[table]
        return {"op": "put", "e": table, "id": rid, "f": {name: value}}
    return {"op": "del", "e": table, "id": rid}


def test_every_table_operation_and_role_is_accepted_or_refused_as_the_matrix_says(world: Laptops) -> None:
    receiver = world.ws["admin"]
    wrong: list[str] = []
    counts = {True: 0, False: 0}
    for which, table, sender, variant in _cases():
        w = world.ws[sender]
        op = _op(which, table, variant)
        want = expected(receiver, sender, table, which, op, variant)
        with forged(w, audience(table) if which != Op.TEXT else Audience.PUBLIC) as ch:
            ch.extend([op])
        data = world.bundle(sender, "admin")
        before = fingerprint(receiver) if not want else None
        try:
            sync.import_data(receiver, data, backup=False)
            got = True
        except sync.BundleRefused as exc:
            got = False
            assert exc.exit_code == 4
            reason = exc.message.params["reason"]
            assert reason.code == "sync.reason.not_permitted", (table, which, sender, exc.render("en"))  # type: ignore[attr-defined]
            if before is not None:
                assert fingerprint(receiver) == before, (table, which, sender)
            with w.db.session() as s:  # withdrawn, so the sender's next case follows its last accepted one
                last = s.scalar(select(func.max(Changeset.seq)).where(Changeset.device_id == w.device_id))
                s.execute(delete(Changeset).where(Changeset.device_id == w.device_id, Changeset.seq == last))
        counts[got] += 1
        if got != want:
            wrong.append(f"{which} {table} by {sender} on {variant}'s row: expected {want}, got {got}")
    assert wrong == []
    assert counts[True] > 100 and counts[False] > 100  # both outcomes are exercised widely
