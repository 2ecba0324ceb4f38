"""may_apply: was the author of a drafting operation (made on another laptop) allowed to make it?"""

from __future__ import annotations

from crm_desktop.domain.drafting_rules import DocumentFacts, Drafter
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant
from crm_desktop.drafting.permissions import is_drafting_op, may_apply, ytext_op
from crm_desktop.drafting.replica import DocumentReplica

DOC = DocumentFacts("doc", "m1", commitments=True, audience=Audience.PUBLIC)
MX = Drafter(Participant("mx-rep", Category.MEMBER_COUNTRY, "MX"), drafting_member=True, ppt_country="CR")
GT = Drafter(Participant("gt-del", Category.MEMBER_COUNTRY, "GT"), drafting_member=False, ppt_country="CR")
CHAIR = Drafter(Participant("cr-rep", Category.MEMBER_COUNTRY, "CR"), drafting_member=True, ppt_country="CR")
OIM = Drafter(Participant("oim", Category.OBSERVER_ORG, organisation="OIM"))


def edit_by(client: int, text: str = "niñez 🙂") -> tuple[dict[str, object], bytes]:
    replica = DocumentReplica(client_id=client)
    with replica.recording() as rec:
        replica.set_text("p1", text)
    assert rec.update is not None
    return ytext_op("doc", client, rec.update, ["p1"]), rec.update


def put(entity: str, row_id: str = "x", **fields: object) -> dict[str, object]:
    return {"op": "put", "e": entity, "id": row_id, "f": fields}


def test_text_updates_need_an_editor_and_the_authors_own_session() -> None:
    op, _ = edit_by(11)
    assert is_drafting_op(op)
    assert may_apply(op, MX, DOC, sessions={11: "mx-rep"}).allowed
    assert not may_apply(op, GT, DOC, sessions={11: "gt-del"}).allowed  # not in the drafting group
    stolen = may_apply(op, CHAIR, DOC, sessions={11: "mx-rep"})  # someone else's session id
    assert not stolen.allowed and stolen.reason is not None and stolen.reason.code == "draft.foreign_session"
    assert not may_apply({**op, "u": "not base64!"}, MX, DOC, sessions={11: "mx-rep"}).allowed


def test_proposals_positions_objections_speak_for_the_own_delegation() -> None:
    assert may_apply(put("drafting_proposals", kind="replace", delegation="GT"), GT, DOC).allowed
    assert not may_apply(put("drafting_proposals", kind="replace", delegation="MX"), GT, DOC).allowed
    assert may_apply(put("drafting_positions", "p1:GT", delegation="GT", stance="oppose"), GT, DOC).allowed
    assert not may_apply(put("drafting_positions", "p1:MX", delegation="GT", stance="oppose"), GT, DOC).allowed
    assert not may_apply(put("drafting_objections", "doc:GT", delegation="GT", text="No"), OIM, DOC).allowed
    assert may_apply(put("drafting_objections", "doc:GT", delegation="GT", text="No"), GT, DOC).allowed


def test_derived_text_rows_are_never_accepted_from_another_laptop() -> None:
    op = put("drafting_texts", "p1", text="texto colado")
    assert is_drafting_op(op) and not may_apply(op, CHAIR, DOC).allowed


def test_observer_countries_propose_only_with_an_authorisation() -> None:
    op = put("drafting_proposals", kind="insert", delegation="CO", status="open")
    co = Drafter(Participant("co", Category.OBSERVER_COUNTRY, "CO"))
    assert not may_apply(op, co, DOC).allowed
    act = Act(ActKind.PPT_AUTHORISATION, "CO", "m1", frozenset({Capability.DRAFTING}))
    assert may_apply(op, co, DOC, acts=[act]).allowed
    # an observer organisation that takes part in the meeting proposes without one (the text limits
    # observer countries); one that does not take part does not draft at all
    oim_op = put("drafting_proposals", kind="insert", delegation="OIM", status="open")
    assert may_apply(oim_op, OIM, DOC).allowed
    assert not may_apply(oim_op, Drafter(OIM.who, attends=False), DOC).allowed


def test_chair_decisions_and_adoption() -> None:
    for op in (
        put("drafting_proposals", status="accepted"),
        put("drafting_paragraphs", status="agreed"),
        put("drafting_documents", status="adopted"),
        put("drafting_documents", status="silence", silence_deadline="2026-11-30T12:00:00"),
    ):
        assert may_apply(op, CHAIR, DOC).allowed, op
        assert not may_apply(op, MX, DOC).allowed, op
    assert may_apply(put("drafting_paragraphs", status="bracketed"), MX, DOC).allowed
    adopted = DocumentFacts("doc", "m1", commitments=True, audience=Audience.PUBLIC, status="adopted")
    assert not may_apply(put("drafting_paragraphs", position="V"), CHAIR, adopted).allowed


def test_a_document_cannot_change_audience() -> None:
    members_only = DocumentFacts("doc", "m1", commitments=True, audience=Audience.MEMBERS)
    assert may_apply(put("drafting_documents", title="Nuevo título"), CHAIR, members_only).allowed
    refused = may_apply(put("drafting_documents", audience="public"), CHAIR, members_only)
    assert not refused.allowed and refused.reason is not None and refused.reason.code == "draft.audience_fixed"
