"""Three laptops edit the same Declaration offline and exchange changes in any order: same text,
brackets and statuses everywhere; the Presidency then adopts it by consensus (issue 4, "done when")."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crm_desktop.app import accreditation
from crm_desktop.app import drafting as d
from crm_desktop.app.check import check
from crm_desktop.app.dump import dump_data
from crm_desktop.app.errors import Refused
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.domain.model import ActKind, Capability
from crm_desktop.drafting.negotiation import ParagraphStatus, ProposalKind, Stance
from crm_desktop.drafting.permissions import decode_update
from crm_desktop.drafting.replica import DocumentReplica
from crm_desktop.store.schema import Changeset
from tests.app.laptops import clone, exchange
from tests.app.test_drafting import make_room

DRAFTING = (
    "drafting_documents",
    "drafting_paragraphs",
    "drafting_proposals",
    "drafting_positions",
    "drafting_objections",
    "drafting_comments",
    "drafting_versions",
    "drafting_sessions",
    "drafting_texts",
)


def drafting_state(ws: Workspace) -> dict[str, object]:
    tables = dump_data(ws)["tables"]
    return {name: tables[name] for name in DRAFTING}


def test_three_laptops_converge_then_the_ppt_adopts(tmp_path: Path) -> None:
    base = init_workspace(tmp_path / "base", "Base")
    room = make_room(base)
    accreditation.record_act(
        base, ActKind.PPT_AUTHORISATION, "OIM", meeting_id=room.vm, capabilities=[Capability.DRAFTING]
    )
    chair_laptop, mx_laptop, gt_laptop = (clone(base, tmp_path / n) for n in ("cr", "mx", "gt"))
    base.close()
    op1, op2 = room.pids[2], room.pids[3]

    # Offline, on three laptops at once:
    d.edit_paragraph(
        mx_laptop, op1, "Los Estados deberán proteger a la niñez y adolescencia migrante 🙂.", actor=room.mx
    )
    d.move_paragraph(mx_laptop, op2, actor=room.mx, at_start=True)
    d.edit_paragraph(
        gt_laptop, op1, "Los Estados [deberán][procurarán] proteger a la niñez migrante 🙂 acompañada.", actor=room.gt
    )
    prop = d.propose(
        gt_laptop, room.doc, ProposalKind.REPLACE, actor=room.gt, paragraph_id=op2, old="informe", new="estudio"
    )
    d.edit_paragraph(
        chair_laptop, op2, "Encomendar a la Secretaría Técnica un informe sobre 移民 y retorno.", actor=room.chair
    )
    with pytest.raises(Refused):  # an observer country without authorisation, on the chair's laptop
        d.propose(chair_laptop, room.doc, ProposalKind.INSERT, actor=room.co, paragraph_id=op1, new=" (CO)")
    d.propose(
        chair_laptop,
        room.doc,
        ProposalKind.INSERT,
        actor=room.oim,
        paragraph_id=op1,
        new=" y sus familias",
        anchor="niñez",
    )  # the authorised observer organisation

    laptops = [chair_laptop, mx_laptop, gt_laptop]
    rng = random.Random(4)
    for target in laptops:
        exchange(target, [x for x in laptops if x is not target], rng)
    states = [drafting_state(x) for x in laptops]
    assert states[0] == states[1] == states[2]
    para = {p.id: p for p in d.document_view(chair_laptop, room.doc).paragraphs}
    merged = para[op1].text
    # both concurrent edits survive: "y adolescencia" (MX), the brackets and "acompañada" (GT)
    assert "adolescencia" in merged and "[deberán][procurarán]" in merged and "acompañada" in merged
    assert para[op1].status == "bracketed"
    assert "Secretaría Técnica" in para[op2].text and para[op2].display == "1."  # moved by MX, edited by CR
    assert [x.delegation for x in para[op1].proposals] == ["OIM"]

    # The chair clears the last bracket and the proposals, on its laptop; everyone else receives it.
    d.resolve_bracket(chair_laptop, op1, 0, 0, actor=room.chair)
    d.take_position(chair_laptop, prop, Stance.SUPPORT, actor=room.chair)
    d.decide(chair_laptop, prop, "accept", actor=room.chair)
    for x in para[op1].proposals:
        d.decide(chair_laptop, x.id, "accept", actor=room.chair)
    d.set_paragraph_status(chair_laptop, op1, ParagraphStatus.AGREED, actor=room.chair)
    d.adopt(chair_laptop, room.doc, actor=room.chair)
    for target in (mx_laptop, gt_laptop):
        exchange(target, [chair_laptop], rng)
    states = [drafting_state(x) for x in laptops]
    assert states[0] == states[1] == states[2]
    assert d.document_view(gt_laptop, room.doc).status == "adopted"
    for x in laptops:
        assert check(x).ok, check(x).problems
        x.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_text_updates_from_the_log_converge_in_any_order_with_duplicates(demo: Workspace, seed: int) -> None:
    """Whatever order the ytext operations of the demo's log arrive in, duplicated or not, the text is the same."""
    rng = random.Random(seed)
    with demo.read() as s:
        ops = [
            op for cs in s.scalars(select(Changeset).order_by(Changeset.hlc)) for op in cs.ops if op["op"] == "ytext"
        ]
    by_doc: dict[str, list[bytes]] = {}
    for op in ops:
        by_doc.setdefault(op["doc"], []).append(decode_update(op["u"]))
    for doc_id, updates in by_doc.items():
        expected = {p.id: p.text for p in d.document_view(demo, doc_id).paragraphs}
        delivery = updates + rng.choices(updates, k=len(updates))
        rng.shuffle(delivery)
        replica = DocumentReplica()
        for u in delivery:
            replica.apply(u)
        got = replica.texts()
        assert {pid: got.get(pid, "") for pid in expected} == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_store_applies_text_operations_in_any_order_with_duplicates(
    demo: Workspace, ws: Workspace, seed: int
) -> None:
    """The ``ytext`` operation handler keeps updates whose predecessors are missing until they arrive."""
    from crm_desktop.store.apply import Stamp, apply_ops
    from crm_desktop.store.tables.drafting import DraftText

    rng = random.Random(seed)
    with demo.read() as s:
        ops = [op for cs in s.scalars(select(Changeset)) for op in cs.ops if op["op"] == "ytext"]
        expected = {t.id: t.text for t in s.scalars(select(DraftText))}
    delivery = ops + rng.choices(ops, k=len(ops) // 2)
    rng.shuffle(delivery)
    with ws.db.session() as s:
        for i, op in enumerate(delivery):
            apply_ops(s.connection(), [op], Stamp(f"{i:013d}-000000-x", "x", i + 1))
    with ws.read() as s:
        got = {t.id: t.text for t in s.scalars(select(DraftText))}
    assert got == expected


POOL = [chr(c) for c in range(0x4E00, 0x4E00 + 300)] + [chr(c) for c in range(0x1F300, 0x1F300 + 200)]
ACTION = st.tuples(
    st.sampled_from(["insert", "insert", "delete", "move", "propose", "support", "sync"]),
    st.integers(0, 2),  # laptop
    st.integers(2, 4),  # paragraph index in the room (operative paragraphs and the sub-item)
    st.integers(0, 1000),  # position
    st.integers(1, 4),  # length
)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=st.lists(ACTION, min_size=3, max_size=14), seed=st.integers(0, 2**32 - 1))
def test_laptops_converge_under_random_concurrent_edits_moves_and_proposals(tmp_path_factory, script, seed) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    root = tmp_path_factory.mktemp("laptops")
    base = init_workspace(root / "base", "Base")
    room = make_room(base)
    laptops = [clone(base, root / f"l{i}") for i in range(3)]
    base.close()
    actors = [room.chair, room.mx, room.gt]
    fresh = iter(POOL)
    inserted: list[str] = []
    deleted: set[str] = set()
    try:
        for kind, who, index, pos, length in script:
            ws, actor, pid = laptops[who], actors[who], room.pids[index]
            text = next(p.text for p in d.document_view(ws, room.doc).paragraphs if p.id == pid)
            if kind == "insert":
                chunk = "".join(next(fresh) for _ in range(length))
                inserted.append(chunk)
                at = pos * (len(text) + 1) // 1001
                d.edit_paragraph(ws, pid, text[:at] + chunk + text[at:], actor=actor)
            elif kind == "delete" and text:
                at = pos * len(text) // 1001
                deleted.update(text[at : at + length])
                d.edit_paragraph(ws, pid, text[:at] + text[at + length :], actor=actor)
            elif kind == "move" and index != 4:
                d.move_paragraph(ws, pid, actor=actor, at_start=pos % 2 == 0)
            elif kind == "propose" and text:
                d.propose(ws, room.doc, ProposalKind.INSERT, actor=actor, paragraph_id=pid, new=" 🙂", anchor=None)
            elif kind == "support":
                for p in d.document_view(ws, room.doc).paragraphs:
                    for x in p.proposals:
                        d.take_position(ws, x.id, Stance.SUPPORT if pos % 2 else Stance.OPPOSE, actor=actor)
            elif kind == "sync":
                exchange(ws, [laptops[(who + 1) % 3]], rng)
        for target in laptops:
            exchange(target, [x for x in laptops if x is not target], rng)
        states = [drafting_state(x) for x in laptops]
        assert states[0] == states[1] == states[2]
        final = "".join(p.text for p in d.document_view(laptops[0], room.doc).paragraphs)
        for chunk in inserted:
            for ch in chunk:
                assert (ch in final) != (ch in deleted), f"{ch!r} lost or resurrected"
    finally:
        for x in laptops:
            x.close()
