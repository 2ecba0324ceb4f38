"""The CRM's attendance rules hold on import too: a modified program's bundle is refused, changing nothing.

Seed, C: "Los organismos observadores participan en las reuniones técnicas del GRCM, no así los países
observadores" — so an observer country never drafts the GRCM's documents, authorised or not.
Seed, A: decisions "adoptadas por consenso" — an objection is a member delegation's that takes part.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.app import accreditation, drafting, sync
from crm_desktop.app.drafting import DocumentInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import ActKind, Audience, Capability, Category, Role
from crm_desktop.drafting.structure import DocType
from tests import helpers
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot


def _refused(w: Workspace, data: bytes, code: str) -> None:
    before = snapshot(w)
    with pytest.raises(sync.BundleRefused) as info:
        sync.import_data(w, data)
    assert info.value.exit_code == 4
    reason = info.value.message.params["reason"]
    assert reason.params["why"].code == code  # type: ignore[attr-defined]
    assert snapshot(w) == before


def _conclusions(admin: Workspace) -> tuple[str, str]:
    grcm = helpers.meeting(admin, "grcm", start="2026-03-10")
    st_person = helpers.person(admin, "Coordinadora ST", org="ST", category=Category.SECRETARIAT)
    doc = drafting.create_document(
        admin, DocumentInput(grcm, DocType.CONCLUSIONS, audience=Audience.PUBLIC), actor=st_person
    )
    return grcm, doc


def test_observer_country_proposing_in_the_grcms_conclusions_is_refused_even_when_authorised(
    laptops: Laptops,
) -> None:
    admin = laptops.found()
    grcm, doc = _conclusions(admin)
    accreditation.record_act(
        admin, ActKind.PPT_AUTHORISATION, "CO", meeting_id=grcm, capabilities=[Capability.DRAFTING]
    )
    obs = laptops.join("obs", role="observer", country="CO")
    with forged(obs, Audience.PUBLIC) as ch:  # a modified client: the window refuses this
        ch.put(
            "drafting_proposals",
            "p-forged",
            document_id=doc,
            kind="replace",
            old_text="",
            new_text="Texto del país observador",
            delegation="CO",
            status="open",
            created=datetime(2026, 3, 10, 10, 0),
        )
    _refused(admin, laptops.bundle("obs", "admin"), "draft.not_attending")


def test_objection_for_a_delegation_not_accredited_to_the_meeting_is_refused(laptops: Laptops) -> None:
    """Even the ST's laptop, which records other delegations' work, cannot record an objection for a
    delegation that did not come to the meeting: the rule holds for every author."""
    admin = laptops.found()
    grcm, doc = _conclusions(admin)
    sv = helpers.person(admin, "Delegada SV", country="SV", role=Role.DIRECTOR_MIGRATION)
    accreditation.accredit(admin, grcm, sv, "plenary")
    laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    with forged(admin, Audience.PUBLIC) as ch:  # HN never came to this GRCM
        ch.put(
            "drafting_objections",
            f"{doc}:HN",
            document_id=doc,
            delegation="HN",
            text="No.",
            lodged=datetime(2026, 3, 11),
        )
    _refused(laptops.ws["sv"], laptops.bundle("admin", "sv"), "draft.objection_not_accredited")


def test_objection_of_an_accredited_member_delegation_is_accepted(laptops: Laptops) -> None:
    admin = laptops.found()
    grcm, doc = _conclusions(admin)
    sv = helpers.person(admin, "Delegada SV", country="SV", role=Role.DIRECTOR_MIGRATION)
    accreditation.accredit(admin, grcm, sv, "plenary")
    member = laptops.join("sv", role="member", country="SV")
    laptops.deliver(laptops.bundle("admin", "sv"), "sv")
    drafting.object_to(member, doc, "El Salvador no acompaña el párrafo 2.", actor=sv)
    laptops.deliver(laptops.bundle("sv", "admin"), "admin")
    assert laptops.dump("admin")["drafting_objections"]
