"""The ST's budget figures travel to the ST and the member countries, never to observers; a changeset that
writes them under the public audience is refused on import.

Seed, E: the ST "tiene un presupuesto anual aprobado por los Viceministros/as el cual se cubre con los
aportes de los Países Miembros"; seed, A: financial matters of the ST are decided behind closed doors.
"""

from __future__ import annotations

from datetime import date

from crm_desktop.app import contributions
from crm_desktop.domain.model import Audience
from crm_desktop.store.tables.process import StBudget
from crm_desktop.sync.bundle_format import decrypt, open_bundle
from crm_desktop.sync.keystore import KeyringStore
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.test_attacks import refused

SCALE = {
    "US": 2600,
    "CA": 2000,
    "MX": 1500,
    "CR": 600,
    "GT": 600,
    "PA": 600,
    "DO": 600,
    "SV": 400,
    "HN": 400,
    "NI": 350,
    "BZ": 350,
}


def _payload(lp: Laptops, name: str, data: bytes) -> str:
    w = lp.ws[name]
    keys = KeyringStore().load(w.device_id)
    assert keys is not None
    return repr(decrypt(open_bundle(data), w.device_id, keys.box))


def test_budget_reaches_members_but_never_observers(laptops: Laptops) -> None:
    admin = laptops.found()
    vm = helpers.meeting(admin, "viceministers", start="2025-11-19")
    contributions.set_scale(admin, 2024, SCALE, audience=Audience.MEMBERS)
    contributions.approve_budget(admin, 2026, 42_000_000, vm, audience=Audience.MEMBERS)
    contributions.record_payment(admin, "NI", 2026, 735_000, on=date(2026, 2, 1), reference="TRF-NI-0001")
    laptops.join("obs", role="observer", org="OIM")
    laptops.join("mx", country="MX")

    obs_plain = _payload(laptops, "obs", laptops.bundle("admin", "obs", full=True))
    assert "42000000" not in obs_plain and "st_budgets" not in obs_plain and "TRF-NI-0001" not in obs_plain

    laptops.deliver(laptops.bundle("admin", "mx", full=True), "mx")
    tables = laptops.dump("mx")
    assert [r["amount_cents"] for r in tables["st_budgets"]] == [42_000_000]  # type: ignore[index]
    assert tables.get("contribution_payments", []) == []  # secretariat audience: the ST's laptops only


def test_budget_written_for_the_public_is_refused_on_import(laptops: Laptops) -> None:
    admin = laptops.found()
    st = laptops.join("st2", role="st", org="ST")  # even the ST's own laptop, whom the matrix lets write budgets
    with forged(st, Audience.PUBLIC) as ch:  # a modified client writes what the service refuses
        ch.put(StBudget, "2026", year=2026, amount_cents=1, currency="USD")
    error = refused(admin, laptops.bundle("st2", "admin"), "sync.reason.not_permitted")
    assert "nunca para el público" in error.render("es")
