"""Drafting operations arriving from an observer's laptop are checked against the drafting rules.

Seed: observer countries «no intervienen en los puntos de agenda, en los procesos de toma de
decisiones ni en la elaboración de documentos que contengan recomendaciones o compromisos, a menos
que cuenten con previa autorización de la Presidencia Pro-Témpore».
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.app import drafting, sync
from crm_desktop.app.drafting import DocumentInput
from crm_desktop.domain.model import Audience, Category
from crm_desktop.drafting.structure import DocType
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def test_observer_proposal_to_a_recommendations_document_is_refused(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    # The Vice-Ministers' plenary, which observer countries attend (at the GRCM they do not draft at all).
    vm = helpers.meeting(admin, "viceministers", start="2026-05-10")
    st_person = helpers.person(admin, "Coordinadora ST", org="ST", category=Category.SECRETARIAT)
    doc = drafting.create_document(
        admin, DocumentInput(vm, DocType.DECLARATION, audience=Audience.PUBLIC), actor=st_person
    )
    obs = lp.join("obs", role="observer", country="AR")
    with forged(obs, Audience.PUBLIC) as ch:  # a modified client: the service would refuse this locally
        ch.put(
            "drafting_proposals",
            "p-forged",
            document_id=doc,
            kind="replace",
            old_text="",
            new_text="Texto del observador",
            delegation="AR",
            status="open",
            created=datetime(2026, 3, 10, 10, 0),
        )
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(admin, lp.bundle("obs", "admin"))
    assert info.value.message.params["reason"].code == "sync.reason.not_permitted"  # type: ignore[attr-defined]
    assert "recomendaciones" in info.value.render("es")
    assert snapshot(admin) == before


def test_drafting_work_recorded_on_the_st_laptop_reaches_an_observer(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    grcm = helpers.meeting(admin, "grcm", start="2026-03-10")
    st_person = helpers.person(admin, "Coordinadora ST", org="ST", category=Category.SECRETARIAT)
    drafting.create_document(
        admin, DocumentInput(grcm, DocType.RECOMMENDATIONS, audience=Audience.PUBLIC), actor=st_person
    )
    obs = lp.join("obs", role="observer", org="OIM")
    assert sync.pending_list(obs) == []
    assert lp.dump("obs")["drafting_documents"]
