"""An agenda item's theme and closed-door topic travel between laptops, and a modified program's item
classified against the rules is refused on import, as the service refuses it (seed, intro and A)."""

from __future__ import annotations

import pytest

from crm_desktop.app import agenda_topics, agendas, sync
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import AgendaItem
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _items(admin: Workspace) -> tuple[str, str]:
    vm = helpers.meeting(admin, "viceministers")
    plenary = agendas.add_item(admin, agendas.create_agenda(admin, vm), ItemInput("Niñez migrante"))
    closed = agendas.add_item(
        admin, agendas.create_agenda(admin, vm, "closed_door"), ItemInput("Presupuesto", audience=Audience.CLOSED_DOOR)
    )
    return plenary, closed


def test_a_classification_travels(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    plenary, _closed = _items(admin)
    ppt = lp.join("ppt", role="ppt", country="CR")
    lp.deliver(lp.bundle("admin", "ppt"), "ppt")
    agenda_topics.classify_item(ppt, plenary, theme="human_rights")
    lp.deliver(lp.bundle("ppt", "admin"), "admin")
    with admin.read() as s:
        assert s.get(AgendaItem, plenary).theme == "human_rights"  # type: ignore[union-attr]


@pytest.mark.parametrize(("field", "value"), [("topic", "membership"), ("theme", "trade")])
def test_a_forged_classification_is_refused_on_import(laptops: Laptops, field: str, value: str) -> None:
    lp = laptops
    admin = lp.found()
    plenary, _closed = _items(admin)
    lp.join("ppt", role="ppt", country="CR")
    lp.deliver(lp.bundle("admin", "ppt"), "ppt")
    with forged(lp.ws["ppt"], Audience.PUBLIC) as ch:  # the service would refuse it locally
        ch.put("agenda_items", plenary, **{field: value})
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused):
        sync.import_data(admin, lp.bundle("ppt", "admin"))
    assert snapshot(admin) == before
