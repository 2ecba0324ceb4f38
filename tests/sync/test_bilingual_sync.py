"""The English of a record travels between laptops like its other fields, under the same authorisation:
a meeting's English title from the PPT, a delegation's person's English position from that delegation;
another country's laptop cannot rewrite them."""

from __future__ import annotations

import pytest

from crm_desktop.app import bilingual, sync
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Meeting, Person
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def test_english_titles_travel(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    vm = helpers.meeting(admin, "viceministers")
    ppt = lp.join("ppt", role="ppt", country="CR")
    lp.deliver(lp.bundle("admin", "ppt"), "ppt")
    bilingual.set_meeting_english(ppt, vm, title="Vice-Ministerial Meeting in San José")
    lp.deliver(lp.bundle("ppt", "admin"), "admin")
    with admin.read() as s:
        assert s.get(Meeting, vm).title_en == "Vice-Ministerial Meeting in San José"  # type: ignore[union-attr]


def test_a_delegation_records_its_peoples_english(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    cr = lp.join("cr", role="member", country="CR")
    lp.deliver(lp.bundle("admin", "cr"), "cr")
    pid = helpers.person(cr, "Ana Mora", country="CR")
    bilingual.set_person_english(cr, pid, title="Director of Migration", institution="Immigration Department")
    lp.deliver(lp.bundle("cr", "admin"), "admin")
    with admin.read() as s:
        row = s.get(Person, pid)
        assert row is not None and (row.title_en, row.institution_en) == (
            "Director of Migration",
            "Immigration Department",
        )


def test_another_country_cannot_rewrite_them(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    pid = helpers.person(admin, "Ana Mora", country="CR")
    lp.join("gt", role="member", country="GT")
    lp.deliver(lp.bundle("admin", "gt"), "gt")
    with forged(lp.ws["gt"], Audience.MEMBERS) as ch:
        ch.put("people", pid, institution_en="Ministry of Nothing")
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused):
        sync.import_data(admin, lp.bundle("gt", "admin"))
    assert snapshot(admin) == before
