"""Closed-door material never reaches an observer's laptop; secretariat material reaches only the ST.

Seed: «Reunión a "puerta cerrada" a la que asisten únicamente los(as) Viceministros(as) /
Subsecretarios(as)», and observer countries «participan en las discusiones abiertas».
"""

from __future__ import annotations

import zlib

from sqlalchemy import select

from crm_desktop.app import sync
from crm_desktop.domain.model import Audience
from crm_desktop.domain.sync_policy import DeviceRole, may_administer, may_see
from crm_desktop.store.schema import Decision
from crm_desktop.sync.bundle_format import decrypt, open_bundle
from crm_desktop.sync.keystore import KeyringStore
from tests import helpers
from tests.sync.laptops import Laptops

CLOSED = "Condiciones para nuevas membresías (puerta cerrada)"
SECRET = "Presupuesto de la Secretaría Técnica"
MEMBERS = "Persona solo para miembros"


def test_policy_matches_the_seed() -> None:
    """Seed: the closed-door meeting is for the member countries' Vice-Ministers; observers take part in
    the open discussions; the ST's administrative matters stay with the ST."""
    assert not may_see(DeviceRole.OBSERVER, Audience.CLOSED_DOOR)
    assert not may_see(DeviceRole.OBSERVER, Audience.MEMBERS)
    assert may_see(DeviceRole.OBSERVER, Audience.PUBLIC)
    assert may_see(DeviceRole.MEMBER, Audience.CLOSED_DOOR)
    assert not may_see(DeviceRole.MEMBER, Audience.SECRETARIAT)
    assert not may_see(DeviceRole.PPT, Audience.SECRETARIAT)
    assert may_see(DeviceRole.ST, Audience.SECRETARIAT)
    assert not may_see("nobody", Audience.PUBLIC) and not may_see(DeviceRole.ST, "unknown")
    assert may_administer(DeviceRole.ST) and may_administer(DeviceRole.PPT)
    assert not may_administer(DeviceRole.MEMBER) and not may_administer(DeviceRole.OBSERVER)


def _write_secrets(lp: Laptops) -> None:
    admin = lp.ws["admin"]
    meeting = helpers.meeting(admin)
    helpers.person(admin, MEMBERS, country="CR")
    with admin.change(Audience.CLOSED_DOOR) as ch:
        ch.put(Decision, "d-closed", meeting_id=meeting, number=1, text=CLOSED)
    with admin.change(Audience.SECRETARIAT) as ch:
        ch.put(Decision, "d-secret", meeting_id=meeting, number=2, text=SECRET)
    with admin.change(Audience.PUBLIC) as ch:
        ch.put(Decision, "d-public", meeting_id=meeting, number=3, text="Declaración pública")


def _opened(lp: Laptops, name: str, data: bytes) -> dict[str, object]:
    w = lp.ws[name]
    keys = KeyringStore().load(w.device_id)
    assert keys is not None
    return decrypt(open_bundle(data), w.device_id, keys.box)


def test_observer_never_receives_closed_door_material(laptops: Laptops) -> None:
    lp = laptops
    lp.found()
    _write_secrets(lp)
    obs = lp.join("obs", role="observer", org="OIM")
    member = lp.join("member", country="MX")

    for name in ("obs", "member"):
        data = lp.bundle("admin", name, full=True)
        payload = _opened(lp, name, data)
        plain = repr(payload)
        audiences = {c["h"]["audience"] for c in payload["changesets"]}  # type: ignore[index, union-attr]
        assert SECRET not in plain
        if name == "obs":
            assert audiences == {"public"}
            assert CLOSED not in plain and MEMBERS not in plain
            assert payload["withheld"]  # the causal chain is kept with signed headers only
            assert all("ops" not in m for m in payload["withheld"])  # type: ignore[union-attr]
        else:
            assert audiences == {"public", "members", "closed_door"}
            assert CLOSED in plain

    with obs.read() as s:
        texts = set(s.scalars(select(Decision.text)))
    assert texts == {"Declaración pública"}
    assert sync.pending_list(obs) == []
    with member.read() as s:
        assert set(s.scalars(select(Decision.text))) == {"Declaración pública", CLOSED}


def test_a_bundle_for_everyone_carries_only_what_every_recipient_may_see(laptops: Laptops) -> None:
    lp = laptops
    lp.found()
    lp.join("obs", role="observer", org="OIM")
    lp.join("member", country="MX")
    _write_secrets(lp)
    admin = lp.ws["admin"]
    data = sync.export(admin, None, to=sync.recipients_for(admin), full=True).data
    for name in ("obs", "member"):
        payload = _opened(lp, name, data)
        assert {c["h"]["audience"] for c in payload["changesets"]} == {"public"}  # type: ignore[index, union-attr]
    # the ciphertext itself holds none of the secret text, compressed or not
    assert CLOSED.encode() not in data and zlib.compress(CLOSED.encode())[2:10] not in data
    sync.import_data(lp.ws["member"], data)  # the member waits for the closed-door change it may see
    assert sync.pending_list(lp.ws["member"]) != []
    sync.import_data(lp.ws["member"], lp.bundle("admin", "member"))
    assert sync.pending_list(lp.ws["member"]) == []


def test_export_by_role(laptops: Laptops) -> None:
    lp = laptops
    lp.found()
    obs = lp.join("obs", role="observer", org="OIM")
    lp.join("member", country="MX")
    assert sync.recipients_for(lp.ws["admin"], role="observer") == [obs.device_id]


CLOSED_ITEM = "Criterios para la participación de observadores"


def test_the_closed_door_agenda_never_reaches_an_observer_whatever_its_items_say(laptops: Laptops) -> None:
    """Seed, A: the closed-door part «establece las condiciones para nuevas membresías, así como los criterios
    para la participación de observadores»; its agenda travels only to the member countries' laptops, even
    when an item is marked public (its own audience cannot widen its agenda's)."""
    from crm_desktop.app import agendas
    from crm_desktop.app.agendas import ItemInput
    from crm_desktop.domain.model import AgendaStatus

    lp = laptops
    admin = lp.found()
    obs = lp.join("obs", role="observer", org="OIM")
    member = lp.join("member", country="MX")
    vm = helpers.meeting(admin)
    plenary = agendas.create_agenda(admin, vm, "plenary")
    closed = agendas.create_agenda(admin, vm, "closed_door")
    [top, sub] = agendas.add_items(admin, closed, [(ItemInput(title_es=CLOSED_ITEM), [ItemInput(title_es="Sub")])])
    extra = agendas.add_item(admin, closed, ItemInput(title_es="Otro punto", audience=Audience.PUBLIC))
    agendas.update_item(admin, extra, ItemInput(title_es="Otro punto reservado", audience=Audience.PUBLIC))
    agendas.move_item(admin, sub, parent_id=None, position=0)
    agendas.set_agenda_status(admin, closed, AgendaStatus.PRELIMINARY)
    agendas.add_comment(admin, top, "MX", "Comentario de México")
    agendas.add_item(admin, plenary, ItemInput(title_es="Punto abierto"))

    for name in ("obs", "member"):
        lp.deliver(lp.bundle("admin", name, full=True), name)
    seen_by_obs = repr(lp.dump("obs"))
    assert "Punto abierto" in seen_by_obs  # the plenary's agenda arrives (and imports cleanly)
    for secret in (CLOSED_ITEM, "Otro punto", "Comentario de México", closed):
        assert secret not in seen_by_obs
    seen_by_member = repr(lp.dump("member"))
    assert CLOSED_ITEM in seen_by_member and "Otro punto reservado" in seen_by_member
    assert obs is not None and member is not None
