"""Translations travel in bundles like any other change: carried to another laptop with the text they
were made from, merged like the text's records (last writer wins, the other kept as a conflict), and a
translation forged on a laptop that may not translate is refused on import with nothing changed."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.app import drafting as d
from crm_desktop.app import sync
from crm_desktop.app.drafting import translations as t
from crm_desktop.app.workspace import init_workspace
from crm_desktop.domain.model import Audience
from crm_desktop.domain.translations import TranslationState, digest, translation_id
from crm_desktop.store.schema import Conflict
from tests.app.laptops import clone, exchange
from tests.app.test_drafting import make_room
from tests.sync.forge import forged
from tests.sync.laptops import Laptops
from tests.sync.state import snapshot

ENGLISH = "Recognising regional cooperation on migration,"


def test_a_bundle_carries_the_translation_and_its_outdated_state(laptops: Laptops) -> None:
    lp = laptops
    admin = lp.found()
    room = make_room(admin)
    mx = lp.join("mx", role="member", country="MX")
    pid = room.pids[1]
    t.translate(admin, room.doc, pid, "en", ENGLISH, actor=room.st)
    lp.deliver(lp.bundle("admin", "mx"), "mx")
    carried = t.translations(mx, room.doc)[pid]["en"]
    assert (carried.text, carried.state, carried.delegation) == (ENGLISH, TranslationState.TRANSLATED, "ST")

    d.edit_paragraph(admin, pid, "Reconociendo la cooperación regional en materia de migración,", actor=room.chair)
    lp.deliver(lp.bundle("admin", "mx"), "mx")
    assert t.translations(mx, room.doc)[pid]["en"].state == TranslationState.OUTDATED

    # Mexico's drafting representative translates on its own laptop; the ST's laptop accepts it.
    t.translate(mx, room.doc, pid, "en", "Recognising regional cooperation in matters of migration,", actor=room.mx)
    lp.deliver(lp.bundle("mx", "admin"), "admin")
    back = t.translations(admin, room.doc)[pid]["en"]
    assert back.state == TranslationState.TRANSLATED and back.delegation == "MX"


@pytest.mark.parametrize(
    ("name", "role", "country", "org"), [("sv", "member", "SV", None), ("oim", "observer", None, "OIM")]
)
def test_a_forged_translation_is_refused_and_changes_nothing(
    laptops: Laptops, name: str, role: str, country: str | None, org: str | None
) -> None:
    lp = laptops
    admin = lp.found()
    room = make_room(admin)
    laptop = lp.join(name, role=role, country=country, org=org)  # El Salvador holds no drafting seat here
    pid = room.pids[2]
    with forged(laptop, Audience.PUBLIC) as ch:  # a modified program: the service would refuse this
        ch.put(
            "drafting_translations",
            translation_id(pid, "en"),
            document_id=room.doc,
            paragraph_id=pid,
            lang="en",
            source_lang="es",
            text="States may ignore migrant children.",
            source_digest=digest("Los Estados deberán proteger a la niñez migrante 🙂."),
            source_text="",
            delegation=country or org,
            translated=datetime(2026, 5, 10, 12, 0),
        )
    before = snapshot(admin)
    with pytest.raises(sync.BundleRefused) as refused:
        sync.import_data(admin, lp.bundle(name, "admin"))
    assert refused.value.exit_code == 4
    assert "documents are translated by the ST" in refused.value.render("en")
    assert snapshot(admin) == before
    assert t.translations(admin, room.doc)[pid]["en"].state == TranslationState.MISSING


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**16))
def test_concurrent_translations_converge_and_keep_the_other_as_a_conflict(tmp_path: Path, seed: int) -> None:
    base = init_workspace(tmp_path / f"base-{seed}", "Base")
    try:
        room = make_room(base)
        pid = room.pids[3]
        laptops = [clone(base, tmp_path / f"l{seed}-{i}") for i in range(2)]
        t.translate(laptops[0], room.doc, pid, "en", "Entrust the ST with a report.", actor=room.st)
        t.translate(laptops[1], room.doc, pid, "en", "Request a report from the ST.", actor=room.mx)
        rng = random.Random(seed)
        for i, w in enumerate(laptops):
            exchange(w, [laptops[1 - i]], rng)
        seen = [t.translations(w, room.doc)[pid]["en"] for w in laptops]
        assert seen[0].text == seen[1].text and seen[0].state == TranslationState.TRANSLATED
        for w in laptops:
            with w.read() as s:
                kept = [c for c in s.query(Conflict).all() if c.entity == "drafting_translations"]
            assert kept, "the overwritten translation is kept for a person to resolve"
            w.close()
    finally:
        base.close()
