"""The amendments accepted since a document's last version, as the editor marks them."""

from __future__ import annotations

from typing import Any

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.app.drafting_marks import accepted_since_version


def test_an_acceptance_is_listed_until_the_next_version_is_named(demo: Any) -> None:
    doc = next(x for x in d.list_documents(demo) if x["title"].startswith("Declaración de San José"))
    chair = next(a for a in meeting_actors(demo, doc["meeting"]) if a.chair)
    assert accepted_since_version(demo, doc["id"]) == []
    view = d.document_view(demo, doc["id"])
    proposal = next(p for para in view.paragraphs for p in para.proposals if p.delegation == "MX")
    d.decide(demo, proposal.id, "accept", actor=chair.person_id)
    marks = accepted_since_version(demo, doc["id"])
    assert [(m.proposal_id, m.delegation, m.accepted_by) for m in marks] == [(proposal.id, "MX", chair.name)]
    assert marks[0].paragraph_id == proposal.paragraph_id
    d.name_version(demo, doc["id"], actor=chair.person_id)
    assert accepted_since_version(demo, doc["id"]) == []
